// The map page: wires the API to the map, legend, slider, feed, figures and place history, and
// keeps them on the chosen date without reloading.
import { api, type EventView, type InstalledBoundaries, type MapPlace, type MapView } from './api.js';
import { byId, h } from './dom.js';
import { Feed } from './feed.js';
import { renderFigures } from './figures.js';
import { renderHistory, renderHistoryMessage } from './history.js';
import { renderLegend, type OutlineSource } from './legend.js';
import { ControlMap } from './mapview.js';
import { Panels, type PanelName } from './panels.js';
import { sideLabel } from './palette.js';
import { Timeline } from './timeline.js';

declare global {
  interface Window {
    /** performance.now() when the first map render was complete (read by the benchmark and tests). */
    __frontlineReady?: number;
  }
}

const MAP_CACHE_SIZE = 120;
const mapCache = new Map<string, MapView>();
let outlines: OutlineSource = 'hulls';
let selected: string | null = null;
let shown: string | null = null;
let pending: string | null = null;
let rendering: Promise<void> | null = null;

const controlMap = new ControlMap(byId('map'), (place) => void selectPlace(place.id));
const panels = new Panels((name) => void refreshPanel(name));
const feed = new Feed(pickEvent, () => void refreshFeed());
const timeline = new Timeline(showDate);

function status(message: string): void {
  byId('status').textContent = message;
}

async function mapFor(date: string): Promise<MapView> {
  const cached = mapCache.get(date);
  if (cached) return cached;
  const view = await api.map(date);
  if (mapCache.size >= MAP_CACHE_SIZE) mapCache.delete(mapCache.keys().next().value!);
  mapCache.set(date, view);
  return view;
}

/** Redraws for a date; while a redraw runs, only the latest requested date is drawn next. */
function showDate(date: string): Promise<void> {
  pending = date;
  rendering ??= (async () => {
    try {
      while (pending !== null) {
        const next: string = pending;
        pending = null;
        await draw(next);
      }
    } catch (err) {
      status(`Could not load the map: ${(err as Error).message}`);
    } finally {
      rendering = null;
    }
  })();
  return rendering;
}

async function draw(date: string): Promise<void> {
  const view = await mapFor(date);
  controlMap.show(view);
  renderLegend(byId('legend'), view, outlines);
  shown = date;
  history.replaceState(null, '', `#date=${date}${selected ? `&place=${encodeURIComponent(selected)}` : ''}`);
  await refreshPanel(panels.current);
}

async function refreshPanel(name: PanelName): Promise<void> {
  if (name === 'feed') await refreshFeed();
  if (name === 'figures') renderFigures(byId('panel-figures'), await api.figures(timeline.date));
}

async function refreshFeed(): Promise<void> {
  const query = feed.query(timeline.date);
  feed.render(await api.events(query), query);
}

async function selectPlace(id: string): Promise<void> {
  selected = id;
  controlMap.select(id);
  panels.show('place');
  const el = byId('panel-place');
  renderHistoryMessage(el, 'Loading the history…');
  try {
    renderHistory(el, await api.history(id));
    byId('place-title').focus({ preventScroll: false });
  } catch (err) {
    renderHistoryMessage(el, `Could not load this place: ${(err as Error).message}`);
  }
}

