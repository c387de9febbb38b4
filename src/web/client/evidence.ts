// A sentence from a report with its place and actor mentions marked, and the line that says
// where it comes from. Text nodes only: the sentence is shown exactly as the report wrote it.
import type { EvidenceRef } from './api.js';
import { formatDay } from './dates.js';
import { h } from './dom.js';

const ROLE_LABEL: Record<string, string> = { place: 'place', actor: 'actor', from_actor: 'other side', date: 'date', count: 'number' };

/** Splits the sentence at the highlight offsets (relative to the sentence), dropping overlaps and out-of-range spans. */
export function highlightedSentence(evidence: EvidenceRef): HTMLElement {
  const text = evidence.sentence;
  const spans = [...(evidence.highlights ?? [])]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const quote = h('q', { class: 'sentence' });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    quote.append(text.slice(at, span.start));
    quote.append(h('mark', { class: `hl hl-${span.role}`, title: ROLE_LABEL[span.role] ?? span.role }, text.slice(span.start, span.end)));
    at = span.end;
  }
  quote.append(text.slice(at));
  return quote;
}

export function syntheticBadge(): HTMLElement {
  return h('span', { class: 'badge synthetic', title: 'A reconstructed document (demo corpus), not a real report' }, 'synthetic');
}

export function sourceLine(evidence: EvidenceRef): HTMLElement {
  const link = evidence.url ? h('a', { href: evidence.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, 'report ↗') : null;
  return h(
    'div',
    { class: 'source' },
    h('span', { class: 'outlet' }, evidence.outlet ?? 'unknown outlet'),
    h('span', { class: 'published' }, formatDay(evidence.published)),
    evidence.synthetic ? syntheticBadge() : null,
    link && link.hasAttribute('href') ? link : evidence.url ? h('span', { class: 'url-text' }, evidence.url) : null,
  );
}

export function evidenceBlock(evidence: EvidenceRef): HTMLElement {
  return h('div', { class: 'evidence' }, highlightedSentence(evidence), sourceLine(evidence));
}
