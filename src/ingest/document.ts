// From raw text or HTML plus metadata to a Document: normalise, strip boilerplate, hash, date
// and language. Pure apart from the clock used to distrust future dates. The near-duplicate
// fingerprint is left to the store, which alone needs it (extraction does not pay for it).
import type { Document, DocumentFormat, IsoDate } from '../core/index.js';
import { removeBoilerplate } from './boilerplate.js';
import { readHtml } from './html.js';
import { documentLanguage } from './language.js';
import { contentHash, normaliseText } from './normalise.js';
import { judgeDate } from './published.js';
import type { DocumentMeta, ReadOptions } from './types.js';

/** A Document and what was noticed while making it (dates not trusted, ...). */
export interface BuiltDocument {
  doc: Document;
  warnings: string[];
}

/** What the content itself says about the document, weaker than the input's own metadata. */
export interface FoundMeta {
  /** Raw date strings from the page or feed, best first; judged against a plausible window. */
  dates?: string[];
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  /** The page marks itself as a reconstruction (`<meta name="frontline:synthetic" content="true">`). */
  synthetic?: boolean;
}

/** The text downstream offsets index: normalised, then without page furniture. */
export function cleanText(raw: string): string {
  return removeBoilerplate(normaliseText(raw)).trim();
}

const oneLine = (s: string | null | undefined): string | null => (s ? normaliseText(s).replace(/\s+/g, ' ') || null : null);

interface DateClaim {
  value: unknown;
  /** The user's or the record's own date: only needs to be a date. Page and feed dates must also be plausible. */
  trusted: boolean;
  label: string;
}

/** meta.published, else the first plausible date found in the content, else `--published`. */
function publication(meta: DocumentMeta, found: FoundMeta, opts: ReadOptions, warnings: string[]): IsoDate | null {
  const claims: DateClaim[] = [];
  if (meta.published != null) claims.push({ value: meta.published, trusted: true, label: 'published' });
  for (const value of found.dates ?? []) claims.push({ value, trusted: false, label: 'page date' });
  if (opts.published != null) claims.push({ value: opts.published, trusted: true, label: '--published' });
  for (const { value, trusted, label } of claims) {
    const verdict = judgeDate(value, trusted, opts.now ?? new Date());
    if (verdict.date !== null) return verdict.date;
    warnings.push(`${label} not used: ${verdict.problem}`);
  }
  return null;
}

/** Builds a Document from raw (not yet normalised) plain text. */
export function buildDocument(raw: string, format: DocumentFormat, meta: DocumentMeta, found: FoundMeta, opts: ReadOptions): BuiltDocument {
  const warnings: string[] = [];
  const text = cleanText(raw);
  const hash = contentHash(text);
  const doc: Document = {
    id: meta.id?.trim() || hash,
    hash,
    url: meta.url ?? found.url ?? null,
    outlet: oneLine(meta.outlet ?? found.outlet),
    title: oneLine(meta.title ?? found.title),
    published: publication(meta, found, opts, warnings),
    lang: documentLanguage(text, meta.lang),
    text,
    format,
    synthetic: meta.synthetic ?? found.synthetic ?? false,
  };
  return { doc, warnings };
}

/** How a piece of HTML is read: a whole page goes through Readability, a fragment (feed item) is the article. */
export interface HtmlReading {
  wholePage: boolean;
  /** Dates known from outside the HTML (a feed item's pubDate), ahead of the page's own. */
  dates?: string[];
}

/** Builds a Document from HTML. */
export function buildHtmlDocument(html: string, format: DocumentFormat, meta: DocumentMeta, opts: ReadOptions, reading: HtmlReading = { wholePage: true }): BuiltDocument {
  const page = readHtml(html, { readability: reading.wholePage });
  const found = { dates: [...(reading.dates ?? []), ...page.dates], url: page.canonicalUrl, title: page.title, outlet: page.outlet, synthetic: page.synthetic };
  return buildDocument(page.text, format, meta, found, opts);
}

/** A Document from plain text and what is known about it. */
export function documentFromText(text: string, meta: DocumentMeta = {}, opts: ReadOptions = {}): Document {
  return buildDocument(text, 'text', meta, {}, opts).doc;
}

/** A Document from an HTML page: main text, title, publication date and canonical URL from the page. */
export function documentFromHtml(html: string, meta: DocumentMeta = {}, opts: ReadOptions = {}): Document {
  return buildHtmlDocument(html, 'html', meta, opts).doc;
}
