// Place phrases: the little grammar of how reports name places. A list of names ("Kunduz,
// Sar-e-Pul and Taloqan"), with descriptors ("the strategic Russian town of Sudzha", "western
// province of Nimroz", "Afghanistan's Jalalabad"), kind words ("Imam Sahib district",
// "Pashtun Kot and Khan Chaharbagh districts"), or a phrase pointing back ("the district").
import type { PlaceKind } from '../core/index.js';
import type { PlacePhrase } from './types.js';

const KIND_WORDS: Record<string, PlaceKind> = {
  district: 'admin2', districts: 'admin2', township: 'admin2', townships: 'admin2', county: 'admin2', raion: 'admin2',
  province: 'admin1', provinces: 'admin1', region: 'admin1', oblast: 'admin1', state: 'admin1', governorate: 'admin1',
  city: 'populated', cities: 'populated', town: 'populated', towns: 'populated', village: 'populated', villages: 'populated',
  settlement: 'populated', settlements: 'populated', capital: 'populated', capitals: 'populated', 'provincial capital': 'populated',
  'provincial capitals': 'populated', 'district center': 'populated', 'district centre': 'populated', 'district headquarters': 'populated',
  'border crossing': 'populated', crossing: 'populated', 'border town': 'populated', base: 'populated', garrison: 'populated', area: 'populated', areas: 'populated', site: 'populated',
};
const KIND = Object.keys(KIND_WORDS).sort((a, b) => b.length - a.length).join('|');

const STOP = new Set(
  ('the a an in on at by for from to of and but as after before since earlier later meanwhile however previously last this that these those ' +
    'it its their they he she we i his her our both all some many most several two three four five six seven eight nine ten ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december mr mrs ms dr gen president minister governor general commander spokesman police command council ministry ' +
    'government army forces official officials local security taliban militants insurgents if when while there here what who ' +
    'according also now then one first second third another so yet just over under across during following despite with without ' +
    'north south east west northern southern eastern western central strategic key major').split(' '),
);
const CUT = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november ' +
    'december governor police command council ministry president minister general commander spokesman officials ' +
    // Title Case headlines: "Alaysa District Of Kapisa Falls To Taliban".
    'of to in on at as and the for from by with falls fall fell after').split(' '),
);

const CAP = "[\\p{Lu}][\\p{L}\\p{M}'’]*(?:-(?:[\\p{Ll}]{1,3}-)?[\\p{L}][\\p{L}\\p{M}'’]*)*";
const NAME = `${CAP}(?:\\s+(?:(?:e|i|al|el|ul|de|du|da|la|le|bin|ibn)\\s+)?${CAP})*`;
const POINTER = new RegExp(`(?:[Tt]he|[Tt]his|[Tt]hat)\\s+((?:(?!(?:of|in|to|and|from|at|by|with|for|on)\\s)[\\p{Ll}-]+\\s+){0,3}?)(${KIND})\\b(?!\\s+of\\b)(?!\\s+${CAP})(?!\\s*[,:–—]\\s*\\p{Lu})`, 'uy');
/** "the sole army garrison in the western city of El Fashir", "a police headquarters in Mrauk-U": a facility stands for the place it is in. */
const FACILITY = /(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:garrison|base|headquarters|headquarter|airport|barracks|compound|checkpoint|outpost|crossing|border crossing|prison|office|centre|center)\s+(?:in|at|of|near)\s+/uy;
const FILLER = "(?:(?!(?:to|of|in|and|from|at|by|with|for|on|near)\\s)[\\p{L}-]+(?:'s|’s)?\\s+)";
const DESCRIPTOR = new RegExp(`(?:(?:[Tt]he|[Aa]n?|[Aa]nother)\\s+)?${FILLER}{0,4}?(${KIND})\\s+of\\s+`, 'uy');
/** "another two towns – Namhsan and Mantong", "another provincial capital, Jalalabad". */
const ENUMERATION = new RegExp(`(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\\d+)\\s+)(?:of\\s+(?:those|these|the)\\s+)?${FILLER}{0,3}?(${KIND})\\s*[,:–—-]\\s*(?=${CAP})`, 'uy');
const POSSESSIVE = new RegExp(`(?:the\\s+)?${NAME}(?:'s|’s)\\s+`, 'uy');
const ADJECTIVES = /(?:(?:the|a)\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|key|strategic|major|remote|nearby|neighbou?ring|important|besieged|embattled|frontline|provincial|city|town|village|district|border|devastated|largest|second-largest|third-largest)\s+){0,3}/uy;
const NAME_AT = new RegExp(NAME, 'uy');
/** "Ghazni, the capital of Ghazni province", "Imam Sahib, a town in Kunduz": the apposition says what kind of place. */
const APPOSITION = new RegExp(`\\s*,\\s*(?:the|a|an)?\\s*(?:[\\p{Ll}-]+\\s+){0,3}?(${KIND})\\b`, 'uy');
const KIND_SUFFIX = new RegExp(`\\s+(${KIND})$`, 'i');
const KIND_AFTER = new RegExp(`\\s+(${KIND})\\b`, 'iuy');
const SEPARATOR = /\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+|\s*[–—]\s*)/uy;
const AFTER_COMMA_ITEM = new RegExp(`(?:\\s*(?:,|\\band\\b|&|[.;:]|$)|\\s+(?:${KIND}|in|of)\\b)`, 'iuy');

