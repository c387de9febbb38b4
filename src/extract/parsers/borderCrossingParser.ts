// "N soldiers crossed (the border) into COUNTRY", "crossed from Y", "fled to neighbouring COUNTRY",
// "entered COUNTRY". The place is where they left from when stated, else the country they entered.
import { actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { findQuantities } from '../../nlp/index.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';

const VERB = /\b(crossed|crossing|cross|fled|flee|fleeing|escaped|entered|withdrew|retreated)\b((?:\s+the\s+border)?)(?:\s+(?:\w+\s+){0,3}?(from|into|to|in)\s+(?:neighbou?ring\s+|the\s+neighbou?ring\s+|eastern\s+|western\s+|northern\s+|southern\s+)?)?/gi;

export const borderCrossingParser: Parser = {
  name: 'borderCrossingParser',
  triggers: ['crossed', 'crossing', 'cross', 'fled', 'flee', 'fleeing', 'escaped', 'entered', 'withdrew', 'retreated'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of text.matchAll(VERB)) {
      const end = m.index + m[0].length;
      const named = m[3] ? withoutActors(placesAfter(text, end, input.sentence.start), input, ctx)[0] : undefined;
      const enteredCountry = /^entered$/i.test(m[1]) ? placesAfter(text, end, input.sentence.start)[0] : undefined;
      const target = named ?? enteredCountry;
      const country = target && ctx.gazetteer.country(target.text);
      const crossing = m[2] || /^cross/i.test(m[1]);
      const fromPlace = m[3]?.toLowerCase() === 'from' && crossing ? target : undefined;
      const intoForeign = country && !ctx.countries.slice(0, 1).includes(country.country) ? target : undefined;
      const place = fromPlace ?? intoForeign;
      if (!place) continue;
      const actor = actorBefore(input, ctx, m.index, [place]);
      if (!actor) continue;
      const d = newDraft('border_crossing', 'borderCrossingParser', input, spanOf(input, m.index, m[0].length), place);
      d.actor = actor;
      const count = findQuantities(text.slice(0, m.index)).filter((q) => q.value !== null && !q.fraction).pop();
      if (count) {
        d.count = count.value;
        d.countSpan = spanOf(input, count.start, count.end - count.start);
      }
      drafts.push(d);
    }
    return drafts;
  },
};
