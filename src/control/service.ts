// The Frontline service: ingest into the store, and the read-side queries over it.
// Implements api.ts over `store` and the pure control model.
import { defaultDataDir, InputError, type Document, type Event, type EventType, type IsoDate, type Place, type TheaterPack } from '../core/index.js';
import type { ChangeView, ClaimView, EventView, FiguresView, IntervalView, MapPlace, MapView, PlaceHistory } from '../core/views.js';
import type { Gazetteer } from '../gazetteer/types.js';
import type { ReadOutcome } from '../ingest/types.js';
import { Store, type IncidentRecord, type IntervalRecord, type SourcedEvent, type StoredFingerprint } from '../store/index.js';
import type { EventFilter, Frontline, IngestSummary } from './api.js';
import { addDays, parseUserDate, sameStoryWindow } from './dates.js';
import { deriveUnit } from './derive.js';
import { fingerprint as simhash, isNearDuplicate } from '../ingest/index.js';
import type { Baseline } from './model.js';
import { documentRecord, eventRecord } from './records.js';
import { closeNames, Universe } from './universe.js';
import { eventView, evidenceRef, incidentView } from './views.js';

export interface Extractor {
  extract(doc: Document): Event[];
}

export interface FrontlineOptions {
  /** PGlite's folder (default: defaultDataDir()); ignored when a database URL is given. */
  dataDir?: string;
  /** postgres://... (default: FRONTLINE_DATABASE_URL). */
  databaseUrl?: string;
  gazetteer?: Gazetteer;
  theaters?: TheaterPack[];
  /** The theater whose universe is mapped (default: the first pack that has a universe). */
  theater?: string;
  extractor?: Extractor;
}

/** Bump when the control rules change: stores re-derive every unit on next open. */
export const MODEL_VERSION = 2;

/** Aggregate claims within this many days of a date are shown next to the figures. */
export const CLAIM_WINDOW_DAYS = 7;

export async function openFrontline(opts: FrontlineOptions = {}): Promise<Frontline & FrontlineService> {
  const databaseUrl = opts.databaseUrl ?? process.env.FRONTLINE_DATABASE_URL ?? undefined;
  const store = await Store.open({ databaseUrl, dataDir: opts.dataDir ?? defaultDataDir() });
  try {
    await store.requireModelVersion(MODEL_VERSION);
  } catch (err) {
    await store.close();
    throw err;
  }
  return new FrontlineService(store, opts);
}

export class FrontlineService implements Frontline {
  readonly universe: Universe;
  readonly theater: TheaterPack | null;
  private refreshing: Promise<void> | null = null;
  private fingerprints: StoredFingerprint[] = [];
  private fingerprintSeq = 0;
  private cached: { version: number; byUnit: Map<string, IntervalRecord[]> } | null = null;

