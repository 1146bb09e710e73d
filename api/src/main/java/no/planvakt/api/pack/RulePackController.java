package no.planvakt.api.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.LoadedPack;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/rule-packs}: the packs a check can use, with their rules and citations, for the page's rule picker. */
@RestController
public class RulePackController {
    private final LoadedPack pack;

    public RulePackController(LoadedPack pack) {
        this.pack = pack;
    }

    @GetMapping("/api/rule-packs")
    public List<Map<String, Object>> packs() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", pack.pack().pack());
        p.put("version", pack.pack().version());
        p.put("title", pack.pack().title());
        p.put("document", pack.pack().document());
        p.put("rules", pack.rules().stream().map(CompiledRule::definition).map(RulePackController::rule).toList());
        return List.of(p);
    }

    private static Map<String, Object> rule(RuleDefinition r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("kind", r.kind());
        m.put("citation", r.citation().shortForm());
        m.put("quote", r.citation().quote());
        m.put("layer", r.reference().layer());
        return m;
    }
}
