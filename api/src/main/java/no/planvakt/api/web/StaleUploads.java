package no.planvakt.api.web;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Removes upload copies ({@code planvakt-upload-*}) that a service stopped mid-import left behind.
 * Only files older than {@link #AGE} go: reading one file is limited to 600 s, so an older copy
 * belongs to no import still running, in this service or another one on the same machine.
 */
@Component
public class StaleUploads implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StaleUploads.class);
    static final Duration AGE = Duration.ofHours(1);

    @Override
    public void run(ApplicationArguments args) {
        int n = removeFrom(
                Path.of(System.getProperty("java.io.tmpdir")), Instant.now().minus(AGE));
        if (n > 0) {
            LOG.info("removed {} upload copies left behind by an earlier stop", n);
        }
    }

    /** Deletes {@code planvakt-upload-*} files in {@code dir} last modified before {@code before}; returns how many. */
    public static int removeFrom(Path dir, Instant before) {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Uploads.PREFIX + "*")) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f)
                            && Files.getLastModifiedTime(f).toInstant().isBefore(before)
                            && Files.deleteIfExists(f)) {
                        n++;
                    }
                } catch (IOException e) {
                    LOG.warn("cannot remove {}: {}", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.getMessage());
        }
        return n;
    }
}
