package no.planvakt.cli;

final class Usage {
    static final String TEXT = """
            Usage:
              planvakt demo  [--out DIR]
                  Checks the built-in demo (an invented draft and adopted plan for Hol, 3330)
                  against the Buskerud rule pack and writes the report to DIR (default planvakt-out/demo).
              planvakt check --draft FILE [--adopted FILE] --layers LAYERS.yaml [--pack PACK.yaml]
                             [--rules R3,R4a] [--out DIR] [--srid EPSG]
                  Checks a draft plan (GeoJSON or GeoPackage) against the adopted plan and the
                  reference layers listed in LAYERS.yaml (those the rules need). --pack defaults to
                  the Buskerud pack, --rules to all its rules,
                  --srid (storage CRS) to 25833. Writes findings.geojson, result.json and report.html.
            Exit codes: 0 done (findings or not), 1 usage error, 2 bad input (the message names file and object).
            """;

    private Usage() {
    }
}
