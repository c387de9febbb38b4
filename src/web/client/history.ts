// A place's history: each control interval with the incidents behind it, every incident's
// sentences, and the denials kept next to the claims they dispute.
import type { EventView, IncidentView, IntervalView, PlaceHistory } from './api.js';
import { formatDay } from './dates.js';
import { append, clear, h } from './dom.js';
import { evidenceBlock } from './evidence.js';
import { swatch } from './hatch.js';
import { STATUS_LABEL, typeLabel } from './labels.js';
import { CONTESTED, UNKNOWN, hatchId, sideColour, sideLabel } from './palette.js';

function eventStatus(event: EventView): HTMLElement {
  const who = event.attributed_to ? ` by ${event.attributed_to}` : '';
  const text = event.status === 'reported' ? 'reported' : `${event.status}${who}`;
  return h('span', { class: `chip status-${event.status}` }, text);
}

const KIND_LABEL: Record<string, string> = { admin1: 'Province', admin2: 'District', populated: 'Town', country: 'Country' };

function actorLabel(actor: NonNullable<EventView['actor']>): string {
  const side = actor.side ? sideLabel(actor.side) : null;
  return side && side.toLowerCase() !== actor.name.toLowerCase() ? `${actor.name} (${side})` : actor.name;
}

function eventItem(event: EventView): HTMLElement {
  const actor = event.actor ? actorLabel(event.actor) : null;
  return h(
    'li',
    { class: 'event' },
    h('div', { class: 'event-meta' }, eventStatus(event), actor ? h('span', { class: 'actor' }, actor) : null, event.without_fight ? h('span', { class: 'chip' }, 'without a fight') : null),
    evidenceBlock(event.evidence),
  );
}

function incidentCard(incident: IncidentView): HTMLElement {
  const sources = `${incident.sources} source${incident.sources === 1 ? '' : 's'}`;
  return h(
    'article',
    { class: `incident status-${incident.status}` },
    h('h4', {}, typeLabel(incident.type), incident.side ? ` — ${sideLabel(incident.side)}` : '', h('span', { class: 'muted' }, ` · ${formatDay(incident.date)} · ${sources}`)),
    h('ul', { class: 'events' }, incident.events.map(eventItem)),
  );
}

function intervalSwatch(interval: IntervalView): SVGSVGElement {
  if (interval.status === 'contested') return swatch(CONTESTED, '#7a3f66');
  if (interval.status === 'unknown' || interval.controller === 'unknown') return swatch(UNKNOWN, '#8a8a8a');
  const colour = sideColour(interval.controller);
  return interval.status === 'claimed' ? swatch(`url(#${hatchId(interval.controller)})`, colour, true) : swatch(colour, '#ffffff');
}

function intervalTitle(interval: IntervalView): string {
  if (interval.status === 'contested') return interval.controller === 'unknown' ? 'Contested' : `Contested · held by ${sideLabel(interval.controller)}`;
  if (interval.status === 'unknown' || interval.controller === 'unknown') return 'Unknown';
  return `${sideLabel(interval.controller)} · ${STATUS_LABEL[interval.status] ?? interval.status}`;
}

function intervalSection(interval: IntervalView): HTMLElement {
  const who = intervalTitle(interval);
  const from = interval.from ? (interval.from_precision === 'month' ? interval.from.slice(0, 7) : formatDay(interval.from)) : 'start';
  const range = `${from} → ${interval.to ? formatDay(interval.to) : 'now'}`;
  const claims = h('div', { class: 'claims' }, interval.incidents.length ? interval.incidents.map(incidentCard) : h('p', { class: 'muted' }, 'No incident: the starting state.'));
  const body = interval.disputes.length
    ? h(
        'div',
        { class: 'side-by-side' },
        h('div', {}, h('h5', {}, 'Claims'), claims),
        h('div', { class: 'disputes' }, h('h5', {}, 'Denials and counter-claims'), interval.disputes.map(incidentCard)),
      )
    : claims;
  return h('section', { class: 'interval' }, h('h3', {}, intervalSwatch(interval), ` ${who}`, h('span', { class: 'range' }, range)), body);
}

export function renderHistory(el: HTMLElement, history: PlaceHistory): void {
  const { place } = history;
  const where = [place.admin2 !== place.name ? place.admin2 : null, place.admin1, place.country].filter(Boolean).join(', ');
  const intervals = [...history.intervals].reverse();
  clear(el);
  append(
    el,
    h('header', { class: 'place-head' }, h('h2', { id: 'place-title', tabindex: '-1' }, place.name), h('p', { class: 'muted' }, `${KIND_LABEL[place.kind] ?? place.kind} · ${where}`)),
    intervals.length ? intervals.map(intervalSection) : h('p', { class: 'muted' }, 'No report about this place yet.'),
    history.unplaced?.length
      ? h(
          'section',
          { class: 'interval unplaced' },
          h('h3', {}, 'Not placed on the timeline'),
          h('p', { class: 'muted' }, 'Reports about this place without a usable date or a known side.'),
          history.unplaced.map(incidentCard),
        )
      : null,
  );
}

export function renderHistoryMessage(el: HTMLElement, message: string): void {
  clear(el);
  append(
    el,h('p', { class: 'muted' }, message));
}
