package no.planvakt.cli;

import java.io.PrintStream;
import java.util.Arrays;
import no.planvakt.InputException;
import no.planvakt.rule.RulePackException;
import no.planvakt.rule.RunTimeLimitException;

/** {@code planvakt demo | check | help}: the embedded main job, no server needed. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** @return the process exit code: 0 done, 1 usage error, 2 bad input, 4 the check ran past its time limit */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.print(Usage.TEXT);
            return args.length == 0 ? 1 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "demo" -> new CheckCommand(out).demo(Options.parse(rest));
                case "check" -> new CheckCommand(out).check(Options.parse(rest));
                case "verify" -> new VerifyCommand(out).verify(Options.parse(rest));
                default -> {
                    err.println("planvakt: unknown command \"" + args[0] + "\"");
                    err.print(Usage.TEXT);
                    yield 1;
                }
            };
        } catch (Options.UsageException e) {
            err.println("planvakt: " + e.getMessage());
            err.print(Usage.TEXT);
            return 1;
        } catch (InputException | RulePackException e) {
            err.println("planvakt: " + e.getMessage());
            return 2;
        } catch (RunTimeLimitException e) {
            err.println("planvakt: " + e.getMessage());
            return 4;
        }
    }
}
