// GeoJSON for the map: one Point feature per place (null geometry when the place has no coordinates).
import type { MapPlace, MapView } from '../core/index.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
  [key: string]: unknown;
}

function placeFeature(place: MapPlace): Feature {
  const { lat, lon, ...properties } = place;
  const geometry = lat === null || lon === null ? null : { type: 'Point' as const, coordinates: [lon, lat] as [number, number] };
  return { type: 'Feature', id: place.id, geometry, properties };
}

export function mapToGeoJson(view: MapView): FeatureCollection {
  return { type: 'FeatureCollection', as_of: view.as_of, theater: view.theater, features: view.places.map(placeFeature) };
}
