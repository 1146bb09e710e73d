package no.planvakt.rule.kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvakt.result.ResultTable;
import no.planvakt.rule.RuleDefinition;
import no.planvakt.rule.RulePackException;

/**
 * Sums kept per municipality, then added up per region and for all municipalities of the plan, so a
 * table answers per plan, municipality and region at once (R6a's reserve, R6b's and R6c's shares).
 * Regions come from the rule's optional parameter {@code regions}, e.g.
 * {@code "Hallingdal: 3320 3322 3330; Kongsbergregionen: 3303 3334"}; a municipality in no region
 * is counted only in its own row and in "Alle kommuner". Shares are computed from the summed areas,
 * never averaged.
 */
final class MunicipalityLevels {
    static final String REGIONS = "regions";
    static final String MUNICIPALITY = "kommune";
    static final String REGION = "region";
    static final String ALL = "fylke";
    static final String ALL_NAME = "Alle kommuner";

    private final Map<String, String> regionOf;

    private MunicipalityLevels(Map<String, String> regionOf) {
        this.regionOf = regionOf;
    }

    /** The rule's regions (none when it has no {@code regions} parameter); refuses a municipality named twice. */
    static MunicipalityLevels of(RuleDefinition rule) {
        Map<String, String> regionOf = new LinkedHashMap<>();
        if (!rule.parameters().containsKey(REGIONS)) {
            return new MunicipalityLevels(regionOf);
        }
        String text = NetworkAccess.text(rule, REGIONS);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            String region = colon < 0 ? "" : part.substring(0, colon).trim();
            if (region.isEmpty()) {
                throw new RulePackException("rule " + rule.id() + ": parameter " + REGIONS + ": \"" + part.trim()
                        + "\" is not \"Region: kommunenummer …\"");
            }
            for (String number : part.substring(colon + 1).trim().split("[\\s,]+")) {
                if (!number.matches("\\d{4}")) {
                    throw new RulePackException("rule " + rule.id() + ": parameter " + REGIONS + ": region " + region
                            + ": \"" + number + "\" is not a four-digit municipality number");
                }
                String before = regionOf.putIfAbsent(number, region);
                if (before != null) {
                    throw new RulePackException("rule " + rule.id() + ": parameter " + REGIONS + ": municipality "
                            + number + " is in region " + before + " and in region " + region);
                }
            }
        }
        return new MunicipalityLevels(regionOf);
    }

    /** One summed row: its level (kommune, region, fylke), its name (municipality number or region) and the rest of its key. */
    record Row(String level, String name, List<String> key, double[] sums) {
        /** The row's cells: level and name, then {@code figures}. */
        List<Object> cells(Object... figures) {
            List<Object> cells = new ArrayList<>(List.of(level, name));
            cells.addAll(Arrays.asList(figures));
            return cells;
        }
    }

    /** The columns of a table by level: level and municipality/region name, then {@code figures}. */
    static List<ResultTable.Column> columns(ResultTable.Column... figures) {
        List<ResultTable.Column> columns = new ArrayList<>(List.of(
                new ResultTable.Column("niva", "Nivå", null),
                new ResultTable.Column("kommune", "Kommune/region", null)));
        columns.addAll(Arrays.asList(figures));
        return columns;
    }

    /**
     * Rows per municipality (in number order), then per region, then for all municipalities, each
     * level in the order of the rest of the key ({@code keyOrder}).
     *
     * @param byMunicipality municipality number → (rest of the key → sums); the sums arrays all have the same length
     */
    List<Row> rows(Map<String, Map<List<String>, double[]>> byMunicipality, Comparator<List<String>> keyOrder) {
        Map<String, Map<List<String>, double[]>> regions = new TreeMap<>();
        Map<List<String>, double[]> all = new TreeMap<>(keyOrder);
        List<Row> rows = new ArrayList<>();
        new TreeMap<>(byMunicipality).forEach((number, sums) -> {
            Map<List<String>, double[]> sorted = new TreeMap<>(keyOrder);
            sorted.putAll(sums);
            sorted.forEach((key, s) -> {
                rows.add(new Row(MUNICIPALITY, number, key, s.clone()));
                add(all, key, s);
                String region = regionOf.get(number);
                if (region != null) {
                    add(regions.computeIfAbsent(region, r -> new TreeMap<>(keyOrder)), key, s);
                }
            });
        });
        regions.forEach((region, sums) -> sums.forEach((key, s) -> rows.add(new Row(REGION, region, key, s))));
        all.forEach((key, s) -> rows.add(new Row(ALL, ALL_NAME, key, s)));
        return rows;
    }

    private static void add(Map<List<String>, double[]> into, List<String> key, double[] s) {
        double[] sum = into.computeIfAbsent(key, k -> new double[s.length]);
        for (int i = 0; i < s.length; i++) {
            sum[i] += s[i];
        }
    }
}
