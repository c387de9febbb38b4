import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frontline } from '../extract/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'frontline-eval-'));
const gold = join(dir, 'gold.jsonl');
const docs = [
  {
    id: 't-1',
    published: '2021-08-08',
    text: 'The Taliban captured Kunduz city on Sunday, Afghan officials said. Fighting continued in Lashkar Gah.',
    events: [
      { type: 'capture', place: 'Kunduz', place_kind: 'provincial_capital', province: 'Kunduz', country: 'AF', actor: 'Taliban', date: '2021-08-08', date_precision: 'day' },
      { type: 'surrender', place: 'Herat', place_kind: 'city', province: 'Herat', country: 'AF', actor: 'Taliban', date: null, date_precision: null },
    ],
  },
  { id: 't-2', published: '2021-07-27', text: 'Afghan forces retook Kaldar district in Balkh province on Monday.', events: [{ type: 'recapture', place: 'Kaldar', place_kind: 'district', province: 'Balkh', country: 'AF', actor: 'Afghan government forces', date: '2021-07-26', date_precision: 'day' }] },
];
writeFileSync(gold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

test('--json prints one object with overall and per-family scores', () => {
  const r = frontline(['eval', '--gold', gold, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.documents, 2);
  assert.deepEqual(s.by_type.capture, { precision: 1, recall: 1, f1: 1, gold: 2, predicted: 2, matched: 2 });
  assert.equal(s.by_type.surrender.recall, 0);
  assert.equal(s.overall.recall, 0.667);
  assert.equal(s.date_accuracy, 1);
});

test('--show-errors lists the misses with their sentences', () => {
  const r = frontline(['eval', '--gold', gold, '--show-errors']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /misses \(1\):\n {2}t-1 surrender Herat/);
  assert.match(r.stdout, /capture\s+P 100\.0%/);
});

test('a gold file that is not JSON Lines is a data error naming the line', () => {
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"id": "x", "text": "t", "events": []}\nnot json\n');
  const r = frontline(['eval', '--gold', bad]);
  assert.equal(r.code, 65);
  assert.match(r.stderr, /bad\.jsonl:2: not a JSON object/);
});
