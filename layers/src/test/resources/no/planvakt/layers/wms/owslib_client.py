"""Reads Planvakt's WMS with OWSLib (Debian python3-owslib), as a Python GIS script would.

Usage: owslib_client.py WMS_URL OUT_PNG
Prints one JSON object: the layers with their CRSs and the GetFeatureInfo answer at the RED test finding.
"""
import json
import sys

from owslib.wms import WebMapService

url, out_png = sys.argv[1], sys.argv[2]
wms = WebMapService(url, version="1.3.0", timeout=60)
layers = {name: {"title": layer.title, "crs": sorted(layer.crsOptions),
                 "queryable": layer.queryable}
          for name, layer in wms.contents.items()}
bbox = (230000, 6630000, 230800, 6630800)
img = wms.getmap(layers=["findings"], styles=[""], srs="EPSG:25833", bbox=bbox, size=(256, 256),
                 format="image/png", transparent=True)
with open(out_png, "wb") as f:
    f.write(img.read())
info = wms.getfeatureinfo(layers=["findings"], styles=[""], srs="EPSG:25833", bbox=bbox, size=(256, 256),
                          format="image/png", query_layers=["findings"], info_format="application/json",
                          xy=(80, 176))
print(json.dumps({"title": wms.identification.title, "version": wms.identification.version,
                  "operations": [op.name for op in wms.operations], "layers": layers,
                  "featureinfo": json.loads(info.read().decode("utf-8"))}, ensure_ascii=False))
