// "clashes/fighting/battles in Y", "X attacked Y", "X were battling Z in Y".
import { actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';

const CLASH =
  /\b(clashes|clash|clashed|fighting|battles|battle|battling|battled|fought|gunfights?|firefights?|attacks|attack|attacked|attacking|assaults|assault|assaulted|offensive)\b((?:\s+[\w'’-]+){0,6}?)\s+(?:on the outskirts of|in the centre of|in the center of|for control of|in|at|around|near|inside|over|on)\s+(?=the\s|\p{Lu})|\b(attacked|attacking|assaulted|stormed)\s+(?=the\s|\p{Lu})/giu;

export const clashParser: Parser = {
  name: 'clashParser',
  triggers: ['clashes', 'clash', 'clashed', 'fighting', 'battles', 'battle', 'battling', 'battled', 'fought', 'gunfight', 'gunfights', 'firefight', 'firefights', 'attacks', 'attack', 'attacked', 'attacking', 'assaults', 'assault', 'assaulted', 'offensive', 'stormed'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of text.matchAll(CLASH)) {
      if (m[2] && /[.;]|\b(?:said|told)\b/.test(m[2])) continue;
      // "attack on the city" is a clash; "attack on a convoy" names no place and is dropped later.
      if (/^(?:attack|attacks|assault|assaults)$/i.test(m[1] ?? '') && /^\s+(?:was|were|is|are|has|have|had)\b/i.test(m[2] ?? '')) continue;
      const places = withoutActors(placesAfter(text, m.index + m[0].length, input.sentence.start), input, ctx).filter((p) => !p.pointer);
      const actor = actorBefore(input, ctx, m.index, places);
      for (const place of places) {
        const d = newDraft('clash', 'clashParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        d.withoutFight = false;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
