// HTML to article: the main text (Readability over a linkedom DOM, body text when it finds
// nothing) with paragraph breaks as blank lines, plus what the page says about itself.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  /** Plain text with paragraphs separated by blank lines (not yet normalised). */
  text: string;
  title: string | null;
  /** Candidate publication dates from the page's metadata, most specific first (raw strings). */
  dates: string[];
  canonicalUrl: string | null;
  outlet: string | null;
  /** True when the page declares itself synthetic (a reconstruction, as in the demo corpus). */
  synthetic: boolean;
}

/** Elements whose content is never article text (code, widgets, embedded pages). */
const NEVER_TEXT = ['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'input'];
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption',
]);
/** A form holding more than this share of the page's text wraps the page (ASP.NET style) rather than being a widget. */
const WRAPPER_FORM_SHARE = 0.5;

const BREAK = '\u0000p';
const LINE = '\u0000br';

type Doc = ReturnType<typeof parseHTML>['document'];

/**
 * Raw-text elements cut before parsing: on real pages scripts and styles are often half the bytes,
 * and the tokenizer ends them at the same closing tag. JSON-LD scripts stay for the page's dates.
 */
const RAW_TEXT = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

/** linkedom wants a whole document; fragments (feed items, snippets) get a body around them. */
function parseDocument(html: string): Doc {
  const lean = html.replace(RAW_TEXT, '');
  const wrapped = (): Doc => parseHTML(`<!DOCTYPE html><html><head></head><body>${lean}</body></html>`).document;
  if (!/<html[\s>]/i.test(lean)) return wrapped();
  const doc = parseHTML(lean).document;
  // A broken "<html" that opens no root element: read the markup as a fragment instead.
  return doc.documentElement ? doc : wrapped();
}

const attr = (doc: Doc, selector: string, name: string): string | null => doc.querySelector(selector)?.getAttribute(name)?.trim() || null;

function jsonLdDates(doc: Doc): string[] {
  const dates: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') dates.push(o.datePublished);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the other date sources still count.
    }
  }
  return dates;
}

const META_DATES = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="parsely-pub-date"]', 'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]', 'meta[name="date"]',
];

function pageDates(doc: Doc): string[] {
  const metas = META_DATES.map((s) => attr(doc, s, 'content'));
  const times = [attr(doc, 'time[itemprop="datePublished"]', 'datetime'), attr(doc, 'time[pubdate]', 'datetime'), attr(doc, 'time[datetime]', 'datetime')];
  return [...metas, ...jsonLdDates(doc), ...times].filter((d): d is string => !!d);
}

function absoluteUrl(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function removeNeverText(doc: Doc): void {
  for (const el of doc.querySelectorAll(NEVER_TEXT.join(','))) el.remove();
  const pageChars = doc.body?.textContent?.length ?? 0;
  for (const form of doc.querySelectorAll('form')) {
    if ((form.textContent?.length ?? 0) <= pageChars * WRAPPER_FORM_SHARE) form.remove();
  }
}

/** Text of a subtree: blocks become paragraph breaks, `<br>` a line break, other markup nothing. */
function blockText(root: Node): string {
  const out: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop() as Node | string;
    if (typeof item === 'string') out.push(item);
    else if (item.nodeType === 3) out.push((item.nodeValue ?? '').replace(/\u0000/g, '').replace(/\s+/g, ' '));
    else if (item.nodeType === 1 || item.nodeType === 9 || item.nodeType === 11) pushElement(item, stack);
  }
  return out.join('').replace(/\u0000(p|br)/g, (_, k) => (k === 'p' ? '\n\n' : '\n'));
}

function pushElement(node: Node, stack: (Node | string)[]): void {
  const name = (node as Element).localName?.toLowerCase() ?? '';
  if (NEVER_TEXT.includes(name)) return;
  if (name === 'br') return void stack.push(LINE);
  const block = BLOCKS.has(name);
  if (block) stack.push(BREAK);
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  if (block) stack.push(BREAK);
}

function mainContent(doc: Doc): string {
  const article = new Readability<Node>(doc as unknown as Document, { serializer: (node) => node }).parse();
  const text = article?.content ? blockText(article.content) : '';
  return text.trim() ? text : '';
}

/** Readability changes the DOM even when it finds nothing: the body fallback starts over. */
function freshDocument(html: string): Doc {
  const doc = parseDocument(html);
  removeNeverText(doc);
  return doc;
}

const bodyText = (doc: Doc): string => blockText(doc.body ?? (doc as unknown as Node));

/** Reads a whole page. `readability: false` for fragments that are already the article (feed items). */
export function readHtml(html: string, options: { readability: boolean }): HtmlArticle {
  const doc = parseDocument(html);
  // og:title is the headline without the " | Outlet" that <title> usually carries.
  const title = attr(doc, 'meta[property="og:title"]', 'content') || doc.querySelector('title')?.textContent?.trim() || doc.querySelector('h1')?.textContent?.trim() || null;
  const meta = {
    title,
    dates: pageDates(doc),
    canonicalUrl: absoluteUrl(attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content')),
    outlet: attr(doc, 'meta[property="og:site_name"]', 'content'),
    synthetic: attr(doc, 'meta[name="frontline:synthetic"]', 'content')?.toLowerCase() === 'true',
  };
  removeNeverText(doc);
  const text = (options.readability && mainContent(doc)) || bodyText(options.readability ? freshDocument(html) : doc);
  return { text, ...meta };
}
