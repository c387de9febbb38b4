// The store: documents with their events, and the control model's derived rows per unit.
// Each document is written with its events in one transaction; derived rows are rebuilt
// per unit from a `dirty_units` mark written in that same transaction.
import type { EventType, IsoDate, Side } from '../core/index.js';
import { openDb, type Db, type DbOptions, type Queryable } from './db.js';
import { migrate } from './migrations.js';
import type { ClaimRecord, DocumentRecord, EventRecord, IncidentRecord, IntervalRecord, SourcedEvent } from './records.js';

/** The events table's columns and SQL types, for one-statement inserts of a document's events. */
const EVENT_COLUMNS: [string, string][] = [
  ['id', 'text'], ['document', 'text'], ['ordinal', 'integer'], ['type', 'text'], ['unit_id', 'text'], ['place_text', 'text'],
  ['place_id', 'text'], ['place_name', 'text'], ['place_kind', 'text'], ['feature_code', 'text'], ['admin1', 'text'],
  ['admin1_code', 'text'], ['admin2', 'text'], ['admin2_code', 'text'], ['country', 'text'], ['lat', 'double precision'],
  ['lon', 'double precision'], ['geo_precision', 'text'], ['place_start', 'integer'], ['place_end', 'integer'], ['candidates', 'jsonb'],
  ['actor_text', 'text'], ['actor_name', 'text'], ['actor_side', 'text'], ['from_text', 'text'], ['from_name', 'text'],
  ['from_side', 'text'], ['date', 'text'], ['date_precision', 'text'], ['status', 'text'], ['attributed_to', 'text'],
  ['without_fight', 'boolean'], ['count', 'integer'], ['total', 'integer'], ['fraction', 'double precision'], ['sentence', 'text'],
  ['sentence_start', 'integer'], ['sentence_end', 'integer'], ['mentions', 'jsonb'], ['parser', 'text'],
];
const names = EVENT_COLUMNS.map(([c]) => c).join(', ');

const SAVE_DOCUMENT = `
with doc as (
  insert into documents (id, hash, url, outlet, title, published, lang, format, synthetic, fingerprint, source_group, text, ingested_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
  on conflict do nothing returning id
), ev as (
  insert into events (${names})
  select ${names} from jsonb_to_recordset($14::text::jsonb) as x(${EVENT_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
  where exists (select 1 from doc)
  returning id, type, unit_id, date, place_text, actor_name, actor_side, count, total, fraction
), claim as (
  insert into claims (event, date, place_text, actor, side, count, total, fraction)
  select id, date, place_text, actor_name, actor_side, count, total, fraction from ev where type = 'control_claim'
), dirty as (
  insert into dirty_units (unit_id) select distinct unit_id from ev where unit_id is not null on conflict do nothing
)
select count(*)::int as inserted from doc`;

const SOURCED_EVENT = `select e.*, d.url, d.outlet, d.published, d.synthetic, d.source_group
  from events e join documents d on d.id = e.document`;

/** What near-duplicate detection needs of a stored document. */
export interface StoredFingerprint {
  seq: number;
  fingerprint: string;
  source_group: string;
  published: IsoDate | null;
}

export interface EventQuery {
  type?: EventType;
  side?: Side;
  admin1?: string;
  from?: IsoDate;
  to?: IsoDate;
  limit?: number;
}

export class Store {
  private constructor(readonly db: Db) {}

  static async open(opts: DbOptions): Promise<Store> {
    const db = await openDb(opts);
    await migrate(db);
    return new Store(db);
  }

