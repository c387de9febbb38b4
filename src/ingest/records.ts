// JSON Lines and JSON arrays of records: one document per object with `text` or `html` and the
// metadata fields of DocumentMeta. Other fields (gold `events`, ...) are ignored.
import type { DocumentMeta } from './types.js';

export type RecordResult =
  | { ok: true; body: string; isHtml: boolean; meta: DocumentMeta; where: string }
  | { ok: false; reason: string; where: string };

const optionalString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);

/** Reads one record; `where` names it in reasons ("line 12", "item 3"). */
export function readRecord(value: unknown, where: string): RecordResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: `${where}: not a JSON object`, where };
  const r = value as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : null;
  const html = typeof r.html === 'string' ? r.html : null;
  const body = text?.trim() ? text : html?.trim() ? html : null;
  if (body === null) return { ok: false, reason: `${where}: no "text" or "html" field with content`, where };
  const meta: DocumentMeta = {
    id: optionalString(r.id),
    url: optionalString(r.url),
    outlet: optionalString(r.outlet),
    title: optionalString(r.title),
    published: optionalString(r.published),
    lang: optionalString(r.lang),
    synthetic: r.synthetic === true,
  };
  return { ok: true, body, isHtml: body === html, meta, where };
}

/** Each non-blank line of a JSON Lines text, parsed, with its 1-based line number. */
export function* jsonLines(text: string): Generator<RecordResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { ok: false, reason: `line ${i + 1}: invalid JSON (${(e as Error).message})`, where: `line ${i + 1}` };
      continue;
    }
    yield readRecord(value, `line ${i + 1}`);
  }
}

/** True when the first non-blank line is a JSON object of its own: JSON Lines, whatever the file is called. */
function startsWithJsonLine(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  try {
    const value: unknown = JSON.parse(first);
    return !!value && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The records of a JSON document (an array of objects, or one object), or of JSON Lines in disguise. */
export function* jsonRecords(text: string): Generator<RecordResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (startsWithJsonLine(text)) yield* jsonLines(text);
    else yield { ok: false, reason: `invalid JSON (${(e as Error).message})`, where: 'document' };
    return;
  }
  if (!Array.isArray(value)) {
    yield readRecord(value, 'document');
    return;
  }
  for (let i = 0; i < value.length; i++) yield readRecord(value[i], `item ${i + 1}`);
}
