// Who says so, and what does not count as a capture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, summary } from './shared.js';

test('a spokesman of the winning side: claimed', async () => {
  const [e] = await eventsOf('A Taliban spokesman said the fighters had captured Qala-i-Naw, the capital of Badghis province.');
  assert.equal(e.type, 'capture');
  assert.equal(e.status, 'claimed');
  assert.match(e.attributedTo ?? '', /Taliban spokesman/);
});

test('a ministry denial: denied', async () => {
  const [e] = await eventsOf('The Afghan defence ministry denied that the Taliban had captured Qala-i-Naw in Badghis province.');
  assert.equal(e.status, 'denied');
});

test('stated by officials as fact: reported', async () => {
  const [e] = await eventsOf('The Taliban captured Taloqan in Takhar province on Sunday, Afghan officials said.', '2021-08-08');
  assert.equal(e.status, 'reported');
});

test('negation is not an event', async () => {
  assert.deepEqual(summary(await eventsOf('Afghan officials insisted that Kunduz did not fall to the Taliban.')), []);
  assert.deepEqual(summary(await eventsOf('The Taliban have not captured Herat, Afghan officials said.')), []);
});

test('hypotheticals and threats are not captures', async () => {
  const texts = [
    'Afghan officials fear Lashkar Gah could fall to the Taliban within days.',
    'Taliban fighters are closing in on Kandahar, Afghanistan’s second city.',
    'The Taliban threatened to take Ghazni city if talks failed.',
    'Zaranj could become the first provincial capital in Afghanistan to fall to the Taliban.',
  ];
  for (const text of texts) {
    const captures = (await eventsOf(text)).filter((e) => e.type === 'capture' || e.type === 'recapture');
    assert.deepEqual(summary(captures), [], text);
  }
});
