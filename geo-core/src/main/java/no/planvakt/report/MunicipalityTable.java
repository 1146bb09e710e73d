package no.planvakt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvakt.plan.MunicipalityBoundaries;
import no.planvakt.result.Finding;
import no.planvakt.result.ResultTable;
import no.planvakt.result.Status;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The county report's first table: per municipality, how many findings of each rule need attention
 * (red or yellow) and their area. A finding about a plan object belongs to the municipality the
 * object names (kommunenummer, KOMM), as a plan object belongs to its municipality's plan even where
 * it is drawn a little over the boundary; any other finding (about a reference object, R1, R5a) to
 * the municipality its conflict geometry's interior point lies in (the shipped 2024 boundaries), or
 * the nearest one; one without either belongs to the plan's municipality.
 */
final class MunicipalityTable {
    static final String ID = "funn-per-kommune";
    private static final String UNKNOWN = "uten kjent kommune";
    /** A plan object's municipality number, as the plan importer reads it. */
    private static final List<String> MUNICIPALITY_ATTRIBUTES = List.of("kommunenummer", "komm", "kommune");

    private MunicipalityTable() {}

    /** A finder of the municipality ("3303 Kongsberg") a geometry lies in. */
    static final class Locator {
        private final STRtree index = new STRtree();
        private final List<Area> areas = new ArrayList<>();
        private final String fallback;
        private final Map<String, String> byNumber = new java.util.HashMap<>();
        private final Map<String, String> byObject = new java.util.HashMap<>();

        Locator(no.planvakt.plan.Plan plan) {
            this(plan.srid(), plan.municipality());
            for (no.planvakt.plan.PlanFeature f : plan.features()) {
                no.planvakt.plan.AttributeNames.find(f.attributes(), MUNICIPALITY_ATTRIBUTES)
                        .map(e -> byNumber.get(String.valueOf(e.getValue()).trim()))
                        .ifPresent(name -> byObject.put(f.id(), name));
            }
        }

        Locator(int srid, String planMunicipality) {
            for (MunicipalityBoundaries.Municipality m : MunicipalityBoundaries.all(srid)) {
                Area a = new Area(m.number() + " " + m.name(), m.area(), new IndexedPointInAreaLocator(m.area()));
                areas.add(a);
                byNumber.put(m.number(), a.name());
                index.insert(m.area().getEnvelopeInternal(), a);
                if (m.number().equals(planMunicipality)) {
                    planMunicipality = a.name();
                }
            }
            index.build();
            this.fallback = planMunicipality;
        }

        String of(Finding f) {
            String named = f.planObjectId() == null ? null : byObject.get(f.planObjectId());
            if (named != null) {
                return named;
            }
            if (f.geometry() == null || f.geometry().isEmpty()) {
                return fallback == null ? UNKNOWN : fallback;
            }
            Coordinate c = f.geometry().getInteriorPoint().getCoordinate();
            for (Object o : index.query(new org.locationtech.jts.geom.Envelope(c))) {
                Area a = (Area) o;
                if (a.locator().locate(c) != Location.EXTERIOR) {
                    return a.name();
                }
            }
            org.locationtech.jts.geom.Point p = f.geometry().getFactory().createPoint(c);
            return areas.stream()
                    .min(java.util.Comparator.comparingDouble(a -> a.area().distance(p)))
                    .map(Area::name)
                    .orElse(fallback == null ? UNKNOWN : fallback);
        }

        private record Area(String name, org.locationtech.jts.geom.Geometry area, IndexedPointInAreaLocator locator) {}
    }

    /**
     * @param ruleIds the rules in report order; a rule without red or yellow findings anywhere gets no column
     */
    static ResultTable of(List<String> ruleIds, List<Finding> findings, Locator locator) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Double> area = new TreeMap<>();
        Map<String, Boolean> used = new LinkedHashMap<>();
        ruleIds.forEach(r -> used.put(r, false));
        for (Finding f : findings) {
            if (f.status() != Status.RED && f.status() != Status.YELLOW) {
                continue;
            }
            String m = locator.of(f);
            counts.computeIfAbsent(m, k -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
            area.merge(m, f.areaM2() / 1000, Double::sum);
            used.put(f.ruleId(), true);
        }
        List<String> rules = used.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
        List<ResultTable.Column> columns = new ArrayList<>();
        columns.add(new ResultTable.Column("kommune", "Kommune", null));
        // (a count: numeric, with no unit after its header)
        rules.forEach(r -> columns.add(new ResultTable.Column(r, r, "")));
        columns.add(new ResultTable.Column("sum", "Sum", ""));
        columns.add(new ResultTable.Column("areal", "Areal i konflikt", "daa"));
        List<List<Object>> rows = new ArrayList<>();
        int[] total = new int[rules.size() + 1];
        double totalArea = 0;
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            int sum = 0;
            for (int i = 0; i < rules.size(); i++) {
                int n = e.getValue().getOrDefault(rules.get(i), 0);
                row.add(n);
                total[i] += n;
                sum += n;
            }
            row.add(sum);
            total[rules.size()] += sum;
            row.add(area.get(e.getKey()));
            totalArea += area.get(e.getKey());
            rows.add(row);
        }
        List<Object> sumRow = new ArrayList<>();
        sumRow.add("Sum");
        for (int n : total) {
            sumRow.add(n);
        }
        sumRow.add(totalArea);
        rows.add(sumRow);
        return new ResultTable(
                ID,
                "",
                "Antall funn som er røde eller gule, per kommune og regel",
                columns,
                rows,
                "Et funn hører til kommunen der konfliktområdet ligger (kommunegrenser 2024). Arealet er summen for "
                        + "funnene som er røde eller gule, som i oversikten per regel.");
    }
}
