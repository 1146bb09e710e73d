package no.planvakt.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planvakt.result.ResultTable;
import no.planvakt.result.ResultTable.Column;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * The account as the tables a planning forum reads (daa, three decimals: to the m²): per group
 * and status, the reserve per group and class, the reserve's change, per plan object, and per
 * municipality and region with the county total.
 */
public final class AccountTables {
    private static final String DAA = "daa";
    /** Pieces smaller than this are left out of the map (they stay in the figures). */
    private static final double MAP_MIN_M2 = 1;

    private final String ruleId;
    private final AreaAccount account;
    private final AccountSpec spec;

    public AccountTables(String ruleId, AreaAccount account) {
        this.ruleId = ruleId;
        this.account = account;
        this.spec = account.spec();
    }

    /** Column name and label of class {@code k} (the last: not classified). */
    private Column classColumn(int k) {
        return k < spec.classes().size()
                ? new Column(spec.classes().get(k).id(), spec.classes().get(k).title(), DAA)
                : new Column(AccountSpec.UNCLASSIFIED, "Uklassifisert", DAA);
    }

    private List<Column> classColumns() {
        List<Column> out = new ArrayList<>();
        for (int k = 0; k <= spec.classes().size(); k++) {
            out.add(classColumn(k));
        }
        return out;
    }

    private static void addClasses(List<Object> row, ClassAreas areas) {
        for (int k = 0; k < areas.size(); k++) {
            row.add(ResultTable.daa(areas.get(k)));
        }
    }

    /** Every land-use area by group, status and class; the last row is the plan. */
    public ResultTable byGroup() {
        List<Column> cols = new ArrayList<>(
                List.of(new Column("gruppe", "Formålsgruppe", null), new Column("status", "Status", null)));
        cols.addAll(classColumns());
        cols.add(new Column("sum", "Sum", DAA));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> titles = account.groupTitles();
        account.byGroupAndStatus().forEach((k, areas) -> {
            List<Object> row = new ArrayList<>(List.of(
                    titles.get(k.group()), k.status() == null ? "–" : k.status().label()));
            addClasses(row, areas);
            row.add(ResultTable.daa(areas.total()));
            rows.add(row);
        });
        List<Object> total = new ArrayList<>(List.of("Hele planen", ""));
        addClasses(total, account.total());
        total.add(ResultTable.daa(account.totalM2()));
        rows.add(total);
        return new ResultTable(
                ruleId + "-regnskap",
                ruleId,
                "Arealregnskap: arealformål fordelt på arealdekke",
                cols,
                rows,
                "Hvert arealformålsobjekt er delt på arealdekkeklassene i regelpakkens rekkefølge (første klasse vinner der lagene "
                        + "overlapper); det ingen klasse dekker er uklassifisert, så radene summerer til planarealet.");
    }

    /** The reserve by development group and class, with the themes as "of which". */
    public ResultTable reserve() {
        List<Column> cols = new ArrayList<>(List.of(new Column("gruppe", "Formålsgruppe", null)));
        for (int k = 0; k <= spec.classes().size(); k++) {
            if (k == spec.classes().size() || !spec.classes().get(k).built()) {
                cols.add(classColumn(k));
            }
        }
        cols.add(new Column("reserve", "Arealreserve", DAA));
        spec.themes()
                .forEach(t -> cols.add(
                        new Column("herav_" + t.id(), "herav " + t.title().toLowerCase(java.util.Locale.ROOT), DAA)));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> titles = account.groupTitles();
        Map<String, double[]> themes = new LinkedHashMap<>();
        for (ObjectAccount o : account.objects()) {
            if (o.holdsReserve()) {
                double[] t = themes.computeIfAbsent(
                        o.group(), g -> new double[spec.themes().size()]);
                for (int i = 0; i < t.length; i++) {
                    t[i] += o.themeM2(i);
                }
            }
        }
        account.reserveByGroup()
                .forEach((group, areas) -> rows.add(reserveRow(titles.get(group), areas, themes.get(group))));
        rows.add(reserveRow("Sum", account.reserve(), account.reserveThemes()));
        return new ResultTable(
                ruleId + "-reserve",
                ruleId,
                "Arealreserven (framtidig utbygging, ikke bebygd) fordelt på arealdekke",
                cols,
                rows,
                "Arealreserve = framtidig areal i utbyggingsgrupper som ikke ligger på bebygd klasse. Temaene (herav …) "
                        + "overlapper klassene og summeres ikke med dem.");
    }

