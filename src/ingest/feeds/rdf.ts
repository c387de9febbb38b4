// RSS 1.0 (RDF): <rdf:RDF> with <channel> and sibling <item>s, dates in dc:date.
import { asArray, type Feed, plainTitle, rawContent, textOf } from './item.js';

type Obj = Record<string, unknown>;

export function rdfFeed(root: Obj): Feed {
  const channel = (asArray(root.channel)[0] ?? {}) as Obj;
  return {
    title: textOf(channel.title),
    items: asArray(root.item).map((node) => {
      const item = node as Obj;
      return {
        title: plainTitle(item.title),
        link: textOf(item.link) ?? textOf(item['@_about']),
        date: textOf(item.date),
        // RSS bodies are HTML in practice, escaped or in CDATA.
        body: rawContent(item.encoded) || rawContent(item.description),
        isHtml: true,
      };
    }),
  };
}
