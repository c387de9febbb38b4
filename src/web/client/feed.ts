// The event feed: newest first up to the chosen date, filterable by type, side, province and
// dates. Picking an event centres the map on its place.
import type { EventQuery, EventView } from './api.js';
import { formatDay } from './dates.js';
import { byId, clear, h } from './dom.js';
import { EVENT_TYPE_LABEL, typeLabel } from './labels.js';
import { sideColour, sideLabel } from './palette.js';

export const FEED_LIMIT = 200;

export class Feed {
  private readonly form = byId<HTMLFormElement>('feed-filters');
  private readonly list = byId('feed-list');
  private readonly summary = byId('feed-summary');

  constructor(
    private readonly onPick: (event: EventView) => void,
    onChange: () => void,
  ) {
    fillSelect(this.select('type'), Object.entries(EVENT_TYPE_LABEL), 'All types');
    this.form.addEventListener('change', onChange);
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(onChange));
  }

  private select(name: string): HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLSelectElement;
  }

  private value(name: string): string | undefined {
    return (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value || undefined;
  }

  /** Sides and provinces known from the map; keeps the current choice. */
  setChoices(sides: string[], provinces: string[]): void {
    fillSelect(this.select('side'), sides.map((s) => [s, sideLabel(s)]), 'All sides');
    fillSelect(this.select('admin1'), provinces.map((p) => [p, p]), 'All provinces');
  }

  /** The filters, bounded by the slider's date unless an end date is chosen. */
  query(asOf: string): EventQuery {
    const to = this.value('to');
    return {
      type: this.value('type'),
      side: this.value('side'),
      admin1: this.value('admin1'),
      from: this.value('from'),
      to: to && to < asOf ? to : asOf,
      limit: FEED_LIMIT,
    };
  }

  render(events: EventView[], query: EventQuery): void {
    clear(this.list);
    this.list.append(...events.map((e) => this.item(e)));
    const range = query.from ? `${formatDay(query.from)} – ${formatDay(query.to ?? null)}` : `up to ${formatDay(query.to ?? null)}`;
    this.summary.textContent = `${events.length}${events.length === FEED_LIMIT ? '+' : ''} events ${range}`;
    if (!events.length) this.list.append(h('li', { class: 'muted empty' }, 'No event matches these filters.'));
  }

  private item(event: EventView): HTMLElement {
    const side = event.actor?.side ?? null;
    const place = event.place.name ?? event.place.text;
    const button = h(
      'button',
      { type: 'button', class: 'feed-item', 'data-place': event.place.id ?? '' },
      h('span', { class: 'feed-date' }, formatDay(event.date)),
      h('span', { class: `chip type-${event.type}` }, typeLabel(event.type)),
      event.status !== 'reported' ? h('span', { class: `chip status-${event.status}` }, event.status) : null,
      h('strong', { class: 'feed-place' }, place),
      event.place.admin1 ? h('span', { class: 'muted' }, ` ${event.place.admin1}`) : null,
      h('span', { class: 'feed-text' }, event.evidence.sentence),
    );
    if (side) button.style.borderLeftColor = sideColour(side);
    button.addEventListener('click', () => this.onPick(event));
    return h('li', {}, button);
  }
}

function fillSelect(select: HTMLSelectElement, options: [string, string][], all: string): void {
  const current = select.value;
  select.replaceChildren(new Option(all, ''), ...options.map(([value, label]) => new Option(label, value)));
  select.value = options.some(([v]) => v === current) ? current : '';
}
