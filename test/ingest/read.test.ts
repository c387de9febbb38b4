import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes, readInputs, type ReadOptions, type ReadOutcome } from '../../src/ingest/index.js';
import { fixture, tempDir } from './fixtures.js';

const REPORT = 'Government troops withdrew from the district centre of Dasht-e Archi on Monday, the district governor said.';

async function collect(paths: string[], opts: ReadOptions = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readInputs(paths, opts)) out.push(o);
  return out;
}

const reasonOf = (o: ReadOutcome | undefined): string => (o?.kind === 'skipped' ? o.reason : `not skipped: ${JSON.stringify(o)}`);

function file(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test('a folder is read recursively in name order, hidden files skipped, formats by extension', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b-sub'));
  file(dir, 'c.txt', REPORT);
  file(dir, 'a.html', `<html><body><p>${REPORT}</p></body></html>`);
  file(join(dir, 'b-sub'), 'x.jsonl', JSON.stringify({ id: 'x1', text: REPORT }) + '\n');
  file(dir, '.hidden.txt', 'Taliban fighters took the hidden file, officials said on Monday afternoon.');
  const outcomes = await collect([dir]);
  assert.deepEqual(outcomes.map((o) => o.source), [join(dir, 'a.html'), join(dir, 'b-sub', 'x.jsonl') + ':1', join(dir, 'c.txt')]);
  assert.deepEqual(outcomes.map((o) => (o.kind === 'document' ? o.doc.format : o.reason)), ['html', 'jsonl', 'text']);
  rmSync(dir, { recursive: true });
});

test('a whole HTML page saved as .txt is still read as HTML', async () => {
  const dir = tempDir();
  const [o] = await collect([file(dir, 'saved.txt', `<!DOCTYPE html><html><body><p>${REPORT}</p><script>alert(1)</script></body></html>`)]);
  assert.equal(o.kind === 'document' && o.doc.format, 'html');
  assert.equal(o.kind === 'document' && o.doc.text, REPORT);
  rmSync(dir, { recursive: true });
});

test('equal texts get equal hashes; the id is the input’s own when given, else the hash', async () => {
  const dir = tempDir();
  const outcomes = await collect([file(dir, 'a.txt', REPORT), file(dir, 'b.jsonl', JSON.stringify({ id: 'given', text: REPORT }))]);
  const [a, b] = outcomes.map((o) => (o.kind === 'document' ? o.doc : assert.fail(reasonOf(o))));
  assert.equal(a.hash, b.hash);
  assert.equal(a.id, a.hash);
  assert.equal(b.id, 'given');
  rmSync(dir, { recursive: true });
});

test('outcomes are yielded as the files are read, not after reading the whole folder', async () => {
  const dir = tempDir();
  file(dir, 'a.txt', REPORT);
  const later = file(dir, 'b.txt', REPORT);
  const it = readInputs([dir]);
  const first = await it.next();
  assert.equal(first.value?.source, join(dir, 'a.txt'));
  rmSync(later);
  const second = await it.next();
  assert.match(reasonOf(second.value as ReadOutcome), /no such file or directory/);
  rmSync(dir, { recursive: true });
});

test('stdin ("-") is sniffed: plain text, HTML, a feed or JSON Lines', async () => {
  const stdin = (s: string) => ({ stdin: (async function* () { yield Buffer.from(s); })(), published: '2021-08-01' });
  const [text] = await collect(['-'], stdin(REPORT));
  assert.equal(text.kind === 'document' && text.doc.format, 'text');
  assert.equal(text.kind === 'document' && text.doc.published, '2021-08-01');
  assert.equal(text.source, '<stdin>');
  const [html] = await collect(['-'], stdin(`<!doctype html><p>${REPORT}</p>`));
  assert.equal(html.kind === 'document' && html.doc.format, 'html');
  const feed = await collect(['-'], stdin(`<?xml version="1.0"?><rss><channel><title>T</title><item><description>${REPORT}</description></item></channel></rss>`));
  assert.equal(feed[0].kind === 'document' && feed[0].doc.format, 'feed');
  const lines = await collect(['-'], stdin(`{"text": "${REPORT}"}\n{"text": "${REPORT} Again."}\n`));
  assert.deepEqual(lines.map((o) => o.kind === 'document' && o.doc.format), ['jsonl', 'jsonl']);
  const [empty] = await collect(['-'], stdin(''));
  assert.match(reasonOf(empty), /empty input/);
});

test('JSON Lines: a broken line is skipped with its number, the others go through in order', async () => {
  const outcomes = await collect([fixture('docs.jsonl')], { published: '2020-02-29' });
  assert.deepEqual(outcomes.map((o) => o.kind), ['document', 'document', 'skipped', 'skipped', 'document']);
  assert.match(reasonOf(outcomes[2]), /^line 3: invalid JSON/);
  assert.match(reasonOf(outcomes[3]), /^line 4: no "text" or "html"/);
  const [one, two, , , six] = outcomes.map((o) => (o.kind === 'document' ? o : null));
  assert.deepEqual([one?.doc.id, one?.doc.outlet, one?.doc.title, one?.doc.published, one?.doc.url], ['doc-1', 'Example Times', 'Kunduz city falls', '2021-08-08', 'https://example.org/a']);
  assert.equal(two?.doc.text, 'Sar-e Pul city also fell to the Taliban on Sunday, a provincial council member said.');
  assert.equal(two?.doc.published, '2021-08-08');
  // A "published" that is not a date falls back to --published, with a warning.
  assert.equal(six?.doc.id, '4');
  assert.equal(six?.doc.synthetic, true);
  assert.equal(six?.doc.published, '2020-02-29');
  assert.match(six?.warnings?.join() ?? '', /not a date: "not a date"/);
});

