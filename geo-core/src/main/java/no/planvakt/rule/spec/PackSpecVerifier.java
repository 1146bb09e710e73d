package no.planvakt.rule.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import no.planvakt.crs.Crs;
import no.planvakt.plan.LandUseStatus;
import no.planvakt.plan.Plan;
import no.planvakt.plan.PlanFeature;
import no.planvakt.plan.PlanObjectType;
import no.planvakt.plan.PlanVersionKind;
import no.planvakt.reference.Provenance;
import no.planvakt.reference.ReferenceFeature;
import no.planvakt.reference.ReferenceLayer;
import no.planvakt.result.CheckResult;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.CheckInput;
import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.PackFormat;
import no.planvakt.rule.PlanCheck;
import no.planvakt.rule.RulePackException;
import no.planvakt.yaml.Yaml;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Runs a rule pack against its spec and lists every difference: a missing finding, an
 * unexpected one, a figure off by more than the tolerance, a different clear list. An empty
 * list means the pack does what its spec says.
 */
public final class PackSpecVerifier {
    private static final double DEFAULT_TOLERANCE = 1e-4;
    private static final double DENSIFY_M = 50;

    private final LoadedPack pack;
    private final int canonicalSrid;

    public PackSpecVerifier(LoadedPack pack, int canonicalSrid) {
        this.pack = pack;
        this.canonicalSrid = canonicalSrid;
    }

