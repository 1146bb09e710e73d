package no.planvakt.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.InputException;

/**
 * Refuses files over a size limit before a byte is parsed, so an upload cannot make the server
 * spend minutes (or its heap) on a file no municipal plan needs. The limit is configurable with the
 * system property {@code planvakt.maxInputBytes}; the default, 2 GB, is far above any real plan.
 */
public final class FileSizeLimit {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    public static final String PROPERTY = "planvakt.maxInputBytes";

    private FileSizeLimit() {}

    /** The configured limit in bytes. */
    public static long configured() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PROPERTY + " must be a number of bytes, found \"" + v + "\"");
        }
    }

    /** Throws {@link InputException} when {@code file} is larger than {@code maxBytes}. */
    public static void check(Path file, long maxBytes) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new InputException(
                    file.getFileName() + ": filen er " + InputLimits.count(size) + " byte, over grensen på "
                            + InputLimits.count(maxBytes) + " byte; del opp planen eller øk " + PROPERTY);
        }
    }
}