export interface PlaceList {
  places: PlacePhrase[];
  /** Sentence offsets of the whole list, determiners included. */
  start: number;
  end: number;
}

const at = (re: RegExp, text: string, pos: number) => {
  re.lastIndex = pos;
  return re.exec(text);
};

/** Read a list of places starting at `pos` of `text` (sentence text); offsets in the result are `offset`-shifted. */
export function readPlaceList(text: string, pos: number, offset: number): PlaceList | null {
  let p = skipSpace(text, pos);
  const start = p;
  const facility = at(FACILITY, text, p);
  if (facility) {
    const inside = readPlaceList(text, p + facility[0].length, offset);
    if (inside && !inside.places[0].pointer) return { ...inside, start };
  }
  const pointer = at(POINTER, text, p);
  if (pointer) {
    const kindHint = KIND_WORDS[pointer[2].toLowerCase()];
    const end = p + pointer[0].length;
    return { places: [{ text: pointer[0], span: { start: offset + p, end: offset + end }, kindHint, pointer: true }], start, end };
  }
  const possessive = at(POSSESSIVE, text, p);
  if (possessive && !STOP.has(possessive[0].split(/\s/)[0].toLowerCase())) p += possessive[0].length;
  let listKind: PlaceKind | undefined;
  const descriptor = nameNotDescriptor(at(DESCRIPTOR, text, p)) ?? at(ENUMERATION, text, p);
  if (descriptor) {
    listKind = KIND_WORDS[descriptor[1].toLowerCase()];
    p += descriptor[0].length;
  } else {
    const adj = at(ADJECTIVES, text, p);
    if (adj) p += adj[0].length;
  }
  const places: PlacePhrase[] = [];
  let joinedByAnd = false;
  let end = p;
  for (;;) {
    const item = readName(text, p, offset);
    if (!item) break;
    places.push(item.place);
    end = item.end;
    const sep = at(SEPARATOR, text, end);
    if (!sep) break;
    const next = sep[0].includes('and') || sep[0].includes('&') ? end + sep[0].length : end + sep[0].length;
    const lookahead = readName(text, next, offset);
    if (!lookahead) break;
    if (!/and|&/.test(sep[0]) && !at(AFTER_COMMA_ITEM, text, lookahead.end)) break;
    if (/and|&|[–—]/.test(sep[0])) joinedByAnd = true;
    // "Robotyne, Zaporizhzhia Oblast": an address, not a list.
    if (/^\s*,/.test(sep[0]) && lookahead.place.kindHint === 'admin1' && item.place.kindHint !== 'admin1') break;
    p = next;
  }
  if (places.length === 0) return null;
  // Commas alone do not make a list ("In Afghanistan, Zaranj, the capital ..."): a list ends with "and".
  if (places.length > 1 && !joinedByAnd) {
    places.length = 1;
    end = places[0].span.end - offset;
  }
  const plural = at(KIND_AFTER, text, end);
  // "the Kapisa districts", "Eight Ghazni districts": a name used as an adjective.
  if (plural && /s$/i.test(plural[1]) && places.length === 1) return null;
  if (plural && /s$/i.test(plural[1]) && places.length > 1) {
    for (const place of places) place.kindHint ??= KIND_WORDS[plural[1].toLowerCase()];
    end += plural[0].length;
  }
  if (listKind) for (const place of places) place.kindHint ??= listKind;
  const apposition = at(APPOSITION, text, end);
  if (apposition && places.length === 1) places[0].kindHint ??= KIND_WORDS[apposition[1].toLowerCase()];
  return { places, start, end };
}

