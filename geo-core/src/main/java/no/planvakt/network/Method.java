package no.planvakt.network;

/** How a distance was measured; every finding that uses one says which. */
public enum Method {
    NETWORK("langs vegnettet"),
    STRAIGHT_LINE("i luftlinje (intet vegnett lastet)"),
    UNREACHABLE("ikke nåbar på vegnettet");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** Norwegian text for findings and reports. */
    public String label() {
        return label;
    }
}
