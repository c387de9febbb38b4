// The demo corpus itself: synthetic and saying so in every format, fictional addresses, every
// provincial capital told on the day it fell, and in step with the generator that writes it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { demoCorpusDir } from '../../src/cli/commands/demo.js';

const corpus = demoCorpusDir();
const demoDir = dirname(corpus);

interface Dispatch {
  id: string;
  outlet: string;
  url: string;
  published: string;
  title: string;
  text: string;
  lang: string;
  synthetic: boolean;
}

function dispatches(): Dispatch[] {
  return readFileSync(join(corpus, 'dispatches.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Dispatch);
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

test('every dispatch is flagged synthetic, dated April to September 2021, at a made-up address', () => {
  const all = dispatches();
  assert.ok(all.length >= 100, `only ${all.length} dispatches`);
  for (const d of all) {
    assert.equal(d.synthetic, true, d.id);
    assert.match(d.url, /^https:\/\/example\.org\//, d.id);
    assert.ok(d.published >= '2021-04-01' && d.published <= '2021-09-30', `${d.id} published ${d.published}`);
    assert.ok(d.text.length > 40, `${d.id} has almost no text`);
  }
  assert.equal(new Set(all.map((d) => d.id)).size, all.length, 'dispatch ids repeat');
  assert.deepEqual([...new Set(all.map((d) => d.lang))].sort(), ['en', 'fa', 'ps', 'ru']);
});

test('pages and the feed carry the synthetic flag', () => {
  const pages = readdirSync(join(corpus, 'pages'));
  assert.ok(pages.length >= 5);
  for (const name of pages) {
    const html = readFileSync(join(corpus, 'pages', name), 'utf8');
    assert.match(html, /<meta name="frontline:synthetic" content="true">/, name);
    assert.match(html, /cookie/i, `${name} has no cookie banner`);
  }
  const feed = readFileSync(join(corpus, 'feed.rss'), 'utf8');
  const items = feed.match(/<item>/g)?.length ?? 0;
  assert.equal(feed.match(/<frontline:synthetic>true<\/frontline:synthetic>/g)?.length, items + 1);
});

test('every provincial capital is told in English on the day it fell or the next', () => {
  const english = dispatches().filter((d) => d.lang === 'en');
  const facts = readFileSync(join(demoDir, 'facts', 'capitals.csv'), 'utf8').trim().split('\n').slice(1);
  const untold = facts
    .map((line) => line.split(','))
    .filter(([, capital, fellOn]) => {
      const name = capital.replace(/ \(.*\)$/, '');
      return !english.some((d) => (d.published === fellOn || d.published === nextDay(fellOn)) && d.text.includes(name));
    })
    .map(([, capital]) => capital);
  assert.deepEqual(untold, []);
});

test('the committed corpus is what the generator writes', () => {
  const out = mkdtempSync(join(tmpdir(), 'frontline-corpus-'));
  try {
    const run = spawnSync(process.execPath, [join(demoDir, 'build-corpus.mjs'), '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    for (const file of ['dispatches.jsonl', 'feed.rss', ...readdirSync(join(corpus, 'pages')).map((n) => join('pages', n))]) {
      assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(corpus, file), 'utf8'), `${file} differs: run node demo/build-corpus.mjs`);
    }
    assert.deepEqual(readdirSync(join(out, 'pages')).sort(), readdirSync(join(corpus, 'pages')).sort());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