/** The place of the map an event counts for: itself, else the district it lies in, else the nearest in its province. */
function unitOf(event: EventView, view: MapView): MapPlace | null {
  const { id, admin1, admin2, lat, lon } = event.place;
  const direct = view.places.find((p) => p.id === id) ?? view.places.find((p) => admin2 && p.name === admin2 && p.admin1 === admin1);
  if (direct || lat === null || lon === null) return direct ?? null;
  const distance = (p: MapPlace) => (p.lat! - lat) ** 2 + (p.lon! - lon) ** 2;
  const near = view.places.filter((p) => p.lat !== null && p.lon !== null && (!admin1 || p.admin1 === admin1));
  return near.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function pickEvent(event: EventView): void {
  const view = mapCache.get(timeline.date);
  if (!view) return;
  // A statement about a whole country or province frames it instead of picking one district.
  const { kind, admin1 } = event.place;
  const region = kind === 'country' ? view.places : kind === 'admin1' ? view.places.filter((p) => p.admin1 === (event.place.name ?? admin1)) : [];
  if (region.length) return controlMap.fit(region);
  const unit = unitOf(event, view);
  controlMap.focus(unit?.id ?? null, event.place.lat ?? unit?.lat ?? null, event.place.lon ?? unit?.lon ?? null);
}

function fillPlaceSearch(places: MapPlace[]): void {
  const byLabel = new Map(places.map((p) => [p.admin1 ? `${p.name} — ${p.admin1}` : p.name, p.id]));
  byId('place-names').replaceChildren(...[...byLabel.keys()].sort().map((label) => h('option', { value: label })));
  const input = byId<HTMLInputElement>('place-search');
  input.addEventListener('change', () => {
    const id = byLabel.get(input.value);
    if (!id) return;
    const place = places.find((p) => p.id === id)!;
    controlMap.focus(id, place.lat, place.lon);
    void selectPlace(id);
  });
}

async function drawOutlines(view: MapView, { installed }: InstalledBoundaries): Promise<void> {
  for (const country of installed) {
    if (country.levels.includes('ADM2')) controlMap.usePlacePolygons(await api.outline(country.iso3, 'ADM2'), view.places);
    if (country.levels.includes('ADM1')) {
      controlMap.drawBoundaryOutlines(await api.outline(country.iso3, 'ADM1'));
      outlines = 'boundaries';
    }
  }
  if (outlines === 'hulls') controlMap.drawHullOutlines(view.places);
}

function hashParam(name: string): string | null {
  return new URLSearchParams(location.hash.slice(1)).get(name);
}

/** New reports arrive over server-sent events; the page follows the newest day if it was there. */
function listen(): void {
  const live = byId('live');
  const source = new EventSource('/api/events/stream');
  source.addEventListener('open', () => ((live.textContent = 'live'), live.classList.add('on')));
  source.addEventListener('error', () => ((live.textContent = 'offline'), live.classList.remove('on')));
  source.addEventListener('changes', () => void reloadSpan());
  source.addEventListener('document', () => {
    mapCache.clear();
    void showDate(timeline.date);
  });
}

async function reloadSpan(): Promise<void> {
  const wasAtEnd = timeline.atEnd;
  const span = await api.span();
  const to = span.to ?? timeline.date;
  timeline.setSpan(span.from ?? to, to, wasAtEnd ? to : timeline.date);
  mapCache.clear();
  await showDate(timeline.date);
}

async function start(): Promise<void> {
  // One round trip: the span, the map (latest day unless the address names a good one) and the outlines together.
  const asked = hashParam('date');
  const [span, first, installed] = await Promise.all([api.span(), api.map(asked ?? undefined).catch(() => api.map()), api.boundaries().catch(() => ({ installed: [] }))]);
  const to = span.to ?? first.as_of;
  timeline.setSpan(span.from ?? to, to, first.as_of);
  const view = timeline.date === first.as_of ? first : await mapFor(timeline.date);
  mapCache.set(view.as_of, view);
  byId('theater').textContent = sideLabel(view.theater);
  controlMap.fit(view.places);
  await drawOutlines(view, installed);
  controlMap.show(view);
  renderLegend(byId('legend'), view, outlines);
  shown = timeline.date;
  window.__frontlineReady = performance.now();
  performance.mark('frontline-ready');
  document.body.dataset.ready = 'true';
  const provinces = [...new Set(view.places.map((p) => p.admin1).filter((a): a is string => !!a))].sort();
  const sides = [...new Set(view.places.map((p) => p.controller).filter((s) => s !== 'unknown'))].sort();
  feed.setChoices(sides, provinces);
  fillPlaceSearch(view.places);
  listen();
  await refreshFeed();
  const place = hashParam('place');
  if (place) await selectPlace(place);
  if (shown !== timeline.date) await showDate(timeline.date);
}

start().catch((err: Error) => status(`Could not start: ${err.message}`));
