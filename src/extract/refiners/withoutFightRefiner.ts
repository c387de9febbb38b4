// "without a fight", "without resistance", "after negotiations" → true; "after fierce fighting",
// "not without fierce fighting" → false; silence → null.
import type { Refiner } from '../types.js';

const PEACEFUL = /\bwithout (?:a fight|any fight|fighting|resistance|any resistance|a shot|a single shot|bloodshed|a battle)|\bafter (?:negotiations|talks)|\bpeacefully\b|\bhanded (?:it |the \w+ )?over\b|\bsurrendered the\b/i;
const FOUGHT = /\bnot without\b|\b(?:after|following|amid) (?:\w+ ){0,3}(?:fighting|clashes|battles?|confrontation|resistance)|\b(?:fierce|heavy) (?:fighting|clashes|confrontation)\b/i;

export const withoutFightRefiner: Refiner = {
  name: 'withoutFightRefiner',
  refine(drafts, ctx) {
    for (const d of drafts) {
      if (d.type === 'clash') continue;
      const text = ctx.sentences[d.sentence].text;
      if (FOUGHT.test(text)) d.withoutFight = false;
      else if (PEACEFUL.test(text)) d.withoutFight = true;
    }
    return drafts;
  },
};
