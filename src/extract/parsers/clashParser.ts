// "clashes/fighting/battles in Y", "X attacked Y", "X were battling Z in Y".
import { actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const CLASH =
  /\b(clashes|clash|clashed|fighting|battles|battle|battling|battled|fought|gunfights?|firefights?|attacks|attack|attacked|attacking|assaults|assault|assaulted|offensive)\b((?:\s+[\w'’-]+){0,6}?)\s+(?:on the outskirts of|in the centre of|in the center of|for control of|in|at|around|near|inside|over|on)\s+(?=the\s|\p{Lu}|(?:several|some|many|other|most)\s)|\b(attacked|attacking|assaulted|stormed)\s+(?=the\s|\p{Lu})/giu;

/** "in several parts of Y", "on the edges of Y", "in the side valleys of Y": the fighting is in Y. */
const PART_OF = /^(?:the\s+)?(?:(?:several|some|many|other|most|all|two|three)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:parts?|areas?|edges?|outskirts|valleys?|villages|neighbou?rhoods|streets|suburbs|sections?|corners?|districts)\s+of\s+/u;
const POINTED = /\b(?:city|town|village|district|province|capital|valley)$/i;

export const clashParser: Parser = {
  name: 'clashParser',
  triggers: ['clashes', 'clash', 'clashed', 'fighting', 'battles', 'battle', 'battling', 'battled', 'fought', 'gunfight', 'gunfights', 'firefight', 'firefights', 'attacks', 'attack', 'attacked', 'attacking', 'assaults', 'assault', 'assaulted', 'offensive', 'stormed'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(CLASH, text)) {
      if (m[2] && /[.;]|\b(?:said|told)\b/.test(m[2])) continue;
      // "attack on the city" is a clash; "attack on a convoy" names no place and is dropped later.
      if (/^(?:attack|attacks|assault|assaults)$/i.test(m[1] ?? '') && /^\s+(?:was|were|is|are|has|have|had)\b/i.test(m[2] ?? '')) continue;
      const part = PART_OF.exec(text.slice(m.index + m[0].length));
      const at = m.index + m[0].length + (part?.[0].length ?? 0);
      // "fighting in the area" says nothing new; "clashes on the edges of the city" points back to the city.
      const places = withoutActors(placesAfter(text, at, input.sentence.start), input, ctx).filter((p) => !p.pointer || (part && POINTED.test(p.text)));
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
