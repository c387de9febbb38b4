// Hand-built events for the control tests: each says one thing, in our own words.
import { createHash } from 'node:crypto';
import type { Document, Event, Place, TheaterPack } from '../../src/core/index.js';
import type { Gazetteer } from '../../src/gazetteer/types.js';
import type { SourcedEvent } from '../../src/store/index.js';

let serial = 0;

export interface EventSpec {
  type?: SourcedEvent['type'];
  unit?: string;
  side?: string | null;
  from?: string | null;
  date?: string | null;
  precision?: SourcedEvent['date_precision'];
  status?: SourcedEvent['status'];
  /** Documents in one source group are near-duplicates (one wire story). */
  group?: string;
  document?: string;
  sentence?: string;
  /** The report's date (default: the event's day, else 2021-07-05). */
  published?: string | null;
}

export function ev(spec: EventSpec = {}): SourcedEvent {
  const n = ++serial;
  const document = spec.document ?? `doc${n}`;
  const sentence = spec.sentence ?? 'The Taliban took the district centre of Khan Abad on Sunday.';
  return {
    id: `${document}#${n}`,
    document,
    ordinal: 0,
    type: spec.type ?? 'capture',
    unit_id: spec.unit ?? 'admin:AF.09.0901',
    place_text: 'Khan Abad',
    place_id: 'admin:AF.09.0901',
    place_name: 'Khan Abad',
    place_kind: 'admin2',
    feature_code: null,
    admin1: 'Kunduz',
    admin1_code: 'AF.09',
    admin2: 'Khan Abad',
    admin2_code: 'AF.09.0901',
    country: 'AF',
    lat: 36.7,
    lon: 69.1,
    geo_precision: 'approximate',
    place_start: 32,
    place_end: 41,
    candidates: [],
    actor_text: spec.side === null ? null : 'the Taliban',
    actor_name: spec.side === null ? null : 'Taliban',
    actor_side: spec.side === undefined ? 'taliban' : spec.side,
    from_text: spec.from ? 'Afghan forces' : null,
    from_name: spec.from ? 'Afghan forces' : null,
    from_side: spec.from ?? null,
    date: spec.date === undefined ? '2021-07-04' : spec.date,
    date_precision: spec.precision ?? (spec.date === null ? null : 'day'),
    status: spec.status ?? 'reported',
    attributed_to: spec.status === 'claimed' ? 'Taliban spokesman' : spec.status === 'denied' ? 'interior ministry' : null,
    without_fight: null,
    count: null,
    total: null,
    fraction: null,
    sentence,
    sentence_start: 100,
    sentence_end: 100 + sentence.length,
    mentions: [{ role: 'place', span: { start: 132, end: 141 } }],
    parser: 'capture',
    url: `https://example.org/${document}`,
    outlet: 'Example Wire',
    published: spec.published !== undefined ? spec.published : spec.date && spec.date.length === 10 ? spec.date : '2021-07-05',
    synthetic: false,
    source_group: spec.group ?? document,
  };
}

export function place(over: Partial<Place> & { id: string; name: string }): Place {
  return {
    kind: 'admin2',
    country: 'AF',
    admin1: 'Kunduz',
    admin2: over.name,
    admin1Code: 'AF.09',
    admin2Code: null,
    lat: 36.7,
    lon: 69.1,
    precision: 'approximate',
    ...over,
  };
}

/** A gazetteer over a handful of places, for tests that run before the real one is loaded. */
export function smallGazetteer(places: Place[]): Gazetteer {
  const byName = (name: string) => places.filter((p) => p.name.toLowerCase() === name.trim().toLowerCase());
  return {
    resolve(name) {
      const found = byName(name);
      return found.length === 1 ? { place: found[0], candidates: [] } : { place: null, candidates: found };
    },
    findMentions: () => [],
    get: (id) => places.find((p) => p.id === id),
    list: (country, kind) => places.filter((p) => p.country === country && p.kind === kind),
    country: () => undefined,
  };
}

export const KUNDUZ = {
  khanAbad: place({ id: 'admin:AF.09.0901', name: 'Khan Abad', admin2Code: 'AF.09.0901' }),
  imamSahib: place({ id: 'admin:AF.09.0902', name: 'Imam Sahib', admin2Code: 'AF.09.0902' }),
  kunduzDistrict: place({ id: 'admin:AF.09.0903', name: 'Kunduz District', admin2Code: 'AF.09.0903' }),
  /** The provincial capital: a populated place, seat of Kunduz District. */
  kunduzCity: place({ id: 'geonames:1135689', name: 'Kunduz', kind: 'populated', featureCode: 'PPLA', admin2: 'Kunduz District', admin2Code: 'AF.09.0903' }),
};

export const THEATER: TheaterPack = {
  id: 'test-af',
  name: 'Kunduz (test)',
  countries: ['AF'],
  sides: [
    { id: 'taliban', label: 'Taliban' },
    { id: 'government', label: 'Afghan government' },
  ],
  actors: [],
  universe: { country: 'AF', kind: 'admin2' },
  baseline: { date: '2021-05-01', controller: { 'admin:AF.09.0902': 'government' } },
};

export interface Said {
  type?: Event['type'];
  place: Place;
  side?: string | null;
  date?: string | null;
  status?: Event['status'];
  sentence: string;
  count?: number | null;
  total?: number | null;
}

/** Events as an extractor would return them for one document whose text contains each sentence. */
export function eventsIn(doc: Document, said: Said[]): Event[] {
  return said.map((s) => {
    const start = doc.text.indexOf(s.sentence);
    if (start < 0) throw new Error(`fixture: sentence not in text: ${s.sentence}`);
    const at = doc.text.indexOf(s.place.name, start);
    const span = { start: at, end: at + s.place.name.length };
    const side = s.side === undefined ? 'taliban' : s.side;
    return {
      type: s.type ?? 'capture',
      place: { text: s.place.name, place: s.place, candidates: [], span },
      actor: side ? { name: side === 'taliban' ? 'Taliban' : 'Afghan government forces', side, text: side, span: null } : null,
      fromActor: null,
      date: s.date === undefined ? doc.published : s.date,
      datePrecision: 'day',
      status: s.status ?? 'reported',
      attributedTo: null,
      withoutFight: null,
      count: s.count ?? null,
      total: s.total ?? null,
      fraction: null,
      evidence: { document: doc.id, sentence: s.sentence, start, end: start + s.sentence.length, mentions: [{ role: 'place', span }] },
      parser: 'fixture',
    };
  });
}

/** A document as the readers would build it. */
export function doc(id: string, text: string, published: string, extra: Partial<Document> = {}): Document {
  return {
    id,
    hash: createHash('sha256').update(text).digest('hex').slice(0, 32),
    url: `https://example.org/${id}`,
    outlet: 'Example Wire',
    title: null,
    published,
    lang: 'en',
    text,
    format: 'text',
    synthetic: false,
    ...extra,
  };
}

/** An extractor that returns the events listed for each document text. */
export function scriptedExtractor(script: Map<string, Said[]>): { extract(d: Document): Event[] } {
  return { extract: (d) => eventsIn(d, script.get(d.text) ?? []) };
}
