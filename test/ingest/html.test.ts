import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { documentFromHtml } from '../../src/ingest/index.js';
import { fixture } from './fixtures.js';

const page = readFileSync(fixture('article.html'), 'utf8');

test('a news page gives its article text in paragraphs, without furniture or code', () => {
  const doc = documentFromHtml(page);
  assert.ok(doc.text.startsWith('KANDAHAR, Afghanistan — Taliban fighters took control of the Spin Boldak border crossing'));
  assert.ok(doc.text.endsWith('took Islam Qala on the Iranian border.'));
  assert.equal(doc.text.split('\n\n').length, 5);
  for (const gone of ['cookies', 'Share on Facebook', 'Tweet', 'Read more', 'Advertisement', 'Download our app', 'newsletter', 'JavaScript', 'Related', 'All rights reserved']) {
    assert.ok(!doc.text.includes(gone), `still has ${gone}`);
  }
  for (const code of ['alert', 'dataLayer', 'onerror', 'onclick', 'injected by a script', 'font-family']) {
    assert.ok(!doc.text.includes(code), `code leaked: ${code}`);
  }
  assert.equal(doc.format, 'html');
  assert.equal(doc.lang, 'en');
});

test('title, publication day (UTC), canonical URL and outlet come from the page', () => {
  const doc = documentFromHtml(page);
  assert.equal(doc.title, 'Taliban seize key border crossing at Spin Boldak');
  assert.equal(doc.published, '2021-07-14');
  assert.equal(doc.url, 'https://frontier-ledger.example/world/2021/07/14/spin-boldak-crossing');
  assert.equal(doc.outlet, 'Frontier Ledger');
});

test('the input’s own metadata outranks the page’s', () => {
  const doc = documentFromHtml(page, { id: 'fl-1', url: 'https://mirror.example/x', published: '2021-07-15', outlet: 'Mirror' });
  assert.deepEqual([doc.id, doc.url, doc.published, doc.outlet], ['fl-1', 'https://mirror.example/x', '2021-07-15', 'Mirror']);
});

test('JSON-LD datePublished and <time datetime> stand in when there is no meta date', () => {
  const body = '<p>Russian forces shelled the outskirts of the town through the night, the regional governor said on Telegram.</p>';
  const jsonLd = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-03-05T23:30:00-03:00"}]}</script></head><body>${body}</body></html>`;
  assert.equal(documentFromHtml(jsonLd).published, '2022-03-06');
  const time = `<html><body><article><time datetime="2022-03-04">4 March</time>${body}</article></body></html>`;
  assert.equal(documentFromHtml(time).published, '2022-03-04');
});

test('script, event handlers and <img onerror> never reach the text of a bare fragment', () => {
  const html = '<div onclick="steal()">Fighting <b onmouseover="x()">continued</b> near the dam.<img src=x onerror="alert(1)"><script>var a = "leak";</script><style>p{}</style><iframe srcdoc="<p>frame</p>"></iframe></div>';
  const doc = documentFromHtml(html);
  assert.equal(doc.text, 'Fighting continued near the dam.');
});

test('truncated HTML still gives what is there', () => {
  const doc = documentFromHtml(readFileSync(fixture('truncated.html'), 'utf8'));
  assert.ok(doc.text.startsWith('Heavy clashes broke out on the edge of Lashkar Gah'));
  assert.ok(doc.text.includes("the governor's compou"));
  assert.equal(doc.title, 'Fighting near Lashkar Gah');
});

test('a page whose only text is in <body> (no article Readability can find) falls back to the body text', () => {
  const doc = documentFromHtml('<html><body><span>Kunduz airport was quiet on Monday.</span></body></html>');
  assert.equal(doc.text, 'Kunduz airport was quiet on Monday.');
});

test('a form that wraps the whole page is kept; a sign-up form is not', () => {
  const paras = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: government troops held the district centre of Dand on Friday, the governor said after a long night of clashes.</p>`).join('');
  const doc = documentFromHtml(`<html><body><form id="aspnetForm">${paras}<form><p>Subscribe now</p></form></form></body></html>`);
  assert.ok(doc.text.includes('Paragraph 4'));
  assert.ok(!doc.text.includes('Subscribe'));
});

test('a page that declares itself synthetic is marked so; others are not', () => {
  const body = '<body><article><h1>Town changes hands</h1><p>Rebel fighters entered the town of Example on Monday, residents said.</p></article></body>';
  const marked = documentFromHtml(`<html><head><meta name="frontline:synthetic" content="true"></head>${body}</html>`);
  const plain = documentFromHtml(`<html><head><meta name="description" content="news"></head>${body}</html>`);
  assert.equal(marked.synthetic, true);
  assert.equal(plain.synthetic, false);
  assert.equal(documentFromHtml(`<html><head><meta name="frontline:synthetic" content="true"></head>${body}</html>`, { synthetic: false }).synthetic, false, 'metadata given by the caller wins');
});
