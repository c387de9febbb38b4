// Incidents across reports: the same happening told by several outlets (and a spokesman) is
// one incident with several sources. Events join when they share family, unit, side and
// polarity (affirmed or denied) and fall within INCIDENT_WINDOW_DAYS of the incident's first day.
import { eventFamily, type DatePrecision, type EventFamily, type EventStatus, type EventType, type IsoDate, type Side } from '../core/index.js';
import type { SourcedEvent } from '../store/index.js';
import { daysBetween, eventDay } from './dates.js';

export const INCIDENT_WINDOW_DAYS = 3;

export interface Incident {
  /** `inc:` + the id of its first event: stable while that event is stored. */
  id: string;
  unitId: string;
  family: EventFamily;
  type: EventType;
  /** capture: the new controller; withdrawal/surrender: who left or gave up; clash: null. */
  side: Side | null;
  /** The first day of the incident; null when neither the text nor the report dates it. */
  day: IsoDate | null;
  precision: DatePrecision;
  /** Distinct sources: near-duplicate reports (one wire story) count once. */
  sources: number;
  /** denied: the incident is a denial; reported: some source states it; claimed: only a party does. */
  status: EventStatus;
  events: SourcedEvent[];
}

/** Events that bear on control; border crossings and aggregate claims do not name a unit's holder. */
const CONTROL_FAMILIES = new Set<EventFamily>(['capture', 'withdrawal', 'surrender', 'clash']);

export function groupIncidents(unitId: string, events: SourcedEvent[]): Incident[] {
  const dated = events
    .filter((e) => CONTROL_FAMILIES.has(eventFamily(e.type)))
    .map((e) => ({ e, ...eventDay(e) }))
    .sort((a, b) => (a.day ?? '9999').localeCompare(b.day ?? '9999') || a.e.id.localeCompare(b.e.id));
  const open = new Map<string, Incident>();
  const incidents: Incident[] = [];
  for (const { e, day, precision } of dated) {
    const key = groupKey(e);
    const current = open.get(key);
    if (current && sameWindow(current.day, day)) {
      current.events.push(e);
      continue;
    }
    const incident: Incident = {
      id: `inc:${e.id}`,
      unitId,
      family: eventFamily(e.type),
      type: e.type,
      side: sideOf(e),
      day,
      precision,
      sources: 0,
      status: 'claimed',
      events: [e],
    };
    open.set(key, incident);
    incidents.push(incident);
  }
  for (const incident of incidents) settle(incident);
  return incidents;
}

function groupKey(e: SourcedEvent): string {
  return [eventFamily(e.type), sideOf(e) ?? '-', e.status === 'denied' ? 'denied' : 'affirmed'].join('|');
}

function sideOf(e: SourcedEvent): Side | null {
  return e.type === 'clash' ? null : e.actor_side;
}

function sameWindow(first: IsoDate | null, day: IsoDate | null): boolean {
  if (first === null || day === null) return first === day;
  return Math.abs(daysBetween(first, day)) <= INCIDENT_WINDOW_DAYS;
}

function settle(incident: Incident): void {
  incident.sources = new Set(incident.events.map((e) => e.source_group)).size;
  const statuses = new Set(incident.events.map((e) => e.status));
  incident.status = statuses.has('denied') ? 'denied' : statuses.has('reported') ? 'reported' : 'claimed';
}
