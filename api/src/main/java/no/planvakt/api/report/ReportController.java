package no.planvakt.api.report;

import no.planvakt.report.HtmlReport;
import no.planvakt.report.PdfReport;
import no.planvakt.result.FindingsExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report for the regional planning forum and the findings as files:
 * {@code GET /api/runs/{id}/report.html}, {@code report.pdf}, {@code findings.csv} and {@code findings.gpkg}.
 */
@RestController
public class ReportController {
    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType GPKG = MediaType.parseMediaType("application/geopackage+sqlite3");

    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/runs/{id}/report.html", produces = "text/html;charset=UTF-8")
    public String report(@PathVariable long id) {
        return HtmlReport.render(reports.model(id));
    }

    @GetMapping(path = "/api/runs/{id}/report.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(PdfReport.render(reports.model(id)), PDF, "planvakt-kjoring-" + id + ".pdf");
    }

    @GetMapping(path = "/api/runs/{id}/findings.csv")
    public ResponseEntity<byte[]> csv(@PathVariable long id) {
        return file(FindingsExport.csv(reports.exportRows(id)), CSV, "planvakt-funn-" + id + ".csv");
    }

    @GetMapping(path = "/api/runs/{id}/findings.gpkg")
    public ResponseEntity<byte[]> geoPackage(@PathVariable long id) {
        return file(
                FindingsExport.geoPackage(reports.exportRows(id), reports.srid()),
                GPKG,
                "planvakt-funn-" + id + ".gpkg");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(type);
        h.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        return ResponseEntity.ok().headers(h).body(body);
    }
}
