// "X retook/recaptured/regained (control of)/liberated Y", "Y was retaken by X", "X cleared Y of Z".
import { actorAfter, actorBefore, newDraft, spanOf, withoutActors } from '../draft.js';
import { placesAfter, placesBefore } from '../phrases.js';
import type { Draft, Parser } from '../types.js';
import { allMatches } from '../../nlp/index.js';

const VERB =
  /\b(retook|retaken|retakes|retake|retaking|recaptured|recaptures|recapture|recapturing|re-captured|re-took|re-taken|regained|regains|regain|regaining|liberated|liberates|liberating|reclaimed|cleared|took back|taken back|won back|wrested back)\b(?:\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+(?:of|over)\b)?/gi;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+|now\s+|also\s+)?$/i;
const NOMINAL_BEFORE = /\b(?:the|their|its|a)\s+$/i;

export const recaptureParser: Parser = {
  name: 'recaptureParser',
  triggers: ['retook', 'retaken', 'retakes', 'retake', 'retaking', 'recaptured', 'recaptures', 'recapture', 'recapturing', 're-captured', 're-took', 're-taken', 'regained', 'regains', 'regain', 'regaining', 'liberated', 'liberates', 'liberating', 'reclaimed', 'cleared', 'back'],
  parse(input, ctx) {
    const text = input.sentence.text;
    const drafts: Draft[] = [];
    for (const m of allMatches(VERB, text)) {
      const before = text.slice(0, m.index);
      if (NOMINAL_BEFORE.test(before)) continue;
      const end = m.index + m[0].length;
      const passive = PASSIVE_BEFORE.test(before);
      const places = withoutActors(passive ? placesBefore(text, m.index, input.sentence.start) : placesAfter(text, end, input.sentence.start), input, ctx);
      if (/^cleared$/i.test(m[1]) && !/^[^.;]{0,60}?\bof\s/i.test(text.slice(end))) continue;
      const byAgent = passive ? /^(?:\s+[\w'’-]+){0,5}?\s+by\s/i.exec(text.slice(end)) : null;
      const actor = passive ? (byAgent ? actorAfter(input, ctx, end + byAgent[0].length - 1, 30) : null) : actorBefore(input, ctx, m.index, places);
      for (const place of places) {
        const d = newDraft('recapture', 'recaptureParser', input, spanOf(input, m.index, m[0].length), place);
        d.actor = actor;
        drafts.push(d);
      }
    }
    return drafts;
  },
};
