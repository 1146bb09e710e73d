package no.planvakt.format.sosi;

/** Tiny SOSI plans written inline, so each test shows the data it reads. */
public final class SosiTestPlans {
    private SosiTestPlans() {}

    /** One 100 m square {@code objtype} FLATE (serial 10) in UTM 32 with the given attribute lines. */
    public static String square(String objtype, String attributes) {
        return ring(objtype, attributes, "0 0\n0 10000\n10000 10000\n10000 0\n0 0");
    }

    /** A FLATE whose boundary crosses itself (a figure eight). */
    public static String bowTie() {
        return ring(
                "KpArealformålOmråde", "..KPAREALFORMÅL 1120\n..AREALST 2", "0 0\n10000 10000\n10000 0\n0 10000\n0 0");
    }

    private static String ring(String objtype, String attributes, String points) {
        return ".HODE\n..TEGNSETT UTF-8\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 6700000 500000\n...ENHET 0.01\n"
                + ".KURVE 1:\n..OBJTYPE Grense\n..NØ\n" + points + "\n"
                + ".FLATE 10:\n..OBJTYPE " + objtype + "\n..NASJONALAREALPLANID\n...KOMM 3322\n...PLANID 1\n"
                + attributes
                + "\n..REF :1\n..NØ\n5000 5000\n.SLUTT\n";
    }
}
