// RSS 2.0 (and 0.9x): <rss><channel><item>, content:encoded preferred over description.
import { asArray, type Feed, plainTitle, rawContent, textOf } from './item.js';

type Obj = Record<string, unknown>;

export function rssFeed(root: Obj): Feed {
  const channel = (asArray(root.channel)[0] ?? {}) as Obj;
  return {
    title: textOf(channel.title),
    items: asArray(channel.item).map((node) => {
      const item = node as Obj;
      return {
        title: plainTitle(item.title),
        link: textOf(item.link) ?? permalinkGuid(item.guid),
        date: textOf(item.pubDate) ?? textOf(item.date),
        // RSS bodies are HTML in practice, escaped or in CDATA.
        body: rawContent(item.encoded) || rawContent(item.description),
        isHtml: true,
      };
    }),
  };
}

/** A guid is a link only when it says so (isPermaLink defaults to true) and looks like one. */
function permalinkGuid(guid: unknown): string | null {
  const value = textOf(guid);
  const permalink = !(guid && typeof guid === 'object' && (guid as Obj)['@_isPermaLink'] === 'false');
  return value && permalink && /^https?:\/\//.test(value) ? value : null;
}
