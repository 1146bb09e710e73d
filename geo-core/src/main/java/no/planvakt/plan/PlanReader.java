package no.planvakt.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.planvakt.InputException;
import no.planvakt.format.FeatureFiles;
import no.planvakt.format.GeoPackageFeatureReader;
import no.planvakt.format.SourceFile;

/** Reads a plan file of any supported format into a {@link Plan} in the canonical CRS. */
public final class PlanReader {
    private final PlanImporter importer;

    public PlanReader(int canonicalSrid) {
        this.importer = new PlanImporter(canonicalSrid);
    }

    public Plan read(Path file, PlanVersionKind kind) {
        return read(file, file.getFileName().toString(), kind);
    }

    /**
     * One plan given as several files (land use and zones exported separately, say): their objects
     * together, named "a.geojson + b.geojson"; areas are reported in the first file's CRS.
     */
    public Plan read(List<Path> files, PlanVersionKind kind) {
        if (files.size() == 1) {
            return read(files.get(0), kind);
        }
        List<SourceFile> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(FeatureFiles.read(f, table -> true));
        }
        String name = String.join(
                " + ", files.stream().map(f -> f.getFileName().toString()).toList());
        return importer.toPlan(name, kind, all);
    }

    /** @param displayName the name used in messages (an upload's original file name) */
    public Plan read(Path file, String displayName, PlanVersionKind kind) {
        List<SourceFile> files;
        try {
            // GeoPackage: every table is offered; tables that are not plan object types are skipped by the importer,
            // unless none is, in which case the planner is told which layers the file has.
            files = FeatureFiles.read(file, table -> true);
        } catch (InputException e) {
            throw rename(e, file, displayName);
        }
        if (displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            boolean anyPlanLayer = files.stream()
                    .anyMatch(f -> f.features().stream()
                            .anyMatch(sf -> PlanObjectType.fromName(sf.layer()).isPresent()
                                    || AttributeNames.has(
                                            sf.attributes(),
                                            List.of("kparealformal", "rparealformal", "arealformal", "objtype"))));
            if (!anyPlanLayer) {
                throw new InputException(
                        displayName + ": no plan layer found (expected a layer named KpArealformålOmråde,"
                                + " or features with KPAREALFORMÅL); the GeoPackage has layers "
                                + new GeoPackageFeatureReader().tableNames(file.toFile()));
            }
        }
        try {
            List<SourceFile> named = files.stream()
                    .map(f -> new SourceFile(
                            f.name().replace(file.getFileName().toString(), displayName),
                            f.srid(),
                            f.features(),
                            f.warnings()))
                    .toList();
            return importer.toPlan(displayName, kind, named);
        } catch (InputException e) {
            throw rename(e, file, displayName);
        }
    }

    private static InputException rename(InputException e, Path file, String displayName) {
        return FeatureFiles.rename(e, file.getFileName().toString(), displayName);
    }
}
