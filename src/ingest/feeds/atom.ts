// Atom 1.0: <feed><entry>, content preferred over summary, published preferred over updated.
import { asArray, type Feed, isAtomHtml, plainTitle, rawContent, textOf } from './item.js';

type Obj = Record<string, unknown>;

/** The entry's web page: rel="alternate" (the default rel), else the first link. */
function alternateLink(links: unknown): string | null {
  const all = asArray(links) as Obj[];
  const alternate = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? all[0];
  return typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : null;
}

export function atomFeed(root: Obj): Feed {
  return {
    title: plainTitle(root.title),
    items: asArray(root.entry).map((node) => {
      const entry = node as Obj;
      const content = rawContent(entry.content) ? entry.content : entry.summary;
      return {
        title: plainTitle(entry.title),
        link: alternateLink(entry.link),
        date: textOf(entry.published) ?? textOf(entry.updated),
        body: rawContent(content),
        isHtml: isAtomHtml(content),
      };
    }),
  };
}
