// A denial that points back: "The Taliban said they had taken X. The ministry rejected the claim."
// The events the earlier sentence states are copied as denied by the one who rejects them, dated by
// the report, so the control layer keeps each dispute next to the claim it answers.
import { eventFamily } from '../../core/index.js';
import { findAttributions } from '../../nlp/index.js';
import type { DocumentContext, Draft, Refiner } from '../types.js';
import { DENIAL, denier } from './statusRefiner.js';

/** "denied the claim", "rejected the reports as false", "dismissed it as propaganda", "denied the figure". */
const BACK = /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|this\s+|that\s+|these\s+|such\s+)?(?:(?:taliban|group['’]s|insurgents['’]|militants['’]|rebels['’])\s+)?(claims?|reports?|figures?|account|assertion|statement|it|them)\b(?!\s+(?:that|of)\b)/i;
/** How far back the claim may be: the sentence before, or the one before that. */
const REACH = 2;

export const denialRefiner: Refiner = {
  name: 'denialRefiner',
  refine(drafts, ctx) {
    const out = [...drafts];
    // A sentence that states its own capture or tally is denied by the status refiner, not here.
    const stated = new Set(drafts.filter(disputable).map((d) => d.sentence));
    for (let i = 0; i < ctx.sentences.length; i++) {
      const text = ctx.sentences[i].text;
      if (stated.has(i) || !DENIAL.test(text)) continue;
      const back = BACK.exec(text);
      if (!back) continue;
      const claimed = pointedAt(drafts, i);
      const source = denier(text.slice(0, back.index), findAttributions(text));
      for (const d of claimed) out.push(deniedCopy(d, i, back.index, back[0].length, source, ctx));
    }
    return out.sort((a, b) => a.sentence - b.sentence);
  },
};

const disputable = (d: Draft) => eventFamily(d.type) === 'capture' || eventFamily(d.type) === 'control_claim';

/** The events of the nearest earlier sentence (within REACH) that states a capture or a tally. */
function pointedAt(drafts: Draft[], sentence: number): Draft[] {
  for (let j = sentence - 1; j >= Math.max(0, sentence - REACH); j--) {
    const there = drafts.filter((d) => d.sentence === j && d.status !== 'denied' && disputable(d));
    if (there.length > 0) return there;
  }
  return [];
}

function deniedCopy(d: Draft, sentence: number, at: number, length: number, source: string | null, ctx: DocumentContext): Draft {
  const s = ctx.sentences[sentence];
  const dated = ctx.doc.published ? { date: ctx.doc.published, datePrecision: 'day' as const } : { date: d.date, datePrecision: d.datePrecision };
  return { ...d, ...dated, sentence, trigger: { start: s.start + at, end: s.start + at + length }, status: 'denied', attributedTo: source, dateSpan: undefined, countSpan: undefined };
}
