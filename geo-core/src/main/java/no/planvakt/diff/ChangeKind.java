package no.planvakt.diff;

/** How a draft land-use area relates to the adopted plan. */
public enum ChangeKind {
    /** No area of the same purpose in the adopted plan (beyond the sliver tolerance). */
    NEW("ny"),
    /** Partly in the adopted plan with the same purpose; the rest is the expansion. */
    EXPANDED("utvidet"),
    /** Covered by the same purpose in the adopted plan (beyond the sliver tolerance). */
    UNCHANGED("videreført"),
    /** An adopted area (or part) that the draft no longer has with the same purpose. */
    REMOVED("tatt ut");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The Norwegian word planners use. */
    public String label() {
        return label;
    }
}
