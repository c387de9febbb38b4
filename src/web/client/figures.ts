// The figures: places per side and status as of the date, then each aggregate claim reports
// made near that date with the number Frontline computes for the same question beside it.
import type { ClaimView, FiguresView } from './api.js';
import { formatDay } from './dates.js';
import { append, clear, h } from './dom.js';
import { evidenceBlock } from './evidence.js';
import { swatch } from './hatch.js';
import { sideColour, sideLabel } from './palette.js';

const STATUSES = ['assessed', 'claimed', 'contested'] as const;

function percent(count: number, total: number): string {
  return total ? ` (${Math.round((100 * count) / total)}%)` : '';
}

function sideTable(figures: FiguresView): HTMLElement {
  const sides = Object.keys(figures.by_side).filter((s) => s !== 'unknown');
  const total = (side: string) => Object.values(figures.by_side[side] ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  sides.sort((a, b) => total(b) - total(a));
  const unknown = total('unknown');
  return h(
    'table',
    { class: 'figures-table' },
    h('caption', {}, `Places as of ${formatDay(figures.as_of)}, out of ${figures.universe}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Side'), STATUSES.map((s) => h('th', { scope: 'col' }, s)), h('th', { scope: 'col' }, 'total'))),
    h(
      'tbody',
      {},
      sides.map((side) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, swatch(sideColour(side), '#ffffff'), ` ${sideLabel(side)}`),
          STATUSES.map((s) => h('td', {}, figures.by_side[side]?.[s] ?? 0)),
          h('td', {}, h('strong', {}, total(side)), percent(total(side), figures.universe)),
        ),
      ),
      h('tr', { class: 'unknown-row' }, h('th', { scope: 'row' }, 'Unknown'), h('td', { colspan: '3' }, ''), h('td', {}, unknown, percent(unknown, figures.universe))),
    ),
  );
}

/** "about 1/3 of 421 (≈140)" or "142 of 407". */
export function claimedFigure(claim: ClaimView): string {
  const of = claim.total ? ` of ${claim.total}` : '';
  if (claim.count !== null) return `${claim.count}${of}`;
  if (claim.fraction !== null) {
    const estimate = claim.total ? ` (≈${Math.round(claim.fraction * claim.total)})` : '';
    return `${Math.round(claim.fraction * 100)}%${of}${estimate}`;
  }
  return 'no number';
}

function claimCard(claim: ClaimView): HTMLElement {
  const who = claim.actor ?? (claim.side ? sideLabel(claim.side) : 'unattributed');
  const computed = claim.computed ? `${claim.computed.count} of ${claim.computed.total}${percent(claim.computed.count, claim.computed.total)}` : 'not computable';
  return h(
    'article',
    { class: 'claim' },
    h(
      'div',
      { class: 'claim-compare' },
      h('div', {}, h('span', { class: 'muted' }, `Report, ${formatDay(claim.date)}`), h('strong', {}, claimedFigure(claim)), h('span', { class: 'muted' }, `${who} · ${claim.place}`)),
      h('div', { class: 'computed' }, h('span', { class: 'muted' }, 'Frontline computes'), h('strong', {}, computed)),
    ),
    evidenceBlock(claim.evidence),
  );
}

export function renderFigures(el: HTMLElement, figures: FiguresView): void {
  clear(el);
  append(
    el,
    sideTable(figures),
    h('h3', {}, 'Claims in reports near this date'),
    figures.claims.length ? figures.claims.map(claimCard) : h('p', { class: 'muted' }, 'No aggregate claim in reports within a week of this date.'),
    h(
      'p',
      { class: 'exports' },
      `Download as of ${formatDay(figures.as_of)}: `,
      h('a', { href: `/api/export.csv?as_of=${figures.as_of}`, download: '' }, 'events (CSV)'),
      ' · ',
      h('a', { href: `/api/export.geojson?as_of=${figures.as_of}`, download: '' }, 'map (GeoJSON)'),
      ' · ',
      h('a', { href: '/api/openapi.json' }, 'API'),
    ),
  );
}
