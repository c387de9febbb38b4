// The control module: incidents across reports, the control model, and the Frontline service.
export type { EventFilter, Frontline, IngestSummary } from './api.js';
export { openFrontline, FrontlineService, CLAIM_WINDOW_DAYS, type Extractor, type FrontlineOptions } from './service.js';
export { groupIncidents, INCIDENT_WINDOW_DAYS, type Incident } from './incidents.js';
export { controlTimeline, CONTEST_DAYS, type Baseline, type Interval, type Timeline } from './model.js';
export { deriveUnit, MAP_EVIDENCE_LIMIT } from './derive.js';
export { parseUserDate, toDay, addDays, daysBetween } from './dates.js';
export { Universe, closeNames } from './universe.js';
export { evidenceRef, eventView, incidentView } from './views.js';
export { eventsCsv, csvCell, mapGeoJson, CSV_COLUMNS } from './export.js';
