#!/usr/bin/env node
// Writes the demo corpus (demo/corpus/, or the folder after --out) from the hand-written stories and
// the district facts. Deterministic: running it twice gives the same files. Run: node demo/build-corpus.mjs
// It checks the corpus against demo/facts/capitals.csv before writing: every capital must be told
// by a report dated the day of its fall or the day after.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import aggregates from './src/aggregates.mjs';
import capitals from './src/capitals.mjs';
import { districtRoundups, readDistrictFacts } from './src/districts.mjs';
import { feed } from './src/feed.mjs';
import foreign from './src/foreign.mjs';
import { addDays } from './src/helpers.mjs';
import { pages } from './src/pages.mjs';
import { districtStories, threats } from './src/stories.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? process.argv[outFlag + 1] : join(here, 'corpus');

/** How the corpus names each capital when the facts table spells it otherwise. */
const CAPITAL_NAMES = { 'Firozkoh (Chaghcharan)': 'Firozkoh' };

function readCsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

function checkCapitals(docs) {
  const missing = [];
  for (const c of readCsv(join(here, 'facts', 'capitals.csv'))) {
    const name = CAPITAL_NAMES[c.capital] ?? c.capital;
    const days = [c.fell_on, addDays(c.fell_on, 1)];
    if (!docs.some((d) => days.includes(d.published) && d.lang === 'en' && d.text.includes(name))) missing.push(name);
  }
  if (missing.length) throw new Error(`no report on the day of the fall (or the next) for: ${missing.join(', ')}`);
}

function checkIds(docs) {
  const seen = new Set();
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`duplicate id ${d.id}`);
    seen.add(d.id);
  }
}

const byDate = (a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id);
const districts = districtRoundups(readDistrictFacts(join(here, 'facts', 'districts.csv')));
const jsonl = [...capitals, ...districts, ...districtStories, ...threats, ...aggregates, ...foreign].sort(byDate);
const htmlPages = pages();
const rss = feed();
const all = [...jsonl, ...htmlPages.map(([, , doc]) => doc), ...rss.items];
checkIds(all);
checkCapitals(all);

// Only our own outputs are replaced, so --out never wipes anything else in the folder.
rmSync(join(out, 'pages'), { recursive: true, force: true });
mkdirSync(join(out, 'pages'), { recursive: true });
writeFileSync(join(out, 'dispatches.jsonl'), jsonl.map((d) => JSON.stringify(d)).join('\n') + '\n');
for (const [name, html] of htmlPages) writeFileSync(join(out, 'pages', name), html);
writeFileSync(join(out, 'feed.rss'), rss.xml);

const counts = {
  jsonl: jsonl.length,
  capitals: capitals.length,
  districtRoundups: districts.length,
  districtStories: districtStories.length,
  threats: threats.length,
  aggregates: aggregates.length,
  foreign: foreign.length,
  pages: htmlPages.length,
  feedItems: rss.items.length,
  total: all.length,
};
console.log(JSON.stringify(counts));
