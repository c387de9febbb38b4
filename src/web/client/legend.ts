// The legend: every colour on the map with the number of places it stands for as of the date,
// and where the outlines come from.
import type { MapView } from './api.js';
import { clear, h } from './dom.js';
import { swatch } from './hatch.js';
import { CONTESTED, UNKNOWN, categoryOf, hatchId, sideColour, sideLabel } from './palette.js';

export type OutlineSource = 'boundaries' | 'hulls';

export function countCategories(view: MapView): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of view.places) {
    const category = categoryOf(place);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** Sides in order of the places they hold, so the legend reads like the map. */
function sidesOf(counts: Map<string, number>): string[] {
  const held = new Map<string, number>();
  for (const [category, n] of counts) {
    const side = category.split(':')[1] ? category.split(':')[0] : null;
    if (side) held.set(side, (held.get(side) ?? 0) + n);
  }
  return [...held.entries()].sort((a, b) => b[1] - a[1]).map(([side]) => side);
}

function row(icon: SVGSVGElement, label: string, count: number, category: string): HTMLElement {
  return h('li', { 'data-category': category }, icon, h('span', { class: 'label' }, label), h('span', { class: 'count' }, count));
}

export function renderLegend(el: HTMLElement, view: MapView, outlines: OutlineSource): void {
  const counts = countCategories(view);
  const rows: HTMLElement[] = [];
  for (const side of sidesOf(counts)) {
    const colour = sideColour(side);
    rows.push(row(swatch(colour, '#ffffff'), `${sideLabel(side)} — assessed`, counts.get(`${side}:assessed`) ?? 0, `${side}:assessed`));
    rows.push(row(swatch(`url(#${hatchId(side)})`, colour, true), `${sideLabel(side)} — claimed only`, counts.get(`${side}:claimed`) ?? 0, `${side}:claimed`));
  }
  rows.push(row(swatch(CONTESTED, '#7a3f66'), 'Contested', counts.get('contested') ?? 0, 'contested'));
  rows.push(row(swatch(UNKNOWN, '#8a8a8a'), 'Unknown / no report', counts.get('unknown') ?? 0, 'unknown'));
  const note =
    outlines === 'boundaries'
      ? 'Outlines: geoBoundaries (installed).'
      : 'Province outlines approximated from district points (convex hulls). For real outlines run: frontline boundaries install ISO3';
  clear(el);
  el.append(
    h('h2', {}, 'Control', h('span', { class: 'total' }, ` · ${view.places.length} places`)),
    h('ul', { class: 'legend-rows' }, rows),
    h('p', { class: 'legend-note' }, note),
  );
}
