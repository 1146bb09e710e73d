package no.planvakt.account;

import no.planvakt.crs.Crs;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpec;
import no.planvakt.rule.spec.PackSpecVerifier;
import org.junit.jupiter.api.Test;

class Scratch2Test {
    @Test
    void run() {
        PackSpec spec = PackSpecVerifier.buskerudSpec();
        PackSpecVerifier v = new PackSpecVerifier(RulePackLoader.buskerud(), Crs.DEFAULT_CANONICAL_SRID);
        for (PackSpec.Case c : spec.cases()) {
            if (c.name().startsWith("AR1")) {
                v.run(spec, c).findings().forEach(f -> System.out.println(f.planObjectId() + " " + f.status() + " " + f.message() + " " + f.figures()));
            }
        }
    }
}
