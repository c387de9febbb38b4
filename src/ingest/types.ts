// The readers' contract: inputs of any supported kind in, Documents (or reasons to skip) out.
import type { Document, IsoDate } from '../core/index.js';

/** What an input may say about itself; anything missing is derived or left null. */
export interface DocumentMeta {
  id?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  published?: IsoDate | null;
  lang?: string | null;
  synthetic?: boolean;
}

export type ReadOutcome =
  | {
      kind: 'document';
      doc: Document;
      source: string;
      /** What was noticed but did not stop the read: a date not trusted, invalid bytes replaced, ... */
      warnings?: string[];
    }
  /** Not an error for the run: the input (or one item of it) was passed over, and why. */
  | { kind: 'skipped'; source: string; reason: string };

export interface ReadOptions {
  /** Publication date for inputs that carry none (`--published`). */
  published?: IsoDate;
  /** Inputs larger than this are skipped with a reason instead of read (default 20 MiB). */
  maxBytes?: number;
  /** The clock that page and feed dates are judged against (a date after now + 1 day is not trusted). */
  now?: Date;
  /** What '-' reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
