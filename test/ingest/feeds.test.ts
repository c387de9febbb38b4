import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs, type ReadOutcome } from '../../src/ingest/index.js';
import { fixture } from './fixtures.js';

const NOW = new Date('2024-01-01T00:00:00Z');

async function read(name: string): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs([fixture(name)], { now: NOW, published: '2021-01-01' })) out.push(o);
  return out;
}

const docs = (outcomes: ReadOutcome[]) => outcomes.flatMap((o) => (o.kind === 'document' ? [o] : []));

test('RSS 2.0: each item a document in order, with its link, title, outlet and pubDate as a UTC day', async () => {
  const outcomes = await read('feed.rss');
  const [first, second, future] = docs(outcomes);
  assert.equal(first.doc.format, 'feed');
  assert.equal(first.doc.outlet, 'Northern Dispatch');
  assert.equal(first.doc.title, 'Taliban enter Sheberghan after days of fighting');
  assert.equal(first.doc.url, 'https://northern-dispatch.example/2021/08/06/sheberghan');
  assert.equal(first.doc.published, '2021-08-06');
  assert.equal(first.source, `${fixture('feed.rss')}#1`);
  // content:encoded is preferred to the summary, read as HTML, its script and WordPress footer dropped.
  assert.equal(
    first.doc.text,
    'Taliban fighters entered Sheberghan, the capital of Jawzjan province, on Friday after days of fighting on its outskirts, two provincial council members said.\n\nForces loyal to the local strongman pulled back to the airport, they said.',
  );
  // Escaped HTML in <description> becomes paragraphs; &amp; in the title is decoded once.
  assert.equal(second.doc.title, 'Clashes reported near Maimana & Qaisar');
  assert.equal(second.doc.text.split('\n\n').length, 2);
  assert.equal(second.doc.published, '2021-07-20');
  // A date in the future is not trusted: --published stands in and the outcome says why.
  assert.equal(future.doc.published, '2021-01-01');
  assert.match(future.warnings?.join() ?? '', /2091-01-01 is in the future/);
  // An item with no content is skipped with a reason naming it.
  const skipped = outcomes.find((o) => o.kind === 'skipped');
  assert.equal(skipped?.source, `${fixture('feed.rss')}#4`);
  assert.match(skipped?.kind === 'skipped' ? skipped.reason : '', /feed item 4 \("Nothing in it"\) has no content/);
});

test('Atom: alternate link, HTML title as words, xhtml content, published before updated', async () => {
  const [bucha, hostomel, irpin] = docs(await read('feed.atom'));
  assert.equal(bucha.doc.outlet, 'Eastern Front Notes');
  assert.equal(bucha.doc.title, 'Ukrainian troops return to Bucha');
  assert.equal(bucha.doc.url, 'https://eastern-front.example/2022/04/02/bucha');
  assert.equal(bucha.doc.published, '2022-04-02'); // 22:30 at UTC-4 is the next day in UTC
  assert.equal(bucha.doc.text, 'Ukrainian troops moved back into Bucha after Russian forces withdrew from the towns north-west of Kyiv, the regional administration said.');
  assert.equal(hostomel.doc.published, '2022-04-02');
  assert.equal(hostomel.doc.text, 'The airfield at Hostomel was back in Ukrainian hands on Saturday, a defence ministry adviser said.');
  // Untyped Atom content is plain text: its angle brackets are words, its blank line a paragraph break.
  assert.equal(irpin.doc.text, "Fewer than 3,000 of the town's residents < a tenth of its people > stayed through the fighting, the mayor said.\n\nUkrainian forces regained full control of Irpin a week ago.");
});

test('RDF (RSS 1.0): items beside the channel, dc:date; a date before 1990 is not trusted', async () => {
  const [old, fasher] = docs(await read('feed.rdf'));
  assert.equal(fasher.doc.outlet, 'Sahel Wire');
  assert.equal(fasher.doc.published, '2023-11-03');
  assert.equal(fasher.doc.url, 'https://sahel-wire.example/2023/el-fasher');
  assert.equal(old.doc.published, '2021-01-01');
  assert.match(old.warnings?.join() ?? '', /before 1990/);
});

test('a malformed feed is skipped with the parser’s message and position', async () => {
  const [outcome] = await read('broken.xml');
  assert.equal(outcome.kind, 'skipped');
  assert.match(outcome.kind === 'skipped' ? outcome.reason : '', /^malformed XML feed: .*closing tag.*\(line 8, column \d+\)$/);
});
