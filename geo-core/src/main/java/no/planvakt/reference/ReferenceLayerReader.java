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
import no.planvakt.format.FeatureFiles;
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
            entries = List.of(Yaml.read(Files.readAllBytes(manifest), LayerManifest[].class));
        } catch (Yaml.YamlException e) {
            throw new InputException(manifest.getFileName() + ": not a valid reference layer list: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(manifest.getFileName() + ": cannot be read: " + e.getMessage(), e);
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
        for (SourceFile f : FeatureFiles.read(file, t -> true)) {
            Crs.requireKnown(displayName, f.srid());
            for (SourceFeature sf : f.features()) {
                Geometry g = sf.geometry();
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
            throw new InputException(displayName + ": reference layer id \"" + m.id()
                    + "\" must be lower case letters, digits and _ (start with a letter)");
        }
        if (GtfsStops.isFeed(file)) {
            return readGtfs(m, file, displayName);
        }
        List<SourceFile> files = FeatureFiles.read(file, t -> true);
        List<ReferenceFeature> features = new ArrayList<>();
        Envelope extent = new Envelope();
        int sourceSrid = files.isEmpty() ? canonicalSrid : files.get(0).srid();
        for (SourceFile f : files) {
            Crs.requireKnown(displayName, f.srid());
            for (SourceFeature sf : f.features()) {
                features.add(toFeature(m, displayName, f.srid(), sf));
                if (sf.geometry() != null && f.srid() == sourceSrid) {
                    extent.expandToInclude(sf.geometry().getEnvelopeInternal());
                }
            }
        }
        if (features.isEmpty()) {
            throw new InputException(displayName + ": reference layer " + m.id() + " has no features");
        }
        Provenance p = new Provenance(m.source(), m.owner(), m.licence(), m.date(), m.method());
        Geometry coverage = null;
        if (LayerManifest.EXTENT.equals(m.coverage())) {
            // The envelope in the layer's own CRS: that is the rectangle its maker mapped.
            coverage = Crs.transform(new GeometryFactory().toGeometry(extent), sourceSrid, canonicalSrid);
            coverage.setSRID(canonicalSrid);
        }
        return new ReferenceLayer(m.id(), m.title(), p, coverage, sourceSrid, features);
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
        return new ReferenceLayer(m.id(), m.title(), new Provenance(m.source(), m.owner(), m.licence(), m.date(), m.method()), coverage,
                GTFS_SRID, features);
    }

    /** The feature's attributes with the layers file's mappings applied (the pack's names beside the file's own). */
    private static Map<String, Object> mapped(LayerManifest m, String displayName, SourceFeature sf) {
        if (m.attributes().isEmpty()) {
            return sf.attributes();
        }
        Map<String, Object> a = new LinkedHashMap<>(sf.attributes());
        m.attributes().forEach((name, mapping) -> {
            if (!sf.attributes().containsKey(mapping.from())) {
                throw new InputException(displayName + ": " + sf.where() + " of reference layer " + m.id() + " has no attribute \""
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
            throw new InputException(displayName + ": " + sf.where() + " of reference layer " + m.id() + " has no geometry");
        }
        if (!g.isValid()) {
            g = GeometryFixer.fix(g);
        }
        g = Crs.transform(g, srid, canonicalSrid);
        g.setSRID(canonicalSrid);
        Map<String, Object> a = mapped(m, displayName, sf);
        Object idValue = m.idAttribute() == null ? null : a.get(m.idAttribute());
        String id = idValue != null ? String.valueOf(idValue) : sf.id();
        return new ReferenceFeature(id, a, g);
    }
}