/** "the Kaldar district of Balkh province" names Kaldar; "the Ukrainian city of Bakhmut" describes Bakhmut. */
function nameNotDescriptor(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m || /capital/i.test(m[1])) return m;
  const before = m[0].slice(0, m[0].length - m[1].length - ' of '.length).trim().split(/\s+/).pop() ?? '';
  return /^\p{Lu}/u.test(before) && !/(?:an|ian|ese|ish|i|ic|ch)$/.test(before) ? null : m;
}

function readName(text: string, pos: number, offset: number): { place: PlacePhrase; end: number } | null {
  const m = at(NAME_AT, text, pos);
  if (!m) return null;
  const words = m[0].split(/\s+/);
  if (STOP.has(words[0].toLowerCase()) || m[0].length < 3) return null;
  const cut = words.findIndex((w, i) => i > 0 && CUT.has(w.toLowerCase()));
  let name = cut > 0 ? words.slice(0, cut).join(' ') : m[0];
  let kindHint: PlaceKind | undefined;
  const suffix = KIND_SUFFIX.exec(name);
  if (suffix) {
    kindHint = KIND_WORDS[suffix[1].toLowerCase()];
    name = name.slice(0, suffix.index);
  }
  let end = pos + (cut > 0 ? m[0].indexOf(words[cut]) - 1 : m[0].length);
  if (!suffix) {
    const kind = at(KIND_AFTER, text, end);
    if (kind && !/s$/i.test(kind[1])) {
      kindHint = KIND_WORDS[kind[1].toLowerCase()];
      end += kind[0].length;
    } else if (kind && /^(?:districts|provinces)$/i.test(kind[1])) {
      kindHint = KIND_WORDS[kind[1].toLowerCase()];
    }
  }
  return { place: { text: name, span: { start: offset + pos, end: offset + pos + name.length }, kindHint }, end };
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /[\s,]/.test(text[pos])) pos++;
  return pos;
}

