package no.planvakt.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.planvakt.result.CheckResult;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;

/**
 * The files of an embedded check: {@code result.json}, {@code findings.geojson} and
 * {@code report.html}, byte for byte the same for the same inputs and pack (no clock, no
 * hash-ordered maps), so that two runs can be compared with {@code cmp}; and {@code report.pdf},
 * the same report for the planning forum on paper (its metadata carries the time it was made); and
 * {@code tabeller/<id>.csv}, each table of figures as CSV.
 */
public final class ReportFiles {
    public static final String RESULT_JSON = "result.json";
    public static final String FINDINGS_GEOJSON = "findings.geojson";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_PDF = "report.pdf";
    /** One CSV file per table of figures (an account, a reserve), named by the table's id. */
    public static final String TABLES_DIR = "tabeller";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    public static void write(Path dir, LoadedPack pack, CheckInput input, CheckResult result) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve(FINDINGS_GEOJSON).toFile(), FindingsGeoJson.toGeoJson(result.findings(), input.draft().srid()));
            JSON.writeValue(dir.resolve(RESULT_JSON).toFile(), ResultJson.toJson(result));
            ReportModel report = ReportModel.of(pack, input, result, java.util.Map.of(), null);
            Files.writeString(dir.resolve(REPORT_HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
            Files.write(dir.resolve(REPORT_PDF), PdfReport.render(report));
            if (!result.tables().isEmpty()) {
                Path tables = Files.createDirectories(dir.resolve(TABLES_DIR));
                for (no.planvakt.result.ResultTable t : result.tables()) {
                    Files.writeString(tables.resolve(t.id() + ".csv"), no.planvakt.result.TableCsv.write(t), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }
}
