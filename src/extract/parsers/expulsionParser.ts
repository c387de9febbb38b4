// "X pushed/drove/expelled Z out of Y", "X ousted Z from Y": X now holds Y.
import { actorAfter, actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const EXPEL = /\b(pushed|drove|driven|forced|expelled|ousted|evicted|kicked|flushed|routed)\s+((?:[\w'’-]+\s+){1,5}?)(?:out\s+of|from)\s+/gi;

export const expulsionParser: Parser = {
  name: 'expulsionParser',
  triggers: ['pushed', 'drove', 'driven', 'forced', 'expelled', 'ousted', 'evicted', 'kicked', 'flushed', 'routed'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(EXPEL, text)) {
      const from = actorAfter(input, ctx, m.index + m[1].length, m[2].length + 2);
      if (!from) continue;
      const places = withoutActors(placesAfter(text, m.index + m[0].length, input.sentence.start), input, ctx);
      const actor = actorBefore(input, ctx, m.index, places);
      for (const place of places) {
        const d = newDraft('capture', 'expulsionParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        d.fromActor = from;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
