// reported / claimed / denied. Denied: a denial governs the event ("the ministry denied that ...").
// Claimed: the party that gains says so ("Taliban spokesman said", "claimed to have captured").
import { findAttributions, type Attribution } from '../../nlp/index.js';
import type { DocumentContext, Draft, Refiner } from '../types.js';

const DENIAL = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted|refutes|refute)\b/i;
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
  if (DENIAL.test(before)) {
    d.status = 'denied';
    d.attributedTo = source?.source ?? null;
    return;
  }
  const party = d.actor?.side ? source && ctx.actors.find(source.source).some((a) => a.side === d.actor!.side) : false;
  if (CLAIM.test(before) || (party && source!.act !== 'confirmed')) {
    d.status = 'claimed';
    d.attributedTo = source?.source ?? d.actor?.text ?? null;
  }
}
