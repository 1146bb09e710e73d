package no.planvakt.format.sosi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.planvakt.InputException;
import no.planvakt.format.FileSizeLimit;
import no.planvakt.format.InputLimits;
import no.planvakt.format.SourceFeature;
import no.planvakt.format.SourceFile;
import no.planvakt.geom.PackedXY;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a SOSI file (4.0–5.0) into {@link SourceFeature}s: layer = OBJTYPE, id = the group's serial
 * number, attributes under their SOSI names (nested ones under the leaf name), geometry in the file's
 * CRS with x = east. {@link SosiLexer} tokenizes (see there why not the nvdb sosi-reader's parser);
 * the file is decoded through {@link SosiEncodingDetector}'s choice of character set.
 *
 * <p>Memory model: the text is streamed, never held. Every line group (.KURVE, .BUEP, …) is kept as
 * {@link PackedCoordinates} (a few bytes per vertex) because any later .FLATE may reference it.
 * A .FLATE is assembled as soon as its curves are known; one that references a curve further down
 * the file waits, as attributes and ref list only, until the end. Features go to the caller's sink
 * as they are complete, so a caller that does not collect them holds only the packed curves.
 */
public final class SosiFeatureReader {
    private static final Set<String> POINT_GROUPS = Set.of("PUNKT", "SYMBOL", "TEKST");
    private static final Set<String> IGNORED_GROUPS = Set.of("DEF", "OBJDEF", "MLDEF", "SLUTT");

    /** What a streamed read found: the CRS, the number of features delivered and the warnings. */
    public record Summary(String fileName, int srid, long features, List<String> warnings) {}

    private final long maxBytes;

    public SosiFeatureReader() {
        this(FileSizeLimit.configured());
    }

    /** @param maxBytes files larger than this are refused before they are opened */
    public SosiFeatureReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceFile read(Path file) {
        List<SourceFeature> features = new ArrayList<>();
        Summary s = stream(file, features::add);
        return new SourceFile(s.fileName(), s.srid(), features, s.warnings());
    }

    /** Reads the file, handing each feature to {@code sink} as soon as it is complete. */
    public Summary stream(Path file, Consumer<SourceFeature> sink) {
        String fileName = file.getFileName().toString();
        FileSizeLimit.check(file, maxBytes);
        try {
            SosiEncodingDetector.Result enc = SosiEncodingDetector.detect(file, fileName);
            try (InputStream raw = Files.newInputStream(file)) {
                raw.skipNBytes(enc.skip());
                Reader reader = new InputStreamReader(new BufferedInputStream(raw, 1 << 16), enc.charset());
                InputLimits.Budget budget = InputLimits.forFile(fileName);
                Consumer<SourceFeature> counted = f -> {
                    budget.add(f.where(), f.geometry());
                    sink.accept(f);
                };
                Run run = new Run(fileName, counted, new ArrayList<>(enc.warnings()));
                return run.parse(reader);
            }
        } catch (IOException e) {
            throw new InputException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The state of one read. */
    private static final class Run {
        private final String fileName;
        private final Consumer<SourceFeature> sink;
        private final List<String> warnings;
        private final GeometryFactory factory = PackedXY.geometries(0);
        private final Map<Long, SosiCurve> curves = new HashMap<>();
        private final List<PendingFlate> pending = new ArrayList<>();
        private final Map<String, Integer> skippedGroups = new TreeMap<>();

        // Header values.
        private Integer koordsys;
        private double unit = Double.NaN;
        private double originNorth = Double.NaN;
        private double originEast;
        private SosiHeader header;
        private SosiCoordinates coordinates;
        private FlateAssembler assembler;

        // Element nesting: names[d] is the element at depth d (1 = group).
        private final String[] names = new String[64];
        private final List<List<Object>> values = new ArrayList<>();
        private int depth;
        private boolean inHead;
        private boolean sawHead;
        private boolean sawEnd;
        private long features;

        // The group being read.
        private Group group;
        // Coordinate element state: dims per point, index of the next value, values to skip (a nested ...KP n).
        private int coordDims;
        private long coordIndex;
        private int skipValues;

        Run(String fileName, Consumer<SourceFeature> sink, List<String> warnings) {
            this.fileName = fileName;
            this.sink = sink;
            this.warnings = warnings;
            for (int i = 0; i < names.length; i++) {
                values.add(new ArrayList<>());
            }
        }

        Summary parse(Reader reader) {
            SosiLexer p = new SosiLexer(reader);
            try {
                while (p.hasNext()) {
                    event(p, p.next());
                }
            } catch (SosiLexer.Truncated e) {
                throw new InputException(fileName + ": the file ends at line " + e.line + " without .SLUTT"
                        + (group == null ? "" : ", inside " + group.where()) + "; it is truncated or incomplete");
            } catch (IllegalArgumentException e) {
                throw new InputException(
                        fileName + ": line " + p.line() + (group == null ? "" : ", in " + group.where())
                                + ": cannot be read as SOSI: " + e.getMessage(),
                        e);
            } catch (java.io.UncheckedIOException e) {
                throw new InputException(
                        fileName + ": cannot be read: " + e.getCause().getMessage(), e);
            }
            if (!sawHead) {
                throw new InputException(fileName + ": not a SOSI file (no .HODE)");
            }
            if (!sawEnd) {
                throw new InputException(fileName + ": the file ends without .SLUTT; it is truncated or incomplete");
            }
            resolvePending();
            skippedGroups.forEach((g, n) ->
                    warnings.add(fileName + ": " + n + " ." + g + " group(s) skipped (not a geometry Planvakt reads)"));
            return new Summary(fileName, header.srid(), features, warnings);
        }

        private void event(SosiLexer p, SosiLexer.Event e) {
            switch (e) {
                case START_HEAD -> {
                    inHead = true;
                    sawHead = true;
                    depth = 1;
                    names[1] = "HODE";
                }
                case END_HEAD -> {
                    finishHeader();
                    inHead = false;
                    depth = 0;
                }
                case START_ELEMENT -> startElement(p);
                case END_ELEMENT -> endElement();
                case VALUE_SERNO -> {
                    if (group != null && depth == 1) {
                        group.serial = p.getString();
                    }
                }
                case VALUE_NUMBER, VALUE_STRING -> value(p, e);
                case VALUE_REF -> {
                    if (!p.isIntegralNumber()) {
                        throw new InputException(fileName + ": line " + p.line() + ": ..REF value :" + p.getString()
                                + " is not a serial number");
                    }
                    ref(p.getLong());
                }
                case START_REF_ISLAND -> ref(FlateAssembler.ISLAND_START);
                case END_REF_ISLAND -> ref(FlateAssembler.ISLAND_END);
                case END -> sawEnd = true;
                default -> {
                    // '*' (unspecified), '@' (default) and '&' carry nothing Planvakt uses.
                }
            }
        }

        private void startElement(SosiLexer p) {
            depth++;
            if (depth >= names.length) {
                throw new InputException(fileName + ": line " + p.line() + ": elementer nøstet dypere enn "
                        + (names.length - 1) + " nivåer");
            }
            String name = p.getString();
            names[depth] = name;
            values.get(depth).clear();
            if (inHead) {
                return;
            }
            if (depth == 1) {
                if (header == null) {
                    throw new InputException(fileName + ": line " + p.line() + ": ." + name
                            + " before the .HODE; a SOSI file starts with .HODE");
                }
                group = new Group(name, p.line());
            } else if (depth == 2 && isCoordinateElement(name)) {
                coordDims = name.length();
                coordIndex = 0;
                skipValues = 0;
            } else if (depth == 3 && isCoordinateElement(names[2])) {
                // ...KP 1 (and any other per-point info) takes one value; coordinates may follow on the next lines.
                skipValues = 1;
            }
        }

        private static boolean isCoordinateElement(String name) {
            return name.startsWith("NØ") && name.length() <= 4;
        }

        private void value(SosiLexer p, SosiLexer.Event e) {
            if (!inHead && depth >= 2 && isCoordinateElement(names[2])) {
                if (skipValues > 0) {
                    skipValues--;
                    return;
                }
                if (e != SosiLexer.Event.VALUE_NUMBER) {
                    throw new InputException(fileName + ": line " + p.line() + ", in " + group.where()
                            + ": expected a coordinate number under .." + names[2] + ", found \"" + p.getString()
                            + "\"");
                }
                long i = coordIndex++ % coordDims;
                if (i < 2) {
                    group.addCoordinate(p.getDouble());
                }
                return;
            }
            values.get(depth).add(e == SosiLexer.Event.VALUE_NUMBER ? number(p.getString()) : p.getString());
        }

        /** Numbers keep their text when a leading zero matters (kommunenummer "0618") or they are too long. */
        private static Object number(String text) {
            String t = text.trim();
            if (t.length() > 1 && t.charAt(0) == '0' && t.charAt(1) != '.') {
                return t;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException notLong) {
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException notNumber) {
                    return t;
                }
            }
        }

        private void ref(long r) {
            if (group != null) {
                group.addRef(r);
            }
        }

        private void endElement() {
            if (depth <= 0) {
                return;
            }
            List<Object> v = values.get(depth);
            String name = names[depth];
            if (inHead) {
                headerValue(name, v);
            } else if (depth == 1) {
                finishGroup();
                group = null;
            } else if (!v.isEmpty() && !isCoordinateElement(names[2]) && !"REF".equals(names[2])) {
                String key = depth == 2 || !group.attributes.containsKey(name) ? name : names[depth - 1] + "." + name;
                group.attributes.put(key, v.size() == 1 ? v.get(0) : joined(v));
            }
            depth--;
        }

        private static String joined(List<Object> v) {
            StringBuilder sb = new StringBuilder();
            for (Object o : v) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(o);
            }
            return sb.toString();
        }

        private void headerValue(String name, List<Object> v) {
            switch (name) {
                case "KOORDSYS" -> {
                    koordsys = v.isEmpty() || !(v.get(0) instanceof Long l)
                            ? Integer.valueOf(-1)
                            : Integer.valueOf(l.intValue());
                    if (koordsys < 0) {
                        throw new InputException(fileName + ": ...KOORDSYS must be a number, found " + v);
                    }
                }
                case "ENHET" -> unit = v.isEmpty() ? Double.NaN : toDouble(v.get(0));
                case "ORIGO-NØ" -> {
                    if (v.size() >= 2) {
                        originNorth = toDouble(v.get(0));
                        originEast = toDouble(v.get(1));
                    }
                }
                default -> {
                    // Other header fields (OMRÅDE, SOSI-VERSJON, …) do not affect reading.
                }
            }
        }

        private static double toDouble(Object o) {
            return o instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(o));
        }

        private void finishHeader() {
            if (koordsys == null) {
                throw new InputException(
                        fileName + ": the .HODE has no ...KOORDSYS, so the coordinates cannot be placed"
                                + " (add e.g. ...KOORDSYS 22 for EUREF89 UTM zone 32)");
            }
            OptionalInt epsg = KoordSys.epsg(koordsys);
            if (epsg.isEmpty()) {
                throw new InputException(
                        fileName + ": unknown ...KOORDSYS " + koordsys + " in the .HODE (Planvakt reads 1–9 NGO1948,"
                                + " 21–26 EUREF89 UTM, 31–36 ED50 UTM, 84 EUREF89 geographic and 205–230 EUREF89 NTM zones 5–30)");
            }
            if (Double.isNaN(unit) || unit <= 0) {
                warnings.add(fileName + ": the .HODE has no valid ...ENHET; coordinates read in whole units (ENHET 1)");
                unit = 1;
            }
            if (Double.isNaN(originNorth)) {
                warnings.add(fileName + ": the .HODE has no ...ORIGO-NØ; origin 0 0 assumed");
                originNorth = 0;
                originEast = 0;
            }
            header = new SosiHeader(koordsys, epsg.getAsInt(), unit, originNorth, originEast);
            coordinates = new SosiCoordinates(header);
            assembler = new FlateAssembler(factory, KoordSys.isGeographic(header.srid()));
        }

        private void finishGroup() {
            Group g = group;
            String where = fileName + ": " + g.where();
            SosiCurve.Kind kind = SosiCurve.Kind.ofGroup(g.name);
            if (kind != null) {
                if (g.coordLength == 0) {
                    throw new InputException(where + ": has no coordinates (..NØ)");
                }
                SosiCurve curve = new SosiCurve(
                        kind,
                        PackedCoordinates.of(g.coords, g.coordLength),
                        numberAttribute(g, "RADIUS"),
                        isTrue(g.attributes.get("STORBUE")));
                Coordinate[] line;
                try {
                    line = coordinates.line(curve);
                } catch (IllegalArgumentException e) {
                    throw new InputException(where + ": " + e.getMessage(), e);
                }
                Long serial = serialOf(g);
                if (serial != null && curves.put(serial, curve) != null) {
                    warnings.add(where + ": serial number " + serial + " is used twice; ..REF uses the last one");
                }
                emit(g, factory.createLineString(line));
            } else if ("FLATE".equals(g.name)) {
                if (g.refLength == 0) {
                    throw new InputException(where + ": has no ..REF to its boundary curves");
                }
                long[] refs = Arrays.copyOf(g.refs, g.refLength);
                if (allKnown(refs)) {
                    emit(g, assembler.assemble(refs, refs.length, this::curveLine, where, warnings));
                } else {
                    g.coords = null;
                    pending.add(new PendingFlate(g, refs));
                }
            } else if (POINT_GROUPS.contains(g.name) || "SVERM".equals(g.name)) {
                emit(g, pointGeometry(g));
            } else if ("OBJEKT".equals(g.name)) {
                emit(g, null);
            } else if (!IGNORED_GROUPS.contains(g.name)) {
                skippedGroups.merge(g.name, 1, Integer::sum);
            }
        }

        private Geometry pointGeometry(Group g) {
            if (g.coordLength < 2) {
                return null;
            }
            Coordinate[] pts = coordinates.points(Arrays.copyOf(g.coords, g.coordLength));
            // A TEKST's first point is where the text stands; the rest only shape the lettering.
            if ("SVERM".equals(g.name)) {
                return factory.createMultiPointFromCoords(pts);
            }
            return factory.createPoint(pts[0]);
        }

        private void emit(Group g, Geometry geometry) {
            Object objtype = g.attributes.get("OBJTYPE");
            String layer = objtype == null ? null : String.valueOf(objtype);
            String id = g.serial == null ? "line" + g.line : g.serial;
            sink.accept(new SourceFeature(layer, id, g.where(), g.attributes, geometry));
            features++;
        }

        private boolean allKnown(long[] refs) {
            for (long r : refs) {
                if (r != FlateAssembler.ISLAND_START
                        && r != FlateAssembler.ISLAND_END
                        && !curves.containsKey(Math.abs(r))) {
                    return false;
                }
            }
            return true;
        }

        private Coordinate[] curveLine(long serial) {
            return coordinates.line(curves.get(serial));
        }

        private void resolvePending() {
            for (PendingFlate f : pending) {
                String where = fileName + ": " + f.group.where();
                for (long r : f.refs) {
                    if (r != FlateAssembler.ISLAND_START
                            && r != FlateAssembler.ISLAND_END
                            && !curves.containsKey(Math.abs(r))) {
                        throw new InputException(
                                where + ": ..REF :" + r + " points to a curve that is not in the file");
                    }
                }
                emit(f.group, assembler.assemble(f.refs, f.refs.length, this::curveLine, where, warnings));
            }
            pending.clear();
        }

        private static Long serialOf(Group g) {
            try {
                return g.serial == null ? null : Long.parseLong(g.serial.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static double numberAttribute(Group g, String name) {
            Object v = g.attributes.get(name);
            if (v == null) {
                return Double.NaN;
            }
            try {
                return toDouble(v);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private static boolean isTrue(Object v) {
            String s = v == null ? "" : String.valueOf(v).trim();
            return s.equals("1") || s.equalsIgnoreCase("T") || s.equalsIgnoreCase("J") || s.equalsIgnoreCase("true");
        }
    }

    /** A .FLATE that references a curve further down the file. */
    private record PendingFlate(Group group, long[] refs) {}

    /** One line group (.KURVE 12: …) while it is read. */
    private static final class Group {
        final String name;
        final long line;
        String serial;
        final Map<String, Object> attributes = new LinkedHashMap<>();
        double[] coords = new double[32];
        int coordLength;
        long[] refs = new long[8];
        int refLength;

        Group(String name, long line) {
            this.name = name;
            this.line = line;
        }

        String where() {
            // "line 3401, .FLATE 12" — the group as the file names it, without its colon, so messages can append ": …".
            return "line " + line + ", ." + name + (serial == null ? "" : " " + serial);
        }

        void addCoordinate(double v) {
            if (coordLength == coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            coords[coordLength++] = v;
        }

        void addRef(long r) {
            if (refLength == refs.length) {
                refs = Arrays.copyOf(refs, refs.length * 2);
            }
            refs[refLength++] = r;
        }
    }
}
