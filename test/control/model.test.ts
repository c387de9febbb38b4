import { test } from 'node:test';
import assert from 'node:assert/strict';
import { controlTimeline, CONTEST_DAYS, groupIncidents, addDays, deriveUnit } from '../../src/control/index.js';
import type { SourcedEvent } from '../../src/store/index.js';
import { ev } from './fixtures.js';

const UNIT = 'admin:AF.09.0901';
const timeline = (events: SourcedEvent[], baseline = null as { date: string; controller: string } | null) =>
  controlTimeline(groupIncidents(UNIT, events), baseline).intervals;
const at = (intervals: ReturnType<typeof timeline>, day: string) =>
  intervals.find((iv) => (iv.from === null || iv.from <= day) && (iv.to === null || iv.to > day))!;

test('no events and no baseline: the place is unknown for all time', () => {
  const intervals = timeline([]);
  assert.deepEqual(intervals.map((iv) => [iv.controller, iv.status, iv.from, iv.to]), [['unknown', 'unknown', null, null]]);
});

test('a baseline gives the controller from its date, unknown before it', () => {
  const intervals = timeline([], { date: '2021-05-01', controller: 'government' });
  assert.equal(at(intervals, '2021-04-30').status, 'unknown');
  assert.deepEqual([at(intervals, '2021-05-01').controller, at(intervals, '2021-05-01').status], ['government', 'assessed']);
});

test('a capture reported by an independent source is assessed from its date', () => {
  const intervals = timeline([ev({ date: '2021-07-04', status: 'reported' })]);
  const iv = at(intervals, '2021-07-10');
  assert.deepEqual([iv.controller, iv.status, iv.from, iv.to], ['taliban', 'assessed', '2021-07-04', null]);
  assert.equal(at(intervals, '2021-07-03').controller, 'unknown');
});

test('a capture only the winner claims stays claimed; a denial is kept next to it and keeps it claimed', () => {
  const claim = ev({ date: '2021-07-04', status: 'claimed' });
  const denial = ev({ date: '2021-07-05', status: 'denied', sentence: 'The ministry denied that Khan Abad had fallen.' });
  const intervals = timeline([claim, denial]);
  const iv = at(intervals, '2021-07-06');
  assert.deepEqual([iv.controller, iv.status], ['taliban', 'claimed']);
  assert.deepEqual(iv.incidents.flatMap((i) => i.events.map((e) => e.id)), [claim.id]);
  assert.deepEqual(iv.disputes.flatMap((i) => i.events.map((e) => e.id)), [denial.id]);
});

test('the losing side saying it withdrew makes a claimed capture assessed', () => {
  const claim = ev({ date: '2021-07-04', status: 'claimed' });
  const withdrawal = ev({ type: 'withdrawal', side: 'government', date: '2021-07-05', status: 'reported' });
  const iv = at(timeline([claim, withdrawal]), '2021-07-06');
  assert.deepEqual([iv.controller, iv.status], ['taliban', 'assessed']);
  assert.equal(iv.incidents.length, 2);
});

test('a recapture ends the interval and opens the other side\'s', () => {
  const intervals = timeline([
    ev({ date: '2021-07-04' }),
    ev({ type: 'recapture', side: 'government', from: 'taliban', date: '2021-07-20' }),
  ]);
  const taliban = intervals.find((iv) => iv.controller === 'taliban')!;
  assert.deepEqual([taliban.from, taliban.to], ['2021-07-04', '2021-07-20']);
  const now = at(intervals, '2021-08-01');
  assert.deepEqual([now.controller, now.status, now.from, now.to], ['government', 'assessed', '2021-07-20', null]);
});

test('two captures by different sides on one day: the better-sourced one holds', () => {
  const strong = [ev({ date: '2021-08-12' }), ev({ date: '2021-08-12' })];
  const weak = ev({ side: 'government', date: '2021-08-12' });
  for (const order of [[...strong, weak], [weak, ...strong]]) {
    const iv = at(timeline(order), '2021-08-13');
    assert.equal(iv.controller, 'taliban');
    assert.deepEqual(iv.disputes.flatMap((d) => d.events.map((e) => e.id)), [weak.id]);
  }
});

