package no.planvakt.cli;

final class Usage {
    static final String TEXT = """
            Usage:
              planvakt demo  [--out DIR]
                  Checks the built-in demo (an invented draft and adopted plan for Hol, 3330)
                  against the Buskerud rule pack and writes the report to DIR (default planvakt-out/demo).
              planvakt check --draft FILE [--adopted FILE] --layers LAYERS.yaml [--pack PACK.yaml]
                             [--rules R3,R4a] [--out DIR] [--srid EPSG]
                  Checks a draft plan against the adopted plan and the reference layers listed in
                  LAYERS.yaml (those the rules need). --pack defaults to the Buskerud pack, --rules to
                  all its rules, --srid (storage CRS) to 25833. A plan given as several files (land use
                  and zones apart) is named with commas: --draft arealformal.geojson,soner.geojson.
                  Writes findings.geojson, result.json, report.html and report.pdf.
              planvakt verify [--pack PACK.yaml --spec PACK.spec.yaml]
                  Runs a rule pack against its spec case by case (default: the Buskerud pack and its
                  spec) and lists every finding that differs from what the spec expects.
              planvakt help
                  This text.
            Formats read (plans and reference layers alike), by file extension:
              .sos            SOSI 4.5/5.0 (any TEGNSETT and KOORDSYS)
              .gml            Plan GML 5.0 (SOSI Plan)
              .geojson .json  GeoJSON (with a crs member, or RFC 7946 longitude/latitude)
              .gpkg           GeoPackage (every feature table)
            Exit codes: 0 done (findings or not), 1 usage error, 2 bad input (the message names file and object),
              3 verify: the pack does not give what its spec expects,
              4 check: stopped at its time limit (1800 s; set with PLANVAKT_JAVA_OPTS=-Dplanvakt.maxRunSeconds=N).
            """;

    private Usage() {}
}
