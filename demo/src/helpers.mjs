// Small helpers for writing dated dispatches: weekday and day-month phrases are computed from
// the ISO date so that "on Friday" is always the right Friday.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function utc(iso) {
  return new Date(`${iso}T00:00:00Z`);
}

/** "Friday" for 2021-08-06. */
export function wd(iso) {
  return WEEKDAYS[utc(iso).getUTCDay()];
}

/** "6 August" for 2021-08-06. */
export function dm(iso) {
  const d = utc(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "August 6" for 2021-08-06. */
export function md(iso) {
  const d = utc(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** The ISO date `days` after `iso`. */
export function addDays(iso, days) {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The fictional outlets of the reconstruction, with the made-up address each one uses. */
export const OUTLETS = {
  wire: { name: 'Hindu Kush Wire', host: 'https://example.org/hindukushwire' },
  north: { name: 'Northern Dispatch', host: 'https://example.org/northern-dispatch' },
  ring: { name: 'Ring Road Reporter', host: 'https://example.org/ringroad' },
  amu: { name: 'Amu Darya Monitor', host: 'https://example.org/amu-monitor' },
  frontier: { name: 'Frontier Ledger', host: 'https://example.org/frontier-ledger' },
  registan: { name: 'Registan Evening Post', host: 'https://example.org/registan-post' },
  salang: { name: 'Salang Review', host: 'https://example.org/salang-review' },
  oxus: { name: 'Oxus Field Notes', host: 'https://example.org/oxus-notes' },
  kohestan: { name: 'Kohestan News Desk (Dari)', host: 'https://example.org/kohestan-dari' },
  ghar: { name: 'Ghar Pashto Service', host: 'https://example.org/ghar-pashto' },
  vestnik: { name: 'Amudarya Vestnik (Russian)', host: 'https://example.org/amudarya-vestnik' },
};

function slugify(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * One dispatch. `outlet` is a key of OUTLETS; `text` may be a multi-line template (blank lines
 * separate paragraphs; single newlines and indentation are folded away).
 */
export function dispatch({ outlet, published, title, text, lang = 'en', slug }) {
  const source = OUTLETS[outlet];
  if (!source) throw new Error(`unknown outlet ${outlet}`);
  const s = slug ?? (slugify(title) || 'item');
  return {
    id: `demo-${published}-${outlet}-${s}`.slice(0, 90),
    outlet: source.name,
    url: `${source.host}/${published.slice(0, 7).replace('-', '/')}/${s}`,
    published,
    title,
    text: tidy(text),
    lang,
    synthetic: true,
  };
}

/** Folds a template literal into paragraphs: blank line = paragraph break, other breaks = spaces. */
export function tidy(text) {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
