package no.planvakt.rule;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanReader;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.reference.ReferenceLayerReader;
import no.planvakt.result.CheckResult;

/** The embedded check: files in, result out, no server. */
public final class PlanCheck {
    private PlanCheck() {
    }

    /**
     * @param adoptedFile may be null
     */
    public static CheckResult fromFiles(LoadedPack pack, Path draftFile, Path adoptedFile, Path layerManifest,
                                        int canonicalSrid) {
        PlanReader reader = new PlanReader(canonicalSrid);
        Plan draft = reader.read(draftFile, PlanVersionKind.DRAFT);
        Plan adopted = adoptedFile == null ? null : reader.read(adoptedFile, PlanVersionKind.ADOPTED);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        for (ReferenceLayer l : new ReferenceLayerReader(canonicalSrid).readManifest(layerManifest)) {
            layers.put(l.id(), l);
        }
        return new CheckEngine(pack).run(new CheckInput(draft, adopted, layers));
    }
}
