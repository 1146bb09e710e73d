package no.planvakt.bench.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.planvakt.crs.Crs;
import no.planvakt.format.GeoJsonFeatureReader;
import no.planvakt.format.SourceFeature;
import no.planvakt.plan.MunicipalityExtent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A deterministic, seeded county for benchmarks: the 18 Buskerud municipalities on their real 2024
 * boundaries, each with an adopted and a draft municipal plan (land use and hensynssoner), and the
 * reference layers of the Buskerud pack plus land cover like AR5. Everything but the boundaries is
 * invented and labelled so in the files and the layer manifest.
 * <p>
 * Plans are the cells of a Voronoi tessellation of seeded sites (each cell belongs to the
 * municipality its site lies in, so neighbouring plans abut along shared edges); land cover is a
 * finer tessellation, cut along the plan boundaries in half of the plan cells (digitised on the same
 * base map: coincident edges) and crossing them elsewhere. All edges are drawn through
 * {@link BaseMap}, so shared edges have identical vertices. Scale 1 is about the size of Buskerud
 * (80 000 land-use objects, 20 000 zones, 300 000 land-cover polygons); 10 is about national.
 */
public final class CountyGenerator {
    static final int SRID = 25832;
    private static final String BOUNDARIES = "/no/planvakt/data/admin/buskerud_kommuner_2024.geojson";
    private static final double PLAN_CELLS_PER_SCALE = 80_000;
    private static final double COVER_SITES_PER_SCALE = 130_000;

    private final double scale;
    private final long seed;
    private final Random random;
    private final GeometryFactory gf = new GeometryFactory();
    private final BaseMap baseMap;
    private final List<Municipality> municipalities;
    private final STRtree municipalityIndex = new STRtree();
    private final Envelope extent = new Envelope();

    record Municipality(String number, String name, Geometry area, PreparedGeometry prepared, Point centre) {}

    /** One cell of the plan tessellation with its adopted land use. */
    private record PlanCell(
            int index, Municipality municipality, Polygon geometry, int code, int status, boolean sharedBaseMap) {}

    /** What was generated, for the benchmark's summary. */
    public record Summary(double scale, long seed, Map<String, Integer> counts) {}

