package no.planvakt.bench.county;

import java.util.List;
import no.planvakt.format.InputLimits;

/**
 * The generated county is known input, far over the limits meant for uploaded files (scale 1: about
 * 10 M land-cover vertices in one file), so the benchmarks lift those limits; a {@code -D} on the
 * command line still wins.
 */
final class GeneratedInputLimits {
    private GeneratedInputLimits() {}

    static void lift() {
        for (String limit : List.of(InputLimits.FEATURES, InputLimits.VERTICES_PER_FILE, InputLimits.SECONDS)) {
            if (System.getProperty(limit) == null) {
                System.setProperty(limit, "1000000000");
            }
        }
    }
}
