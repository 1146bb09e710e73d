package no.planvakt.layers.mapserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WriteMapfileTest {
    @Test
    void unreachableDatabaseGivesNoReferenceLayersInsteadOfFailing() {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        MapfileSettings settings = new MapfileSettings(
                "127.0.0.1",
                1,
                "planvakt",
                "postgres",
                null,
                "http://127.0.0.1:55480/wms?",
                Path.of("/tmp/ms"),
                Path.of("/fonts/DejaVuSans.ttf"));
        assertThat(WriteMapfile.referenceLayers(settings)).isEmpty();
    }
}
