// One event per place, family and side within a document (aggregate claims are each their own): the first telling is kept and
// completed with what later ones add (a date, a count, the losing side).
import { eventFamily } from '../../core/index.js';
import type { Draft, Refiner } from '../types.js';

export const mergeRefiner: Refiner = {
  name: 'mergeRefiner',
  refine(drafts) {
    const kept = new Map<string, Draft>();
    const out: Draft[] = [];
    for (const d of drafts) {
      const k = key(d);
      const first = kept.get(k);
      if (!first) {
        kept.set(k, d);
        out.push(d);
        continue;
      }
      if (!first.date && d.date) [first.date, first.datePrecision, first.dateSpan] = [d.date, d.datePrecision, d.dateSpan];
      if (first.datePrecision !== 'day' && d.datePrecision === 'day') [first.date, first.datePrecision, first.dateSpan] = [d.date, d.datePrecision, d.dateSpan];
      // A claim that the same report also states as fact is reported.
      if (first.status === 'claimed' && d.status === 'reported') [first.status, first.attributedTo] = ['reported', null];
      first.count ??= d.count;
      first.fromActor ??= d.fromActor;
      first.withoutFight ??= d.withoutFight;
    }
    return foldActorless(out);
  },
};

/** "Kunduz fell" (no actor) and "the Taliban captured Kunduz" in one document are one event. */
function foldActorless(drafts: Draft[]): Draft[] {
  const withActor = new Map<string, Draft>();
  const key = (d: Draft) => `${eventFamily(d.type)}|${placeKey(d)}|${d.status === 'denied'}`;
  for (const d of drafts) if (d.actor) withActor.set(key(d), d);
  return drafts.filter((d) => {
    if (d.actor || eventFamily(d.type) === 'control_claim') return true;
    const other = withActor.get(key(d));
    if (!other) return true;
    if (!other.date && d.date) [other.date, other.datePrecision, other.dateSpan] = [d.date, d.datePrecision, d.dateSpan];
    return false;
  });
}

function placeKey(d: Draft): string {
  return d.placeRef?.place?.id ?? d.placeRef?.candidates[0]?.id ?? d.place.text.toLowerCase();
}

function key(d: Draft): string {
  const place = placeKey(d);
  const family = eventFamily(d.type);
  const sideless = family === 'control_claim' ? `${d.sentence}:${d.trigger.start}` : '';
  // Two crossings into the same country with different counts are two groups of people.
  const counted = family === 'border_crossing' || family === 'surrender' ? `${d.count ?? ''}` : '';
  // A claim and its denial are two events: the control layer keeps the dispute next to the claim.
  return `${family}|${place}|${d.actor?.side ?? d.actor?.name ?? ''}|${d.status === 'denied'}|${sideless}|${counted}`;
}
