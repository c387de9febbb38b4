// Colours of control, from the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies). Status is shown by fill, not by hue alone: assessed solid, claimed hatched,
// contested its own hue, unknown grey.
import type { MapPlace } from './api.js';

const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
const KNOWN: Record<string, string> = {
  government: '#0072B2',
  ukraine: '#0072B2',
  saf: '#0072B2',
  taliban: '#D55E00',
  russia: '#D55E00',
  rsf: '#D55E00',
  resistance: '#009E73',
  iskp: '#000000',
};
export const CONTESTED = '#CC79A7';
export const UNKNOWN = '#B8B8B8';

const assigned = new Map<string, string>();

export function sideColour(side: string): string {
  if (side === 'unknown') return UNKNOWN;
  const known = KNOWN[side] ?? assigned.get(side);
  if (known) return known;
  const used = new Set([...Object.values(KNOWN), ...assigned.values()]);
  const colour = OKABE_ITO.find((c) => !used.has(c)) ?? OKABE_ITO[assigned.size % OKABE_ITO.length];
  assigned.set(side, colour);
  return colour;
}

export function sideLabel(side: string): string {
  if (side === 'unknown') return 'Unknown';
  if (side === 'iskp') return 'ISKP';
  return side.charAt(0).toUpperCase() + side.slice(1).replace(/_/g, ' ');
}

/** The legend's categories: one per side and status, plus contested and unknown. */
export function categoryOf(place: Pick<MapPlace, 'controller' | 'status'>): string {
  if (place.status === 'contested') return 'contested';
  if (place.status === 'unknown' || place.controller === 'unknown') return 'unknown';
  return `${place.controller}:${place.status}`;
}

export interface PathStyle {
  color: string;
  weight: number;
  opacity: number;
  fillColor: string;
  fillOpacity: number;
  dashArray: string | undefined;
}

export function hatchId(side: string): string {
  return `hatch-${side.replace(/[^a-z0-9_-]/gi, '_')}`;
}

export function styleFor(place: Pick<MapPlace, 'controller' | 'status'>): PathStyle {
  const colour = sideColour(place.controller);
  switch (categoryOf(place)) {
    case 'contested':
      return { color: place.controller === 'unknown' ? '#7a3f66' : colour, weight: 2, opacity: 1, fillColor: CONTESTED, fillOpacity: 0.9, dashArray: undefined };
    case 'unknown':
      return { color: '#8a8a8a', weight: 1, opacity: 0.9, fillColor: UNKNOWN, fillOpacity: 0.55, dashArray: undefined };
    default:
      return place.status === 'claimed'
        ? { color: colour, weight: 1.5, opacity: 1, fillColor: `url(#${hatchId(place.controller)})`, fillOpacity: 1, dashArray: '3 2' }
        : { color: '#ffffff', weight: 1, opacity: 0.9, fillColor: colour, fillOpacity: 0.9, dashArray: undefined };
  }
}
