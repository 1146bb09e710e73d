package no.planvakt.format.sosi;

import java.util.OptionalInt;

/**
 * SOSI {@code ...KOORDSYS} codes to EPSG codes (SOSI standard, "Koordinatsystem" code list).
 * Only the systems Norwegian plans and reference data use; anything else is refused rather than
 * guessed, since a wrong CRS puts the plan in the wrong place.
 */
public final class KoordSys {
    private KoordSys() {}

    public static OptionalInt epsg(int koordsys) {
        if (koordsys >= 1 && koordsys <= 8) {
            return OptionalInt.of(27390 + koordsys); // NGO1948 akse I–VIII
        }
        if (koordsys == 9) {
            return OptionalInt.of(4273); // NGO1948 geographic
        }
        if (koordsys >= 21 && koordsys <= 26) {
            return OptionalInt.of(25831 + koordsys - 21); // EUREF89 UTM 31–36
        }
        if (koordsys >= 31 && koordsys <= 36) {
            return OptionalInt.of(23031 + koordsys - 31); // ED50 UTM 31–36
        }
        if (koordsys == 84) {
            return OptionalInt.of(4258); // EUREF89 geographic
        }
        if (koordsys >= 205 && koordsys <= 230) {
            return OptionalInt.of(
                    5100 + koordsys - 200); // EUREF89 NTM zone 5–30 = 205–230 (EPSG 5105–5130); no zones 1–4
        }
        return OptionalInt.empty();
    }

    /** Geographic systems have degrees as units: the arc tolerance and area checks differ. */
    public static boolean isGeographic(int epsg) {
        return epsg == 4273 || epsg == 4258;
    }
}
