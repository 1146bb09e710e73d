package no.planvakt.api.reference;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.planvakt.InputException;
import no.planvakt.api.answer.ReferenceLayerAnswer;
import no.planvakt.api.web.Uploads;
import no.planvakt.reference.LayerManifest;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/reference-layers} (multipart: file + id, title, source, licence, optional
 * owner, date, method, idAttribute, and the coverage: a {@code coverage} file part with the mapped
 * area's polygons, or {@code coverageFromExtent=true}) loads or replaces a layer with its provenance.
 */
@RestController
public class ReferenceLayerController {
    private final ReferenceLayerRepository layers;
    private final int srid;
    private final TransactionTemplate tx;

    public ReferenceLayerController(
            ReferenceLayerRepository layers, @Value("${planvakt.canonical-srid}") int srid, TransactionTemplate tx) {
        this.tx = tx;
        this.layers = layers;
        this.srid = srid;
    }

    /** Reads the upload with no database connection held, then replaces the layer in one transaction. */
    @PostMapping(path = "/api/reference-layers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ReferenceLayerAnswer> load(
            @RequestPart("file") MultipartFile file,
            @RequestParam String id,
            @RequestParam String title,
            @RequestParam String source,
            @RequestParam String licence,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String idAttribute,
            @RequestParam(name = "coverageFromExtent", defaultValue = "false") boolean coverageFromExtent,
            @RequestPart(name = "coverage", required = false) MultipartFile coverageFile) {
        LayerManifest m = new LayerManifest(
                id,
                title,
                Uploads.fileName(file),
                source,
                owner,
                licence,
                parseDate(date),
                method,
                idAttribute,
                coverageFromExtent ? LayerManifest.EXTENT : null);
        ReferenceLayerReader reader = new ReferenceLayerReader(srid);
        ReferenceLayer read = Uploads.withTempFile(file, (tmp, name) -> reader.read(m, tmp, name));
        ReferenceLayer layer = coverageFile == null || coverageFile.isEmpty()
                ? read
                : read.withCoverage(
                        Uploads.withTempFile(coverageFile, (tmp, name) -> reader.readCoverage(m, tmp, name)));
        tx.executeWithoutResult(status -> layers.replace(layer, Uploads.fileName(file), srid));
        return ResponseEntity.created(URI.create("/api/reference-layers/" + id)).body(layers.describe(id));
    }

    @GetMapping("/api/reference-layers")
    public List<String> list() {
        return layers.ids();
    }

    @GetMapping("/api/reference-layers/{id}")
    public ReferenceLayerAnswer get(@PathVariable String id) {
        return layers.describe(id);
    }

    private static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InputException("date \"" + date + "\" is not an ISO date such as 2026-11-22");
        }
    }
}
