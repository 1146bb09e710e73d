package no.planvakt.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planvakt.InputException;
import no.planvakt.crs.Crs;
import no.planvakt.crs.PlausibleExtent;
import no.planvakt.format.FeatureFiles;
import no.planvakt.format.InputLimits;
import no.planvakt.format.InputText;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import no.planvakt.transit.GtfsStops;
import no.planvakt.yaml.Yaml;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Reads reference layers from data files plus their provenance. */
public final class ReferenceLayerReader {
    /** GTFS positions are WGS84 longitude/latitude. */
    private static final int GTFS_SRID = 4326;

    private final int canonicalSrid;

    public ReferenceLayerReader(int canonicalSrid) {
        this.canonicalSrid = canonicalSrid;
    }

    /** A YAML list of {@link LayerManifest}s; files are relative to the manifest. */
    public List<ReferenceLayer> readManifest(Path manifest) {
        List<LayerManifest> entries;
        try {
            LayerManifest[] read = Yaml.read(Files.readAllBytes(manifest), LayerManifest[].class);
            entries = read == null ? List.of() : java.util.Arrays.asList(read);
        } catch (Yaml.YamlException e) {
            throw new InputException(
                    manifest.getFileName() + ": not a valid reference layer list: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(manifest.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
        // Found by fuzzing: "-" alone is a list with one empty entry.
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new InputException(
                        manifest.getFileName() + ": entry #" + (i + 1) + " of the reference layer list is empty");
            }
        }
        List<ReferenceLayer> layers = new ArrayList<>();
        Path base = manifest.toAbsolutePath().getParent();
        for (LayerManifest m : entries) {
            ReferenceLayer layer = read(m, base.resolve(m.file()), m.file());
            if (m.coverage() != null && !LayerManifest.EXTENT.equals(m.coverage())) {
                layer = layer.withCoverage(readCoverage(m, base.resolve(m.coverage()), m.coverage()));
            }
            layers.add(layer);
        }
        return layers;
    }

    /** The union of the polygons in a coverage file, in the canonical CRS. */
    public Geometry readCoverage(LayerManifest m, Path file, String displayName) {
        List<Geometry> parts = new ArrayList<>();
        for (SourceFile f : FeatureFiles.read(file, displayName, t -> true)) {
            PlausibleExtent plausible = PlausibleExtent.of(displayName, f.srid());
            for (SourceFeature sf : f.features()) {
                Geometry g = sf.geometry();
                plausible.check(displayName + ": " + sf.where(), g);
                if (g != null && !g.isEmpty() && g.getDimension() == 2) {
                    parts.add(Crs.transform(g.isValid() ? g : GeometryFixer.fix(g), f.srid(), canonicalSrid));
                }
            }
        }
        if (parts.isEmpty()) {
            throw new InputException(displayName + ": coverage of reference layer " + m.id() + " has no polygons");
        }
        Geometry union = UnaryUnionOp.union(parts);
        union.setSRID(canonicalSrid);
        return union;
    }

    public ReferenceLayer read(LayerManifest m, Path file, String displayName) {
        if (m.id() == null || !m.id().matches("[a-z][a-z0-9_]{0,62}")) {
            throw new InputException(
                    displayName + ": reference layer id \"" + InputText.printable(String.valueOf(m.id()))
                            + "\" must be lower case letters, digits and _ (start with a letter, at most 63 characters)");
        }
        checkProvenance(m, displayName);
        if (GtfsStops.isFeed(file)) {
            return readGtfs(m, file, displayName);
        }
        List<SourceFile> files = FeatureFiles.read(file, displayName, t -> true);
        List<ReferenceFeature> features = new ArrayList<>();
        Envelope extent = new Envelope();
        int sourceSrid = files.isEmpty() ? canonicalSrid : files.get(0).srid();
        for (SourceFile f : files) {
            PlausibleExtent plausible = PlausibleExtent.of(displayName, f.srid());
            InputLimits.Budget budget = InputLimits.forFile(displayName);
            for (SourceFeature sf : f.features()) {
                // Before repair and transform, which are unbounded on absurd coordinates.
                plausible.check(displayName + ": " + sf.where() + " of reference layer " + m.id(), sf.geometry());
                ReferenceFeature feature = toFeature(m, displayName, f.srid(), sf);
                budget.transformed(sf.where(), canonicalSrid, feature.geometry());
                features.add(feature);
                if (sf.geometry() != null && f.srid() == sourceSrid) {
                    extent.expandToInclude(sf.geometry().getEnvelopeInternal());
                }
            }
        }
        if (features.isEmpty()) {
            throw new InputException(displayName + ": reference layer " + m.id() + " has no features");
        }
        if (m.idAttribute() != null) {
            requireIdAttribute(m, displayName, files);
        }
        Provenance p =
                new Provenance(m.source().trim(), trim(m.owner()), m.licence().trim(), m.date(), trim(m.method()));
        Geometry coverage = null;
        if (LayerManifest.EXTENT.equals(m.coverage())) {
            // The envelope in the layer's own CRS: that is the rectangle its maker mapped.
            coverage = Crs.transform(new GeometryFactory().toGeometry(extent), sourceSrid, canonicalSrid);
            coverage.setSRID(canonicalSrid);
        }
        return new ReferenceLayer(m.id(), m.title().trim(), p, coverage, sourceSrid, features);
    }

