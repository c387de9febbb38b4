// The control model: one unit's incidents, in date order, become a sequence of intervals
// {controller, status, from, to, incidents, disputes}. The rules are in docs/control-model.md;
// each rule below names the paragraph it implements.
import type { ControlStatus, DatePrecision, IsoDate, Side } from '../core/index.js';
import { addDays, daysBetween } from './dates.js';
import { INCIDENT_WINDOW_DAYS, type Incident } from './incidents.js';

/** Fighting with no outcome keeps a place contested this long after the last clash. */
export const CONTEST_DAYS = 30;

export interface Interval {
  controller: Side | 'unknown';
  status: ControlStatus;
  from: IsoDate | null;
  /** How exact `from` is: 'month' when the opening event is dated to a month (from = the 1st). */
  fromPrecision: DatePrecision | null;
  /** Exclusive; null while open. */
  to: IsoDate | null;
  incidents: Incident[];
  disputes: Incident[];
}

export interface Baseline {
  date: IsoDate;
  controller: Side;
}

export interface Timeline {
  intervals: Interval[];
  /** Incidents with no date, or a capture by an actor of no known side: shown, not placed. */
  unplaced: Incident[];
}

type Resume = Pick<Interval, 'controller' | 'status' | 'incidents'>;

export function controlTimeline(incidents: Incident[], baseline: Baseline | null = null): Timeline {
  // A denial needs no side: "X denied that the town had fallen" disputes whoever claims it.
  const placeable = incidents.filter((i) => i.day !== null && !(i.family === 'capture' && i.side === null && i.status !== 'denied'));
  const unplaced = incidents.filter((i) => !placeable.includes(i));
  const supports = pairLosingSide(placeable);
  const supporting = new Set([...supports.values()].flat());
  const steps = placeable.filter((i) => !supporting.has(i)).sort(byDayThenRank);

  const t = new TimelineBuilder();
  let pendingBaseline = baseline;
  for (const incident of steps) {
    if (pendingBaseline && pendingBaseline.date <= incident.day!) {
      t.applyBaseline(pendingBaseline);
      pendingBaseline = null;
    }
    t.expireContest(incident.day!);
    t.apply(incident, supports.get(incident) ?? []);
  }
  if (pendingBaseline) t.applyBaseline(pendingBaseline);
  t.expireContest(null);
  return { intervals: t.finish(), unplaced };
}

/** Rule "losing side": a withdrawal or surrender near a capture by another side supports that capture. */
function pairLosingSide(incidents: Incident[]): Map<Incident, Incident[]> {
  const captures = incidents.filter((i) => i.family === 'capture' && i.status !== 'denied');
  const supports = new Map<Incident, Incident[]>();
  for (const leaving of incidents.filter((i) => (i.family === 'withdrawal' || i.family === 'surrender') && i.status !== 'denied')) {
    const capture = captures
      .filter((c) => c.side !== leaving.side && Math.abs(daysBetween(c.day!, leaving.day!)) <= INCIDENT_WINDOW_DAYS)
      .sort((a, b) => Math.abs(daysBetween(a.day!, leaving.day!)) - Math.abs(daysBetween(b.day!, leaving.day!)))[0];
    if (capture) supports.set(capture, [...(supports.get(capture) ?? []), leaving]);
  }
  return supports;
}

/**
 * Same day: fighting first, then departures, then the outcome, then denials of it. Two
 * captures by different sides on one day: the better-sourced one is applied last, so it holds.
 */
function byDayThenRank(a: Incident, b: Incident): number {
  return a.day!.localeCompare(b.day!) || rank(a) - rank(b) || strength(a) - strength(b) || a.id.localeCompare(b.id);
}

function strength(i: Incident): number {
  return i.sources * 2 + (i.status === 'reported' ? 1 : 0);
}

function rank(i: Incident): number {
  if (i.status === 'denied') return 3;
  return i.family === 'clash' ? 0 : i.family === 'capture' ? 2 : 1;
}

