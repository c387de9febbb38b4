// "X captured/seized/overran/took (full) control of Y", "X took Y", "X have taken over Y".
import { actorBefore, actorAfter, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const VERB =
  /\b(?:(?:is|are|was|were)\s+now\s+in\s+(full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b|(captured|captures|capturing|seized|seizes|seizing|overran|overrun|overruns|overrunning|conquered|toppled|topples|occupied|stormed|took|taken|takes|taking|gained|gains|wrested|grabbed|snatched|assumed|grappled)(\s+over)?(?:\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|effective\s+|overall\s+)?control\s+(?:of|over)\b)?)/gi;
const NEEDS_CONTROL = /^(?:took|taken|takes|taking|gained|gains|wrested|grabbed|snatched|assumed|grappled)$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?$/i;
const NOMINAL_BEFORE = /\b(?:the|their|its|his|a)\s+(?:\w+ly\s+)?$|['’]s\s+$/i;
/** "claim of taking Y": the gerund's subject is not the actor before it. */
const GERUND_AFTER_OF = /\bof\s+$/i;

export const captureActiveParser: Parser = {
  name: 'captureActiveParser',
  triggers: ['control', 'captured', 'captures', 'capturing', 'seized', 'seizes', 'seizing', 'overran', 'overrun', 'overruns', 'overrunning', 'conquered', 'toppled', 'topples', 'occupied', 'stormed', 'took', 'taken', 'takes', 'taking', 'gained', 'gains', 'wrested', 'grabbed', 'snatched', 'assumed', 'grappled'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(VERB, text)) {
      const before = text.slice(0, m.index);
      if (PASSIVE_BEFORE.test(before) || NOMINAL_BEFORE.test(before)) continue;
      if (/ing$/i.test(m[2]) && GERUND_AFTER_OF.test(before)) continue;
      const withControl = m[0].toLowerCase().includes('control') || Boolean(m[3]);
      if (NEEDS_CONTROL.test(m[2]) && !withControl) {
        const object = text.slice(m.index + m[0].length);
        const named = /^\s+(?:the\s+(?:\w+\s+){0,3}(?:city|town|village|district|province|capital)\s+of\s+)?\p{Lu}/u.test(object);
        const pointed = /^\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|district|provincial capital|capital|base|garrison|crossing)\b(?!\s+of\b)/u.test(object);
        if (!named && !pointed) continue;
      }
      const end = m.index + m[0].length;
      let places = withoutActors(placesAfter(text, end, input.sentence.start), input, ctx);
      // "took the city" is a capture; "gained the upper hand" is not about a place.
      if (!withControl && !/^(?:captured|seized|overran|overrun|conquered|toppled|stormed|occupied|took|taken|takes|taking)/i.test(m[2] ?? '')) places = places.filter((p) => !p.pointer);
      const actor = actorBefore(input, ctx, m.index, places);
      const lastPlace = places[places.length - 1];
      const from = lastPlace && /^\s+from\s/i.test(text.slice(lastPlace.span.end - input.sentence.start)) ? actorAfter(input, ctx, lastPlace.span.end - input.sentence.start, 12) : null;
      for (const place of places) {
        const d = newDraft('capture', 'captureActiveParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        d.fromActor = from;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