test('a denial that names no side is still kept next to the claim it denies', () => {
  const intervals = timeline([ev({ date: '2021-09-06', status: 'claimed' }), ev({ date: '2021-09-07', status: 'denied', side: null })]);
  const iv = at(intervals, '2021-09-08');
  assert.deepEqual([iv.controller, iv.status, iv.disputes.length], ['taliban', 'claimed', 1]);
});

test('fighting with no outcome makes a place contested, and the holder resumes after the fighting stops', () => {
  const intervals = timeline([ev({ date: '2021-06-01' }), ev({ type: 'clash', side: null, date: '2021-06-10' })]);
  const during = at(intervals, '2021-06-15');
  assert.deepEqual([during.controller, during.status], ['taliban', 'contested']);
  const after = at(intervals, addDays('2021-06-10', CONTEST_DAYS));
  assert.deepEqual([after.controller, after.status], ['taliban', 'assessed']);
});

test('a capture ends a contest', () => {
  const intervals = timeline([
    ev({ type: 'clash', side: null, date: '2021-06-10' }),
    ev({ side: 'government', date: '2021-06-12' }),
  ]);
  assert.equal(at(intervals, '2021-06-11').status, 'contested');
  assert.deepEqual([at(intervals, '2021-06-12').controller, at(intervals, '2021-06-12').status], ['government', 'assessed']);
});

test('a withdrawal of the holder with no capture leaves the place contested with no controller', () => {
  const intervals = timeline([ev({ side: 'government', date: '2021-05-01' }), ev({ type: 'withdrawal', side: 'government', date: '2021-06-10' })]);
  const iv = at(intervals, '2021-09-01');
  assert.deepEqual([iv.controller, iv.status, iv.from], ['unknown', 'contested', '2021-06-10']);
});

test('an event dated to a month stands at the first of the month, marked', () => {
  const intervals = timeline([ev({ date: '2021-08', precision: 'month' })]);
  const iv = at(intervals, '2021-08-15');
  assert.deepEqual([iv.from, iv.fromPrecision], ['2021-08-01', 'month']);
});

test('five reports of one capture within the window are one incident; a republished wire story counts once', () => {
  const events = [
    ev({ date: '2021-07-04', group: 'wire' }),
    ev({ date: '2021-07-04', group: 'wire' }),
    ev({ date: '2021-07-05' }),
    ev({ date: '2021-07-06', status: 'claimed' }),
    ev({ date: '2021-07-07' }),
  ];
  const incidents = groupIncidents(UNIT, events);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0].sources, 4);
  assert.equal(incidents[0].status, 'reported');
  const later = groupIncidents(UNIT, [...events, ev({ date: '2021-07-20' })]);
  assert.equal(later.length, 2);
});

test('every interval opened by events points to its incidents and their sentences', () => {
  const { intervals, incidents } = deriveUnit(UNIT, [ev({ date: '2021-07-04' }), ev({ type: 'recapture', side: 'government', date: '2021-07-20' })], null);
  const ids = new Set(incidents.map((i) => i.id));
  for (const iv of intervals.filter((x) => x.from_date !== null)) {
    assert.ok(iv.incidents.length > 0 && iv.incidents.every((id) => ids.has(id)));
    assert.ok(iv.evidence.length > 0 && iv.evidence.every((e) => e.sentence.length > 0 && e.end > e.start));
  }
});

test('undated events and captures by an actor of no known side are kept aside, not placed', () => {
  const { intervals, unplaced } = controlTimeline(groupIncidents(UNIT, [ev({ date: null, precision: null, published: null }), ev({ side: null })]));
  assert.equal(intervals.length, 1);
  assert.equal(unplaced.length, 2);
});