const PREPOSITION = /\b(?:[Ii]n|[Oo]f|[Ff]rom|[Nn]ear|[Aa]t|[Tt]o|[Ww]ith|[Ii]nto|[Tt]oward|[Tt]owards|[Oo]utside|[Aa]round|[Aa]cross|[Bb]y|[Ff]or|[Oo]n|[Tt]hrough|[Bb]etween|[Bb]eyond|[Aa]long|[Ii]ncluding|[Ee]xcept|[Bb]esides)\s+(?:(?:the|a|an|[\p{L}-]+['’]s|[\p{Ll}][\p{L}-]*)\s+){0,3}$/u;
const COUNTED = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens of|hundreds of|some|all|most)\s+$/i;
// "was said to have fallen" keeps its subject; semicolons may separate the items of one list.
const BOUNDARY = '[:“”"]|\\b(?:that|as|while|when|because|said(?!\\s+to\\b)|saying|but|after|before|until|once|although|though|whereas|if)\\b';
const CLAUSE_START = new RegExp(`(?:${BOUNDARY})(?![\\s\\S]*(?:${BOUNDARY}))`, 'u');

/** Every place list in `text` between `from` and `to`, with whether it sits inside a prepositional phrase. */
export function placeListsIn(text: string, from: number, to: number, offset: number): (PlaceList & { prepositional: boolean })[] {
  const lists: (PlaceList & { prepositional: boolean })[] = [];
  const slice = text.slice(0, to);
  const starts = /(?<![\p{L}\p{N}'’-])(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Aa]nother|\p{Lu}|north|south|east|west|central|northern|southern|eastern|western|key|strategic|major)/gu;
  starts.lastIndex = from;
  for (let m = starts.exec(slice); m; m = starts.exec(slice)) {
    const list = readPlaceList(slice, m.index, offset);
    if (!list || list.end > to) continue;
    const before = text.slice(Math.max(0, list.start - 40), list.start);
    const prepositional = PREPOSITION.test(before) || /\bexcept\s*,?\s*$|,\s*except\s+$/i.test(before);
    if (!COUNTED.test(before)) lists.push({ ...list, prepositional });
    starts.lastIndex = Math.max(list.end, m.index + 1);
  }
  return lists;
}

/** The subject places of a verb at `verbAt`: the last list before it that is not inside a prepositional phrase (with lists joined to it by commas and "and"). */
export function placesBefore(text: string, verbAt: number, offset: number): PlacePhrase[] {
  const head = withoutAsides(text.slice(0, verbAt));
  const clause = CLAUSE_START.exec(head);
  const from = clause ? clause.index + clause[0].length : 0;
  // "It was taken by the Kurds in 2014": the pronoun points back to the place named before.
  const it = /\b[Ii]t\s+(?:(?:was|has|had|is)\s+)?(?:(?:been|now|also|finally|reportedly)\s+)*$/.exec(head);
  if (it && /(?:^|[.;:,“"])$/.test(head.slice(0, it.index).trimEnd())) {
    return [{ text: it[0].split(/\s/)[0], span: { start: offset + it.index, end: offset + it.index + 2 }, pointer: true }];
  }
  const lists = appositions(head, placeListsIn(head, from, verbAt, offset)).filter((l) => !l.prepositional);
  if (lists.length === 0 || otherSubject(head.slice(lists[lists.length - 1].end, verbAt))) return [];
  const chosen = [lists[lists.length - 1]];
  for (let i = lists.length - 2; i >= 0; i--) {
    if (lists[i].places[0].pointer) break;
    const gap = head.slice(lists[i].end, chosen[0].start);
    if (!/^(?:\s*(?:in|of)\s+(?:the\s+)?[^,;]*?)?\s*(?:,|;|and|,\s*and|;\s*and)\s*$/u.test(gap)) break;
    chosen.unshift(lists[i]);
  }
  return chosen.flatMap((l) => l.places);
}

/** "Ghazni ... after its defenders fell": a noun phrase of its own stands right before the verb. */
function otherSubject(gap: string): boolean {
  const m = /(\S+)\s+(?:its|their|his|her|the|a|an|these|those|some|many)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:(?:had|has|have|was|were|is|are|also|all|quickly|soon|finally|reportedly)\s+)*$/u.exec(gap);
  return Boolean(m && !/^(?:in|of|from|near|at|to|with|into|on|across|around|outside|inside|by|for)$/i.test(m[1]));
}

/** "The only province in the north, Balkh, fell": the name after a pointer phrase is what it points to, of its kind. */
function appositions<L extends PlaceList & { prepositional: boolean }>(text: string, lists: L[]): L[] {
  return lists.filter((l, i) => {
    const next = lists.slice(i + 1).find((n) => /,\s*$/.test(text.slice(l.end, n.start)));
    if (!l.places[0].pointer || !next || next.places[0].pointer) return true;
    if (!/^[^;:]{0,60},\s*$/.test(text.slice(l.end, next.start))) return true;
    for (const p of next.places) p.kindHint ??= l.places[0].kindHint;
    next.prepositional = false;
    return false;
  });
}

/** Blank out appositions and relative clauses (", the capital of X province,", ", which ...,"), keeping offsets. */
function withoutAsides(text: string): string {
  return text.replace(/,\s*(?:which|who|located|situated|the|a|an|home|some|about|just|all|near|close|capital|one)\b[^,;]*,/giu, (m) => ' '.repeat(m.length));
}

/** The object places right after a verb ending at `pos`. */
export function placesAfter(text: string, pos: number, offset: number): PlacePhrase[] {
  return readPlaceList(text, pos, offset)?.places ?? [];
}
