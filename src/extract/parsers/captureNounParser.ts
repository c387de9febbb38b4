// "the capture/seizure/fall/takeover of Y (by X / to X)", "X's seizure of Y", "their capture of Y".
import { actorAfter, actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const NOUN = /\b(capture|seizure|fall|takeover|take-over|conquest|recapture|liberation)\s+of\s+/gi;

export const captureNounParser: Parser = {
  name: 'captureNounParser',
  triggers: ['capture', 'seizure', 'fall', 'takeover', 'take-over', 'conquest', 'recapture', 'liberation'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(NOUN, text)) {
      const places = withoutActors(placesAfter(text, m.index + m[0].length, input.sentence.start), input, ctx).filter((p) => !p.pointer);
      const last = places[places.length - 1];
      if (!last) continue;
      const after = text.slice(last.span.end - input.sentence.start);
      const agent = /^\s*(?:\w+\s+){0,2}?(?:to|by)\s+/i.exec(after);
      // Before "the fall of Y" stands the one who reports or lost it, not the winner.
      const before = /^fall$/i.test(m[1]) ? null : actorBefore(input, ctx, m.index, places);
      const actor = agent ? actorAfter(input, ctx, last.span.end - input.sentence.start + agent[0].length, 20) : before;
      const type = /^(?:recapture|liberation)$/i.test(m[1]) ? 'recapture' : 'capture';
      for (const place of places) {
        const d = newDraft(type, 'captureNounParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