    public CountyGenerator(double scale, long seed) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, found " + scale);
        }
        this.scale = scale;
        this.seed = seed;
        this.random = new Random(seed);
        // Objects get denser with the scale, not larger: vertex spacing follows the cell size, so
        // a plan object has about 40 vertices (a land-cover piece about 25) at every scale.
        this.baseMap = new BaseMap(gf, 40 / Math.sqrt(scale));
        this.municipalities = loadMunicipalities();
        for (Municipality m : municipalities) {
            municipalityIndex.insert(m.area().getEnvelopeInternal(), m);
            extent.expandToInclude(m.area().getEnvelopeInternal());
        }
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
        Path out = Path.of(args.length > 1 ? args[1] : "target/county-" + scale);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 13;
        Summary s = new CountyGenerator(scale, seed).writeTo(out);
        System.out.println("Generated " + out + ": " + s.counts());
    }

    public Summary writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<PlanCell> cells = planCells();
        STRtree cellIndex = new STRtree();
        cells.forEach(c -> cellIndex.insert(c.geometry().getEnvelopeInternal(), c));
        cellIndex.build();
        List<Polygon> heritage = writeReferenceLayers(dir, counts);
        writePlans(dir, cells, cellIndex, heritage, counts);
        writeLandCover(dir, cellIndex, counts);
        writeManifest(dir);
        return new Summary(scale, seed, counts);
    }

    // ------------------------------------------------------------------------------------ plans

    private List<PlanCell> planCells() {
        int n = (int) Math.max(200, Math.round(PLAN_CELLS_PER_SCALE * scale));
        List<Geometry> raw = voronoi(n);
        List<PlanCell> cells = new ArrayList<>();
        for (Geometry g : raw) {
            Coordinate site = (Coordinate) g.getUserData();
            Municipality m = municipalityOf(site);
            if (m == null) {
                continue;
            }
            Polygon drawn = baseMap.draw((Polygon) g);
            if (drawn == null || !drawn.isValid()) {
                continue;
            }
            // A Voronoi cell on the hull can reach tens of km out of its site's municipality: the importer
            // refuses such an object as a typo (MunicipalityExtent), so the generator leaves it out.
            if (!MunicipalityExtent.of(m.number(), SRID)
                    .map(e -> e.covers(drawn))
                    .orElse(true)) {
                continue;
            }
            int index = cells.size();
            int code = adoptedCode(site, m);
            int status = code == 5001 ? 1 : (random.nextDouble() < 0.2 ? 2 : 1);
            cells.add(new PlanCell(index, m, drawn, code, status, (index & 1) == 0));
        }
        return cells;
    }

    private int adoptedCode(Coordinate site, Municipality m) {
        double toCentre = site.distance(m.centre().getCoordinate());
        double high = Terrain.elevation(site.x, site.y) - Terrain.forestLine(site.x, site.y);
        double r = random.nextDouble();
        if (toCentre < 2_500) {
            return r < 0.4 ? 1110 : r < 0.5 ? 1130 : r < 0.6 ? 1300 : r < 0.65 ? 2010 : 5001;
        }
        if (high > -200) {
            return r < 0.12 ? 1120 : r < 0.15 ? 5220 : 5001;
        }
        return r < 0.06 ? 1120 : r < 0.10 ? 1110 : r < 0.12 ? 5220 : r < 0.13 ? 1300 : r < 0.14 ? 1200 : 5001;
    }

    /**
     * The adopted plan as drawn, and the draft: new holiday homes (more of them near and above the
     * forest line), expansions into a neighbouring LNFR cell, removals, new housing near centres.
     */
    private void writePlans(
            Path dir, List<PlanCell> cells, STRtree cellIndex, List<Polygon> heritage, Map<String, Integer> counts) {
        boolean[] absorbed = new boolean[cells.size()];
        Map<Integer, Geometry> expanded = new HashMap<>();
        Map<Integer, int[]> draftCode = new HashMap<>();
        for (PlanCell c : cells) {
            if (absorbed[c.index()]) {
                continue;
            }
            double high = Terrain.elevation(
                            c.geometry().getCentroid().getX(),
                            c.geometry().getCentroid().getY())
                    - Terrain.forestLine(
                            c.geometry().getCentroid().getX(),
                            c.geometry().getCentroid().getY());
            double r = random.nextDouble();
            if (c.code() == 5001) {
                double pNew = high > -150 ? 0.10 : 0.03;
                if (r < pNew) {
                    draftCode.put(c.index(), new int[] {random.nextDouble() < 0.85 ? 1120 : 5220, 2});
                } else if (r < pNew + 0.02
                        && c.geometry().getCentroid().distance(c.municipality().centre()) < 6_000) {
                    draftCode.put(c.index(), new int[] {1110, 2});
                }
            } else if (c.code() == 1120) {
                if (r < 0.06) {
                    PlanCell n = lnfrNeighbour(c, cellIndex, absorbed, draftCode);
                    if (n != null) {
                        absorbed[n.index()] = true;
                        expanded.put(c.index(), UnaryUnionOp.union(List.of(c.geometry(), n.geometry())));
                        draftCode.put(c.index(), new int[] {1120, 2});
                    }
                } else if (r < 0.09) {
                    draftCode.put(c.index(), new int[] {5001, 1});
                }
            }
        }
        try (GeoJsonOut adopted = new GeoJsonOut(
                        dir.resolve("kpa-gjeldende.geojson"),
                        "Gjeldende kommuneplaner, Buskerud (generert, oppdiktet)");
                GeoJsonOut draft = new GeoJsonOut(
                        dir.resolve("kpa-forslag.geojson"),
                        "Forslag til kommuneplaner, Buskerud (generert, oppdiktet)")) {
            for (PlanCell c : cells) {
                adopted.feature(landUse(c, "G", c.code(), c.status()), c.geometry());
                if (absorbed[c.index()]) {
                    continue;
                }
                int[] cs = draftCode.getOrDefault(c.index(), new int[] {c.code(), c.status()});
                draft.feature(landUse(c, "F", cs[0], cs[1]), expanded.getOrDefault(c.index(), c.geometry()));
            }
            int zones = writeZones(cells, heritage, adopted, draft);
            counts.put("arealformål gjeldende", cells.size());
            counts.put("arealformål forslag", draft.count() - zones);
            counts.put("hensynssoner", zones);
        }
    }

    private PlanCell lnfrNeighbour(PlanCell c, STRtree index, boolean[] absorbed, Map<Integer, int[]> draftCode) {
        for (Object o : index.query(c.geometry().getEnvelopeInternal())) {
            PlanCell n = (PlanCell) o;
            if (n.index() != c.index()
                    && n.code() == 5001
                    && !absorbed[n.index()]
                    && !draftCode.containsKey(n.index())
                    && n.municipality() == c.municipality()
                    && n.geometry().relate(c.geometry(), "F***1****")) {
                return n;
            }
        }
        return null;
    }

    private static Map<String, Object> landUse(PlanCell c, String version, int code, int status) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lokalId", c.municipality().number() + "-" + version + c.index());
        p.put("OBJTYPE", "KpArealformålOmråde");
        p.put("KOMM", c.municipality().number());
        p.put("PLANID", c.municipality().number() + "-2027001");
        p.put("KPAREALFORMÅL", code);
        p.put("AREALST", status);
        return p;
    }

    /**
     * Hensynssoner in both plans: H570 around most regional heritage environments (wholly or half),
     * and fare/støy zones drawn along plan cells (coincident edges) to reach a realistic count.
     */
    private int writeZones(List<PlanCell> cells, List<Polygon> heritage, GeoJsonOut adopted, GeoJsonOut draft) {
        int n = 0;
        for (Polygon h : heritage) {
            double r = random.nextDouble();
            Geometry zone = null;
            if (r < 0.55) {
                zone = h.buffer(10, 4);
            } else if (r < 0.8) {
                Envelope e = h.getEnvelopeInternal();
                zone = OverlayNGRobust.overlay(
                        h,
                        gf.toGeometry(new Envelope(e.getMinX() - 1, e.centre().x, e.getMinY() - 1, e.getMaxY() + 1)),
                        OverlayNG.INTERSECTION);
            }
            if (zone != null && !zone.isEmpty()) {
                Municipality m = municipalityOf(h.getInteriorPoint().getCoordinate());
                String komm = m == null ? "3300" : m.number();
                n++;
                Map<String, Object> p = zone(komm, "H570-" + n, "KpAngittHensynSone", "KPANGITTHENSYN", 570);
                adopted.feature(p, zone);
                draft.feature(p, zone);
            }
        }
        int fillers = (int) Math.round(20_000 * scale) - n;
        for (int i = 0; i < fillers && !cells.isEmpty(); i++) {
            PlanCell c = cells.get(random.nextInt(cells.size()));
            n++;
            Map<String, Object> p = random.nextBoolean()
                    ? zone(c.municipality().number(), "H310-" + n, "KpFareSone", "KPFARE", 310)
                    : zone(c.municipality().number(), "H220-" + n, "KpStøySone", "KPSTØY", 220);
            adopted.feature(p, c.geometry());
            draft.feature(p, c.geometry());
        }
        return n;
    }

    private static Map<String, Object> zone(String komm, String id, String type, String codeAttribute, int code) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lokalId", komm + "-" + id);
        p.put("OBJTYPE", type);
        p.put("KOMM", komm);
        p.put("PLANID", komm + "-2027001");
        p.put(codeAttribute, code);
        return p;
    }

    // ------------------------------------------------------------------------------- land cover

    /**
     * Land cover: a finer tessellation. In plan cells on the shared base map a land-cover cell is
     * cut along the plan boundary (coincident edges); elsewhere it crosses it. Classes follow the
     * invented terrain: open mountain land above the forest line, forest below, farmland and built
     * land near centres, bog here and there.
     */
    private void writeLandCover(Path dir, STRtree cellIndex, Map<String, Integer> counts) {
        int n = (int) Math.max(500, Math.round(COVER_SITES_PER_SCALE * scale));
        try (GeoJsonOut all =
                        new GeoJsonOut(dir.resolve("arealdekke.geojson"), "Arealdekke som AR5 (generert, oppdiktet)");
                GeoJsonOut above = new GeoJsonOut(
                        dir.resolve("over-skoggrensen.geojson"), "Areal over skoggrensen (generert, oppdiktet)")) {
            int id = 0;
            for (Geometry raw : voronoi(n)) {
                Coordinate site = (Coordinate) raw.getUserData();
                if (municipalityOf(site) == null) {
                    continue;
                }
                Polygon cell = baseMap.draw((Polygon) raw);
                if (cell == null || !cell.isValid()) {
                    continue;
                }
                for (Geometry piece : cutAlongSharedPlans(cell, cellIndex)) {
                    id++;
                    Point at = piece.getInteriorPoint();
                    Municipality m = municipalityOf(at.getCoordinate());
                    boolean over = Terrain.aboveForestLine(at.getX(), at.getY());
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", "AR" + id);
                    int arealtype = landCoverClass(at, m, over);
                    p.put("arealtype", arealtype);
                    p.put("klasse", accountClass(arealtype));
                    p.put("kommune", m == null ? "" : m.number());
                    all.feature(p, piece);
                    if (over) {
                        above.feature(Map.of("id", "AR" + id, "sone", "over skoggrensen"), piece);
                    }
                }
            }
            counts.put("arealdekke", all.count());
            counts.put("over skoggrensen", above.count());
        }
    }

    private List<Geometry> cutAlongSharedPlans(Polygon cell, STRtree cellIndex) {
        List<Geometry> shared = new ArrayList<>();
        for (Object o : cellIndex.query(cell.getEnvelopeInternal())) {
            PlanCell c = (PlanCell) o;
            if (c.sharedBaseMap() && c.geometry().intersects(cell)) {
                shared.add(c.geometry());
            }
        }
        if (shared.isEmpty()) {
            return List.of(cell);
        }
        List<Geometry> pieces = new ArrayList<>();
        for (Geometry s : shared) {
            addPolygons(OverlayNGRobust.overlay(cell, s, OverlayNG.INTERSECTION), pieces);
        }
        addPolygons(OverlayNGRobust.overlay(cell, UnaryUnionOp.union(shared), OverlayNG.DIFFERENCE), pieces);
        return pieces;
    }

    private void addPolygons(Geometry g, List<Geometry> out) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getArea() >= 1) {
                parts.add(p);
            }
        }
        if (!parts.isEmpty()) {
            out.add(parts.size() == 1 ? parts.get(0) : gf.createMultiPolygon(parts.toArray(Polygon[]::new)));
        }
    }

    private int landCoverClass(Point at, Municipality m, boolean over) {
        double r = random.nextDouble();
        if (over) {
            return r < 0.85 ? 50 : r < 0.95 ? 60 : 81;
        }
        boolean central = m != null && at.distance(m.centre()) < 4_000;
        if (central) {
            return r < 0.35 ? 11 : r < 0.7 ? 21 : 30;
        }
        return r < 0.75 ? 30 : r < 0.85 ? 60 : r < 0.93 ? 21 : 81;
    }

    /** The land-cover class the Buskerud pack's area account (AR1) reads, from the AR5-like type. */
    private static String accountClass(int arealtype) {
        return switch (arealtype) {
            case 11 -> "bebygd";
            case 30 -> "skog";
            case 60 -> "myr";
            case 81 -> "vann";
            default -> "apent";
        };
    }

    // -------------------------------------------------------------------------- reference layers

    /** Writes the reference layers of the Buskerud pack; returns the heritage environments (for zones). */
    private List<Polygon> writeReferenceLayers(Path dir, Map<String, Integer> counts) {
        List<Polygon> kulturmiljo = new ArrayList<>();
        try (GeoJsonOut out =
                new GeoJsonOut(dir.resolve("kulturmiljo.geojson"), "Kulturmiljøer (generert, oppdiktet)")) {
            String[] kategori = {"nasjonal", "regional", "regional", "ukl", "kulturmiljoplan", "lokal", "lokal", "lokal"
            };
            for (int i = 0; i < count(3_000); i++) {
                Coordinate c = place(0.5);
                Polygon p = Shapes.blob(random, gf, c.x, c.y, 60 + random.nextDouble() * 340, 24 + random.nextInt(40));
                String k = kategori[random.nextInt(kategori.length)];
                out.feature(Map.of("id", "KM" + (i + 1), "kategori", k, "navn", "Kulturmiljø " + (i + 1)), p);
                if (!k.equals("lokal")) {
                    kulturmiljo.add(p);
                }
            }
            counts.put("kulturmiljø", out.count());
        }
        layer(dir, "kulturminner.geojson", "Kulturminner", 12_000, counts, 0.6, (i, c) -> {
            String[] v = {"AUT", "AUT", "VED", "FOR", "MID", "LIST", "LIST", "LIST"};
            double s = 4 + random.nextDouble() * 12;
            return new Object[] {
                Map.of("id", "KF" + i, "vernetype", v[random.nextInt(v.length)], "navn", "Kulturminne " + i),
                gf.toGeometry(
                        new Envelope(Shapes.mm(c.x - s), Shapes.mm(c.x + s), Shapes.mm(c.y - s), Shapes.mm(c.y + s)))
            };
        });
        layer(dir, "friluftsomrader.geojson", "Friluftslivsområder", 2_000, counts, 0.3, (i, c) -> {
            String[] v = {"svært viktig", "viktig", "viktig", "registrert", "registrert", "registrert"};
            return new Object[] {
                Map.of(
                        "id",
                        "FR" + i,
                        "verdi",
                        v[random.nextInt(v.length)],
                        "sikret",
                        random.nextDouble() < 0.05 ? "ja" : "nei"),
                Shapes.blob(random, gf, c.x, c.y, 200 + random.nextDouble() * 1_800, 40 + random.nextInt(80))
            };
        });
        layer(dir, "naturomrader.geojson", "Større naturområder", 60, counts, 0, (i, c) -> new Object[] {
            Map.of("id", "NA" + i, "kategori", random.nextDouble() < 0.7 ? "inon" : "villrein"),
            Shapes.blob(random, gf, c.x, c.y, 3_000 + random.nextDouble() * 12_000, 200 + random.nextInt(200))
        });
        layer(dir, "korridorer.geojson", "Korridorer", 40, counts, 0, (i, c) -> new Object[] {
            Map.of("id", "KO" + i, "navn", "Korridor " + i),
            Shapes.corridor(random, gf, c.x, c.y, 10_000 + random.nextDouble() * 20_000, 300)
        });
        layer(dir, "mineralressurser.geojson", "Mineralressurser", 800, counts, 0.2, (i, c) -> {
            String[] b = {"nasjonal", "regional", "regional", "lokal", "lokal"};
            return new Object[] {
                Map.of("id", "MR" + i, "betydning", b[random.nextInt(b.length)], "ressurs", "grus og pukk"),
                Shapes.blob(random, gf, c.x, c.y, 100 + random.nextDouble() * 700, 24 + random.nextInt(40))
            };
        });
        try (GeoJsonOut out = new GeoJsonOut(dir.resolve("stedstype.geojson"), "Stedstyper (generert, oppdiktet)")) {
            for (Municipality m : municipalities) {
                out.feature(
                        Map.of("id", "ST-S" + m.number(), "klasse", "sentrum", "navn", m.name() + " sentrum"),
                        m.centre().buffer(1_500, 8));
            }
            for (Municipality m : municipalities) {
                out.feature(Map.of("id", "ST-" + m.number(), "klasse", "spredt", "navn", m.name()), m.area());
            }
        }
        return kulturmiljo;
    }

    private interface Feature {
        Object[] make(int index, Coordinate at);
    }

    private void layer(
            Path dir,
            String file,
            String title,
            int perScale,
            Map<String, Integer> counts,
            double nearCentres,
            Feature f) {
        try (GeoJsonOut out = new GeoJsonOut(dir.resolve(file), title + " (generert, oppdiktet)")) {
            for (int i = 1; i <= count(perScale); i++) {
                Object[] made = f.make(i, place(nearCentres));
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) made[0];
                out.feature(new LinkedHashMap<>(new java.util.TreeMap<>(p)), (Geometry) made[1]);
            }
            counts.put(title, out.count());
        }
    }

    private int count(int perScale) {
        return (int) Math.max(3, Math.round(perScale * scale));
    }

    /** A point in the county; with probability {@code nearCentres} near a municipality centre. */
    private Coordinate place(double nearCentres) {
        if (random.nextDouble() < nearCentres) {
            Municipality m = municipalities.get(random.nextInt(municipalities.size()));
            Coordinate c = m.centre().getCoordinate();
            return new Coordinate(c.x + random.nextGaussian() * 5_000, c.y + random.nextGaussian() * 5_000);
        }
        while (true) {
            Coordinate c = new Coordinate(
                    extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight());
            if (municipalityOf(c) != null) {
                return c;
            }
        }
    }

    // ------------------------------------------------------------------------------------ basics

    private List<Geometry> voronoi(int n) {
        Coordinate[] sites = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            sites[i] = place(0.15);
        }
        MultiPoint points = gf.createMultiPointFromCoords(sites);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(points);
        builder.setClipEnvelope(extent);
        Geometry diagram = builder.getDiagram(gf);
        List<Geometry> out = new ArrayList<>(diagram.getNumGeometries());
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            out.add(diagram.getGeometryN(i));
        }
        // The builder's output order follows its triangulation; sort by site for a stable order.
        out.sort((a, b) -> ((Coordinate) a.getUserData()).compareTo((Coordinate) b.getUserData()));
        return out;
    }

    private Municipality municipalityOf(Coordinate c) {
        Point p = gf.createPoint(c);
        for (Object o : municipalityIndex.query(new Envelope(c))) {
            Municipality m = (Municipality) o;
            if (m.prepared().covers(p)) {
                return m;
            }
        }
        return null;
    }

    private List<Municipality> loadMunicipalities() {
        try (InputStream in = CountyGenerator.class.getResourceAsStream(BOUNDARIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BOUNDARIES);
            }
            List<Municipality> out = new ArrayList<>();
            for (SourceFeature f : new GeoJsonFeatureReader()
                    .read("buskerud_kommuner_2024.geojson", in)
                    .features()) {
                Geometry area = Crs.transform(f.geometry(), 4326, SRID);
                out.add(new Municipality(
                        String.valueOf(f.attributes().get("kommunenummer")),
                        String.valueOf(f.attributes().get("kommunenavn")),
                        area,
                        PreparedGeometryFactory.prepare(area),
                        area.getInteriorPoint()));
            }
            out.sort((a, b) -> a.number().compareTo(b.number()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeManifest(Path dir) {
        String source = String.format(
                Locale.ROOT,
                "Planvakt fylkesgenerator, skala %s (oppdiktede data på Buskeruds kommunegrenser 2024)",
                scale);
        StringBuilder y = new StringBuilder(
                "# Generated by no.planvakt.bench.county.CountyGenerator: invented data on the real 2024\n"
                        + "# municipal boundaries of Buskerud (© Kartverket, CC BY 4.0). Not real plans or reference data.\n");
        String[][] layers = {
            {"over_skoggrensen", "Areal over skoggrensen (generert)", "over-skoggrensen.geojson"},
            {"kulturmiljo", "Kulturmiljøer (generert)", "kulturmiljo.geojson"},
            {"kulturminner", "Fredete kulturminner (generert)", "kulturminner.geojson"},
            {"friluftsomrader", "Friluftslivsområder (generert)", "friluftsomrader.geojson"},
            {"naturomrader", "Større sammenhengende naturområder (generert)", "naturomrader.geojson"},
            {"korridorer", "Korridorer (generert)", "korridorer.geojson"},
            {"mineralressurser", "Mineralressurser (generert)", "mineralressurser.geojson"},
            {"stedstype", "Stedstyper (generert)", "stedstype.geojson"},
            {"arealdekke", "Arealdekke (generert, som AR5)", "arealdekke.geojson"},
        };
        for (String[] l : layers) {
            y.append("- id: ")
                    .append(l[0])
                    .append('\n')
                    .append("  title: \"")
                    .append(l[1])
                    .append("\"\n")
                    .append("  file: ")
                    .append(l[2])
                    .append('\n')
                    .append("  source: \"")
                    .append(source)
                    .append("\"\n")
                    .append("  owner: \"Planvakt\"\n")
                    .append("  licence: \"CC BY 4.0 (kommunegrenser © Kartverket)\"\n")
                    .append("  method: \"Generert for ytelsesmåling; ikke reelle data.\"\n")
                    .append("  idAttribute: id\n");
        }
        try {
            Files.writeString(dir.resolve("reference-layers.yaml"), y.toString());
            Files.writeString(
                    dir.resolve("LICENSES.md"),
                    "# Generated county data\n\nEverything here is invented by "
                            + "`CountyGenerator` (scale " + scale
                            + ") except the municipal boundaries it is placed on: Buskerud's 2024 "
                            + "municipalities, © Kartverket, CC BY 4.0. Not real plans, heritage, nature or land cover.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
