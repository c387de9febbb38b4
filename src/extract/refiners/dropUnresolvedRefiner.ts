// A place that does not resolve is not an event (it was a person, an office, a weekday), except
// for aggregate claims, whose area may be a region ("northern Afghanistan"), and names the text
// itself calls a place. A whole country is
// not a captured place.
import type { DocumentContext, Draft, Refiner } from '../types.js';

/** A Title Case line (a headline): its capitals say nothing about names. */
function titleCase(ctx: DocumentContext, d: Draft): boolean {
  const words = ctx.sentences[d.sentence].text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 2 && !words.some((w) => /^\p{Ll}/u.test(w));
}

export const dropUnresolvedRefiner: Refiner = {
  name: 'dropUnresolvedRefiner',
  refine(drafts, ctx) {
    return drafts.filter((d) => {
      const ref = d.placeRef;
      if (d.type === 'control_claim') return Boolean(ref && (ref.place || ref.candidates.length > 0 || d.place.aggregate));
      // "the village of Krutiy Yar", "Rathedaung township": the words say it is a place, even one the gazetteer lacks.
      if (ref && !ref.place && ref.candidates.length === 0) return Boolean(d.place.kindHint && !d.place.pointer && /^\p{Lu}/u.test(d.place.text) && !titleCase(ctx, d));
      if (!ref) return false;
      const kind = ref.place?.kind ?? ref.candidates[0]?.kind;
      return kind !== 'country' || d.type === 'border_crossing' || d.type === 'surrender';
    });
  },
};
