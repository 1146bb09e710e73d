package no.planvakt.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.demo.DemoData;
import no.planvakt.report.ReportFiles;
import no.planvakt.report.SummaryTable;
import no.planvakt.report.TableText;
import no.planvakt.result.CheckResult;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.RunProgress;
import no.planvakt.rule.RunTimeLimit;

/** Runs a check from files and writes the findings and the report. */
final class CheckCommand {
    private final PrintStream out;

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    int demo(Options o) {
        Path dir = o.path("out") != null ? o.path("out") : Path.of("planvakt-out", "demo");
        Path input = DemoData.extractTo(dir.resolve("input"));
        out.println(
                "Planvakt demo: Hol (3330), invented draft and adopted plan, schematic forest line; real N1000 roads, centres and\n"
                        + "built-up areas around Geilo with invented bus stops.");
        out.println("Input files: " + input);
        return run(
                RulePackLoader.buskerud(),
                List.of(input.resolve(DemoData.DRAFT)),
                List.of(input.resolve(DemoData.ADOPTED)),
                input.resolve(DemoData.LAYERS),
                Crs.DEFAULT_CANONICAL_SRID,
                dir);
    }

    int check(Options o) {
        LoadedPack pack = o.path("pack") == null ? RulePackLoader.buskerud() : RulePackLoader.load(o.path("pack"));
        if (!o.rules().isEmpty()) {
            pack = pack.select(o.rules());
        }
        Path dir = o.path("out") != null ? o.path("out") : Path.of("planvakt-out");
        return run(
                pack,
                o.paths("draft", true),
                o.paths("adopted", false),
                o.required("layers"),
                o.srid(Crs.DEFAULT_CANONICAL_SRID),
                dir);
    }

    private int run(
            LoadedPack pack, List<Path> draftFiles, List<Path> adoptedFiles, Path layersFile, int srid, Path dir) {
        CheckInput input = PlanCheck.read(draftFiles, adoptedFiles, layersFile, srid);
        CheckResult result = PlanCheck.run(pack, input, RunTimeLimit.configured(RunProgress.NONE));

        out.println();
        out.println("Regelpakke " + pack.pack().title() + " (" + pack.pack().version() + ")");
        out.println("Planforslag " + input.draft().name() + ": "
                + input.draft().features().size() + " objekter; areal målt i EPSG:" + result.reportSrid());
        out.println();
        out.print(SummaryTable.render(result));
        out.println();
        result.findings()
                .forEach(f -> out.println("  [" + f.status().colour() + "] " + f.ruleId() + " " + f.message()));
        result.warnings().forEach(w -> out.println("  Merknad: " + w));
        result.tables().forEach(t -> {
            out.println();
            out.print(TableText.render(t));
        });
        ReportFiles.write(dir, pack, input, result);
        out.println();
        out.println(
                "Skrevet: " + dir.resolve(ReportFiles.REPORT_HTML) + ", " + dir.resolve(ReportFiles.REPORT_PDF) + ", "
                        + dir.resolve(ReportFiles.FINDINGS_GEOJSON) + ", "
                        + dir.resolve(ReportFiles.RESULT_JSON) + ", " + dir.resolve(ReportFiles.FINDINGS_CSV) + ", "
                        + dir.resolve(ReportFiles.FINDINGS_GPKG));
        return 0;
    }
}
