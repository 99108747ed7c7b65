/**
 * Key layout of the corpus bucket (the same layout as a local output folder), and the
 * encoding of object keys in S3 event notifications.
 *
 *   records/<sourceKeyEncoded>/<partEncoded | "_">.json   one record per document
 *   rejects/<sourceKeyEncoded>/<partEncoded | "_">.json   one reject per document
 *   records/<sourceKeyEncoded>/@input.json                what the upload was (format, encoding)
 *   corpus/<YYYY-MM-DDTHH-MM-SSZ>/{corpus.jsonl,corpus.csv,rejects.jsonl,manifest.json}
 *   corpus/latest/...                                     copy of the newest
 *
 * `sourceKeyEncoded` is `encodeURIComponent` of each `/`-separated segment of the source key
 * (`.` and `..` as `%2E`, `%2E%2E`, so a folder store cannot climb), joined by `/`; the part
 * is one encoded segment, `_` meaning "no part" (a part literally named `_` is `%5F`).
 * `@` is always percent-encoded by encodeURIComponent, so `@input.json` never names a part.
 * The layout is deterministic: processing the same upload twice writes the same keys.
 */

export const RECORDS_PREFIX = 'records/';
export const REJECTS_PREFIX = 'rejects/';
export const CORPUS_PREFIX = 'corpus/';
export const LATEST_PREFIX = 'corpus/latest/';
/** File name of the per-upload summary inside `records/<sourceKeyEncoded>/`. */
export const INPUT_SUMMARY_NAME = '@input.json';
/** File name standing for "no part" (a one-document upload). */
export const NO_PART_NAME = '_';

function encodeSegment(segment: string): string {
  if (segment === '.') return '%2E';
  if (segment === '..') return '%2E%2E';
  return encodeURIComponent(segment);
}

/**
 * Percent-decode, never throwing: a `%` not followed by a valid UTF-8 escape sequence stays
 * as written. @example safeDecode('50%25%20off%') // '50% off%'
 */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        // decode what forms valid UTF-8, keep the rest literally
        const bytes = Buffer.from(run.replace(/%/g, ''), 'hex');
        const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
        return text.includes('\uFFFD') ? run : text;
      }
    });
  }
}

/**
 * Encode a source key for the corpus layout.
 * @example encodeSourceKey('dossier été/a+b.txt') // 'dossier%20%C3%A9t%C3%A9/a%2Bb.txt'
 */
export function encodeSourceKey(sourceKey: string): string {
  return sourceKey.split('/').map(encodeSegment).join('/');
}

/** Inverse of {@link encodeSourceKey}. */
export function decodeSourceKey(encoded: string): string {
  return encoded.split('/').map(safeDecode).join('/');
}

/** File name (without `.json`) of a part: `_` for null. */
export function encodePart(part: string | null): string {
  if (part === null) return NO_PART_NAME;
  const e = encodeSegment(part);
  return e === NO_PART_NAME ? '%5F' : e;
}

/** Inverse of {@link encodePart}. */
export function decodePart(name: string): string | null {
  return name === NO_PART_NAME ? null : safeDecode(name);
}

/** `records/<sourceKeyEncoded>/` : the prefix holding one upload's records (and its summary). */
export function recordsPrefix(sourceKey: string): string {
  return `${RECORDS_PREFIX}${encodeSourceKey(sourceKey)}/`;
}

/** `rejects/<sourceKeyEncoded>/` */
export function rejectsPrefix(sourceKey: string): string {
  return `${REJECTS_PREFIX}${encodeSourceKey(sourceKey)}/`;
}

/** Key of one record. @example recordKey('a b.txt', null) // 'records/a%20b.txt/_.json' */
export function recordKey(sourceKey: string, part: string | null): string {
  return `${recordsPrefix(sourceKey)}${encodePart(part)}.json`;
}

/** Key of one reject. */
export function rejectKey(sourceKey: string, part: string | null): string {
  return `${rejectsPrefix(sourceKey)}${encodePart(part)}.json`;
}

/** Key of an upload's summary (format, encoding, counts). */
export function inputSummaryKey(sourceKey: string): string {
  return `${recordsPrefix(sourceKey)}${INPUT_SUMMARY_NAME}`;
}

/** What a key of the corpus layout names. */
export interface LayoutEntry {
  kind: 'record' | 'reject' | 'input';
  sourceKey: string;
  /** null for a one-document upload and for `input` entries */
  part: string | null;
}

/**
 * Read a corpus-layout key back.
 * @returns null when the key is not `records/…/<name>.json` or `rejects/…/<name>.json`
 * @example parseLayoutKey('records/a%20b.txt/row%3A2.json') // { kind: 'record', sourceKey: 'a b.txt', part: 'row:2' }
 */
export function parseLayoutKey(key: string): LayoutEntry | null {
  const top = key.startsWith(RECORDS_PREFIX) ? 'record' : key.startsWith(REJECTS_PREFIX) ? 'reject' : null;
  if (!top) return null;
  const rest = key.slice(top === 'record' ? RECORDS_PREFIX.length : REJECTS_PREFIX.length);
  const slash = rest.lastIndexOf('/');
  if (slash <= 0 || !rest.endsWith('.json')) return null;
  const sourceKey = decodeSourceKey(rest.slice(0, slash));
  const name = rest.slice(slash + 1, -'.json'.length);
  if (!name) return null;
  if (top === 'record' && `${name}.json` === INPUT_SUMMARY_NAME) return { kind: 'input', sourceKey, part: null };
  if (name.startsWith('@')) return null;
  return { kind: top, sourceKey, part: decodePart(name) };
}

/**
 * Decode an object key as S3 writes it in event notifications: `+` is a space, then
 * percent-decoding, exactly once. Never throws (a malformed escape stays literal).
 * @example decodeS3EventKey('my+file%2B%C3%BC.csv') // 'my file+ü.csv'
 */
export function decodeS3EventKey(raw: string): string {
  return safeDecode(raw.replace(/\+/g, ' '));
}

/**
 * Encode a key as S3 does in event notifications (form encoding: unreserved characters and
 * `/` kept, space as `+`, everything else as UTF-8 `%XX`). Used by the local emulator and the
 * tests, so that {@link decodeS3EventKey} meets real input.
 * @example encodeS3EventKey('my file+ü.csv') // 'my+file%2B%C3%BC.csv'
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((seg) =>
      encodeURIComponent(seg)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}

/** Sortable timestamp for a published corpus folder. @example corpusStamp(new Date(0)) // '1970-01-01T00-00-00Z' */
export function corpusStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

const DIGITS = /(\d+)/;

/**
 * Compare two strings by code units, except that runs of digits compare by value
 * (`row:2` < `row:10`). Total and deterministic; no locale.
 */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(DIGITS);
  const pb = b.split(DIGITS);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) {
      const dx = x.replace(/^0+/, '');
      const dy = y.replace(/^0+/, '');
      if (dx.length !== dy.length) return dx.length - dy.length;
      if (dx !== dy) return dx < dy ? -1 : 1;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return 0;
}
