package no.planvakt.cli;

import java.io.PrintStream;
import java.util.List;
import no.planvakt.crs.Crs;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import no.planvakt.rule.spec.PackSpec;
import no.planvakt.rule.spec.PackSpecVerifier;

/**
 * {@code planvakt verify --pack P.yaml --spec P.spec.yaml}: runs a rule pack against its spec, case
 * by case, as a county does after editing its pack. Without options it verifies the shipped
 * Buskerud pack against its own spec.
 */
final class VerifyCommand {
    /** Exit code when the pack loads but does not give what its spec expects. */
    static final int MISMATCH = 3;

    private final PrintStream out;

    VerifyCommand(PrintStream out) {
        this.out = out;
    }

    int verify(Options o) {
        if ((o.path("pack") == null) != (o.path("spec") == null)) {
            throw new Options.UsageException(
                    "verify needs both --pack and --spec (or neither, for the shipped Buskerud pack)");
        }
        LoadedPack pack = o.path("pack") == null ? RulePackLoader.buskerud() : RulePackLoader.load(o.path("pack"));
        PackSpec spec =
                o.path("spec") == null ? PackSpecVerifier.buskerudSpec() : PackSpecVerifier.read(o.path("spec"));
        PackSpecVerifier verifier = new PackSpecVerifier(pack, o.srid(Crs.DEFAULT_CANONICAL_SRID));
        out.println("Regelpakke " + pack.pack().pack() + " " + pack.pack().version() + " mot spesifikasjonen ("
                + spec.cases().size() + " tilfeller)");
        int failed = 0;
        if (!spec.pack().equals(pack.pack().pack())) {
            out.println("FEIL  spesifikasjonen gjelder regelpakke \"" + spec.pack() + "\", ikke \""
                    + pack.pack().pack() + "\"");
            failed++;
        }
        for (PackSpec.Case c : spec.cases()) {
            List<String> mismatches;
            try {
                mismatches = verifier.verify(spec, c);
            } catch (RuntimeException e) {
                mismatches = List.of("could not run: " + e.getMessage());
            }
            out.println((mismatches.isEmpty() ? "ok    " : "FEIL  ") + c.name());
            mismatches.forEach(m -> out.println("        " + m));
            failed += mismatches.isEmpty() ? 0 : 1;
        }
        out.println(
                failed == 0
                        ? "Alle tilfeller stemmer."
                        : failed + " av " + spec.cases().size() + " tilfeller stemmer ikke.");
        return failed == 0 ? 0 : MISMATCH;
    }
}