class TimelineBuilder {
  private done: Interval[] = [];
  private current: Interval = { controller: 'unknown', status: 'unknown', from: null, fromPrecision: null, to: null, incidents: [], disputes: [] };
  /** What a contested interval opened by clashes returns to when the fighting stops. */
  private resume: Resume | null = null;
  private lastClash: IsoDate | null = null;

  apply(incident: Incident, support: Incident[]): void {
    if (incident.status === 'denied') this.current.disputes.push(incident);
    else if (incident.family === 'capture') this.capture(incident, support);
    else if (incident.family === 'clash') this.clash(incident);
    else this.departure(incident);
  }

  /** Rules "assessed / claimed" and "recapture". */
  private capture(incident: Incident, support: Incident[]): void {
    const status: ControlStatus = [incident, ...support].some((i) => i.status === 'reported') ? 'assessed' : 'claimed';
    if (this.current.controller === incident.side && this.current.status !== 'contested') {
      this.current.incidents.push(incident, ...support);
      if (status === 'assessed') this.current.status = 'assessed';
      return;
    }
    this.open({ controller: incident.side!, status, incidents: [incident, ...support] }, incident);
    this.resume = null;
  }

  /** Rule "contested": fighting with no outcome. */
  private clash(incident: Incident): void {
    this.lastClash = incident.day;
    if (this.current.status === 'contested') {
      this.current.incidents.push(incident);
      return;
    }
    const before: Resume = { controller: this.current.controller, status: this.current.status, incidents: this.current.incidents };
    this.open({ controller: this.current.controller, status: 'contested', incidents: [incident] }, incident);
    this.resume = before;
  }

  /** Rule "withdrawal": the holder leaves and nobody is reported taking the place. */
  private departure(incident: Incident): void {
    const holderLeft = this.current.controller === incident.side || this.current.controller === 'unknown';
    if (!holderLeft || (this.current.status === 'contested' && this.current.controller === 'unknown')) {
      this.current.incidents.push(incident);
      return;
    }
    this.open({ controller: 'unknown', status: 'contested', incidents: [incident] }, incident);
    this.resume = null;
  }

  applyBaseline(baseline: Baseline): void {
    this.open({ controller: baseline.controller, status: 'assessed', incidents: [] }, { day: baseline.date, precision: 'day' });
    this.resume = null;
  }

  /** Clashes stopped CONTEST_DAYS ago (before `day`, or for good when null): the holder resumes. */
  expireContest(day: IsoDate | null): void {
    if (this.current.status !== 'contested' || !this.resume || !this.lastClash) return;
    const end = addDays(this.lastClash, CONTEST_DAYS);
    if (day !== null && end > day) return;
    this.open({ ...this.resume, incidents: [...this.resume.incidents] }, { day: end, precision: 'day' });
    this.resume = null;
  }

  /** Ends the current interval where the next begins; a zero-length one hands its incidents on. */
  private open(next: Resume, at: { day: IsoDate | null; precision: DatePrecision }): void {
    let incidents = next.incidents;
    let disputes: Incident[] = [];
    if (this.current.from !== null && this.current.from === at.day) {
      // Captures by another side the same day contradict the new holder: they become disputes.
      const handed = this.current.incidents.filter((i) => !next.incidents.includes(i));
      const contradicts = (i: Incident) => i.family === 'capture' && i.side !== next.controller;
      incidents = [...handed.filter((i) => !contradicts(i)), ...next.incidents];
      disputes = [...this.current.disputes, ...handed.filter(contradicts)];
    } else {
      this.current.to = at.day;
      this.done.push(this.current);
    }
    this.current = { controller: next.controller, status: next.status, from: at.day, fromPrecision: at.precision, to: null, incidents, disputes };
  }

  finish(): Interval[] {
    return [...this.done, this.current];
  }
}
