// Which reader an input goes to: by extension when it has a known one, else by its first characters.
import { extname } from 'node:path';
import { looksLikeFeed } from './feeds/index.js';

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'json';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
};

export function formatByExtension(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Guesses from content: feeds and other XML, HTML, JSON (array, object or lines), else plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (looksLikeFeed(head) || head.startsWith('<?xml')) return 'feed';
  if (head.startsWith('<') || /<(?:html|body)[\s>]/i.test(head)) return 'html';
  // One object per line or one JSON document: the JSON reader tells them apart.
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  return 'text';
}

/** The extension's format, except that a whole HTML page stays HTML whatever it is called; else sniffed. */
export function resolveFormat(byExtension: InputFormat | null, text: string): InputFormat {
  if (byExtension === 'text' && /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) return 'html';
  return byExtension ?? sniffFormat(text);
}
