import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cleanText, isBoilerplate, removeBoilerplate } from '../../src/ingest/index.js';
import { fixture, SEED_ARTICLE } from './fixtures.js';

test('page furniture of each kind is recognised', () => {
  for (const line of [
    'This website uses cookies to improve your experience. We will assume you are ok with this, but you can opt-out if you wish. Accept Read More',
    'We and our partners use cookies to personalise your experience. Manage preferences or Accept all.',
    'Read more: Taliban claim they hold most of the border',
    'Related',
    'Recommended for you',
    'Download our app for breaking news alerts.',
    'Sign up for our newsletter to get the daily briefing in your inbox.',
    'Share on Facebook',
    'Tweet',
    'Copy link',
    'Advertisement',
    '© 2021 Example Media. All rights reserved.',
    'The post Kunduz falls to the Taliban appeared first on Example News.',
    'Wir verwenden Cookies, um Inhalte zu personalisieren. Mit Akzeptieren stimmen Sie der Datenschutzerklärung zu.',
    'Nous utilisons des cookies pour mesurer l’audience. Accepter ou refuser.',
    'Мы используем куки для улучшения работы сайта. Принять',
  ]) {
    assert.equal(isBoilerplate(line), true, line);
  }
});

test('paragraphs that report events are never cut, even with a furniture word in them', () => {
  for (const line of [
    'Taliban fighters captured the district centre after officials said they would accept a ceasefire.',
    'The militia said it would sign up new recruits after government forces withdrew from the town.',
    'Recommended measures were ignored as Russian troops advanced on the village, the mayor said.',
  ]) {
    assert.equal(isBoilerplate(line), false, line);
  }
});

test('plain text loses its share bar, teaser, advert, app promotion and cookie banner but keeps every report', () => {
  const text = cleanText(readFileSync(fixture('report.txt'), 'utf8'));
  for (const gone of ['Share on Facebook', 'Tweet', 'Read more', 'Advertisement', 'Download our app', 'cookies']) {
    assert.ok(!text.includes(gone), `still has ${gone}`);
  }
  assert.ok(text.startsWith('Government forces recaptured the centre of Khanabad district'));
  assert.ok(text.endsWith('they would wait before going home.'));
  assert.equal(text.split('\n\n').length, 4);
});

test('a furniture line inside a kept paragraph goes, a hard-wrapped sentence stays whole', () => {
  const text = 'Taliban fighters overran the base on Monday, officials said.\nShare on Facebook\nThe army said it would\nsign up for the newsletter of its allies.';
  assert.equal(
    removeBoilerplate(text),
    'Taliban fighters overran the base on Monday, officials said.\nThe army said it would\nsign up for the newsletter of its allies.',
  );
});

test('a cookie banner glued to the last paragraph by a single line break goes, the paragraph stays', () => {
  const text = 'Taliban fighters overran the district on Friday, officials said.\nThis website uses cookies to improve your experience. We will assume you are ok with this, but you can opt-out if you wish. Accept Read More';
  assert.equal(cleanText(text), 'Taliban fighters overran the district on Friday, officials said.');
});

test('the seed report loses its cookie banner and keeps its last real paragraph', { skip: !existsSync(SEED_ARTICLE) && 'shared eval folder absent' }, () => {
  const text = cleanText(readFileSync(SEED_ARTICLE, 'utf8'));
  assert.ok(!/cookies/i.test(text));
  assert.ok(/Taliban spokesman Zabihullah Mujahid confirmed the fall of the districts[^\n]*previous surrenders\.$/.test(text));
});
