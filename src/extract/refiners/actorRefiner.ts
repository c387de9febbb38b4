// Complete actors. A descriptor without a side ("the militants", "its forces", "they") takes the
// side of the party named last before it. A capture with no actor at all ("Kunduz fell", "was
// seized") takes the actor of the previous capture in the document (or of the first one, for what
// comes before it), else the party the document names far more than any other.
import { eventFamily, type ActorRef } from '../../core/index.js';
import type { DocumentContext, Refiner } from '../types.js';

export const actorRefiner: Refiner = {
  name: 'actorRefiner',
  refine(drafts, ctx) {
    let previous: ActorRef | null = null;
    let dominant: ActorRef | null | undefined;
    const firstCapture = drafts.find((d) => eventFamily(d.type) === 'capture' && d.type !== 'recapture' && d.actor?.side)?.actor ?? null;
    for (const d of drafts) {
      if (d.actor && !d.actor.side) d.actor = namedBefore(ctx, d.sentence, d.actor) ?? d.actor;
      // "they captured X and began attacking Y": coordinated clauses share their subject.
      if (!d.actor && sharesSubject(d)) d.actor = drafts.find((o) => o !== d && o.sentence === d.sentence && sharesSubject(o) && o.actor?.side && o.trigger.start < d.trigger.start)?.actor ?? null;
      if (d.fromActor && !d.fromActor.side) d.fromActor = namedBefore(ctx, d.sentence, d.fromActor) ?? d.fromActor;
      const family = eventFamily(d.type);
      if (family !== 'capture' && family !== 'control_claim') continue;
      if (!d.actor && d.type !== 'recapture') {
        const guess: ActorRef | null = previous ?? firstCapture ?? (dominant === undefined ? (dominant = dominantParty(ctx)) : dominant);
        // The side that flees, crosses out or surrenders in the same sentence is not the one that takes the place.
        d.actor = guess && !losersIn(drafts, d.sentence).has(guess.side) ? guess : null;
      }
      if (d.actor?.side && family === 'capture') previous = d.actor;
    }
    return drafts;
  },
};

function losersIn(drafts: { type: string; sentence: number; actor: ActorRef | null; fromActor: ActorRef | null }[], sentence: number): Set<string | null> {
  const sides = new Set<string | null>();
  for (const o of drafts) {
    if (o.sentence !== sentence) continue;
    if (o.type === 'withdrawal' || o.type === 'border_crossing') sides.add(o.actor?.side ?? null);
    if (o.type === 'surrender') sides.add(o.fromActor?.side ?? null);
  }
  sides.delete(null);
  return sides;
}

/** Captures and clashes in one sentence share a subject; a crossing or a surrender has its own. */
function sharesSubject(d: { type: string }): boolean {
  return d.type === 'capture' || d.type === 'recapture' || d.type === 'clash';
}

/** The last actor with a side named before `actor` (same sentence first, then up to 20 earlier ones). */
function namedBefore(ctx: DocumentContext, sentence: number, actor: ActorRef): ActorRef | null {
  const at = actor.span?.start ?? Infinity;
  for (let i = sentence; i >= Math.max(0, sentence - 20); i--) {
    const found = ctx.actorsIn(i).filter((a) => a.side && a.span!.start < at);
    const last = found[found.length - 1];
    if (last) return { ...actor, name: last.name, side: last.side };
  }
  return null;
}

/** The side named at least twice as often as any other, as its first mention; null when none dominates. */
function dominantParty(ctx: DocumentContext): ActorRef | null {
  const counts = new Map<string, { n: number; first: ActorRef }>();
  for (let i = 0; i < ctx.sentences.length; i++) {
    for (const a of ctx.actorsIn(i)) {
      if (!a.side) continue;
      const c = counts.get(a.side) ?? { n: 0, first: a };
      c.n++;
      counts.set(a.side, c);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || (ranked[1] && ranked[0].n < 2 * ranked[1].n)) return null;
  return { ...ranked[0].first, span: null };
}