    public static PackSpec read(String name, InputStream in) {
        try {
            byte[] bytes = in.readAllBytes();
            PackFormat.check(name, Yaml.tree(bytes));
            return Yaml.read(bytes, PackSpec.class);
        } catch (Yaml.YamlException e) {
            throw new RulePackException(
                    name + ": not a valid rule-pack spec: " + PackFormat.explain(e, PackFormat.CHANGES), e);
        } catch (IOException e) {
            throw new RulePackException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public static PackSpec read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new RulePackException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The Buskerud pack's spec, shipped beside it. */
    public static PackSpec buskerudSpec() {
        try (InputStream in =
                PackSpecVerifier.class.getResourceAsStream("/no/planvakt/rule/packs/buskerud.spec.yaml")) {
            return read("buskerud.spec.yaml", in);
        } catch (IOException e) {
            throw new RulePackException("buskerud.spec.yaml: cannot be read", e);
        }
    }

    /** All mismatches of all cases, each prefixed with the case name. */
    public List<String> verify(PackSpec spec) {
        List<String> out = new ArrayList<>();
        if (!spec.pack().equals(pack.pack().pack())) {
            out.add("spec is for pack \"" + spec.pack() + "\", not \""
                    + pack.pack().pack() + "\"");
        }
        for (PackSpec.Case c : spec.cases()) {
            try {
                verify(spec, c).forEach(m -> out.add(c.name() + ": " + m));
            } catch (RuntimeException e) {
                out.add(c.name() + ": could not run: " + e.getMessage());
            }
        }
        return out;
    }

    /** Runs one case and returns the result (the PostGIS oracle re-computes its figures). */
    public CheckResult run(PackSpec spec, PackSpec.Case c) {
        for (String r : c.rules()) {
            if (pack.rules().stream().noneMatch(x -> x.definition().id().equals(r))) {
                throw new RulePackException(
                        "case \"" + c.name() + "\" names rule " + r + ", which the pack does not have");
            }
        }
        return PlanCheck.run(pack.only(c.rules()), input(spec, c));
    }

    /** A case's plans and layers as the engine gets them (geometries in the canonical CRS). */
    public CheckInput input(PackSpec spec, PackSpec.Case c) {
        int srid = srid(spec, c);
        Plan draft = plan(c.name() + " (forslag)", c.draft(), srid, PlanVersionKind.DRAFT);
        Plan adopted = c.adopted() == null
                ? null
                : plan(c.name() + " (gjeldende)", c.adopted(), srid, PlanVersionKind.ADOPTED);
        Map<String, ReferenceLayer> layers = new LinkedHashMap<>();
        c.layers().forEach((id, l) -> layers.put(id, layer(id, l, srid)));
        return new CheckInput(draft, adopted, layers);
    }

    public static int srid(PackSpec spec, PackSpec.Case c) {
        return c.srid() != null ? c.srid() : spec.srid() != null ? spec.srid() : Crs.DEFAULT_CANONICAL_SRID;
    }

    /** The mismatches of one case (each spec case is its own named test in PackSpecTest and in {@code planvakt verify}). */
    public List<String> verify(PackSpec spec, PackSpec.Case c) {
        CheckResult result = run(spec, c);
        List<String> out = new ArrayList<>();
        List<Finding> unmatched = new ArrayList<>(result.findings());
        for (PackSpec.Expected e : c.findings()) {
            Finding match = null;
            for (Finding f : unmatched) {
                if (f.ruleId().equals(e.rule())
                        && f.planObjectId().equals(e.object())
                        && f.status() == e.status()
                        && (e.reference() == null || e.reference().equals(f.referenceFeatureId()))) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                out.add("missing finding " + describe(e) + "; found: "
                        + result.findings().stream()
                                .map(PackSpecVerifier::describe)
                                .toList());
                continue;
            }
            unmatched.remove(match);
            double tol = e.tolerance() == null ? DEFAULT_TOLERANCE : e.tolerance();
            String what = describe(e);
            compare(out, what, "areaDaa", e.areaDaa(), match.areaDaa(), tol, 0.001);
            compare(out, what, "share", e.share(), match.share(), tol, 1e-6);
            compare(out, what, "distanceM", e.distanceM(), match.distanceM(), tol, 0.01);
            if (e.figures() != null) {
                for (Map.Entry<String, Double> fig : e.figures().entrySet()) {
                    compare(
                            out,
                            what,
                            fig.getKey(),
                            fig.getValue(),
                            match.figures().get(fig.getKey()),
                            tol,
                            1.0);
                }
            }
        }
        for (Finding f : unmatched) {
            out.add("unexpected finding " + describe(f) + ": " + f.message());
        }
        if (c.clear() != null) {
            TreeSet<String> expected = new TreeSet<>(c.clear());
            TreeSet<String> actual = new TreeSet<>();
            result.checked().forEach(k -> actual.add(k.ruleId() + " " + k.planObjectId()));
            if (!expected.equals(actual)) {
                out.add("clear list " + actual + ", expected " + expected);
            }
        }
        if (c.tables() != null) {
            c.tables().forEach((id, rows) -> compareTable(out, id, rows, result));
        }
        return out;
    }

    /** A result table's rows (without its geometry column) against the hand-worked ones. */
    private static void compareTable(List<String> out, String id, List<List<Object>> expected, CheckResult result) {
        ResultTable table = result.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElse(null);
        if (table == null) {
            out.add("table " + id + " missing; tables: "
                    + result.tables().stream().map(ResultTable::id).toList());
            return;
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (!table.columns().get(i).name().equals("wkt")) {
                shown.add(i);
            }
        }
        List<List<Object>> actual = table.rows().stream()
                .map(r -> shown.stream().map(r::get).toList())
                .toList();
        if (actual.size() != expected.size()) {
            out.add("table " + id + ": " + actual.size() + " rows, expected " + expected.size() + "; rows: " + actual);
            return;
        }
        for (int r = 0; r < actual.size(); r++) {
            List<Object> a = actual.get(r);
            List<Object> e = expected.get(r);
            boolean same = a.size() == e.size();
            for (int i = 0; same && i < a.size(); i++) {
                same = sameCell(e.get(i), a.get(i));
            }
            if (!same) {
                out.add("table " + id + " row " + (r + 1) + " is " + a + ", expected " + e);
            }
        }
    }

    private static boolean sameCell(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return Math.abs(e.doubleValue() - a.doubleValue()) <= 0.001;
        }
        return String.valueOf(expected).equals(String.valueOf(actual));
    }

    private static void compare(
            List<String> out,
            String what,
            String figure,
            Double expected,
            Double actual,
            double relTol,
            double absTol) {
        if (expected == null) {
            return;
        }
        if (actual == null) {
            out.add(what + ": " + figure + " expected " + expected + ", finding has none");
            return;
        }
        if (Math.abs(actual - expected) > Math.max(absTol, Math.abs(expected) * relTol)) {
            out.add(String.format(Locale.ROOT, "%s: %s is %.6f, expected %.6f", what, figure, actual, expected));
        }
    }

    private static String describe(PackSpec.Expected e) {
        return e.rule() + " " + (e.object().isEmpty() ? "-" : e.object())
                + (e.reference() == null ? "" : "/" + e.reference()) + " " + e.status();
    }

    static String describe(Finding f) {
        return String.format(
                Locale.ROOT,
                "%s %s/%s %s %.3f daa",
                f.ruleId(),
                f.planObjectId().isEmpty() ? "-" : f.planObjectId(),
                f.referenceFeatureId(),
                f.status(),
                f.areaDaa());
    }

    private Plan plan(String name, List<PackSpec.PlanObject> objects, int srid, PlanVersionKind kind) {
        List<PlanFeature> features = new ArrayList<>();
        for (PackSpec.PlanObject o : objects) {
            PlanObjectType type;
            try {
                type = PlanObjectType.valueOf(o.type());
            } catch (IllegalArgumentException e) {
                throw new RulePackException("object " + o.id() + ": unknown type \"" + o.type() + "\"");
            }
            LandUseStatus status = o.status() == null ? null : LandUseStatus.ofCode(o.status());
            features.add(new PlanFeature(
                    o.id(),
                    type.sosiName("Kp"),
                    type,
                    o.code(),
                    status,
                    o.name(),
                    null,
                    o.attributes() == null ? Map.of() : o.attributes(),
                    geometry("object " + o.id(), o.wkt(), srid)));
        }
        return new Plan(name, null, null, kind, srid, canonicalSrid, features, List.of());
    }

    private ReferenceLayer layer(String id, PackSpec.Layer l, int srid) {
        List<ReferenceFeature> features = new ArrayList<>();
        for (PackSpec.Feature f : l.features()) {
            Map<String, Object> attrs = new HashMap<>(f.attributes() == null ? Map.of() : f.attributes());
            features.add(
                    new ReferenceFeature(f.id(), attrs, geometry("layer " + id + " feature " + f.id(), f.wkt(), srid)));
        }
        Geometry coverage = l.coverage() == null ? null : geometry("layer " + id + " coverage", l.coverage(), srid);
        return new ReferenceLayer(
                id,
                id,
                new Provenance("rule-pack spec", null, "spec", null, "hand-made test case"),
                coverage,
                srid,
                features);
    }

    private Geometry geometry(String where, String wkt, int srid) {
        try {
            Geometry g = new WKTReader().read(wkt);
            if (srid != canonicalSrid) {
                // A straight edge in the case's CRS is curved in the canonical one; a 1 km edge stored
                // as a chord is off by about a millimetre in the middle, which is 0.1 % of a 1 m strip.
                // Short edges keep the stored shape true to the case (as the demo's layers do).
                g = Densifier.densify(g, DENSIFY_M);
            }
            Geometry out = Crs.transform(g, srid, canonicalSrid);
            out.setSRID(canonicalSrid);
            return out;
        } catch (ParseException e) {
            throw new RulePackException(where + ": invalid WKT: " + e.getMessage());
        }
    }

    /** Verifies a pack file against a spec file: {@code PackSpecVerifier pack.yaml pack.spec.yaml}. */
}