  get engine(): Db['engine'] {
    return this.db.engine;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * Before storing a document, in one round trip: stored documents with its text (hash) or its
   * id, and the fingerprints stored after `afterSeq` (for near-duplicate detection).
   */
  async lookup(hash: string, id: string, afterSeq: number): Promise<{
    same: { id: string; hash: string }[];
    fingerprints: StoredFingerprint[];
  }> {
    const rows = await this.db.query<{ kind: 'same' | 'fingerprint'; id: string; hash: string } & StoredFingerprint>(
      `select 'same' as kind, id, hash, null::integer as seq, null as fingerprint, null as source_group, null as published
         from documents where hash = $1 or id = $2
       union all
       select 'fingerprint', null, null, seq, fingerprint, source_group, published
         from documents where seq > $3 and fingerprint is not null
       order by seq nulls first`,
      [hash, id, afterSeq],
    );
    return {
      same: rows.filter((r) => r.kind === 'same').map(({ id: i, hash: h }) => ({ id: i, hash: h })),
      fingerprints: rows.filter((r) => r.kind === 'fingerprint').map(({ seq, fingerprint, source_group, published }) => ({ seq, fingerprint, source_group, published })),
    };
  }


  /**
   * Writes the document, its events, its claims and the dirty marks in ONE statement (so one
   * implicit transaction and one round trip): all of it lands, or none. False when already stored.
   */
  async saveDocument(doc: DocumentRecord, events: EventRecord[]): Promise<boolean> {
    const [row] = await this.db.query<{ inserted: number }>(SAVE_DOCUMENT, [
      doc.id, doc.hash, doc.url, doc.outlet, doc.title, doc.published, doc.lang, doc.format, doc.synthetic, doc.fingerprint,
      doc.source_group, doc.text, doc.ingested_at, JSON.stringify(events),
    ]);
    return row.inserted > 0;
  }

  /** Marks every unit with events dirty: after a change of the control rules or of the universe. */
  async markAllDirty(): Promise<void> {
    await this.db.query('insert into dirty_units (unit_id) select distinct unit_id from events where unit_id is not null on conflict do nothing');
  }

  /** Derived rows built by another version of the control rules are all marked for a rebuild. */
  async requireModelVersion(version: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ model_version: number }>('select model_version from store_state where id = 1 for update');
      if (row.model_version === version) return;
      await tx.query('insert into dirty_units (unit_id) select distinct unit_id from events where unit_id is not null on conflict do nothing');
      await tx.query('update store_state set model_version = $1 where id = 1', [version]);
    });
  }

  /**
   * Rebuilds the derived rows of up to `batch` dirty units in one transaction; returns how many.
   * `derive` sees each unit's events as stored at that moment. Workers sharing a server claim
   * disjoint batches (skip locked); a unit marked dirty again meanwhile stays dirty for the next call.
   */
  async rebuildDirty(
    derive: (unitId: string, events: SourcedEvent[]) => { incidents: IncidentRecord[]; intervals: IntervalRecord[] },
    batch = 100,
  ): Promise<number> {
    return this.db.transaction(async (tx) => {
      const units = (
        await tx.query<{ unit_id: string }>(
          `delete from dirty_units where unit_id in (select unit_id from dirty_units order by unit_id limit $1 for update skip locked)
           returning unit_id`,
          [batch],
        )
      ).map((r) => r.unit_id);
      if (units.length === 0) return 0;
      const events = await tx.query<SourcedEvent>(
        `${SOURCED_EVENT} where e.unit_id = any($1::text[]) order by e.date nulls last, d.published nulls last, e.id`,
        [units],
      );
      const derived = units.map((unit) => derive(unit, events.filter((e) => e.unit_id === unit)));
      await this.replaceDerived(tx, units, derived.flatMap((d) => d.incidents), derived.flatMap((d) => d.intervals));
      return units.length;
    });
  }

  /** Replaces the units' incidents and intervals: one statement per table, however many rows. */
  private async replaceDerived(tx: Queryable, units: string[], incidents: IncidentRecord[], intervals: IntervalRecord[]): Promise<void> {
    await tx.query('delete from incidents where unit_id = any($1::text[])', [units]);
    await tx.query('delete from control_intervals where unit_id = any($1::text[])', [units]);
    await tx.query(
      `insert into incidents (id, unit_id, type, side, date, sources, status)
       select id, unit_id, type, side, date, sources, status from jsonb_to_recordset($1::text::jsonb)
         as x(id text, unit_id text, type text, side text, date text, sources integer, status text)`,
      [JSON.stringify(incidents.map(({ events: _events, ...row }) => row))],
    );
    await tx.query(
      `insert into incident_events (incident, event)
       select incident, event from jsonb_to_recordset($1::text::jsonb) as x(incident text, event text)`,
      [JSON.stringify(incidents.flatMap((i) => i.events.map((event) => ({ incident: i.id, event }))))],
    );
    await tx.query(
      `insert into control_intervals (unit_id, seq, controller, status, from_date, from_precision, to_date, incidents, disputes, evidence)
       select unit_id, seq, controller, status, from_date, from_precision, to_date, incidents, disputes, evidence
       from jsonb_to_recordset($1::text::jsonb) as x(unit_id text, seq integer, controller text, status text, from_date text,
         from_precision text, to_date text, incidents jsonb, disputes jsonb, evidence jsonb)`,
      [JSON.stringify(intervals)],
    );
    await tx.query('update store_state set derived_version = derived_version + 1 where id = 1');
  }

  /** The version of the derived rows (bumped by every rebuild) and whether any unit awaits one. */
  async derivedState(): Promise<{ version: number; dirty: boolean }> {
    const [row] = await this.db.query<{ version: number; dirty: boolean }>(
      'select derived_version as version, exists (select 1 from dirty_units) as dirty from store_state where id = 1',
    );
    return row;
  }

  /** Every interval of every unit, in unit then time order. */
  async allIntervals(): Promise<IntervalRecord[]> {
    return this.db.query<IntervalRecord>('select * from control_intervals order by unit_id, seq');
  }

  async unitIntervals(unitId: string): Promise<IntervalRecord[]> {
    return this.db.query<IntervalRecord>('select * from control_intervals where unit_id = $1 order by seq', [unitId]);
  }

  async unitIncidents(unitId: string): Promise<IncidentRecord[]> {
    return this.db.query<IncidentRecord>(
      `select i.*, coalesce((select array_agg(ie.event order by ie.event) from incident_events ie where ie.incident = i.id), '{}') as events
       from incidents i where i.unit_id = $1 order by i.date nulls last, i.id`,
      [unitId],
    );
  }

  async eventsById(ids: string[]): Promise<SourcedEvent[]> {
    if (ids.length === 0) return [];
    return this.db.query<SourcedEvent>(`${SOURCED_EVENT} where e.id = any($1::text[]) order by e.date nulls last, e.id`, [ids]);
  }

  /** The event feed, newest first. `admin1` matches the name or the code. */
  async events(q: EventQuery): Promise<(SourcedEvent & { incident: string | null })[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replaceAll('?', `$${params.length}`));
    };
    if (q.type) add('e.type = ?', q.type);
    if (q.side) add('e.actor_side = ?', q.side);
    if (q.admin1) add('(lower(e.admin1) = lower(?) or e.admin1_code = ?)', q.admin1);
    if (q.from) add('coalesce(e.date, d.published) >= ?', q.from);
    if (q.to) add('coalesce(e.date, d.published) <= ?', q.to);
    params.push(Math.max(1, Math.min(q.limit ?? 100, 1_000_000)));
    return this.db.query(
      `select e.*, d.url, d.outlet, d.published, d.synthetic, d.source_group,
         (select ie.incident from incident_events ie where ie.event = e.id limit 1) as incident
       from events e join documents d on d.id = e.document
       ${where.length ? `where ${where.join(' and ')}` : ''}
       order by coalesce(e.date, d.published) desc nulls last, e.id limit $${params.length}`,
      params,
    );
  }

  /** Aggregate claims dated within [from, to] (by the event's date, else its report's). */
  async claimsBetween(from: IsoDate, to: IsoDate): Promise<(ClaimRecord & SourcedEvent)[]> {
    return this.db.query(
      `select c.*, e.*, d.url, d.outlet, d.published, d.synthetic, d.source_group, coalesce(c.date, d.published) as date
       from claims c join events e on e.id = c.event join documents d on d.id = e.document
       where coalesce(c.date, d.published) between $1 and $2 order by coalesce(c.date, d.published), c.event`,
      [from, to],
    );
  }

  async span(): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
    const [row] = await this.db.query<{ from: string | null; to: string | null }>(
      `select min(e.date) as "from", max(e.date) as "to" from events e`,
    );
    return { from: row?.from ?? null, to: row?.to ?? null };
  }

  async counts(): Promise<{ documents: number; events: number; orphans: number }> {
    const [row] = await this.db.query<{ documents: number; events: number; orphans: number }>(
      `select (select count(*)::int from documents) as documents, (select count(*)::int from events) as events,
         (select count(*)::int from events e where not exists (select 1 from documents d where d.id = e.document)) as orphans`,
    );
    return row;
  }
}