    private List<Object> reserveRow(String label, ClassAreas areas, double[] themes) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (int k = 0; k < areas.size(); k++) {
            if (k == spec.classes().size() || !spec.classes().get(k).built()) {
                row.add(ResultTable.daa(areas.get(k)));
            }
        }
        row.add(ResultTable.daa(areas.total()));
        for (double t : themes) {
            row.add(ResultTable.daa(t));
        }
        return row;
    }

    /** What the draft adds to, removes from and moves within the reserve, per class. */
    public static ResultTable change(String ruleId, AccountSpec spec, ReserveChange c) {
        List<Column> cols = List.of(
                new Column("klasse", "Arealdekke", null),
                new Column("gjeldende", "Reserve i gjeldende plan", DAA),
                new Column("forslag", "Reserve i forslaget", DAA),
                new Column("lagt_til", "Lagt til", DAA),
                new Column("tatt_ut", "Tatt ut", DAA),
                new Column("flyttet", "Flyttet mellom formålsgrupper", DAA),
                new Column("netto", "Netto endring", DAA));
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k <= spec.classes().size(); k++) {
            if (k < spec.classes().size() && spec.classes().get(k).built()) {
                continue;
            }
            String title = k < spec.classes().size() ? spec.classes().get(k).title() : "Uklassifisert";
            rows.add(List.of(
                    title,
                    ResultTable.daa(c.adopted().get(k)),
                    ResultTable.daa(c.draft().get(k)),
                    ResultTable.daa(c.added().get(k)),
                    ResultTable.daa(c.removed().get(k)),
                    ResultTable.daa(c.moved().get(k)),
                    ResultTable.daa(c.net(k))));
        }
        rows.add(List.of(
                "Sum",
                ResultTable.daa(c.adopted().total()),
                ResultTable.daa(c.draft().total()),
                ResultTable.daa(c.added().total()),
                ResultTable.daa(c.removed().total()),
                ResultTable.daa(c.moved().total()),
                ResultTable.daa(c.added().total() - c.removed().total())));
        return new ResultTable(
                ruleId + "-endring",
                ruleId,
                "Endring i arealreserven fra gjeldende plan til forslaget",
                cols,
                rows,
                "Lagt til: reserve i forslaget som ikke er reserve i gjeldende plan; tatt ut: omvendt; flyttet: reserve i begge, men for "
                        + "en annen formålsgruppe. Gjeldende + lagt til − tatt ut = forslaget.");
    }

    /** The reserve of one object per class (the last: not classified); null where the map shows nothing. */
    private Geometry[] reserveParts(LandCover cover, ObjectAccount o) {
        int n = spec.classes().size();
        Geometry[] out = new Geometry[n + 1];
        double[] classM2 = o.classM2();
        for (int k = 0; k <= n; k++) {
            // Only the classes the account found there: an overlay per class and object is the cost of the map.
            if (k < n && spec.classes().get(k).built() || classM2[k] < MAP_MIN_M2) {
                continue;
            }
            Geometry part = k < n ? cover.pieces(o.unbuilt(), k) : cover.unclassifiedPart(o.unbuilt());
            if (!part.isEmpty() && part.getArea() > 0) {
                out[k] = part;
            }
        }
        return out;
    }

    /**
     * The reserve as map geometry: one row per development group and land-cover class with the
     * parts as WKT (stored CRS) in column {@code wkt}. The WMS layer of the reserve by land-cover
     * class draws these rows; the report leaves the column out.
     */
    public ResultTable reserveMap(LandCover cover) {
        int n = spec.classes().size();
        Map<String, List<Geometry>[]> parts = new TreeMap<>(java.util.Comparator.comparingInt(this::groupOrder));
        Map<String, ClassAreas> areas = account.reserveByGroup();
        List<ObjectAccount> reserve = account.objects().stream()
                .filter(o -> o.holdsReserve() && !o.unbuilt().isEmpty())
                .toList();
        // The overlays object by object on both cores; collected below in the objects' order.
        List<Geometry[]> objectParts =
                reserve.parallelStream().map(o -> reserveParts(cover, o)).toList();
        for (int i = 0; i < reserve.size(); i++) {
            @SuppressWarnings("unchecked")
            List<Geometry>[] byClass = parts.computeIfAbsent(reserve.get(i).group(), g -> new List[n + 1]);
            Geometry[] objectPart = objectParts.get(i);
            for (int k = 0; k <= n; k++) {
                if (objectPart[k] != null) {
                    if (byClass[k] == null) {
                        byClass[k] = new ArrayList<>();
                    }
                    byClass[k].add(objectPart[k]);
                }
            }
        }
        List<Column> cols = List.of(
                new Column("gruppe", "Gruppe", null),
                new Column("formalsgruppe", "Formålsgruppe", null),
                new Column("klasse", "Klasse", null),
                new Column("arealdekke", "Arealdekke", null),
                new Column("reserve", "Arealreserve", DAA),
                new Column("wkt", "Geometri (WKT)", null));
        Map<String, String> titles = account.groupTitles();
        // One row per group and class, in that order; a county's rows are long WKT strings,
        // written side by side.
        List<Map.Entry<String, Integer>> keys = new ArrayList<>();
        parts.forEach((group, byClass) -> {
            for (int k = 0; k <= n; k++) {
                if (byClass[k] != null) {
                    keys.add(Map.entry(group, k));
                }
            }
        });
        List<List<Object>> rows = keys.parallelStream()
                .map(key -> {
                    String group = key.getKey();
                    int k = key.getValue();
                    // Collected, not unioned: the pieces of one object and class do not overlap, and a
                    // union of a county's pieces costs more than the whole account.
                    Geometry g = Areas.multiPolygon(parts.get(group)[k]);
                    return List.<Object>of(
                            group,
                            titles.get(group),
                            classColumn(k).name(),
                            classColumn(k).label(),
                            ResultTable.daa(areas.get(group).get(k)),
                            new WKTWriter().write(g));
                })
                .toList();
        return new ResultTable(
                ruleId + "-reservekart",
                ruleId,
                "Arealreserven i kart, per formålsgruppe og arealdekke",
                cols,
                rows,
                "Geometrien står i planvaktens lagrede koordinatsystem og tegnes i WMS-laget account_reserve.");
    }

    private int groupOrder(String group) {
        for (int i = 0; i < spec.groups().size(); i++) {
            if (spec.groups().get(i).id().equals(group)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** One row per land-use object. */
    public ResultTable objects() {
        List<Column> cols = new ArrayList<>(List.of(
                new Column("objekt", "Objekt", null),
                new Column("navn", "Navn", null),
                new Column("kode", "Arealformål", null),
                new Column("gruppe", "Formålsgruppe", null),
                new Column("status", "Status", null),
                new Column("kommune", "Kommune", null),
                new Column("areal", "Areal", DAA)));
        cols.addAll(classColumns());
        cols.add(new Column("reserve", "Arealreserve", DAA));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> titles = account.groupTitles();
        for (ObjectAccount o : account.objects()) {
            List<Object> row = new ArrayList<>();
            row.add(o.id());
            row.add(o.name());
            row.add(o.code() == null ? null : String.valueOf(o.code()));
            row.add(titles.get(o.group()));
            row.add(o.status() == null ? "–" : o.status().label());
            row.add(o.municipality());
            row.add(ResultTable.daa(o.areaM2()));
            for (double a : o.classM2()) {
                row.add(ResultTable.daa(a));
            }
            row.add(ResultTable.daa(o.reserveM2()));
            rows.add(row);
        }
        return new ResultTable(
                ruleId + "-objekter",
                ruleId,
                "Arealregnskap per planobjekt",
                cols,
                rows,
                "Klassene i hver rad summerer til objektets areal.");
    }

    /**
     * The reserve per municipality, then per region (the pack's regions) and the county: the
     * summary across municipalities.
     *
     * @param names municipality number → name, where known
     */
    public ResultTable municipalities(Map<String, String> names) {
        List<Column> cols = new ArrayList<>(List.of(
                new Column("niva", "Nivå", null),
                new Column("kommunenummer", "Nummer", null),
                new Column("navn", "Navn", null)));
        for (int k = 0; k <= spec.classes().size(); k++) {
            if (k == spec.classes().size() || !spec.classes().get(k).built()) {
                cols.add(classColumn(k));
            }
        }
        cols.add(new Column("reserve", "Arealreserve", DAA));
        Map<String, ClassAreas> byMunicipality = account.reserveByMunicipality();
        Map<String, ClassAreas> byRegion = new TreeMap<>();
        ClassAreas county = new ClassAreas(spec.classes().size());
        List<List<Object>> rows = new ArrayList<>();
        byMunicipality.forEach((number, areas) -> {
            rows.add(levelRow("kommune", number, names.getOrDefault(number, number), areas));
            spec.regionOf(number)
                    .ifPresent(r -> byRegion.computeIfAbsent(
                                    r, x -> new ClassAreas(spec.classes().size()))
                            .add(areas.toArray()));
            county.add(areas.toArray());
        });
        byRegion.forEach((region, areas) -> rows.add(levelRow("region", "", region, areas)));
        rows.add(levelRow("fylke", "", "Alle kommuner", county));
        return new ResultTable(
                ruleId + "-kommuner",
                ruleId,
                "Arealreserven per kommune og region",
                cols,
                rows,
                "Kommune etter objektets kommunenummer (egenskap eller kommunegrense); regioner etter regelpakken.");
    }

    private List<Object> levelRow(String level, String number, String name, ClassAreas areas) {
        List<Object> row = new ArrayList<>(List.of(level, number, name));
        for (int k = 0; k < areas.size(); k++) {
            if (k == spec.classes().size() || !spec.classes().get(k).built()) {
                row.add(ResultTable.daa(areas.get(k)));
            }
        }
        row.add(ResultTable.daa(areas.total()));
        return row;
    }
}
