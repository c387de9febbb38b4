// One unit's derived rows: its events grouped into incidents, the incidents into a control
// timeline, each interval carrying the evidence the map shows for it.
import type { EvidenceRef } from '../core/views.js';
import type { IncidentRecord, IntervalRecord, SourcedEvent } from '../store/index.js';
import { groupIncidents } from './incidents.js';
import { controlTimeline, type Baseline, type Interval } from './model.js';
import { evidenceRef } from './views.js';

/** The map shows at most this many sentences per place; `history` shows them all. */
export const MAP_EVIDENCE_LIMIT = 10;

export function deriveUnit(
  unitId: string,
  events: SourcedEvent[],
  baseline: Baseline | null,
): { incidents: IncidentRecord[]; intervals: IntervalRecord[] } {
  const incidents = groupIncidents(unitId, events);
  const { intervals } = controlTimeline(incidents, baseline);
  return {
    incidents: incidents.map((i) => ({
      id: i.id,
      unit_id: unitId,
      type: i.type,
      side: i.side,
      date: i.day,
      sources: i.sources,
      status: i.status,
      events: i.events.map((e) => e.id),
    })),
    intervals: intervals.map((iv, seq) => intervalRecord(unitId, seq, iv)),
  };
}

export function intervalRecord(unitId: string, seq: number, iv: Interval): IntervalRecord {
  return {
    unit_id: unitId,
    seq,
    controller: iv.controller,
    status: iv.status,
    from_date: iv.from,
    from_precision: iv.fromPrecision,
    to_date: iv.to,
    incidents: iv.incidents.map((i) => i.id),
    disputes: iv.disputes.map((i) => i.id),
    evidence: intervalEvidence(iv),
  };
}

/** Newest supporting sentences first, then those of the denials. */
function intervalEvidence(iv: Interval): EvidenceRef[] {
  const newestFirst = (list: typeof iv.incidents) => list.flatMap((i) => i.events).reverse();
  const events: SourcedEvent[] = [...newestFirst(iv.incidents), ...newestFirst(iv.disputes)];
  return events.slice(0, MAP_EVIDENCE_LIMIT).map(evidenceRef);
}
