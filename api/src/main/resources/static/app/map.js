// The map of a run: the draft's land use and zones, the reference layers and the findings from the
// WMS (the service's own /wms), a background map only where configured, a layer switcher and the
// WMS legends. Findings are also read as GeoJSON, to outline the selected one and zoom to it, and
// to draw them when the WMS cannot be reached. A click asks the WMS what is there (GetFeatureInfo).
import { t, number } from './i18n.js';

const COLOURS = { RED: '#d7191c', YELLOW: '#fdae61', GREEN: '#1a9641', INFO: '#2c7bb6', NOT_MAPPED: '#999999', NOT_RELEVANT: '#dddddd' };

function rgba(hex, a) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${a})`;
}

function findingStyle(feature) {
  const c = COLOURS[feature.get('status')] || '#555555';
  return new ol.style.Style({
    fill: new ol.style.Fill({ color: rgba(c, 0.55) }),
    stroke: new ol.style.Stroke({ color: c, width: 1.5 }),
    image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: c }), stroke: new ol.style.Stroke({ color: '#333', width: 1 }) }),
  });
}

const SELECTED = [
  new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#ffffff', width: 6 }) }),
  new ol.style.Style({
    stroke: new ol.style.Stroke({ color: '#000000', width: 3, lineDash: [8, 5] }),
    fill: new ol.style.Fill({ color: 'rgba(255,255,0,0.18)' }),
    image: new ol.style.Circle({ radius: 9, stroke: new ol.style.Stroke({ color: '#000', width: 3 }) }),
  }),
];

export class PlanMap {
  /**
   * @param target   the map's element
   * @param config   GET /api/page/config
   * @param run      GET /api/runs/{id}
   * @param geojson  GET /api/runs/{id}/findings.geojson
   * @param onPick   called with a finding's key when a finding is clicked on the map
   */
  constructor(target, config, run, geojson, onPick) {
    const code = 'EPSG:' + config.srid;
    if (!ol.proj.get(code)) {
      // A projected CRS in metres; the WMS draws in it, so the page needs no reprojection library.
      ol.proj.addProjection(new ol.proj.Projection({ code, units: 'm', extent: [-2500000, 3500000, 3045984, 9045984] }));
    }
    this.code = code;
    this.onPick = onPick;
    this.switchable = [];
    const wms = (layers, params) => new ol.source.ImageWMS({
      url: config.wmsUrl, projection: code, ratio: 1.2, serverType: 'mapserver',
      params: { LAYERS: layers, FORMAT: 'image/png', TRANSPARENT: true, VERSION: '1.3.0', ...params },
    });
    if (config.background) {
      this.layer('background', new ol.layer.Image({
        source: new ol.source.ImageWMS({ url: config.background.url, projection: code, attributions: config.background.attribution,
          params: { LAYERS: config.background.layers, FORMAT: 'image/png', VERSION: '1.3.0' } }),
      }), true);
    }
    this.layer('plan_landuse', new ol.layer.Image({ opacity: 0.75, source: wms('plan_landuse', { PLANVERSION: run.draftVersionId }) }), true);
    this.layer('plan_zones', new ol.layer.Image({ source: wms('plan_zones', { PLANVERSION: run.draftVersionId }) }), false);
    this.layer('reference', new ol.layer.Image({ opacity: 0.6, source: wms('reference', {}) }), false);
    this.findingsSource = wms('findings', { RUN: run.runId });
    this.layer('findings', new ol.layer.Image({ source: this.findingsSource }), true);

    this.features = new ol.format.GeoJSON().readFeatures(geojson, { dataProjection: code, featureProjection: code })
      .filter(f => f.getGeometry());
    this.vector = new ol.layer.Vector({ source: new ol.source.Vector({ features: this.features }), style: findingStyle, visible: false });
    this.selected = new ol.layer.Vector({ source: new ol.source.Vector(), style: SELECTED });
    this.map = new ol.Map({
      target,
      keyboardEventTarget: target,
      layers: [...this.switchable.map(s => s.layer), this.vector, this.selected],
      view: new ol.View({ projection: code, maxZoom: 28 }),
      controls: ol.control.defaults.defaults().extend([new ol.control.ScaleLine()]),
    });
    // Open on the plan: findings about plan objects carry a plan-diff change; county-wide overviews
    // (energy corridors, accounts) do not, and would zoom the map out to the whole county.
    const extent = ol.extent.createEmpty();
    const onPlan = this.features.filter(f => f.get('change'));
    (onPlan.length ? onPlan : this.features).forEach(f => ol.extent.extend(extent, f.getGeometry().getExtent()));
    this.map.getView().fit(ol.extent.isEmpty(extent) ? [100000, 6600000, 300000, 6800000] : ol.extent.buffer(extent, 500),
      { padding: [20, 20, 20, 20] });

    // Counted so that tests (and a curious planner) can see that the WMS drew the findings.
    target.dataset.findingsImages = '0';
    this.findingsSource.on('imageloadend', () => { target.dataset.findingsImages = String(Number(target.dataset.findingsImages) + 1); });
    this.findingsSource.on('imageloaderror', () => {
      // Without the WMS the findings are still drawn, from their GeoJSON.
      this.vector.setVisible(true);
      target.dataset.wmsFailed = 'true';
    });
    this.map.on('singleclick', e => this.info(e.coordinate));
  }

  layer(name, layer, visible) {
    layer.setVisible(visible);
    this.switchable.push({ name, layer });
  }

  /** Check boxes for the layers and the WMS legend of each visible one. */
  controls(layersBox, legendBox) {
    layersBox.querySelectorAll('label').forEach(l => l.remove());
    const legend = () => {
      legendBox.replaceChildren();
      for (const { name, layer } of this.switchable) {
        if (!layer.getVisible() || name === 'background') {
          continue;
        }
        const url = layer.getSource().getLegendUrl(this.map.getView().getResolution(), { FORMAT: 'image/png', SLD_VERSION: '1.1.0' });
        if (url) {
          const img = document.createElement('img');
          img.src = url;
          img.alt = t('map.legend') + ': ' + t('map.layer.' + name);
          legendBox.append(img);
        }
      }
    };
    for (const { name, layer } of this.switchable) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = layer.getVisible();
      box.dataset.layer = name;
      box.addEventListener('change', () => { layer.setVisible(box.checked); legend(); });
      label.append(box, ' ', t('map.layer.' + name));
      layersBox.append(label);
    }
    legend();
  }

  /** Outlines a finding and, when asked, zooms to it. */
  select(key, zoom = true) {
    const f = this.features.find(x => x.getId() === key || x.get('key') === key);
    this.selected.getSource().clear();
    if (!f) {
      return;
    }
    this.selected.getSource().addFeature(f.clone());
    if (!zoom) {
      return;
    }
    this.map.getView().fit(ol.extent.buffer(f.getGeometry().getExtent(), 150), { padding: [40, 40, 40, 40], duration: 300, maxZoom: 22 });
  }

  /** What is at a point: the findings (and land use) from the WMS, or from the GeoJSON when the WMS is away. */
  async info(coordinate) {
    const box = document.getElementById('info');
    const resolution = this.map.getView().getResolution();
    const rows = [];
    if (this.vector.getVisible()) {
      const pixel = this.map.getPixelFromCoordinate(coordinate);
      this.map.forEachFeatureAtPixel(pixel, f => { rows.push(['findings', f.getProperties()]); }, { layerFilter: l => l === this.vector });
    } else {
      for (const name of ['findings', 'plan_landuse']) {
        const layer = this.switchable.find(s => s.name === name);
        if (!layer || !layer.layer.getVisible()) {
          continue;
        }
        const url = layer.layer.getSource().getFeatureInfoUrl(coordinate, resolution, this.code,
          { INFO_FORMAT: 'application/json', QUERY_LAYERS: name, FEATURE_COUNT: 10 });
        try {
          const r = await fetch(url, { credentials: 'same-origin' });
          if (r.ok) {
            const fc = await r.json();
            (fc.features || []).forEach(f => rows.push([name, f.properties]));
          }
        } catch (e) {
          // Shown as "nothing here" below; the map itself stays usable.
        }
      }
    }
    box.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = t('map.info.title');
    box.append(h);
    if (rows.length === 0) {
      box.append(t('map.info.none'));
      return;
    }
    for (const [layer, props] of rows) {
      const table = document.createElement('table');
      const caption = document.createElement('caption');
      caption.textContent = t('map.layer.' + layer);
      table.append(caption);
      for (const [k, v] of Object.entries(props)) {
        if (v === null || typeof v === 'object' || k === 'geometry') {
          continue;
        }
        const tr = table.insertRow();
        const th = document.createElement('th');
        th.textContent = k;
        const td = tr.insertCell();
        td.textContent = typeof v === 'number' ? number(v, 1) : String(v);
        tr.prepend(th);
      }
      box.append(table);
    }
    const hit = rows.find(([layer]) => layer === 'findings');
    if (hit && this.onPick) {
      const p = hit[1];
      const f = p.key ? { key: p.key } : this.features.map(x => x.getProperties())
        .find(x => x.ruleId === p.rule_id && x.planObjectId === p.plan_object_id && x.status === p.status);
      if (f) {
        this.onPick(f.key, false);
      }
    }
  }
}
