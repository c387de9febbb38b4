// What every feed flavour reduces to, and helpers over fast-xml-parser's output.

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** Raw date string (RFC 822 or ISO), judged later. */
  date: string | null;
  /** Item body: HTML, or plain text when the feed says so (Atom type="text"). */
  body: string;
  isHtml: boolean;
}

export interface Feed {
  /** The channel's title: the outlet of every item. */
  title: string | null;
  items: FeedItem[];
}

type Node = unknown;

/** A node's text: plain strings, `{ '#text': ... }` objects, the first of a repeated element. */
export function textOf(node: Node): string | null {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (node && typeof node === 'object' && '#text' in node) return textOf((node as Record<string, Node>)['#text']);
  return null;
}

const typeOf = (node: Node): unknown =>
  node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, Node>)['@_type'] : undefined;

/** Atom text constructs are plain text unless typed html or xhtml (RFC 4287, 3.1.1). */
export const isAtomHtml = (node: Node): boolean => typeOf(node) === 'html' || typeOf(node) === 'xhtml';

export const asArray = (node: Node): Node[] => (node == null ? [] : Array.isArray(node) ? node : [node]);

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (m, hex, dec, name) => {
    if (name) return XML_ENTITIES[name.toLowerCase()];
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * A content element kept raw by the parser (stopNodes) as HTML: CDATA sections are HTML as they
 * stand, the rest is escaped HTML to unescape. Atom's type="xhtml" content is markup already.
 */
export function rawContent(node: Node): string {
  const raw = textOf(node) ?? '';
  if (typeOf(node) === 'xhtml') return raw;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

/** Titles may be escaped HTML (Atom type="html" or "xhtml"): keep the words only. */
export function plainTitle(node: Node): string | null {
  const raw = isAtomHtml(node) ? rawContent(node) : textOf(node);
  return raw ? raw.replace(/<[^>]*>/g, '').trim() || null : null;
}
