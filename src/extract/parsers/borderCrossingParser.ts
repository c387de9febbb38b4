// "N soldiers crossed (the border) into COUNTRY", "crossed from Y", "fled to neighbouring COUNTRY",
// "entered COUNTRY". The place is where they left from when stated, else the country they entered.
import { actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { allMatches, findQuantities } from '../../nlp/index.js';
import { placeListsIn, placesAfter } from '../phrases.js';
import type { DocumentContext, Draft, Parser, PlacePhrase, SentenceInput } from '../types.js';

const VERB = /\b(crossed|crossing|cross|fled|flee|fleeing|escaped|entered|withdrew|retreated)\b((?:\s+the\s+border)?)(?:\s+(?:\w+\s+){0,3}?(from|into|to|in)\s+(?:neighbou?ring\s+|the\s+neighbou?ring\s+|eastern\s+|western\s+|northern\s+|southern\s+)?)?/gi;

export const borderCrossingParser: Parser = {
  name: 'borderCrossingParser',
  triggers: ['crossed', 'crossing', 'cross', 'fled', 'flee', 'fleeing', 'escaped', 'entered', 'withdrew', 'retreated'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(VERB, text)) {
      const end = m.index + m[0].length;
      const named = m[3] ? withoutActors(placesAfter(text, end, input.sentence.start), input, ctx)[0] : undefined;
      const enteredCountry = /^entered$/i.test(m[1]) ? placesAfter(text, end, input.sentence.start)[0] : undefined;
      const target = named ?? enteredCountry;
      const country = target && ctx.gazetteer.country(target.text);
      const crossing = m[2] || /^cross/i.test(m[1]);
      const fromPlace = m[3]?.toLowerCase() === 'from' && crossing ? target : undefined;
      const home = homeCountry(ctx);
      const intoForeign = country && country.country !== home ? target : undefined;
      const place = fromPlace ?? intoForeign ?? (m[2] && !m[3] ? foreignCountryIn(input, ctx, home) : undefined);
      if (!place) continue;
      const actor = actorBefore(input, ctx, m.index, [place], true);
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

/** The country the theater is about: the first of the document's countries that a specific pack covers, else the most named. */
function homeCountry(ctx: DocumentContext): string | undefined {
  return ctx.countries.find((c) => ctx.packCountries.includes(c)) ?? ctx.countries[0];
}

/** "Neighbouring Uzbekistan reported that hundreds of troops crossed the border": the foreign country the sentence names. */
function foreignCountryIn(input: SentenceInput, ctx: DocumentContext, home: string | undefined): PlacePhrase | undefined {
  const lists = placeListsIn(input.sentence.text, 0, input.sentence.text.length, input.sentence.start);
  return lists.flatMap((l) => l.places).find((p) => {
    const c = ctx.gazetteer.country(p.text);
    return c !== undefined && c.country !== home;
  });
}
