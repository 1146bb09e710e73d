package no.planvakt.plan;

/** arealbruksstatus (SOSI AREALST). */
public enum LandUseStatus {
    NAAVAERENDE(1, "nåværende"),
    FRAMTIDIG(2, "framtidig"),
    VIDEREUTVIKLING(3, "videreutvikling av nåværende");

    private final int code;
    private final String label;

    LandUseStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static LandUseStatus ofCode(int code) {
        for (LandUseStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
