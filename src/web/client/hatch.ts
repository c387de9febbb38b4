// Diagonal hatching for claimed control, one SVG pattern per side, defined once in a hidden
// SVG of the page and referenced by the map's paths as fill="url(#hatch-<side>)".
import { hatchId, sideColour } from './palette.js';

const SVG = 'http://www.w3.org/2000/svg';
let defs: SVGDefsElement | null = null;

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function ensureDefs(): SVGDefsElement {
  if (defs) return defs;
  // Not display:none: browsers skip patterns defined inside undisplayed SVG.
  const holder = svgEl('svg', { width: '0', height: '0', 'aria-hidden': 'true', class: 'pattern-holder' });
  defs = svgEl('defs', {});
  holder.appendChild(defs);
  document.body.appendChild(holder);
  return defs;
}

export function ensureHatch(side: string): void {
  const id = hatchId(side);
  if (document.getElementById(id)) return;
  const pattern = svgEl('pattern', { id, patternUnits: 'userSpaceOnUse', width: '5', height: '5', patternTransform: 'rotate(45)' });
  pattern.appendChild(svgEl('rect', { width: '5', height: '5', fill: '#ffffff', 'fill-opacity': '0.85' }));
  pattern.appendChild(svgEl('rect', { width: '2.2', height: '5', fill: sideColour(side) }));
  ensureDefs().appendChild(pattern);
}

/** A small swatch (for the legend) painted like the map paints a place. */
export function swatch(fill: string, stroke: string, dashed = false): SVGSVGElement {
  const svg = svgEl('svg', { width: '16', height: '16', viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'swatch' });
  const circle = svgEl('circle', { cx: '8', cy: '8', r: '6', fill, stroke, 'stroke-width': '1.5' });
  if (dashed) circle.setAttribute('stroke-dasharray', '3 2');
  svg.appendChild(circle);
  return svg;
}
