// "Y fell to X", "Y has fallen to the Taliban", "Y fell into the hands of X", and "Y fell" when
// the winner was named before.
import { actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const FELL = /\b(fell|fallen|falls|falling)\b(?:((?:\s+[\w'’,]+){0,4}?)\s+(?:to|into the hands of|in the hands of)\s+)?/gi;
const NOMINAL_BEFORE = /(?:\b(?:the|its|their|a)|['’]s)\s+$/i;

export const fellToParser: Parser = {
  name: 'fellToParser',
  triggers: ['fell', 'fallen', 'falls', 'falling'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(FELL, text)) {
      if (NOMINAL_BEFORE.test(text.slice(0, m.index))) continue;
      const rest = text.slice(m.index + m[1].length);
      if (/^\s+(?:under|back|apart|silent|short|sharply|by|behind|ill|asleep|victim|prey|in love)\b/i.test(rest)) continue;
      const actor = m[0].length > m[1].length ? actorAfter(input, ctx, m.index + m[0].length, 30) : null;
      if (m[0].length > m[1].length && !actor) continue;
      const places = withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx);
      for (const place of places) {
        const d = newDraft('capture', 'fellToParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
