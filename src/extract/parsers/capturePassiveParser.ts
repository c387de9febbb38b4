// "Y was captured/seized/overrun/taken (over) by X", "Y have been taken out of government control".
import { actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const PASSIVE =
  /\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+|now\s+|also\s+|finally\s+|already\s+)*(captured|seized|overrun|overran|taken over|taken|conquered|occupied|toppled|stormed)\b(\s+out\s+of\s+(?:the\s+)?(?:\w+\s+)?control)?(?:[^,.;]{0,30}?\s+by\b)?/gi;

export const capturePassiveParser: Parser = {
  name: 'capturePassiveParser',
  triggers: ['captured', 'seized', 'overrun', 'overran', 'taken', 'conquered', 'occupied', 'toppled', 'stormed'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(PASSIVE, text)) {
      const byAgent = /\bby$/i.test(m[0]);
      const clauseEnd = /^\s*(?:[.,;]|$|(?:on|in|after|yesterday|last|early|late|earlier|overnight|today|too|the same day|that day|the next day|the following day|as well)\b)/i.test(text.slice(m.index + m[0].length));
      if (/^taken$/i.test(m[1]) && !byAgent && !m[2] && !clauseEnd) continue;
      const places = withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx);
      const actor = byAgent ? actorAfter(input, ctx, m.index + m[0].length, 25) : null;
      const from = m[2] ? actorAfter(input, ctx, m.index + m[0].indexOf(m[2]), m[2].length) : null;
      for (const place of places) {
        const d = newDraft('capture', 'capturePassiveParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        d.fromActor = from;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
