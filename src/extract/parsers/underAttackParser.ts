// The place as subject of fighting: "Y is under heavy assault from X", "Y came under attack",
// "Y saw fierce fighting", "Y has been subjected to heavy fighting".
import { actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const UNDER_ATTACK =
  /\b(?:(?:is|was|are|were|been|came|come|comes|remains?)\s+under\s+(?:heavy\s+|intense\s+|sustained\s+|renewed\s+)?(?:attack|assault|siege|fire|bombardment)|(?:saw|sees|witnessed|experienced|subjected\s+to)\s+(?:\w+\s+){0,2}?(?:fighting|clashes|battles))\b/gi;

export const underAttackParser: Parser = {
  name: 'underAttackParser',
  triggers: ['under', 'saw', 'sees', 'witnessed', 'experienced', 'subjected'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(UNDER_ATTACK, text)) {
      const by = /^\s+(?:from|by)\s+/i.exec(text.slice(m.index + m[0].length));
      const actor = by ? actorAfter(input, ctx, m.index + m[0].length + by[0].length, 20) : null;
      for (const place of withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx)) {
        drafts.push({ ...newDraft('clash', 'underAttackParser', input, spanOf(input, m.index, m[0].length), place), actor, withoutFight: false });
      }
    }
    return drafts;
  },
};
