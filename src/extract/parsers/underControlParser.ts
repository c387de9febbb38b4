// A standing state of control: "Y was also previously under Taliban control", "Y remains under
// the control of X", "the rest of Y is in the hands of X" — a control claim for each place.
import { actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const STATE =
  /\b(?:is|are|was|were|remains?|remained|stays?|stayed|been)\s+(?:(?:still|also|previously|already|largely|mostly|firmly|entirely)\s+)*(?:under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:control\s+of\s+(?:the\s+)?|((?:[\w'’-]+\s+){1,3}?)control\b)|in\s+the\s+hands\s+of\s+(?:the\s+)?)/gi;

export const underControlParser: Parser = {
  name: 'underControlParser',
  triggers: ['under', 'hands'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(STATE, text)) {
      const actorAt = m[1] ? m.index + m[0].length - m[1].length - 'control'.length : m.index + m[0].length;
      const actor = actorAfter(input, ctx, actorAt, m[1] ? m[1].length + 2 : 30);
      if (!actor) continue;
      for (const place of withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx)) {
        drafts.push({ ...newDraft('control_claim', 'underControlParser', input, spanOf(input, m.index, m[0].length), place), actor });
      }
    }
    return drafts;
  },
};
