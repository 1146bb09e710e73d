package no.planvakt.api.wms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planvakt.InputException;
import no.planvakt.api.security.AccessPolicy;
import no.planvakt.api.web.ForbiddenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a WMS request against {@link AccessPolicy} and returns the parameters to forward to
 * MapServer. Layers of plans and findings show what RUN, PLANVERSION or MUNICIPALITY select, so
 * those values are checked; when none is given the layers would show every municipality's latest
 * plans, which only an admin may ask for. Reference layers need sign-in. Parameters that could
 * change what MapServer reads (SLD, SLD_BODY, MAP, MapServer's own overrides) are refused, only
 * known WMS and Planvakt parameters pass, and none may be given twice (in any letter case), so
 * MapServer sees exactly what was checked.
 */
@Component
class WmsAccess {
    private static final Set<String> REQUESTS =
            Set.of("GETCAPABILITIES", "GETMAP", "GETFEATUREINFO", "GETLEGENDGRAPHIC", "DESCRIBELAYER", "GETSTYLES");
    private static final Set<String> DATA_REQUESTS = Set.of("GETMAP", "GETFEATUREINFO");
    private static final Set<String> REFUSED = Set.of("SLD", "SLD_BODY", "MAP");
    /**
     * The WMS 1.1/1.3 parameters, what QGIS and OpenLayers add, and Planvakt's own; anything else
     * (MapServer's map.layer[…] overrides, mode=…) never reaches MapServer.
     */
    private static final Set<String> ACCEPTED = Set.of(
            "SERVICE",
            "VERSION",
            "WMTVER",
            "REQUEST",
            "LAYERS",
            "STYLES",
            "CRS",
            "SRS",
            "BBOX",
            "WIDTH",
            "HEIGHT",
            "FORMAT",
            "TRANSPARENT",
            "BGCOLOR",
            "EXCEPTIONS",
            "TIME",
            "ELEVATION",
            "QUERY_LAYERS",
            "INFO_FORMAT",
            "FEATURE_COUNT",
            "I",
            "J",
            "X",
            "Y",
            "LAYER",
            "STYLE",
            "SLD_VERSION",
            "SCALE",
            "LEGEND_OPTIONS",
            "UPDATESEQUENCE",
            "DPI",
            "MAP_RESOLUTION",
            "FORMAT_OPTIONS",
            "RULE",
            "RUN",
            "PLANVERSION",
            "MUNICIPALITY",
            "REFLAYER");

    private static final String ID = "[0-9]{1,18}";

    private final AccessPolicy access;
    private final JdbcTemplate jdbc;

    WmsAccess(AccessPolicy access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** What to forward: the request's parameters with upper-case names, after the checks. */
    Map<String, String> check(Map<String, String[]> query) {
        Map<String, String> p = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : query.entrySet()) {
            String name = e.getKey().toUpperCase(Locale.ROOT);
            if (REFUSED.contains(name) || !ACCEPTED.contains(name)) {
                throw new InputException("the WMS parameter " + e.getKey() + " is not accepted here");
            }
            if (e.getValue().length != 1 || p.put(name, e.getValue()[0]) != null) {
                throw new InputException("the WMS parameter " + name + " is given more than once");
            }
        }
        String request = p.getOrDefault("REQUEST", "").toUpperCase(Locale.ROOT);
        if (!REQUESTS.contains(request)) {
            throw new InputException(
                    "REQUEST must be one of GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic, DescribeLayer,"
                            + " GetStyles; found \"" + p.get("REQUEST") + "\"");
        }
        if (DATA_REQUESTS.contains(request)) {
            checkData(p);
        }
        return p;
    }

    private void checkData(Map<String, String> p) {
        boolean plans = false;
        boolean findings = false;
        boolean references = false;
        for (String layer : layers(p)) {
            if (layer.startsWith("ref_") || layer.startsWith("reference")) {
                references = true;
            } else if (layer.startsWith("findings") || layer.startsWith("energy_")) {
                // The energy overview's layers (rule E1) are findings too, under the same run filters.
                findings = true;
            } else {
                plans = true; // plan_landuse, plan_zones, the root layer and anything unknown: the strictest case
            }
        }
        if (references) {
            access.readReferenceLayers();
        }
        if (!plans && !findings) {
            return;
        }
        long run = id(p, "RUN");
        long version = id(p, "PLANVERSION");
        String municipality = p.getOrDefault("MUNICIPALITY", "all");
        if (run > 0) {
            access.readRun(run);
            if (version == 0 && plans) {
                // The plan layers follow PLANVERSION only: show the plan the run checked, not every latest plan.
                version = draftOf(run);
                p.put("PLANVERSION", Long.toString(version));
            }
        }
        if (version > 0) {
            access.readVersion(version);
        }
        if (!municipality.equalsIgnoreCase("all")) {
            if (!municipality.matches("[0-9]{4}")) {
                throw new InputException(
                        "MUNICIPALITY must be a four-digit municipality number or all, found \"" + municipality + "\"");
            }
            access.readMunicipality(municipality);
        }
        if (access.seesEverything()) {
            return;
        }
        if (plans && version == 0) {
            throw new ForbiddenException("plan layers need PLANVERSION=<id> (or RUN=<id>) of a plan you may see");
        }
        if (findings && run == 0 && version == 0 && municipality.equalsIgnoreCase("all")) {
            throw new ForbiddenException(
                    "the findings layer needs RUN=<id>, PLANVERSION=<id> or MUNICIPALITY=<knr> that you may see");
        }
    }

    private long draftOf(long run) {
        List<Long> v = jdbc.queryForList("SELECT draft_version_id FROM result.run WHERE id = ?", Long.class, run);
        return v.get(0);
    }

    private static List<String> layers(Map<String, String> p) {
        String all = p.getOrDefault("LAYERS", "") + "," + p.getOrDefault("QUERY_LAYERS", "");
        return java.util.Arrays.stream(all.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static long id(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        if (!v.matches(ID)) {
            throw new InputException(name + " må være et heltall (en id), fant \"" + v + "\"");
        }
        return Long.parseLong(v);
    }
}