  constructor(
    readonly store: Store,
    private readonly opts: FrontlineOptions,
  ) {
    this.theater = pickTheater(opts.theaters ?? [], opts.theater);
    this.universe = Universe.of(this.theater, opts.gazetteer ?? null);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  // ------------------------------------------------------------------ writing

  async ingest(inputs: AsyncIterable<ReadOutcome>, onProgress?: (done: number, summary: IngestSummary) => void): Promise<IngestSummary> {
    const summary: IngestSummary = { documents: { new: 0, duplicate: 0, skipped: 0 }, skipped: [], events: {} };
    let done = 0;
    for await (const outcome of inputs) {
      if (outcome.kind === 'skipped') {
        summary.documents.skipped++;
        summary.skipped.push({ source: outcome.source, reason: outcome.reason });
      } else {
        const result = await this.store_(outcome.doc).catch((err: unknown) => {
          // One report the extractor cannot handle is skipped; the store failing ends the run.
          if (!(err instanceof ExtractionError)) throw err;
          return { status: 'skipped' as const, reason: err.message };
        });
        if (result.status === 'skipped') {
          summary.documents.skipped++;
          summary.skipped.push({ source: outcome.source, reason: result.reason });
          onProgress?.(++done, summary);
          continue;
        }
        summary.documents[result.status]++;
        for (const type of result.types) summary.events[type] = (summary.events[type] ?? 0) + 1;
      }
      onProgress?.(++done, summary);
    }
    await this.refresh();
    return summary;
  }

  async addDocument(doc: Document): Promise<{ status: 'new' | 'duplicate'; events: number; id: string }> {
    const { status, id, types } = await this.store_(doc);
    await this.refresh();
    return { status, id, events: types.length };
  }

  /** Extracts and stores one document (one transaction); a stored text is not extracted again. */
  private async store_(doc: Document): Promise<{ status: 'new' | 'duplicate'; id: string; types: EventType[] }> {
    const found = await this.store.lookup(doc.hash, doc.id, this.fingerprintSeq);
    this.remember(found.fingerprints);
    const same = found.same.find((d) => d.hash === doc.hash);
    if (same) return { status: 'duplicate', id: same.id, types: [] };
    // Another text under the same id (an edited article) is kept as well, under its hash.
    const id = found.same.length ? doc.hash : doc.id;
    if (!doc.text.trim()) throw new InputError(`document ${doc.id} has no text`);
    const extractor = this.extractor();
    let events: Event[];
    try {
      events = extractor.extract(doc);
    } catch (err) {
      throw new ExtractionError(`extraction failed: ${(err as Error).message}`);
    }
    const fingerprint = simhash(doc.text);
    const group = this.fingerprints.find((c) => sameStoryWindow(c.published, doc.published) && isNearDuplicate(c.fingerprint, fingerprint))?.source_group ?? null;
    const saved = await this.store.saveDocument(
      documentRecord(doc, id, fingerprint, group ?? id),
      events.map((e, i) => eventRecord(e, id, i, this.universe)),
    );
    return saved ? { status: 'new', id, types: events.map((e) => e.type) } : { status: 'duplicate', id, types: [] };
  }

  /**
   * Stored fingerprints are kept in memory, in arrival order, topped up with those stored since
   * (by this or another worker): the first near-duplicate found is the story's source group.
   */
  private remember(rows: StoredFingerprint[]): void {
    for (const row of rows) {
      this.fingerprints.push(row);
      this.fingerprintSeq = Math.max(this.fingerprintSeq, row.seq);
    }
  }

  private extractor(): Extractor {
    if (!this.opts.extractor) throw new Error('openFrontline: no extractor given');
    return this.opts.extractor;
  }

  /** Rebuilds the derived rows of units whose events changed (single flight per process). */
  refresh(): Promise<void> {
    this.refreshing ??= this.rebuildDirty().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async rebuildDirty(): Promise<void> {
    const batch = 100;
    while ((await this.store.rebuildDirty((unit, events) => deriveUnit(unit, events, this.baselineOf(unit)), batch)) === batch);
  }

  private baselineOf(unitId: string): Baseline | null {
    const b = this.theater?.baseline;
    const controller = b?.controller[unitId];
    return b && controller ? { date: b.date, controller } : null;
  }

  // ------------------------------------------------------------------ reading

  async mapAsOf(date: IsoDate): Promise<MapView> {
    const day = parseUserDate(date, 'as-of date');
    const intervals = await this.intervalCache();
    const places = this.universe.places.map((p) => mapPlace(p, covering(intervals.get(p.id), day) ?? this.fallback(p.id, day)));
    return { as_of: day, theater: this.theater?.id ?? 'none', places };
  }

  async history(place: string): Promise<PlaceHistory> {
    const unit = this.resolveUnit(place);
    await this.refreshIfDirty();
    const intervals = await this.store.unitIntervals(unit.id);
    const incidents = await this.incidentsOf(unit.id);
    const view = (ids: string[]) => ids.map((id) => incidents.get(id)).filter((i) => i !== undefined).map(incidentView);
    const used = new Set(intervals.flatMap((iv) => [...iv.incidents, ...iv.disputes]));
    const placed = intervals.length ? intervals : deriveUnit(unit.id, [], this.baselineOf(unit.id)).intervals;
    return {
      place: { id: unit.id, name: unit.name, kind: unit.kind, admin1: unit.admin1, admin2: unit.admin2, country: unit.country, lat: unit.lat, lon: unit.lon },
      intervals: placed.map(
        (iv): IntervalView => ({
          controller: iv.controller,
          status: iv.status,
          from: iv.from_date,
          to: iv.to_date,
          from_precision: iv.from_precision,
          incidents: view(iv.incidents),
          disputes: view(iv.disputes),
        }),
      ),
      unplaced: view([...incidents.keys()].filter((id) => !used.has(id))),
    };
  }

  async changes(from: IsoDate, to: IsoDate): Promise<ChangeView[]> {
    const a = parseUserDate(from, 'from date');
    const b = parseUserDate(to, 'to date');
    if (a > b) throw new InputError(`from date ${a} is after to date ${b}`);
    const [before, after] = [await this.mapAsOf(a), await this.mapAsOf(b)];
    const old = new Map(before.places.map((p) => [p.id, p]));
    return after.places
      .filter((p) => old.get(p.id)!.controller !== p.controller || old.get(p.id)!.status !== p.status)
      .map((p) => ({
        place: { id: p.id, name: p.name, admin1: p.admin1 },
        before: { controller: old.get(p.id)!.controller, status: old.get(p.id)!.status },
        after: { controller: p.controller, status: p.status, since: p.since },
        evidence: p.evidence,
      }));
  }

  async figures(date: IsoDate): Promise<FiguresView> {
    const day = parseUserDate(date, 'date');
    const map = await this.mapAsOf(day);
    const claims = await this.store.claimsBetween(addDays(day, -CLAIM_WINDOW_DAYS), addDays(day, CLAIM_WINDOW_DAYS));
    const maps = new Map<IsoDate, MapView>([[day, map]]);
    const views: ClaimView[] = [];
    for (const c of claims) views.push(await this.claimView(c, maps));
    return { as_of: day, theater: map.theater, universe: this.universe.size, by_side: countBySide(map), claims: views };
  }

  /** A report's aggregate claim next to what the store says for the same side on the same date. */
  private async claimView(c: SourcedEvent, maps: Map<IsoDate, MapView>): Promise<ClaimView> {
    let computed: ClaimView['computed'] = null;
    if (c.actor_side && c.date && this.universe.size) {
      if (!maps.has(c.date)) maps.set(c.date, await this.mapAsOf(c.date));
      // The same question: a claim about one province ("four districts of Ghazni") counts that province.
      const inScope = c.place_kind === 'admin1' && c.admin1_code ? new Set(this.universe.places.filter((p) => p.admin1Code === c.admin1_code).map((p) => p.id)) : null;
      const scope = maps.get(c.date)!.places.filter((p) => !inScope || inScope.has(p.id));
      const held = scope.filter((p) => p.controller === c.actor_side && (p.status === 'assessed' || p.status === 'claimed'));
      computed = { count: held.length, total: scope.length };
    }
    return {
      id: c.id,
      date: c.date,
      place: c.place_text,
      actor: c.actor_name,
      side: c.actor_side,
      count: c.count,
      total: c.total,
      fraction: c.fraction,
      computed,
      evidence: evidenceRef(c),
    };
  }

  async events(filter: EventFilter = {}): Promise<EventView[]> {
    const from = filter.from === undefined ? undefined : parseUserDate(filter.from, 'from date');
    const to = filter.to === undefined ? undefined : parseUserDate(filter.to, 'to date');
    await this.refreshIfDirty();
    const rows = await this.store.events({ ...filter, from, to });
    return rows.map((r) => eventView(r, r.incident));
  }

  span(): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
    return this.store.span();
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Every unit's intervals, kept in memory while the store's derived version stays the same
   * (one small query per read tells; another worker's rebuild bumps it).
   */
  private async intervalCache(): Promise<Map<string, IntervalRecord[]>> {
    let state = await this.store.derivedState();
    if (state.dirty) {
      await this.refresh();
      state = await this.store.derivedState();
    }
    if (this.cached?.version !== state.version) {
      const byUnit = new Map<string, IntervalRecord[]>();
      for (const row of await this.store.allIntervals()) byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), row]);
      this.cached = { version: state.version, byUnit };
    }
    return this.cached.byUnit;
  }

