package no.planvakt.api.pack;

import java.util.List;
import no.planvakt.api.answer.RulePackAnswer;
import no.planvakt.rule.CompiledRule;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RuleDefinition;
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
    public List<RulePackAnswer> packs() {
        return List.of(new RulePackAnswer(
                pack.pack().pack(),
                pack.pack().version(),
                pack.pack().title(),
                pack.pack().document(),
                pack.rules().stream()
                        .map(CompiledRule::definition)
                        .map(RulePackController::rule)
                        .toList()));
    }

    private static RulePackAnswer.Rule rule(RuleDefinition r) {
        return new RulePackAnswer.Rule(
                r.id(),
                r.title(),
                r.kind(),
                r.citation().shortForm(),
                r.citation().quote(),
                r.reference().layer());
    }
}
