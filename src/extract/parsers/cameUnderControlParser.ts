// "Y came under the control of X", "Y is now under Taliban control", "Y fell under X's control".
import { actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const UNDER =
  /\b(?:came|come|comes|coming|fallen|fell|falls|been brought|brought|was now|is now|are now|were now|now|reportedly|fully|completely)\s+under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?(?:control\s+of\s+(?:the\s+)?|((?:[\w'’-]+\s+){1,3}?)control\b)/gi;

export const cameUnderControlParser: Parser = {
  name: 'cameUnderControlParser',
  triggers: ['under'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(UNDER, text)) {
      if (/\bstill\s+$/i.test(text.slice(0, m.index))) continue;
      const actorAt = m[1] ? m.index + m[0].length - m[1].length - 'control'.length : m.index + m[0].length;
      const actor = actorAfter(input, ctx, actorAt, m[1] ? m[1].length + 2 : 30);
      if (!actor) continue;
      const places = withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx);
      for (const place of places) {
        const d = newDraft('capture', 'cameUnderControlParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
