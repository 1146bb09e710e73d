package no.planvakt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a SOSI file of roughly the requested size: an n × n grid of 100 m cells, each a
 * KpArealformålOmråde .FLATE whose four sides are .KURVE groups shared with its neighbours (the way
 * real plans share boundaries), every side with intermediate vertices. Cell areas are exactly
 * 100 m × 100 m, so the reader's result can be checked: total area = n² × 10 000 m². Written in
 * ISO8859-1 because GDAL's SOSI driver cannot open files with a UTF-8 header.
 */
final class SyntheticSosi {
    static final int VERTICES_PER_SIDE = 24;
    private static final long BYTES_PER_CELL = 2 * (60 + VERTICES_PER_SIDE * 20L) + 230;

    private SyntheticSosi() {}

    /** Grid size for about {@code bytes} of SOSI. */
    static int gridFor(long bytes) {
        return (int) Math.max(1, Math.sqrt((double) bytes / BYTES_PER_CELL));
    }

    static void write(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            // GDAL's SOSI driver also needs ..OMRÅDE in the header.
            w.write(
                    ".HODE\n..TEGNSETT ISO8859-1\n..TRANSPAR\n...KOORDSYS 22\n...ORIGO-NØ 6600000 400000\n...ENHET 0.01\n"
                            + "..OMRÅDE\n...MIN-NØ 6600000 400000\n...MAX-NØ " + (6600000 + 100L * n) + " "
                            + (400000 + 100L * n) + "\n"
                            + "..SOSI-VERSJON 4.5\n..OBJEKTKATALOG Kommuneplan 4.5\n");
            // Horizontal sides H(i, j) run west → east at row j; vertical sides V(i, j) south → north at column i.
            for (int j = 0; j <= n; j++) {
                for (int i = 0; i < n; i++) {
                    curve(w, horizontal(n, i, j), i * 10000L, j * 10000L, 10000, 0);
                }
            }
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j < n; j++) {
                    curve(w, vertical(n, i, j), i * 10000L, j * 10000L, 0, 10000);
                }
            }
            long serial = 3L * n * n + 10L * n + 10;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    serial++;
                    w.write(".FLATE " + serial + ":\n..OBJTYPE KpArealformålOmråde\n..IDENT\n...LOKALID \"cell-" + i
                            + "-" + j
                            + "\"\n..KPAREALFORMÅL " + ((i + j) % 2 == 0 ? 1120 : 5001) + "\n..AREALST " + (1 + (i % 2))
                            + "\n..OMRNAVN \"Område " + i + "/" + j + " ved Ørneberget\"\n..REF :" + horizontal(n, i, j)
                            + " :"
                            + vertical(n, i + 1, j) + " :-" + horizontal(n, i, j + 1) + " :-" + vertical(n, i, j)
                            + "\n..NØ\n"
                            + (j * 10000L + 5000) + " " + (i * 10000L + 5000) + "\n");
                }
            }
            w.write(".SLUTT\n");
        }
    }

    static long horizontal(int n, int i, int j) {
        return 1 + (long) j * n + i;
    }

    static long vertical(int n, int i, int j) {
        return 1 + (long) (n + 1) * n + (long) i * n + j;
    }

    private static void curve(BufferedWriter w, long serial, long east, long north, long dEast, long dNorth)
            throws IOException {
        StringBuilder sb = new StringBuilder(64 + VERTICES_PER_SIDE * 20);
        sb.append(".KURVE ").append(serial).append(":\n..OBJTYPE KpArealformålGrense\n..NØ\n");
        for (int k = 0; k <= VERTICES_PER_SIDE; k++) {
            sb.append(north + dNorth * k / VERTICES_PER_SIDE)
                    .append(' ')
                    .append(east + dEast * k / VERTICES_PER_SIDE)
                    .append('\n');
        }
        w.write(sb.toString());
    }
}
