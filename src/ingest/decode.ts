// Bytes to text: recognises binary files, honours byte-order marks and falls back to
// windows-1252 for legacy single-byte files that are not valid UTF-8.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['ZIP archive (or docx/xlsx/epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Bytes examined for binary content: enough to tell, cheap on big files. */
const SAMPLE = 64 * 1024;
/** Share of control bytes above which a non-UTF-8 file is binary rather than legacy text. */
const MAX_CONTROL_SHARE = 0.02;
/** Share of invalid UTF-8 bytes a mostly-UTF-8 file may have (decoded with U+FFFD) before falling back. */
const MAX_INVALID_SHARE = 0.01;

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

function signature(bytes: Uint8Array): string | null {
  return SIGNATURES.find(([, sig]) => startsWith(bytes, sig))?.[0] ?? null;
}

function controlShare(sample: Uint8Array): number {
  let control = 0;
  for (const b of sample) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  return sample.length === 0 ? 0 : control / sample.length;
}

/** Counts valid multi-byte sequences and invalid bytes in a UTF-8 scan. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 1) { i++; continue; }
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { multibyte++; i += len; } else { invalid++; i++; }
  }
  return { multibyte, invalid };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

/** Decodes a whole input, or says why it is not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const kind = signature(bytes);
  if (kind) return { ok: false, reason: `binary file (${kind})` };
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeNonUtf8(bytes, sample);
  }
}

function decodeNonUtf8(bytes: Uint8Array, sample: Uint8Array): Decoded {
  if (controlShare(sample) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary file (mostly invalid UTF-8 and control bytes)' };
  const { multibyte, invalid } = utf8Census(sample);
  if (multibyte > 0 && invalid <= sample.length * MAX_INVALID_SHARE && invalid <= multibyte) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8 (with invalid bytes replaced)' };
  }
  return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}
