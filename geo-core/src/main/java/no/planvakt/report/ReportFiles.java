package no.planvakt.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.planvakt.result.CheckResult;
import no.planvakt.result.FindingsExport;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import no.planvakt.result.ResultTable;
import no.planvakt.result.TableCsv;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;

/**
 * The files of an embedded check: {@code result.json}, {@code findings.geojson} and
 * {@code report.html}, byte for byte the same for the same inputs and pack (no clock, no
 * hash-ordered maps), so that two runs can be compared with {@code cmp}; and {@code report.pdf},
 * the same report for the planning forum on paper (its metadata carries the time it was made);
 * {@code tabeller/<id>.csv}, each table of figures as CSV; and every finding as a table for the
 * planner's own tools, {@code findings.csv} and {@code findings.gpkg} (layer {@code findings} in
 * the run's CRS) — the full list that a county-scale report only summarises. The JSON, GeoJSON and
 * CSV files are written as streams, one finding or row at a time.
 */
public final class ReportFiles {
    public static final String RESULT_JSON = "result.json";
    public static final String FINDINGS_GEOJSON = "findings.geojson";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_PDF = "report.pdf";
    public static final String FINDINGS_CSV = "findings.csv";
    public static final String FINDINGS_GPKG = "findings.gpkg";
    /** One CSV file per table of figures (an account, a reserve), named by the table's id. */
    public static final String TABLES_DIR = "tabeller";

    private ReportFiles() {}

    public static void write(Path dir, LoadedPack pack, CheckInput input, CheckResult result) {
        try {
            Files.createDirectories(dir);
            try (OutputStream out = stream(dir.resolve(FINDINGS_GEOJSON))) {
                FindingsGeoJson.write(result.findings(), input.draft().srid(), out);
            }
            try (OutputStream out = stream(dir.resolve(RESULT_JSON))) {
                ResultJson.write(result, out);
            }
            try (Writer out = writer(dir.resolve(FINDINGS_CSV))) {
                FindingsExport.csv(FindingsExport.rowsWithoutVerdicts(result.findings()), out);
            }
            FindingsExport.geoPackage(
                    FindingsExport.rowsWithoutVerdicts(result.findings()),
                    input.draft().srid(),
                    dir.resolve(FINDINGS_GPKG));
            ReportModel report = ReportModel.of(pack, input, result, Map.of(), null);
            Files.writeString(dir.resolve(REPORT_HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
            Files.write(dir.resolve(REPORT_PDF), PdfReport.render(report));
            if (!result.tables().isEmpty()) {
                Path tables = Files.createDirectories(dir.resolve(TABLES_DIR));
                for (ResultTable t : result.tables()) {
                    try (Writer out = writer(tables.resolve(t.id() + ".csv"))) {
                        TableCsv.write(t, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static OutputStream stream(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
