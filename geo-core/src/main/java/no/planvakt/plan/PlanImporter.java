package no.planvakt.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.planvakt.InputException;
import no.planvakt.codes.PlanCodes;
import no.planvakt.crs.AreaMeasure;
import no.planvakt.crs.Crs;
import no.planvakt.crs.PlausibleExtent;
import no.planvakt.format.InputLimits;
import no.planvakt.format.InputText;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Interprets features from any plan format as plan objects: finds the object type, the code and
 * status under any of their spellings, checks codes against the code lists, moves geometries to
 * the canonical CRS and repairs invalid polygons (with a warning, as a planner's GIS would).
 * Any error aborts the whole import: nothing of a bad file is kept.
 */
public final class PlanImporter {
    private static final List<String> OBJTYPE = List.of("objtype", "objekttype", "featuretype");
    private static final List<String> STATUS = List.of("arealst", "arealbruksstatus");
    private static final List<String> NAME =
            List.of("omradenavn", "omrnavn", "hensynsonenavn", "feltnavn", "feltbetegnelse", "navn", "name");
    private static final List<String> UTNYTTING = List.of("utnytting", "utnyttingstall", "utntall");
    private static final List<String> LOCAL_ID = List.of("lokalid", "localid", "objid", "identifikasjon");
    private static final List<String> MUNICIPALITY = List.of("kommunenummer", "komm", "kommune");
    private static final List<String> PLAN_ID =
            List.of("arealplanid", "planidentifikasjon", "planid", "nasjonalarealplanid");

    private final int canonicalSrid;

    public PlanImporter(int canonicalSrid) {
        this.canonicalSrid = canonicalSrid;
    }

    public Plan toPlan(String planName, PlanVersionKind kind, List<SourceFile> files) {
        if (files.isEmpty()) {
            throw new InputException(planName + ": no plan layers found");
        }
        List<PlanFeature> features = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Integer> idCounts = new HashMap<>();
        String municipality = null;
        String planId = null;
        int sourceSrid = files.get(0).srid();
        String declared = declaredMunicipality(files);
        for (SourceFile file : files) {
            PlausibleExtent extent = PlausibleExtent.of(file.name(), file.srid());
            InputLimits.Budget budget = InputLimits.forFile(file.name());
            warnings.addAll(file.warnings());
            if (file.srid() != sourceSrid) {
                warnings.add(
                        file.name() + ": layer in EPSG:" + file.srid() + " while the plan's first layer is in EPSG:"
                                + sourceSrid + "; areas are reported in EPSG:" + sourceSrid);
            }
            for (SourceFeature sf : file.features()) {
                Optional<PlanObjectType> type = typeOf(sf);
                if (type.isEmpty()) {
                    skipped.merge(
                            objectTypeName(sf)
                                    .or(() -> Optional.ofNullable(sf.layer()))
                                    .orElse("(no object type)"),
                            1,
                            Integer::sum);
                    // Plan GML keeps kommunenummer and planidentifikasjon on the Arealplan object, which the checks do
                    // not use.
                    if ("Arealplan".equals(sf.layer())) {
                        municipality = municipality != null ? municipality : text(sf.attributes(), MUNICIPALITY);
                        planId = planId != null ? planId : text(sf.attributes(), PLAN_ID);
                    }
                    continue;
                }
                if (municipality == null) {
                    municipality = text(sf.attributes(), MUNICIPALITY);
                }
                if (planId == null) {
                    planId = text(sf.attributes(), PLAN_ID);
                }
                // An object's own kommunenummer first: a county-wide file holds the objects of several municipalities.
                String own = text(sf.attributes(), MUNICIPALITY);
                Optional<MunicipalityExtent> area = MunicipalityExtent.of(own != null ? own : declared, file.srid());
                PlanFeature f = toFeature(file, extent, area, sf, type.get(), warnings);
                budget.transformed(sf.where(), canonicalSrid, f.geometry());
                String id = f.id();
                int n = idCounts.merge(id, 1, Integer::sum);
                if (n > 1) {
                    warnings.add(file.name() + ": " + sf.where() + ": id " + id + " occurs more than once; renamed "
                            + id + "#" + n);
                    f = f.withId(id + "#" + n);
                }
                features.add(f);
            }
        }
        skipped.forEach(
                (t, n) -> warnings.add(planName + ": " + n + " object(s) of type " + t + " not used by the checks"));
        if (features.stream().noneMatch(PlanFeature::isLandUse)) {
            throw new InputException(
                    planName + ": the plan has no land-use areas (ArealformålOmråde with an arealformål"
                            + " attribute such as KPAREALFORMÅL); nothing to check");
        }
        if (planId != null
                && municipality == null
                && planId.length() >= 4
                && planId.substring(0, 4).matches("\\d{4}")) {
            municipality = planId.substring(0, 4);
        }
        return new Plan(planName, municipality, planId, kind, sourceSrid, canonicalSrid, features, warnings);
    }

    private PlanFeature toFeature(
            SourceFile file,
            PlausibleExtent extent,
            Optional<MunicipalityExtent> municipality,
            SourceFeature sf,
            PlanObjectType type,
            List<String> warnings) {
        String where = file.name() + ": " + sf.where();
        // Before anything else touches the geometry: repair and transform are unbounded on absurd coordinates.
        extent.check(where, sf.geometry());
        municipality.ifPresent(m -> m.check(where, sf.geometry()));
        Map<String, Object> a = sf.attributes();
        InputText.checkAttributes(where, a);
        Integer code = null;
        LandUseStatus status = null;
        String prefix = PlanObjectType.prefixOf(objectTypeName(sf).orElse(null));
        if (type.codeAttribute() != null) {
            List<String> names = codeNames(type);
            Map.Entry<String, Object> codeAttr = AttributeNames.find(a, names)
                    .orElseThrow(() -> new InputException(where + ": "
                            + objectTypeName(sf).orElse(type.sosiName("Kp")) + " without " + type.codeAttribute()
                            + " (expected an attribute named " + String.join(" / ", spellings(type)) + ")"));
            code = integer(where, codeAttr);
            if (!PlanCodes.isKnown(prefix, type.codeAttribute(), code)) {
                throw new InputException(
                        where + ": unknown " + type.codeAttribute() + " code " + code + " in attribute "
                                + codeAttr.getKey() + " (not in the SOSI Plan "
                                + (prefix.equals("Rp") ? "reguleringsplan" : "kommuneplan")
                                + " code list)");
            }
        }
        Optional<Map.Entry<String, Object>> statusAttr = AttributeNames.find(a, STATUS);
        // A zoning plan (Rp) has no arealbruksstatus: everything it regulates is the plan's purpose.
        if (type == PlanObjectType.AREALFORMAL_OMRADE && (statusAttr.isPresent() || !prefix.equals("Rp"))) {
            Map.Entry<String, Object> st = statusAttr.orElseThrow(
                    () -> new InputException(
                            where
                                    + ": land-use area without arealbruksstatus (expected AREALST or arealbruksstatus: 1 nåværende, 2 framtidig, 3 videreutvikling)"));
            int s = integer(where, st);
            status = LandUseStatus.ofCode(s);
            if (status == null) {
                throw new InputException(where + ": unknown arealbruksstatus " + s + " in attribute " + st.getKey()
                        + " (expected 1 nåværende, 2 framtidig or 3 videreutvikling)");
            }
        }
        String id = Optional.ofNullable(text(a, LOCAL_ID))
                .orElse(sf.layer() == null ? sf.id() : sf.layer() + "." + sf.id());
        Geometry g =
                Crs.transform(areaGeometry(where, sf.geometry(), file.srid(), warnings), file.srid(), canonicalSrid);
        g.setSRID(canonicalSrid);
        String objectType = objectTypeName(sf).orElse(type.sosiName("Kp"));
        return new PlanFeature(id, objectType, type, code, status, text(a, NAME), text(a, UTNYTTING), a, g);
    }

    /**
     * The municipality the plan says it is for, as {@link #toPlan} finds it (the first kommunenummer of
     * a plan object or the Arealplan object, else the first four digits of the plan id), read before
     * any object is imported so that every object can be checked against it.
     */
    private static String declaredMunicipality(List<SourceFile> files) {
        String planId = null;
        for (SourceFile file : files) {
            for (SourceFeature sf : file.features()) {
                if (typeOf(sf).isPresent() || "Arealplan".equals(sf.layer())) {
                    String m = text(sf.attributes(), MUNICIPALITY);
                    if (m != null) {
                        return m;
                    }
                    planId = planId != null ? planId : text(sf.attributes(), PLAN_ID);
                }
            }
        }
        return planId != null && planId.length() >= 4 && planId.substring(0, 4).matches("\\d{4}")
                ? planId.substring(0, 4)
                : null;
    }

    /** Polygonal geometry, repaired when invalid; anything else is refused. */
    static Geometry areaGeometry(String where, Geometry g, int srid, List<String> warnings) {
        if (g == null || g.isEmpty()) {
            throw new InputException(where + ": has no geometry");
        }
        if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
            throw new InputException(where + ": an area object must have a Polygon or MultiPolygon geometry, found "
                    + g.getGeometryType());
        }
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) {
            return g;
        }
        TopologyValidationError err = op.getValidationError();
        Geometry fixed = GeometryFixer.fix(g);
        if (fixed.isEmpty() || fixed.getDimension() < 2) {
            throw new InputException(where + ": invalid polygon (" + err.getMessage() + " at " + err.getCoordinate()
                    + ") that cannot be repaired");
        }
        // Areas in m² also for longitude/latitude input: planar in the plan's own projected CRS (as
        // the check measures them), else in UTM 33 as the check would store them; never square degrees.
        int areaSrid = Crs.isProjected(srid) ? srid : Crs.DEFAULT_CANONICAL_SRID;
        AreaMeasure m = AreaMeasure.of(areaSrid, areaSrid);
        warnings.add(String.format(
                Locale.ROOT,
                "%s: invalid polygon (%s at %s %s) repaired; area %.1f m² → %.1f m² (EPSG:%d)",
                where,
                err.getMessage(),
                coordinate(err.getCoordinate().x, srid),
                coordinate(err.getCoordinate().y, srid),
                m.area(Crs.transform(g, srid, areaSrid)),
                m.area(Crs.transform(fixed, srid, areaSrid)),
                areaSrid));
        return fixed;
    }

    /** A coordinate as a planner reads it: 0.1 m in a projected CRS, 1e-7 degree in a geographic one. */
    private static String coordinate(double v, int srid) {
        return String.format(Locale.ROOT, Crs.isProjected(srid) ? "%.1f" : "%.7f", v);
    }

    private static Optional<PlanObjectType> typeOf(SourceFeature sf) {
        Optional<String> named = objectTypeName(sf);
        if (named.isPresent()) {
            return PlanObjectType.fromName(named.get());
        }
        // No object type anywhere: recognise the type by its code attribute (GeoJSON exports often drop OBJTYPE).
        for (PlanObjectType t : PlanObjectType.values()) {
            if (t.codeAttribute() != null && AttributeNames.has(sf.attributes(), codeNames(t))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> objectTypeName(SourceFeature sf) {
        Optional<String> attr = AttributeNames.find(sf.attributes(), OBJTYPE).map(e -> String.valueOf(e.getValue()));
        if (attr.isPresent()) {
            return attr;
        }
        return Optional.ofNullable(sf.layer())
                .filter(l -> PlanObjectType.fromName(l).isPresent());
    }

    private static List<String> codeNames(PlanObjectType t) {
        String base = AttributeNames.fold(t.codeAttribute());
        return List.of("kp" + base, "rp" + base, base);
    }

    private static List<String> spellings(PlanObjectType t) {
        String upper = t.codeAttribute().toUpperCase(Locale.ROOT);
        return List.of(
                "KP" + upper,
                "KP" + AttributeNames.fold(t.codeAttribute()).toUpperCase(Locale.ROOT),
                t.codeAttribute());
    }

    private static int integer(String where, Map.Entry<String, Object> attr) {
        Object v = attr.getValue();
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new InputException(
                    where + ": attribute " + attr.getKey() + " must be a code number, found \"" + v + "\"");
        }
    }

    private static String text(Map<String, Object> attributes, List<String> names) {
        return AttributeNames.find(attributes, names)
                .map(e -> String.valueOf(e.getValue()).trim())
                .orElse(null);
    }
}
