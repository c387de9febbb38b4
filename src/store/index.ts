// The store module: one PostgreSQL dialect over PGlite or a server, versioned migrations,
// documents with their events, and the derived control rows.
export { openDb, type Db, type DbOptions, type Queryable, type Row } from './db.js';
export { MIGRATIONS, migrate } from './migrations.js';
export { Store, type EventQuery, type StoredFingerprint } from './store.js';
export type * from './records.js';
