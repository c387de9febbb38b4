// District captures and recaptures, May-August 2021: roundups generated from demo/facts/districts.csv
// with sentence patterns written for this reconstruction, rotated deterministically so that the
// same construction never repeats twice in a row and each date is told by more than one outlet.
import { readFileSync } from 'node:fs';
import { addDays, dispatch, dm, wd } from './helpers.mjs';

/** District changes told by hand elsewhere (special stories), left out of the roundups. */
const TOLD_BY_HAND = new Set([
  'Khanabad',
  'Qala-e Naw (city)',
  'Sher Khan Bandar (port/crossing)',
  'Islam Qala (border crossing)',
  'Torghundi (border crossing)',
  'Spin Boldak',
  'Charikar',
  'Banu',
  'Deh Salah',
  'Pul-e Hisar',
  'Imam Sahib',
]);

export function readDistrictFacts(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v])));
}

const SOURCES = [
  'a provincial council member said',
  'local officials said',
  'a district official said',
  'residents told reporters',
  'the provincial police spokesman said',
  'a lawmaker from the province said',
  'two security sources said',
];

/** "on Monday" when the report is at most three days later, else "on 21 June". */
function when(date, published) {
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return days <= 3 ? `on ${wd(date)}` : `on ${dm(date)}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const CAPTURED = [
  (e) => `The Taliban captured ${e.d} district of ${e.p} province ${e.when}, ${e.src}.`,
  (e) => `${e.d} district in ${e.p} province fell to the Taliban ${e.when}, ${e.src}.`,
  (e) => `Taliban fighters overran the centre of ${e.d} district in ${e.p} province ${e.when} after clashes with government forces, ${e.src}.`,
  (e) => `${e.d} district, in ${e.p} province, came under Taliban control ${e.when}, ${e.src}.`,
  (e) => `Security forces withdrew from ${e.d} district of ${e.p} province ${e.when}, and the Taliban took control of the district centre, ${e.src}.`,
  (e) => `The Taliban seized ${e.d} in ${e.p} province ${e.when} after government forces retreated, ${e.src}.`,
  (e) => `Insurgents took the district headquarters of ${e.d} in ${e.p} province ${e.when}, ${e.src}.`,
  (e) => `${e.d} district of ${e.p} province was overrun by the Taliban ${e.when}, ${e.src}.`,
];

const RECAPTURED = [
  (e) => `Government forces retook ${e.d} district of ${e.p} province ${e.when}, ${e.src}.`,
  (e) => `Afghan security forces recaptured ${e.d} district in ${e.p} province ${e.when} after a counter-offensive, ${e.src}.`,
  (e) => `Commandos pushed the Taliban out of ${e.d} district in ${e.p} province ${e.when}, and the district is back under government control, ${e.src}.`,
  (e) => `Army and police units regained control of ${e.d} district in ${e.p} province ${e.when}, ${e.src}.`,
];

const HANDED_OVER = [
  (e) => `${e.d} district of ${e.p} province was handed over to the Taliban after talks ${e.when}, ${e.src}.`,
  (e) => `Elders brokered a deal under which government forces left ${e.d} district in ${e.p} province ${e.when}, and the Taliban took over the district centre without a fight, ${e.src}.`,
];

const SURRENDERED = [
  (e) => `A garrison of ${e.n} soldiers and police surrendered to the Taliban in ${e.d} district of ${e.p} province ${e.when}, and the district came under Taliban control, ${e.src}.`,
  (e) => `Government troops in ${e.d}, ${e.p} province, surrendered to the Taliban ${e.when} and handed over their weapons, ${e.src}.`,
];

const PATTERNS = { captured: CAPTURED, recaptured: RECAPTURED, handed_over: HANDED_OVER, surrendered: SURRENDERED };

/** Illustrative sizes of surrendering garrisons (the reference table gives none). */
const GARRISONS = [26, 41, 18];

function sentenceFor(fact, published, turn) {
  const patterns = PATTERNS[fact.event];
  const pattern = patterns[turn % patterns.length];
  return pattern({
    d: fact.district,
    p: fact.province,
    when: when(fact.date, published),
    src: SOURCES[turn % SOURCES.length],
    n: GARRISONS[fact.district.length % GARRISONS.length],
  });
}

function leadFor(chunk, published) {
  if (new Set(chunk.map((f) => f.date)).size > 1) return '';
  const captures = chunk.filter((f) => f.event !== 'recaptured');
  const retaken = chunk.filter((f) => f.event === 'recaptured');
  const day = when(chunk[0].date, published);
  if (captures.length >= 3) return `The Taliban took ${NUMBER_WORDS[captures.length]} more districts in ${provincesOf(captures)} ${day}, officials said.`;
  if (retaken.length >= 2) return `Government forces said they had retaken ${NUMBER_WORDS[retaken.length]} districts in ${provincesOf(retaken)} ${day}.`;
  return '';
}

function provincesOf(facts) {
  const names = [...new Set(facts.map((f) => f.province))];
  return names.length === 1 ? `${names[0]} province` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Busy days get a roundup of their own; quiet days are gathered by week (Monday to Sunday). */
function bucketOf(fact, perDate) {
  if (perDate.get(fact.date) >= 3) return fact.date;
  const day = new Date(`${fact.date}T00:00:00Z`).getUTCDay();
  return addDays(fact.date, -((day + 6) % 7));
}

const MAIN_OUTLETS = ['wire', 'north', 'ring', 'amu', 'frontier', 'registan', 'salang', 'oxus'];

function chunksOf(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function followUpTitle(chunk) {
  if (chunk.length === 1) return `${chunk[0].district}: what we know`;
  return `Fighting in ${[...new Set(chunk.map((f) => f.province))].join(' and ')}: more details`;
}

function titleFor(chunk) {
  if (chunk.length === 1) {
    const f = chunk[0];
    return f.event === 'recaptured' ? `Government forces retake ${f.district}` : `${f.district} district lost to the Taliban`;
  }
  const provinces = [...new Set(chunk.map((f) => f.province))].join(' and ');
  return `District roundup: ${provinces}`;
}

/** Roundups by date; every third roundup is retold, in other words, by a second outlet a day later. */
export function districtRoundups(facts) {
  const told = facts.filter((f) => !TOLD_BY_HAND.has(f.district));
  const perDate = new Map();
  for (const f of told) perDate.set(f.date, (perDate.get(f.date) ?? 0) + 1);
  const buckets = new Map();
  for (const f of told) {
    const key = bucketOf(f, perDate);
    buckets.set(key, [...(buckets.get(key) ?? []), f]);
  }
  const docs = [];
  let turn = 0;
  let n = 0;
  for (const [, items] of [...buckets].sort(([a], [b]) => a.localeCompare(b))) {
    for (const chunk of chunksOf(items, 8)) {
      const last = chunk.map((f) => f.date).sort().at(-1);
      const outlet = MAIN_OUTLETS[n % MAIN_OUTLETS.length];
      const published = n % 3 === 2 ? addDays(last, 1) : last;
      const body = chunk.map((f) => sentenceFor(f, published, turn++));
      docs.push(dispatch({ outlet, published, title: titleFor(chunk), text: [leadFor(chunk, published), ...body].filter(Boolean).join(' ') }));
      if (n % 3 === 0) {
        const retold = chunk.slice(0, 2);
        const later = addDays(last, 1);
        docs.push(
          dispatch({
            outlet: MAIN_OUTLETS[(n + 3) % MAIN_OUTLETS.length],
            published: later,
            title: followUpTitle(retold),
            text: retold.map((f) => sentenceFor(f, later, turn++ + 1)).join(' '),
          }),
        );
      }
      n++;
    }
  }
  return docs;
}
