// reported / claimed / denied. Denied: a denial governs the event ("the ministry denied that ...").
// Claimed: the party that gains says so ("Taliban spokesman said", "claimed to have captured").
import { findAttributions, type Attribution } from '../../nlp/index.js';
import type { DocumentContext, Draft, Refiner } from '../types.js';

export const DENIAL = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted|refutes|refute)\b/i;
const CLAIM = /\b(?:claim(?:s|ed)?|vow(?:s|ed)?)\s+(?:to have|that|it had|they had|responsibility)\b|\bclaim(?:s|ed)?\b/i;

export const statusRefiner: Refiner = {
  name: 'statusRefiner',
  refine(drafts, ctx) {
    const bySentence = new Map<number, Attribution[]>();
    for (const d of drafts) {
      let sources = bySentence.get(d.sentence);
      if (!sources) bySentence.set(d.sentence, (sources = findAttributions(ctx.sentences[d.sentence].text)));
      applyStatus(d, ctx, sources);
    }
    return drafts;
  },
};

function applyStatus(d: Draft, ctx: DocumentContext, sources: Attribution[]): void {
  const s = ctx.sentences[d.sentence];
  const before = s.text.slice(0, d.trigger.start - s.start);
  const source = sources.find((a) => a.start < d.trigger.start - s.start) ?? sources[0];
  const denial = DENIAL.exec(before);
  if (denial) {
    d.status = 'denied';
    d.attributedTo = denier(before.slice(0, denial.index), sources) ?? source?.source ?? null;
    // A denial is dated by its report when the sentence gives no date: the control layer sets it beside the claim.
    if (!d.date && ctx.doc.published) [d.date, d.datePrecision] = [ctx.doc.published, 'day'];
    return;
  }
  const party = d.actor?.side ? source && ctx.actors.find(source.source).some((a) => a.side === d.actor!.side) : false;
  if (CLAIM.test(before) || (party && source!.act !== 'confirmed')) {
    d.status = 'claimed';
    d.attributedTo = source?.source ?? d.actor?.text ?? null;
  }
}

/** Who denies: the attribution whose act is a denial, else the subject right before the verb ("A spokesman for the resistance front"). */
export function denier(head: string, sources: Attribution[]): string | null {
  const said = sources.find((a) => a.act === 'denied' && a.start < head.length + 2);
  if (said) return said.source;
  const clause = head.split(/[,;:]\s*|\b(?:and|but|while|as)\s+/).pop() ?? '';
  const subject = clause.replace(/^\s*(?:however|meanwhile|later|also)\s+/i, '').replace(/\s+(?:also|later|flatly|strongly|quickly|has|have|had)\s*$/i, '').trim();
  return subject.length > 0 && subject.split(/\s+/).length <= 10 ? subject : null;
}
