// "forces withdrew/retreated/pulled out/fled from Y (to Z)", "X abandoned Y", "X left Y", "fled to
// Y's provincial capital" (a withdrawal from the province).
import { actorBefore, implicitPlace, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const VERB =
  /\b(withdrew|withdrawn|withdrawing|withdraws|withdraw|retreated|retreating|retreat|pulled out|pulled back|pulling out|pull out|fled|flee|fleeing|abandoned|abandoning|evacuated|left)\b(?:\s+(?:its|their|his|the)\s+(?:troops|forces|soldiers|positions|units)\b)?(?:\s+(?:from|of))?(?:\s+(?:key\s+)?parts\s+of)?/gi;

const FALLBACK = /^\s+(?:back\s+)?to\s+(?:(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['’]s\s+provincial\s+capital|the\s+provincial\s+capital\s+of\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?))/u;

export const withdrawalParser: Parser = {
  name: 'withdrawalParser',
  triggers: ['withdrew', 'withdrawn', 'withdrawing', 'withdraws', 'withdraw', 'retreated', 'retreating', 'retreat', 'pulled', 'pulling', 'pull', 'fled', 'flee', 'fleeing', 'abandoned', 'abandoning', 'evacuated', 'left'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(VERB, text)) {
      const rest = text.slice(m.index + m[0].length);
      if (/^\s+(?:in)?to\s/i.test(rest) && /^\s+(?:in)?to\s+(?:neighbou?ring\s+)?\p{Lu}/u.test(rest) && /^(?:fled|flee|fleeing|withdrew)/i.test(m[1])) {
        const dest = placesAfter(text, m.index + m[0].length + /^\s+(?:in)?to\s+(?:neighbou?ring\s+)?/i.exec(rest)![0].length, input.sentence.start);
        if (dest.some((p) => ctx.gazetteer.country(p.text))) continue;
      }
      const origin = /\b(?:from|of)$|parts\s+of$/i.test(m[0]) || /^(?:abandoned|abandoning|evacuated|left)/i.test(m[1]);
      let places = origin ? placesAfter(text, m.index + m[0].length, input.sentence.start) : [];
      const fallback = FALLBACK.exec(rest);
      if (places.length === 0 && fallback) {
        // Falling back on the provincial capital: the withdrawal is from the province's districts.
        const name = fallback[1] ?? fallback[2];
        const at = m.index + m[0].length + fallback.index + fallback[0].indexOf(name);
        places = [{ text: name, span: spanOf(input, at, name.length), kindHint: 'admin1' }];
      }
      if (places.length === 0) {
        const to = /^(?:\s+\w+){0,3}?\s+(?:to|toward|towards)\s+/i.exec(rest);
        if (to) places = placesAfter(text, m.index + m[0].length + to[0].length, input.sentence.start);
      }
      places = withoutActors(places, input, ctx);
      const actor = actorBefore(input, ctx, m.index, places, true);
      if (!actor) continue;
      if (places.length === 0 && /^\s*(?:[.,;]|$)/.test(rest) && /^(?:withdrew|withdrawn|retreated|pulled out|pulled back|fled)/i.test(m[1])) places = [implicitPlace(input, m.index)];
      for (const place of places.slice(0, 1)) {
        const d = newDraft('withdrawal', 'withdrawalParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