    /** Title, source and licence are what the report cites for every finding: required, and stored as text. */
    private static void checkProvenance(LayerManifest m, String displayName) {
        String layer = displayName + ": reference layer " + m.id() + ": ";
        InputText.required(layer + "title", m.title(), InputText.MAX_SHORT);
        InputText.required(layer + "source", m.source(), InputText.MAX_LONG);
        InputText.required(layer + "licence", m.licence(), InputText.MAX_LONG);
        InputText.optional(layer + "owner", m.owner(), InputText.MAX_SHORT);
        InputText.optional(layer + "method", m.method(), InputText.MAX_LONG);
        InputText.optional(layer + "idAttribute", m.idAttribute(), InputText.MAX_SHORT);
    }

    /** A named id attribute must be on every feature: a typo would otherwise silently fall back to the file's own ids. */
    private static void requireIdAttribute(LayerManifest m, String displayName, List<SourceFile> files) {
        for (SourceFile f : files) {
            for (SourceFeature sf : f.features()) {
                if (!sf.attributes().containsKey(m.idAttribute())) {
                    throw new InputException(displayName + ": " + sf.where() + " of reference layer " + m.id()
                            + " has no attribute \"" + InputText.printable(m.idAttribute())
                            + "\" (the layer's idAttribute); its attributes are "
                            + sf.attributes().keySet());
                }
            }
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A GTFS feed as a layer of stops, each with its morning-peak departures per hour. */
    private ReferenceLayer readGtfs(LayerManifest m, Path file, String displayName) {
        List<ReferenceFeature> features = new ArrayList<>();
        Envelope extent = new Envelope();
        for (GtfsStops.StopService s : GtfsStops.read(file, displayName)) {
            Geometry g = Crs.transform(s.position(), GTFS_SRID, canonicalSrid);
            g.setSRID(canonicalSrid);
            extent.expandToInclude(s.position().getCoordinate());
            features.add(new ReferenceFeature(s.id(), s.attributes(), g));
        }
        Geometry coverage = null;
        if (LayerManifest.EXTENT.equals(m.coverage())) {
            coverage = Crs.transform(new GeometryFactory().toGeometry(extent), GTFS_SRID, canonicalSrid);
            coverage.setSRID(canonicalSrid);
        }
        return new ReferenceLayer(
                m.id(),
                m.title(),
                new Provenance(m.source(), m.owner(), m.licence(), m.date(), m.method()),
                coverage,
                GTFS_SRID,
                features);
    }

    /** The feature's attributes with the layers file's mappings applied (the pack's names beside the file's own). */
    private static Map<String, Object> mapped(LayerManifest m, String displayName, SourceFeature sf) {
        if (m.attributes().isEmpty()) {
            return sf.attributes();
        }
        Map<String, Object> a = new LinkedHashMap<>(sf.attributes());
        m.attributes().forEach((name, mapping) -> {
            if (!sf.attributes().containsKey(mapping.from())) {
                throw new InputException(
                        displayName + ": " + sf.where() + " of reference layer " + m.id() + " has no attribute \""
                                + mapping.from() + "\" (attributes." + name + ".from in the layers file; it has: "
                                + String.join(", ", sf.attributes().keySet()) + ")");
            }
            a.put(name, mapping.map(sf.attributes().get(mapping.from())));
        });
        return a;
    }

    private ReferenceFeature toFeature(LayerManifest m, String displayName, int srid, SourceFeature sf) {
        Geometry g = sf.geometry();
        if (g == null || g.isEmpty()) {
            throw new InputException(
                    displayName + ": " + sf.where() + " of reference layer " + m.id() + " has no geometry");
        }
        if (!g.isValid()) {
            g = GeometryFixer.fix(g);
        }
        g = Crs.transform(g, srid, canonicalSrid);
        g.setSRID(canonicalSrid);
        Map<String, Object> a = mapped(m, displayName, sf);
        InputText.checkAttributes(displayName + ": " + sf.where(), a);
        Object idValue = m.idAttribute() == null ? null : a.get(m.idAttribute());
        String id = idValue != null ? String.valueOf(idValue) : sf.id();
        return new ReferenceFeature(id, a, g);
    }
}