  private async refreshIfDirty(): Promise<void> {
    if (this.refreshing || (await this.store.derivedState()).dirty) await this.refresh();
  }

  /** A unit with no events: its baseline, or unknown. */
  private fallback(unitId: string, day: IsoDate): IntervalRecord {
    return covering(deriveUnit(unitId, [], this.baselineOf(unitId)).intervals, day)!;
  }

  private async incidentsOf(unitId: string): Promise<Map<string, StoredIncident>> {
    const records = await this.store.unitIncidents(unitId);
    const events = new Map((await this.store.eventsById(records.flatMap((r) => r.events))).map((e) => [e.id, e]));
    return new Map(
      records.map((r) => [r.id, { ...r, unitId: r.unit_id, day: r.date, events: r.events.map((id) => events.get(id)!).filter(Boolean) }]),
    );
  }

  /** A place id, or a name the gazetteer resolves, as its unit; InputError with suggestions otherwise. */
  resolveUnit(query: string): Place {
    const q = query.trim();
    const byId = this.universe.get(q);
    if (byId) return byId;
    const gazetteer = this.opts.gazetteer;
    const direct = gazetteer?.get(q);
    const resolution = direct ? { place: direct, candidates: [] } : gazetteer?.resolve(q, { countries: this.theater?.countries });
    const units = [resolution?.place, ...(resolution?.candidates ?? [])]
      .map((p) => (p ? this.universe.unitOf(p) : null))
      .filter((u): u is string => u !== null);
    const distinct = [...new Set(units)];
    if (distinct.length === 1 || (resolution?.place && distinct.length)) return this.universe.get(distinct[0])!;
    if (distinct.length > 1) {
      const names = distinct.slice(0, 5).map((id) => this.universe.get(id)!).map((p) => `${p.name} (${p.admin1}, ${p.id})`);
      throw new InputError(`place "${q}" is ambiguous: ${names.join('; ')}; give the id`);
    }
    const close = closeNames(this.universe, q);
    throw new InputError(`unknown place "${q}"${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
  }
}

/** The extractor threw on one document: that document is skipped, the run goes on. */
class ExtractionError extends Error {}

type StoredIncident = Omit<IncidentRecord, 'events'> & { unitId: string; day: IsoDate | null; events: SourcedEvent[] };

function pickTheater(theaters: TheaterPack[], id: string | undefined): TheaterPack | null {
  if (id) {
    const found = theaters.find((t) => t.id === id);
    if (!found) throw new InputError(`unknown theater "${id}"; known: ${theaters.map((t) => t.id).join(', ')}`);
    return found;
  }
  return theaters.find((t) => t.universe) ?? null;
}

/** The interval covering `day` (from <= day < to), intervals being in time order. */
function covering(intervals: IntervalRecord[] | undefined, day: IsoDate): IntervalRecord | undefined {
  return intervals?.find((iv) => (iv.from_date === null || iv.from_date <= day) && (iv.to_date === null || iv.to_date > day));
}

function mapPlace(p: Place, iv: IntervalRecord): MapPlace {
  return {
    id: p.id,
    name: p.name,
    admin1: p.admin1,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    controller: iv.controller,
    status: iv.status,
    since: iv.from_date,
    since_precision: iv.from_precision,
    evidence: iv.evidence,
  };
}

function countBySide(map: MapView): FiguresView['by_side'] {
  const out: FiguresView['by_side'] = {};
  for (const p of map.places) {
    const side = (out[p.controller] ??= {});
    side[p.status] = (side[p.status] ?? 0) + 1;
  }
  return out;
}
