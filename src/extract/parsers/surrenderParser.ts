// "N soldiers surrendered (to X)", "the governor surrendered to the Taliban", "laid down their arms".
import { actorAfter, actorBefore, implicitPlace, newDraft, spanOf, withoutActors } from '../draft.js';
import { allMatches, findQuantities } from '../../nlp/index.js';
import { placeListsIn } from '../phrases.js';
import type { Draft, Parser } from '../types.js';

const VERB = /(?<!\b(?:the|their|its|his|a|previous|recent|of|mass)\s+)\b(surrendered|surrender|surrendering|laid down (?:their|his|its) (?:arms|weapons)|gave themselves up|came out with white flags)\b(?!\s+(?:the|their|its|his|a|an)\s)/gi;

export const surrenderParser: Parser = {
  name: 'surrenderParser',
  triggers: ['surrendered', 'surrender', 'surrenders', 'surrendering', 'laid', 'gave', 'white'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    let lists: ReturnType<typeof placeListsIn> | undefined;
    for (const m of allMatches(VERB, text)) {
      const end = m.index + m[0].length;
      const to = /^\s+to\s+/i.exec(text.slice(end));
      const receiver = to ? actorAfter(input, ctx, end + to[0].length, 20) : null;
      lists ??= placeListsIn(text, 0, text.length, input.sentence.start);
      // "Kabul: a commander surrendered": a heading names where the report is filed, not where it happened.
      const named = lists.filter((l) => !(l.start === 0 && /^\s*:/.test(text.slice(l.end))));
      const place = withoutActors(named.flatMap((l) => l.places), input, ctx)[0] ?? implicitPlace(input, m.index);
      const d = newDraft('surrender', 'surrenderParser', input, spanOf(input, m.index, m[0].length), place);
      d.actor = receiver;
      d.fromActor = actorBefore(input, ctx, m.index, [place], true);
      // "the 207 Zafar Corps commander": a number before a name designates a unit, it counts no one.
      const count = findQuantities(text.slice(0, m.index)).filter((q) => q.value !== null && !q.fraction && !/^\s+\p{Lu}/u.test(text.slice(q.end))).pop();
      if (count) {
        d.count = count.value;
        d.countSpan = spanOf(input, count.start, count.end - count.start);
      }
      drafts.push(d);
    }
    return drafts;
  },
};
