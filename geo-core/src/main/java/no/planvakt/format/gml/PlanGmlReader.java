package no.planvakt.format.gml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.planvakt.InputException;
import no.planvakt.format.FileSizeLimit;
import no.planvakt.format.InputLimits;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import no.planvakt.geom.PackedXY;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads Plan GML 5.0 (Kommuneplan, Reguleringsplan, Reguleringsplanforslag and their dated
 * namespace variants) with StAX, feature by feature, into {@link SourceFeature}s: layer = the
 * feature element's local name (RpArealformålOmråde), id = gml:id, attributes flattened to their
 * leaf names (identifikasjon/Identifikasjon/lokalId → lokalId; a repeated leaf name gets its parent's
 * name in front), references as their xlink:href, geometry = the feature's first GML geometry.
 * References within the file are checked and a dangling one is a warning: they tie plan objects
 * together but do not change any area the checks use.
 */
public final class PlanGmlReader {
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String PLAN_NAMESPACE_PREFIX = "http://skjema.geonorge.no/SOSI/produktspesifikasjon/";

    private final long maxBytes;

    public PlanGmlReader() {
        this(FileSizeLimit.configured());
    }

    public PlanGmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceFile read(Path file) {
        String fileName = file.getFileName().toString();
        FileSizeLimit.check(file, maxBytes);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Run(fileName).read(in);
        } catch (IOException e) {
            throw new InputException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static final class Run {
        private final String fileName;
        private final List<String> warnings = new ArrayList<>();
        private final List<SourceFeature> features = new ArrayList<>();
        private final InputLimits.Budget budget;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, String> hrefs = new LinkedHashMap<>();
        private final SrsTracker srs;
        private final GmlGeometryParser geometries;
        private final Set<String> foreignNamespaces = new HashSet<>();

        Run(String fileName) {
            this.fileName = fileName;
            this.budget = InputLimits.forFile(fileName);
            this.srs = new SrsTracker(fileName);
            this.geometries = new GmlGeometryParser(PackedXY.geometries(0), srs, warnings);
        }

        SourceFile read(InputStream in) {
            XMLStreamReader r = null;
            try {
                r = SafeXml.inputFactory().createXMLStreamReader(in);
                if (!toFirstElement(r)) {
                    throw new InputException(fileName + ": no XML element found");
                }
                // The root is a FeatureCollection (gml: or wfs:); its members hold the features.
                while (GmlGeometryParser.nextChild(r)) {
                    member(r);
                }
            } catch (XMLStreamException e) {
                throw xmlError(e);
            } finally {
                if (r != null) {
                    try {
                        r.close();
                    } catch (XMLStreamException ignored) {
                        // Nothing to add to the outcome.
                    }
                }
            }
            for (String ns : foreignNamespaces) {
                warnings.add(fileName + ": features in namespace " + ns
                        + " (not a SOSI Plan namespace) were read as they are");
            }
            checkReferences();
            int srid = features.stream().anyMatch(f -> f.geometry() != null) || srs.known() ? srs.srid() : 4326;
            return new SourceFile(fileName, srid, features, warnings);
        }

        private boolean toFirstElement(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw new InputException(fileName + ": XML-en har en DOCTYPE-deklarasjon; Planvakt avviser DTD-er"
                            + " fordi de åpner for entitetsbomber og eksterne entiteter. Plan GML trenger ingen.");
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return false;
        }

        private void member(XMLStreamReader r) throws XMLStreamException {
            String n = r.getLocalName();
            switch (n) {
                case "boundedBy" -> {
                    while (GmlGeometryParser.nextChild(r)) {
                        srs.seen(r.getAttributeValue(null, "srsName"), fileName + ": gml:boundedBy");
                        GmlGeometryParser.skip(r);
                    }
                }
                case "featureMember", "featureMembers", "member" -> {
                    while (GmlGeometryParser.nextChild(r)) {
                        feature(r);
                    }
                }
                default -> {
                    // Some exports put features straight under the collection: anything non-GML with a gml:id is one.
                    if (!GmlGeometryParser.GML.equals(r.getNamespaceURI())
                            && r.getAttributeValue(GmlGeometryParser.GML, "id") != null) {
                        feature(r);
                    } else {
                        GmlGeometryParser.skip(r);
                    }
                }
            }
        }

        private void feature(XMLStreamReader r) throws XMLStreamException {
            String layer = r.getLocalName();
            String ns = r.getNamespaceURI();
            if (ns == null || !ns.startsWith(PLAN_NAMESPACE_PREFIX)) {
                foreignNamespaces.add(String.valueOf(ns));
            }
            String id = r.getAttributeValue(GmlGeometryParser.GML, "id");
            int line = r.getLocation().getLineNumber();
            String where = "line " + line + ", " + layer + (id == null ? "" : " " + id);
            if (id != null && !ids.add(id)) {
                warnings.add(fileName + ": " + where + ": gml:id " + id + " is used twice");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            Geometry[] geometry = new Geometry[1];
            while (GmlGeometryParser.nextChild(r)) {
                property(r, layer, attributes, geometry, fileName + ": " + where);
            }
            budget.add(where, geometry[0]);
            features.add(new SourceFeature(layer, id != null ? id : "line" + line, where, attributes, geometry[0]));
        }

        /** A feature property: a reference, a geometry, nested values or a simple value. */
        private void property(
                XMLStreamReader r, String parent, Map<String, Object> attributes, Geometry[] geometry, String where)
                throws XMLStreamException {
            String name = r.getLocalName();
            String href = r.getAttributeValue(XLINK, "href");
            if (href != null) {
                put(attributes, parent, name, href);
                hrefs.putIfAbsent(href, where);
                GmlGeometryParser.skip(r);
                return;
            }
            StringBuilder text = new StringBuilder();
            boolean children = false;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    children = true;
                    if (GmlGeometryParser.GML.equals(r.getNamespaceURI())) {
                        collectIds(r);
                        Geometry g = geometries.parse(r, where);
                        if (geometry[0] == null) {
                            geometry[0] = g;
                        }
                    } else {
                        property(r, name, attributes, geometry, where);
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (!children) {
                put(attributes, parent, name, text.toString().trim());
            }
        }

        private void collectIds(XMLStreamReader r) {
            String id = r.getAttributeValue(GmlGeometryParser.GML, "id");
            if (id != null) {
                ids.add(id);
            }
        }

        private static void put(Map<String, Object> attributes, String parent, String name, Object value) {
            String key = attributes.containsKey(name) ? parent + "." + name : name;
            attributes.put(key, value);
        }

        private void checkReferences() {
            hrefs.forEach((href, where) -> {
                int hash = href.indexOf('#');
                if (hash > 0) {
                    warnings.add(where + ": xlink:href \"" + href + "\" points into another file; not followed");
                } else if (hash == 0 && !ids.contains(href.substring(1))) {
                    warnings.add(where + ": xlink:href \"" + href + "\" points to no object in the file");
                }
            });
        }

        private InputException xmlError(XMLStreamException e) {
            String msg = String.valueOf(e.getMessage());
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            if (msg.contains("entity") || msg.contains("Entity") || msg.contains("DOCTYPE")) {
                return new InputException(
                        fileName + ": line " + line + ": avviste en XML-entitet (" + firstLine(msg)
                                + "); Planvakt ekspanderer ikke entiteter, som vern mot XML-bomber og eksterne entiteter",
                        e);
            }
            return new InputException(fileName + ": malformed XML at line " + line + ": " + firstLine(msg), e);
        }

        private static String firstLine(String msg) {
            String m = msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        }
    }
}
