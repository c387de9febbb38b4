// The Leaflet map: no tile server; outlines (installed boundaries, or hulls of the district
// points per province) under one shape per place, restyled in place when the date moves.
import * as L from 'leaflet';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapPlace, MapView } from './api.js';
import { h } from './dom.js';
import { boxOf, convexHull, inBox, inPolygon, type Box, type Point } from './geometry.js';
import { ensureHatch } from './hatch.js';
import { sideLabel, styleFor } from './palette.js';

type Shape = L.CircleMarker | L.Polygon;

export class ControlMap {
  readonly map: L.Map;
  private readonly shapes = new Map<string, Shape>();
  private readonly places = new Map<string, MapPlace>();
  private outlineLayer: L.LayerGroup | null = null;
  private selected: string | null = null;
  /** Place polygons from installed ADM2 boundaries, by place id. */
  private polygons = new Map<string, Point[][][]>();

  constructor(
    el: HTMLElement,
    private readonly onSelect: (place: MapPlace) => void,
  ) {
    this.map = L.map(el, { zoomSnap: 0.25, attributionControl: false, preferCanvas: false, keyboard: true });
    this.map.createPane('outlines').style.zIndex = '350';
    L.control.scale({ imperial: false }).addTo(this.map);
  }

  /** Installed district polygons replace the points of the places they contain. */
  usePlacePolygons(districts: FeatureCollection, places: MapPlace[]): void {
    const candidates = districts.features.map((f) => ({ polygons: polygonsOf(f), box: null as Box | null, taken: false }));
    for (const c of candidates) c.box = boxOf(c.polygons);
    for (const place of places) {
      if (place.lat === null || place.lon === null) continue;
      const point: Point = [place.lon, place.lat];
      const hit = candidates.find((c) => !c.taken && c.box && inBox(point, c.box) && c.polygons.some((p) => inPolygon(point, p)));
      // One polygon per place: a second centre inside the same outline stays a point.
      if (hit) {
        hit.taken = true;
        this.polygons.set(place.id, hit.polygons);
      }
    }
  }

  drawHullOutlines(places: MapPlace[]): void {
    const byProvince = new Map<string, Point[]>();
    for (const p of places) {
      if (p.lat === null || p.lon === null) continue;
      const key = p.admin1 ?? '';
      byProvince.set(key, [...(byProvince.get(key) ?? []), [p.lon, p.lat]]);
    }
    const country = convexHull([...byProvince.values()].flat());
    const layers: L.Layer[] = [...byProvince.entries()]
      .filter(([, pts]) => pts.length >= 3)
      .map(([, pts]) => outline(convexHull(pts), 'province-hull'));
    if (country.length >= 3) layers.unshift(outline(country, 'country-hull', true));
    this.setOutlines(layers);
  }

  drawBoundaryOutlines(provinces: FeatureCollection): void {
    const layer = L.geoJSON(provinces, { pane: 'outlines', interactive: false, style: { className: 'province-boundary', fillColor: '#fbfaf6', fillOpacity: 1 } });
    this.setOutlines([layer]);
  }

  private setOutlines(layers: L.Layer[]): void {
    this.outlineLayer?.remove();
    this.outlineLayer = L.layerGroup(layers).addTo(this.map);
  }

  /** Draws the places on first call, restyles them afterwards; known control ends up on top. */
  show(view: MapView): void {
    const known: Shape[] = [];
    for (const place of view.places) {
      this.places.set(place.id, place);
      if (place.status !== 'unknown' && place.controller !== 'unknown') ensureHatch(place.controller);
      const shape = this.shapes.get(place.id) ?? this.create(place);
      if (shape && this.restyle(shape, place)) known.push(shape);
    }
    for (const shape of known) shape.bringToFront();
  }

  /** Known control is drawn larger, so that no grey point hides it. Returns whether it is known. */
  private restyle(shape: Shape, place: MapPlace): boolean {
    shape.setStyle(this.styleOf(place));
    const known = place.status !== 'unknown' || place.id === this.selected;
    if (shape instanceof L.CircleMarker) shape.setRadius(known ? 6.5 : 4);
    return known;
  }

  private create(place: MapPlace): Shape | null {
    const polygon = this.polygons.get(place.id);
    let shape: Shape;
    if (polygon) {
      shape = L.polygon(polygon.map((rings) => rings.map((ring) => ring.map(([x, y]) => L.latLng(y, x)))), { className: 'place' });
    } else if (place.lat !== null && place.lon !== null) {
      shape = L.circleMarker([place.lat, place.lon], { radius: 6, className: 'place' });
    } else {
      return null;
    }
    shape.bindTooltip(() => this.tooltip(place.id), { sticky: true, direction: 'top' });
    shape.on('click', () => this.onSelect(this.places.get(place.id) ?? place));
    shape.addTo(this.map);
    // Lets tests and assistive tooling find a place's shape.
    shape.getElement()?.setAttribute('data-place', place.id);
    this.shapes.set(place.id, shape);
    return shape;
  }

  private styleOf(place: MapPlace): L.PathOptions {
    const style = styleFor(place);
    return place.id === this.selected ? { ...style, color: '#111111', weight: 3, dashArray: undefined } : style;
  }

  private tooltip(id: string): HTMLElement {
    const place = this.places.get(id);
    if (!place) return h('div');
    const status = place.status === 'unknown' ? 'no report yet' : `${sideLabel(place.controller)}, ${place.status}`;
    return h('div', { class: 'tip' }, h('strong', {}, place.name), place.admin1 ? ` · ${place.admin1}` : '', h('br'), status);
  }

  /** Frames the places; Leaflet needs a view before anything is drawn. */
  fit(places: MapPlace[]): void {
    const points = places.filter((p) => p.lat !== null && p.lon !== null).map((p) => L.latLng(p.lat!, p.lon!));
    if (points.length) this.map.fitBounds(L.latLngBounds(points), { padding: [24, 24] });
    else this.map.setView([20, 0], 2);
  }

  select(id: string | null): void {
    const previous = this.selected;
    this.selected = id;
    for (const pid of [previous, id]) {
      const place = pid ? this.places.get(pid) : undefined;
      const shape = place && this.shapes.get(place.id);
      if (place && shape && this.restyle(shape, place)) shape.bringToFront();
    }
  }

  /** Centres the map on a place (or a bare point) and marks it. */
  focus(id: string | null, lat: number | null, lon: number | null): void {
    if (lat === null || lon === null) return;
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), 8), { animate: false });
    if (id && this.places.has(id)) this.select(id);
  }

  invalidate(): void {
    this.map.invalidateSize();
  }
}

function outline(hull: Point[], className: string, fill = false): L.Polygon {
  return L.polygon(hull.map(([x, y]) => L.latLng(y, x)), { pane: 'outlines', interactive: false, className, fill, fillColor: '#fbfaf6', fillOpacity: 1 });
}

function polygonsOf(feature: Feature): Point[][][] {
  const geometry = feature.geometry as Polygon | MultiPolygon | null;
  if (!geometry) return [];
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Point[][][];
}
