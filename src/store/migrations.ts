// Versioned schema. Append a migration, never edit one that has shipped: stores in the
// field have already applied it. Dates are ISO text (YYYY-MM-DD), equal on both engines.
import type { Db } from './db.js';

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, events, incidents, control intervals, claims',
    sql: `
create table documents (
  -- Arrival order: lets a worker fetch only the fingerprints stored since it last looked.
  seq integer generated always as identity unique,
  id text primary key,
  hash text not null unique,
  url text,
  outlet text,
  title text,
  published text,
  lang text not null,
  format text not null,
  synthetic boolean not null default false,
  -- SimHash of the text (16 hex digits), from the readers.
  fingerprint text,
  -- The first stored document of the same wire story: one source however often republished.
  source_group text not null,
  text text not null,
  ingested_at text not null
);

create table events (
  id text primary key,
  document text not null references documents(id) on delete cascade,
  ordinal integer not null,
  type text not null,
  -- The place of the theater's universe (a district) the event counts for, if any.
  unit_id text,
  place_text text not null,
  place_id text,
  place_name text,
  place_kind text,
  feature_code text,
  admin1 text,
  admin1_code text,
  admin2 text,
  admin2_code text,
  country text,
  lat double precision,
  lon double precision,
  geo_precision text,
  place_start integer not null,
  place_end integer not null,
  candidates jsonb not null default '[]',
  actor_text text, actor_name text, actor_side text,
  from_text text, from_name text, from_side text,
  date text,
  date_precision text,
  status text not null,
  attributed_to text,
  without_fight boolean,
  count integer,
  total integer,
  fraction double precision,
  sentence text not null,
  sentence_start integer not null,
  sentence_end integer not null,
  mentions jsonb not null,
  parser text not null
);
create index events_document on events(document);
create index events_unit on events(unit_id);
create index events_date on events(date);

-- Aggregate statements ("about a third of all 421 districts"), one per control_claim event.
create table claims (
  event text primary key references events(id) on delete cascade,
  date text,
  place_text text not null,
  actor text,
  side text,
  count integer,
  total integer,
  fraction double precision
);
create index claims_date on claims(date);

-- Derived per unit from its events by the control model; rebuilt whenever the unit is dirty.
create table incidents (
  id text primary key,
  unit_id text not null,
  type text not null,
  side text,
  date text,
  sources integer not null,
  status text not null
);
create index incidents_unit on incidents(unit_id);

create table incident_events (
  incident text not null references incidents(id) on delete cascade,
  event text not null references events(id) on delete cascade,
  primary key (incident, event)
);
create index incident_events_event on incident_events(event);

create table control_intervals (
  unit_id text not null,
  seq integer not null,
  controller text not null,
  status text not null,
  from_date text,
  -- 'month' when the opening event is dated to a month only (from_date is then the 1st).
  from_precision text,
  to_date text,
  incidents jsonb not null,
  disputes jsonb not null,
  -- EvidenceRef[] of the interval's incidents, ready for the map.
  evidence jsonb not null,
  primary key (unit_id, seq)
);

-- Units whose derived rows are stale; marked in the same transaction as the events.
create table dirty_units (unit_id text primary key);
`,
  },
  {
    version: 2,
    name: 'derived-rows version, so that readers can cache the intervals',
    sql: `
create table store_state (id integer primary key check (id = 1), derived_version integer not null);
insert into store_state (id, derived_version) values (1, 0);
`,
  },
  {
    version: 3,
    name: 'the control model version the derived rows were built with',
    sql: `
alter table store_state add column model_version integer not null default 0;
`,
  },
];

/** Apply the migrations the store has not seen yet, each in its own transaction. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at text not null)');
  const done = new Set((await db.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const m of MIGRATIONS.filter((x) => !done.has(x.version))) {
    await db.transaction(async (tx) => {
      // Two workers starting at once on one server: the second waits, then finds it applied.
      await tx.query('select pg_advisory_xact_lock(7411)');
      const again = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (again.length) return;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name, applied_at) values ($1, $2, $3) on conflict do nothing', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
    applied.push(m.version);
  }
  return applied;
}

/** Migrations hold no semicolons inside strings, so splitting on `;` at line ends is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
