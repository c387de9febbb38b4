// The store: documents with their events, and the control model's derived rows per unit.
// Each document is written with its events in one transaction; derived rows are rebuilt
// per unit from a `dirty_units` mark written in that same transaction.
import type { EventType, IsoDate, Side } from '../core/index.js';
import { openDb, type Db, type DbOptions, type Queryable } from './db.js';
import { migrate } from './migrations.js';
import type { ClaimRecord, DocumentRecord, EventRecord, IncidentRecord, IntervalRecord, SourcedEvent } from './records.js';

const EVENT_COLUMNS = [
  'id', 'document', 'ordinal', 'type', 'unit_id', 'place_text', 'place_id', 'place_name', 'place_kind', 'feature_code',
  'admin1', 'admin1_code', 'admin2', 'admin2_code', 'country', 'lat', 'lon', 'geo_precision', 'place_start', 'place_end',
  'candidates', 'actor_text', 'actor_name', 'actor_side', 'from_text', 'from_name', 'from_side', 'date', 'date_precision',
  'status', 'attributed_to', 'without_fight', 'count', 'total', 'fraction', 'sentence', 'sentence_start', 'sentence_end',
  'mentions', 'parser',
] as const;
const JSON_COLUMNS = new Set(['candidates', 'mentions']);
const INSERT_EVENT = `insert into events (${EVENT_COLUMNS.join(', ')}) values (${EVENT_COLUMNS.map(
  (c, i) => `$${i + 1}${JSON_COLUMNS.has(c) ? "::text::jsonb" : ""}`,
).join(', ')})`;

const SOURCED_EVENT = `select e.*, d.url, d.outlet, d.published, d.synthetic, d.source_group
  from events e join documents d on d.id = e.document`;

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

  async documentByHash(hash: string): Promise<{ id: string } | null> {
    return (await this.db.query<{ id: string }>('select id from documents where hash = $1', [hash]))[0] ?? null;
  }

  async documentIdTaken(id: string): Promise<boolean> {
    return (await this.db.query('select 1 from documents where id = $1', [id])).length > 0;
  }

  /** Fingerprints of the documents stored after `afterSeq`, in arrival order. */
  async fingerprintsSince(afterSeq: number): Promise<{ seq: number; fingerprint: string; source_group: string }[]> {
    return this.db.query(
      'select seq, fingerprint, source_group from documents where seq > $1 and fingerprint is not null order by seq',
      [afterSeq],
    );
  }

  /** Writes the document, its events, its claims and the dirty marks atomically; false when already stored. */
  async saveDocument(doc: DocumentRecord, events: EventRecord[]): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `insert into documents (id, hash, url, outlet, title, published, lang, format, synthetic, fingerprint,
           source_group, text, ingested_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         on conflict do nothing returning id`,
        [doc.id, doc.hash, doc.url, doc.outlet, doc.title, doc.published, doc.lang, doc.format, doc.synthetic, doc.fingerprint,
          doc.source_group, doc.text, doc.ingested_at],
      );
      if (inserted.length === 0) return false;
      for (const event of events) await insertEvent(tx, event);
      const units = [...new Set(events.map((e) => e.unit_id).filter((u): u is string => u !== null))];
      for (const unit of units) await tx.query('insert into dirty_units (unit_id) values ($1) on conflict do nothing', [unit]);
      return true;
    });
  }

  async dirtyUnits(): Promise<string[]> {
    return (await this.db.query<{ unit_id: string }>('select unit_id from dirty_units order by unit_id')).map((r) => r.unit_id);
  }

  async hasDirtyUnits(): Promise<boolean> {
    return (await this.db.query('select 1 from dirty_units limit 1')).length > 0;
  }

  /** Marks every unit with events dirty: after a change of the control rules or of the universe. */
  async markAllDirty(): Promise<void> {
    await this.db.query('insert into dirty_units (unit_id) select distinct unit_id from events where unit_id is not null on conflict do nothing');
  }

  async unitEvents(unitId: string, db: Queryable = this.db): Promise<SourcedEvent[]> {
    return db.query<SourcedEvent>(`${SOURCED_EVENT} where e.unit_id = $1 order by e.date nulls last, d.published nulls last, e.id`, [unitId]);
  }

  /**
   * Rebuilds one unit's derived rows. `derive` sees the unit's events as of inside the
   * transaction; a concurrent rebuild of the same unit waits on the dirty row and then skips.
   */
  async rebuildUnit(
    unitId: string,
    derive: (events: SourcedEvent[]) => { incidents: IncidentRecord[]; intervals: IntervalRecord[] },
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const claimed = await tx.query('delete from dirty_units where unit_id = $1 returning unit_id', [unitId]);
      if (claimed.length === 0) return;
      const { incidents, intervals } = derive(await this.unitEvents(unitId, tx));
      await tx.query('delete from incidents where unit_id = $1', [unitId]);
      await tx.query('delete from control_intervals where unit_id = $1', [unitId]);
      for (const incident of incidents) {
        await tx.query('insert into incidents (id, unit_id, type, side, date, sources, status) values ($1, $2, $3, $4, $5, $6, $7)', [
          incident.id, incident.unit_id, incident.type, incident.side, incident.date, incident.sources, incident.status,
        ]);
        await tx.query('insert into incident_events (incident, event) select $1, unnest($2::text[])', [incident.id, incident.events]);
      }
      for (const iv of intervals) {
        await tx.query(
          `insert into control_intervals (unit_id, seq, controller, status, from_date, from_precision, to_date, incidents, disputes, evidence)
           values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10::text::jsonb)`,
          [iv.unit_id, iv.seq, iv.controller, iv.status, iv.from_date, iv.from_precision, iv.to_date,
            JSON.stringify(iv.incidents), JSON.stringify(iv.disputes), JSON.stringify(iv.evidence)],
        );
      }
    });
  }

  /** The interval of every unit that has one covering `date` (half-open: from <= date < to). */
  async intervalsAsOf(date: IsoDate): Promise<IntervalRecord[]> {
    return this.db.query<IntervalRecord>(
      `select * from control_intervals where (from_date is null or from_date <= $1) and (to_date is null or to_date > $1)`,
      [date],
    );
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

async function insertEvent(tx: Queryable, e: EventRecord): Promise<void> {
  const row = e as unknown as Record<string, unknown>;
  await tx.query(INSERT_EVENT, EVENT_COLUMNS.map((c) => (JSON_COLUMNS.has(c) ? JSON.stringify(row[c]) : row[c])));
  if (e.type === 'control_claim') {
    await tx.query(
      'insert into claims (event, date, place_text, actor, side, count, total, fraction) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [e.id, e.date, e.place_text, e.actor_name, e.actor_side, e.count, e.total, e.fraction],
    );
  }
}
