// Feeds: validate the XML (a malformed feed is skipped with the parser's message and position),
// then hand the root to the reader of its flavour.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed } from './atom.js';
import type { Feed } from './item.js';
import { rdfFeed } from './rdf.js';
import { rssFeed } from './rss.js';

export type { Feed, FeedItem } from './item.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  // Bodies stay raw so that escaped HTML, CDATA and inline XHTML can each be read as HTML.
  stopNodes: ['*.encoded', '*.description', '*.content', '*.summary'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const FLAVOURS: Record<string, (root: Record<string, unknown>) => Feed> = { rss: rssFeed, feed: atomFeed, RDF: rdfFeed };

export type FeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

export function parseFeed(xml: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, reason: `malformed XML feed: ${msg} (line ${line}, column ${col})` };
  }
  const tree = parser.parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(tree).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const read = rootName ? FLAVOURS[rootName] : undefined;
  if (!read) return { ok: false, reason: `not a feed: root element <${rootName ?? 'none'}> is not rss, feed or rdf:RDF` };
  return { ok: true, feed: read((tree[rootName as string] ?? {}) as Record<string, unknown>) };
}

/** Cheap test on the first bytes: does this look like an RSS, Atom or RDF document? */
export function looksLikeFeed(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(head);
}
