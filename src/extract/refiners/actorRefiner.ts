// Fill the actor a sentence leaves implicit ("Kunduz fell", "they captured", "was seized"): the
// actor of the previous capture in the document, else the party the document names most.
import { eventFamily, type ActorRef } from '../../core/index.js';
import type { DocumentContext, Refiner } from '../types.js';

export const actorRefiner: Refiner = {
  name: 'actorRefiner',
  refine(drafts, ctx) {
    let previous: ActorRef | null = null;
    const dominant = mostNamed(ctx);
    for (const d of drafts) {
      const family = eventFamily(d.type);
      if (family !== 'capture' && family !== 'control_claim') continue;
      if (!d.actor) d.actor = (d.type === 'recapture' ? null : previous) ?? (d.type === 'recapture' ? null : dominant);
      if (d.actor && family === 'capture') previous = d.actor;
    }
    return drafts;
  },
};

/** The side named most often in the document, as its first mention. */
function mostNamed(ctx: DocumentContext): ActorRef | null {
  const counts = new Map<string, { n: number; first: ActorRef }>();
  for (let i = 0; i < ctx.sentences.length; i++) {
    for (const a of ctx.actorsIn(i)) {
      if (!a.side) continue;
      const c = counts.get(a.side) ?? { n: 0, first: a };
      c.n++;
      counts.set(a.side, c);
    }
  }
  let best: { n: number; first: ActorRef } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? { ...best.first, span: null } : null;
}
