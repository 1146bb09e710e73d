package no.planvakt.format;

import java.util.Locale;
import no.planvakt.InputException;
import org.locationtech.jts.geom.Geometry;

/**
 * How much one file may hold, counted while it is read, so a file can never make a reader hold more
 * than the heap allows (the heap settings in docs/limits.md are sized for these defaults). Each
 * limit is a system property, for a deployment that needs more:
 * <ul>
 * <li>{@value #FEATURES} (default 500 000): features per file;</li>
 * <li>{@value #VERTICES_PER_FILE} (default 5 000 000): vertices per file, after arcs became lines; twice as
 * many after long edges are densified for the transform to the storage CRS;</li>
 * <li>{@value #VERTICES_PER_GEOMETRY} (default 1 000 000): vertices per geometry;</li>
 * <li>{@value #SECONDS} (default 600): seconds to read one file.</li>
 * </ul>
 * The upload size is limited separately ({@link FileSizeLimit}, and the API's multipart limit).
 */
public final class InputLimits {
    public static final String FEATURES = "planvakt.maxFeaturesPerFile";
    public static final String VERTICES_PER_FILE = "planvakt.maxVerticesPerFile";
    public static final String VERTICES_PER_GEOMETRY = "planvakt.maxVerticesPerGeometry";
    public static final String SECONDS = "planvakt.maxReadSeconds";
    /** Deepest nesting of JSON arrays/objects or XML elements a reader accepts (GeoJSON needs 8, Plan GML about 20). */
    public static final int MAX_NESTING = 100;

    private InputLimits() {}

    /** A counter for one file, with the limits configured now. */
    public static Budget forFile(String fileName) {
        return new Budget(
                fileName,
                configured(FEATURES, 500_000),
                configured(VERTICES_PER_FILE, 5_000_000),
                configured(VERTICES_PER_GEOMETRY, 1_000_000),
                configured(SECONDS, 600));
    }

    /** The configured vertex limit per geometry (readers that build geometries from text use it before parsing). */
    public static long maxVerticesPerGeometry() {
        return configured(VERTICES_PER_GEOMETRY, 1_000_000);
    }

    static long configured(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " must be a whole number, found \"" + v + "\"");
        }
    }

    /** Counts features and vertices of one file as they are read; throws {@link InputException} at a limit. */
    public static final class Budget {
        private final String fileName;
        private final long maxFeatures;
        private final long maxVertices;
        private final long maxPerGeometry;
        private final long deadline;
        private final long maxSeconds;
        private long features;
        private long vertices;
        private long transformed;

        Budget(String fileName, long maxFeatures, long maxVertices, long maxPerGeometry, long maxSeconds) {
            this.fileName = fileName;
            this.maxFeatures = maxFeatures;
            this.maxVertices = maxVertices;
            this.maxPerGeometry = maxPerGeometry;
            this.maxSeconds = maxSeconds;
            this.deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        }

        /** One more feature; {@code where} names it in the message. */
        public void add(String where, Geometry g) {
            features++;
            if (features > maxFeatures) {
                throw limit("mer enn " + count(maxFeatures) + " objekter", FEATURES);
            }
            int n = g == null ? 0 : g.getNumPoints();
            if (n > maxPerGeometry) {
                throw new InputException(fileName + ": " + where + " har " + count(n) + " punkter, mer enn grensen på "
                        + count(maxPerGeometry) + " for én geometri (" + VERTICES_PER_GEOMETRY + ")");
            }
            vertices += n;
            if (vertices > maxVertices) {
                throw limit("mer enn " + count(maxVertices) + " punkter", VERTICES_PER_FILE);
            }
            if ((features & 0xff) == 0 && System.nanoTime() > deadline) {
                throw new InputException(fileName + ": lesingen tok mer enn " + maxSeconds + " s, grensen for én fil;"
                        + " del den opp eller øk " + SECONDS);
            }
        }

        /**
         * A geometry as moved to the storage CRS: densifying long edges adds vertices, so the file may
         * grow to twice its vertex limit there and no further.
         */
        public void transformed(String where, int srid, Geometry g) {
            transformed += g.getNumPoints();
            if (transformed > 2 * maxVertices) {
                throw new InputException(fileName + ": " + where + ": filens geometrier får mer enn "
                        + count(2 * maxVertices)
                        + " punkter når kantene fortettes til 100 m for EPSG:" + srid + "; del opp filen eller øk "
                        + VERTICES_PER_FILE);
            }
        }

        private InputException limit(String what, String property) {
            return new InputException(
                    fileName + ": filen har " + what + ", over grensen for én fil; del den opp eller øk " + property);
        }
    }

    /** A whole number as bokmål writes it in the messages: 1 000 000 (a space between thousands). */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }
}
