// "X handed (over) Y to Z", "X surrendered the provincial capital to Z", "Y was handed over to Z",
// "Y were surrendered to the Taliban": a place given up; Z is the new controller.
import { actorAfter, actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter, placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const ACTIVE = /\b(handed|hands|hand|handing|surrendered|surrenders|surrendering|ceded|cedes|turned|delivered|gave up|given up)(\s+over)?\s+(?=the\s|\p{Lu})/giu;
const PASSIVE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(handed|surrendered|ceded|turned|delivered|given)(?:\s+(?:over|up))?\s+(?:\w+\s+){0,3}?to\s+/gi;

export const handedOverParser: Parser = {
  name: 'handedOverParser',
  triggers: ['handed', 'hands', 'hand', 'handing', 'surrendered', 'surrenders', 'surrendering', 'ceded', 'cedes', 'turned', 'delivered', 'gave', 'given'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(PASSIVE, text)) {
      const actor = actorAfter(input, ctx, m.index + m[0].length, 30);
      if (!actor) continue;
      for (const place of withoutActors(placesBefore(text, m.index, input.sentence.start), input, ctx)) {
        drafts.push({ ...newDraft('capture', 'handedOverParser', input, spanOf(input, m.index, m[0].length), place), actor, withoutFight: true });
      }
    }
    for (const m of allMatches(ACTIVE, text)) {
      if (/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, m.index))) continue;
      const end = m.index + m[0].length;
      const places = withoutActors(placesAfter(text, end, input.sentence.start), input, ctx);
      const last = places[places.length - 1];
      if (!last) continue;
      const tail = text.slice(last.span.end - input.sentence.start);
      const to = /^\s*(?:(?:\w+\s+){0,2}?over\s+)?(?:\s*\w+\s+){0,2}?to\s+/i.exec(tail);
      if (!to) continue;
      const actor = actorAfter(input, ctx, last.span.end - input.sentence.start + to[0].length, 30);
      if (!actor) continue;
      const from = actorBefore(input, ctx, m.index, places);
      for (const place of places) {
        drafts.push({ ...newDraft('capture', 'handedOverParser', input, spanOf(input, m.index, m[0].length), place), actor, fromActor: from, withoutFight: true });
      }
    }
    return drafts;
  },
};
