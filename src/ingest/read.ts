// readInputs: files, folders (recursed, sorted, hidden files skipped) and stdin to Documents,
// one outcome at a time. Bad inputs become skips with a reason; nothing here throws on bad data.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes } from './decode.js';
import { type BuiltDocument, buildDocument, buildHtmlDocument } from './document.js';
import { parseFeed } from './feeds/index.js';
import { jsonLines, jsonRecords, type RecordResult } from './records.js';
import { formatByExtension, type InputFormat, resolveFormat } from './sniff.js';
import type { ReadOptions, ReadOutcome } from './types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const STDIN = '<stdin>';

const skip = (source: string, reason: string): ReadOutcome => ({ kind: 'skipped', source, reason });

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

const tooLarge = (size: number, max: number): string =>
  `too large: ${formatBytes(size)} (${size} bytes) is over the ${formatBytes(max)} limit (maxBytes)`;

function fsReason(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file or directory: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  return `cannot read ${path}: ${(error as Error).message}`;
}

/** Documents from files, folders and '-' (stdin), in the order given; folders in name order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const visited = new Set<string>();
  for (const path of paths) {
    if (path === '-') yield* readStdin(opts);
    else yield* readPath(path, opts, visited);
  }
}

async function* readPath(path: string, opts: ReadOptions, visited: Set<string>): AsyncGenerator<ReadOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    return yield skip(path, fsReason(e, path));
  }
  if (info.isDirectory()) yield* readFolder(path, opts, visited);
  else if (!info.isFile()) yield skip(path, 'not a regular file');
  else yield* readOneFile(path, info.size, opts);
}

async function* readFolder(dir: string, opts: ReadOptions, visited: Set<string>): AsyncGenerator<ReadOutcome> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return yield skip(dir, 'folder already read (symbolic link loop)');
    visited.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    return yield skip(dir, fsReason(e, dir));
  }
  if (names.length === 0) return yield skip(dir, 'empty folder');
  for (const name of names) yield* readPath(join(dir, name), opts, visited);
}

async function* readOneFile(path: string, size: number, opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size === 0) return yield skip(path, 'empty file');
  // Decided from the size alone: an oversized file is never read.
  if (size > max) return yield skip(path, tooLarge(size, max));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return yield skip(path, fsReason(e, path));
  }
  yield* readBytes(bytes, path, formatByExtension(path), opts);
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadOutcome> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of opts.stdin ?? process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buf.length;
    if (size > max) return yield skip(STDIN, `too large: more than ${formatBytes(max)} on stdin (maxBytes)`);
    chunks.push(buf);
  }
  if (size === 0) return yield skip(STDIN, 'empty input');
  yield* readBytes(Buffer.concat(chunks), STDIN, null, opts);
}

/** Decodes an input and hands it to the reader of its format. */
export function* readBytes(bytes: Uint8Array, source: string, format: InputFormat | null, opts: ReadOptions): Generator<ReadOutcome> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield skip(source, decoded.reason);
  if (decoded.text.trim() === '') return yield skip(source, 'only whitespace');
  const notes = decoded.encoding === 'utf-8' || decoded.encoding.startsWith('utf-16') ? [] : [`decoded as ${decoded.encoding}`];
  yield* readText(decoded.text, source, resolveFormat(format, decoded.text), opts, notes);
}

function* readText(text: string, source: string, format: InputFormat, opts: ReadOptions, notes: string[]): Generator<ReadOutcome> {
  switch (format) {
    case 'text':
      return yield outcome(() => buildDocument(text, 'text', {}, {}, opts), source, notes);
    case 'html':
      return yield outcome(() => buildHtmlDocument(text, 'html', {}, opts), source, notes);
    case 'feed':
      return yield* readFeed(text, source, opts, notes);
    case 'jsonl':
      return yield* readRecords(jsonLines(text), source, opts, notes);
    case 'json':
      return yield* readRecords(jsonRecords(text), source, opts, notes);
  }
}

function* readFeed(xml: string, source: string, opts: ReadOptions, notes: string[]): Generator<ReadOutcome> {
  const parsed = parseFeed(xml);
  if (!parsed.ok) return yield skip(source, parsed.reason);
  if (parsed.feed.items.length === 0) return yield skip(source, 'feed has no items');
  for (const [i, item] of parsed.feed.items.entries()) {
    const where = `${source}#${i + 1}`;
    if (!item.body.trim()) {
      yield skip(where, `feed item ${i + 1}${item.title ? ` ("${item.title}")` : ''} has no content`);
      continue;
    }
    const meta = { url: item.link, title: item.title, outlet: parsed.feed.title };
    const dates = item.date ? [item.date] : [];
    const build = item.isHtml
      ? () => buildHtmlDocument(item.body, 'feed', meta, opts, { wholePage: false, dates })
      : () => buildDocument(item.body, 'feed', meta, { dates }, opts);
    yield outcome(build, where, notes);
  }
}

function* readRecords(records: Iterable<RecordResult>, source: string, opts: ReadOptions, notes: string[]): Generator<ReadOutcome> {
  for (const record of records) {
    if (!record.ok) {
      yield skip(source, record.reason);
      continue;
    }
    const where = record.where === 'document' ? source : `${source}:${record.where.replace(/^(line|item) /, '')}`;
    const { body, meta } = record;
    const build = record.isHtml ? () => buildHtmlDocument(body, 'jsonl', meta, opts) : () => buildDocument(body, 'jsonl', meta, {}, opts);
    yield outcome(build, where, notes);
  }
}

/**
 * A built document, or a skip when nothing is left once boilerplate is gone. A library failing on
 * strange input (the DOM, Readability) costs that input only, never the rest of the run.
 */
function outcome(build: () => BuiltDocument, source: string, notes: string[]): ReadOutcome {
  let built: BuiltDocument;
  try {
    built = build();
  } catch (e) {
    return skip(source, `could not be read: ${(e as Error).message}`);
  }
  if (built.doc.text === '') return skip(source, 'no text left after removing boilerplate');
  const warnings = [...notes, ...built.warnings];
  return { kind: 'document', doc: built.doc, source, ...(warnings.length ? { warnings } : {}) };
}
