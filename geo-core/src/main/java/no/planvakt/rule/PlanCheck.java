package no.planvakt.rule;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;

/**
 * The one entry to a check: {@code ./planvakt}, the API and the tests all run a pack through
 * {@link #run}; the embedded command reads its inputs from files with {@link #read} first.
 */
public final class PlanCheck {
    private PlanCheck() {}

    /** Runs the pack over inputs read from files or loaded from PostGIS alike. */
    public static CheckResult run(LoadedPack pack, CheckInput input) {
        return new CheckEngine(pack).run(input);
    }

    /** As {@link #run(LoadedPack, CheckInput)}, telling {@code progress} before each rule (the service's progress and cancel). */
    public static CheckResult run(LoadedPack pack, CheckInput input, RunProgress progress) {
        return new CheckEngine(pack).run(input, progress);
    }

    /**
     * Reads an embedded check's inputs: the plans (any format {@link PlanReader} reads) and the
     * reference layers listed in the manifest, in the manifest's order.
     *
     * @param adoptedFile may be null
     */
    public static CheckInput read(Path draftFile, Path adoptedFile, Path layerManifest, int canonicalSrid) {
        return read(
                List.of(draftFile),
                adoptedFile == null ? List.of() : List.of(adoptedFile),
                layerManifest,
                canonicalSrid);
    }

    /** The same with each plan given as one or more files (e.g. land use and zones apart); no adopted files, no adopted plan. */
    public static CheckInput read(
            List<Path> draftFiles, List<Path> adoptedFiles, Path layerManifest, int canonicalSrid) {
        PlanReader reader = new PlanReader(canonicalSrid);
        Plan draft = reader.read(draftFiles, PlanVersionKind.DRAFT);
        Plan adopted = adoptedFiles.isEmpty() ? null : reader.read(adoptedFiles, PlanVersionKind.ADOPTED);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        for (ReferenceLayer l : new ReferenceLayerReader(canonicalSrid).readManifest(layerManifest)) {
            layers.put(l.id(), l);
        }
        return new CheckInput(draft, adopted, layers);
    }
}