test('JSON: an array of records, bad items skipped with their position', async () => {
  const outcomes = await collect([fixture('docs.json')]);
  assert.deepEqual(outcomes.map((o) => (o.kind === 'document' ? o.doc.id : reasonOf(o))), ['j-1', 'j-2', 'item 3: not a JSON object']);
});

test('bad inputs are skipped with a reason, never thrown', async () => {
  const dir = tempDir();
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
  const nul = Buffer.from('Taliban\u0000fighters\u0000', 'latin1');
  const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
  const big = join(dir, 'big.txt');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024); // sparse: the size is real, the disk stays empty
  const cases: [string, RegExp][] = [
    [file(dir, 'empty.txt', ''), /^empty file$/],
    [file(dir, 'blank.txt', ' \n\t\r\n  '), /^only whitespace$/],
    [file(dir, 'image.png', png), /binary file \(PNG image\)/],
    [file(dir, 'archive.txt', zip), /binary file \(ZIP archive/],
    [file(dir, 'nul.txt', nul), /binary file \(contains NUL bytes\)/],
    [file(dir, 'noise.bin', noise), /binary file/],
    [big, /too large: 50\.0 MiB \(52428800 bytes\) is over the 20\.0 MiB limit/],
    [join(dir, 'missing.txt'), new RegExp(`no such file or directory: .*missing\\.txt`)],
    [file(dir, 'furniture.txt', 'Advertisement\n\nShare on Facebook'), /no text left after removing boilerplate/],
  ];
  const outcomes = await collect(cases.map(([p]) => p));
  cases.forEach(([path, reason], i) => {
    assert.equal(outcomes[i].source, path);
    assert.match(reasonOf(outcomes[i]), reason, path);
  });
  rmSync(dir, { recursive: true });
});

test('maxBytes is honoured for files and stdin', async () => {
  const dir = tempDir();
  const [fileOutcome] = await collect([file(dir, 'a.txt', REPORT)], { maxBytes: 10 });
  assert.match(reasonOf(fileOutcome), /too large: \d+ bytes .*over the 10 bytes limit/);
  const [stdinOutcome] = await collect(['-'], { maxBytes: 10, stdin: (async function* () { yield REPORT; })() });
  assert.match(reasonOf(stdinOutcome), /too large: more than 10 bytes on stdin/);
  rmSync(dir, { recursive: true });
});

test('UTF-16 with a byte-order mark is decoded; Latin-1 without one is read as windows-1252', async () => {
  const dir = tempDir();
  const text = 'Les talibans ont pris le contrôle de Kunduz dimanche, selon des responsables afghans, après une semaine de combats.';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le.subarray(2)).swap16();
  const outcomes = await collect([
    file(dir, 'le.txt', le),
    file(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
    file(dir, 'latin1.txt', Buffer.from(text.replace('.', ' — fin.'), 'latin1')),
  ]);
  const [a, b, c] = outcomes.map((o) => (o.kind === 'document' ? o : assert.fail(reasonOf(o))));
  assert.equal(a.doc.text, text);
  assert.equal(b.doc.text, text);
  assert.equal(a.doc.lang, 'fr');
  assert.ok(c.doc.text.startsWith('Les talibans ont pris le contrôle de Kunduz'));
  assert.deepEqual(c.warnings, ['decoded as windows-1252']);
  rmSync(dir, { recursive: true });
});

test('a symbolic link back to a folder being read is not followed twice', async () => {
  const dir = tempDir();
  file(dir, 'a.txt', REPORT);
  symlinkSync(dir, join(dir, 'loop'));
  const outcomes = await collect([dir]);
  assert.deepEqual(outcomes.map((o) => (o.kind === 'document' ? o.source : reasonOf(o))), [join(dir, 'a.txt'), 'folder already read (symbolic link loop)']);
  rmSync(dir, { recursive: true });
});

test('an empty folder and a path that does not exist are skips naming them', async () => {
  const dir = tempDir();
  const outcomes = await collect([dir, join(dir, 'nope')]);
  assert.deepEqual(outcomes.map(reasonOf), ['empty folder', `no such file or directory: ${join(dir, 'nope')}`]);
  rmSync(dir, { recursive: true });
});

test('inputs cut off at any point give documents or skips, never an exception', () => {
  for (const name of ['feed.rss', 'feed.atom', 'article.html', 'docs.jsonl']) {
    const bytes = readFileSync(fixture(name));
    for (let cut = 1; cut < bytes.length; cut += 13) {
      for (const o of readBytes(bytes.subarray(0, cut), `${name}@${cut}`, null, {})) {
        assert.ok(o.kind === 'document' ? o.doc.text.length > 0 : o.reason.length > 0, `${name}@${cut}`);
      }
    }
  }
});
