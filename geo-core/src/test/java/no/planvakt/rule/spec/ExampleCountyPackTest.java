package no.planvakt.rule.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.junit.jupiter.api.Test;

/** The other-county example of docs/rule-packs.md loads, and passes its own spec; place types pick the buffer. */
class ExampleCountyPackTest {
    private static final String DIR = "/no/planvakt/rule/example/";

    @Test
    void exampleCountyPackPassesItsSpec() throws Exception {
        LoadedPack pack;
        PackSpec spec;
        try (InputStream p = getClass().getResourceAsStream(DIR + "example-county.yaml");
                InputStream s = getClass().getResourceAsStream(DIR + "example-county.spec.yaml")) {
            pack = RulePackLoader.load("example-county.yaml", p, List.of("innsjoer", "stedstype"));
            spec = PackSpecVerifier.read("example-county.spec.yaml", s);
        }
        PackSpecVerifier verifier = new PackSpecVerifier(pack, Crs.DEFAULT_CANONICAL_SRID);
        List<String> mismatches = verifier.verify(spec);
        assertThat(mismatches).as(String.join("\n", mismatches)).isEmpty();

        CheckResult result = verifier.run(spec, spec.cases().get(0));
        Finding d1 = result.findings().get(0);
        assertThat(d1.trace())
                .anyMatch(t -> t.startsWith("Parameter bufferM = 100 (standard; ingen stedstype i stedstype dekker"));
        assertThat(d1.trace()).anyMatch(t -> t.contains("med buffer 100.0 m (bufferM)"));
    }
}
