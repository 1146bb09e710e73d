package no.planvakt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.report.HtmlReport;
import no.planvakt.report.PdfReport;
import no.planvakt.report.ReportModel;
import no.planvakt.report.SummaryTable;
import no.planvakt.result.CheckResult;
import no.planvakt.result.FindingsGeoJson;
import no.planvakt.result.ResultJson;
import no.planvakt.rule.CheckEngine;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.RulePackLoader;

/** Runs a check from files and writes the findings and the report. */
final class CheckCommand {
    private final PrintStream out;

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    int demo(Options o) {
        Path dir = o.path("out") != null ? o.path("out") : Path.of("planvakt-out", "demo");
        Path input = DemoData.extractTo(dir.resolve("input"));
        out.println("Planvakt demo: Hol (3330), invented draft and adopted plan, schematic forest line.");
        out.println("Input files: " + input);
        return run(RulePackLoader.buskerud(), input.resolve(DemoData.DRAFT), input.resolve(DemoData.ADOPTED),
                input.resolve(DemoData.LAYERS), Crs.DEFAULT_CANONICAL_SRID, dir);
    }

    int check(Options o) {
        RulePackLoader.LoadedPack pack = o.path("pack") == null ? RulePackLoader.buskerud() : RulePackLoader.load(o.path("pack"));
        if (!o.rules().isEmpty()) {
            pack = pack.select(o.rules());
        }
        Path dir = o.path("out") != null ? o.path("out") : Path.of("planvakt-out");
        return run(pack, o.required("draft"), o.path("adopted"), o.required("layers"), o.srid(Crs.DEFAULT_CANONICAL_SRID), dir);
    }

    private int run(RulePackLoader.LoadedPack pack, Path draftFile, Path adoptedFile, Path layersFile, int srid, Path dir) {
        PlanReader reader = new PlanReader(srid);
        Plan draft = reader.read(draftFile, PlanVersionKind.DRAFT);
        Plan adopted = adoptedFile == null ? null : reader.read(adoptedFile, PlanVersionKind.ADOPTED);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        new ReferenceLayerReader(srid).readManifest(layersFile).forEach(l -> layers.put(l.id(), l));
        CheckInput input = new CheckInput(draft, adopted, layers);
        CheckResult result = new CheckEngine(pack).run(input);

        out.println();
        out.println("Regelpakke " + pack.pack().title() + " (" + pack.pack().version() + ")");
        out.println("Planforslag " + draft.name() + ": " + draft.features().size() + " objekter; areal målt i EPSG:" + result.reportSrid());
        out.println();
        out.print(SummaryTable.render(result));
        out.println();
        result.findings().forEach(f -> out.println("  [" + f.status().colour() + "] " + f.ruleId() + " " + f.message()));
        result.warnings().forEach(w -> out.println("  Merknad: " + w));
        write(dir, pack, input, result);
        out.println();
        out.println("Skrevet: " + dir.resolve("report.html") + ", " + dir.resolve("report.pdf") + ", " + dir.resolve("findings.geojson") + ", " + dir.resolve("result.json"));
        return 0;
    }

    private static void write(Path dir, RulePackLoader.LoadedPack pack, CheckInput input, CheckResult result) {
        try {
            Files.createDirectories(dir);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(dir.resolve("findings.geojson").toFile(), FindingsGeoJson.toGeoJson(result.findings(), input.draft().srid()));
            json.writeValue(dir.resolve("result.json").toFile(), ResultJson.toJson(result));
            ReportModel report = ReportModel.of(pack, input, result, Map.of(), LocalDate.now());
            Files.writeString(dir.resolve("report.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
            Files.write(dir.resolve("report.pdf"), PdfReport.render(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }
}
