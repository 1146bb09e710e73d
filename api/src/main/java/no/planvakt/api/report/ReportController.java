package no.planvakt.api.report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/runs/{id}/report.html}: the report for the regional planning forum. */
@RestController
public class ReportController {
    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/runs/{id}/report.html", produces = "text/html;charset=UTF-8")
    public String report(@PathVariable long id) {
        return reports.html(id);
    }
}
