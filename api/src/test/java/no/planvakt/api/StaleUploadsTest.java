package no.planvakt.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import no.planvakt.api.web.StaleUploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload copies a stopped service left behind are removed at the next start; fresh ones (another import's) stay. */
class StaleUploadsTest {
    @TempDir
    Path tmp;

    @Test
    void onlyOldUploadCopiesAreRemoved() throws Exception {
        Path old = Files.writeString(tmp.resolve("planvakt-upload-1.geojson"), "{}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(tmp.resolve("planvakt-upload-2.geojson"), "{}");
        Path other = Files.writeString(tmp.resolve("other.geojson"), "{}");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(StaleUploads.removeFrom(tmp, Instant.now().minus(Duration.ofHours(1))))
                .isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }
}
