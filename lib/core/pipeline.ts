/**
 * The core flow, for one uploaded object:
 *
 *   bytes -> unpack (gzip) -> decode -> sniff format -> split into documents
 *         -> clean -> extract -> validate (zod) -> record | reject
 *
 * Pure: no file system, no network, no AWS. Content problems become rejects with an
 * `error_code` and a sentence; nothing here throws for bad input.
 */
import { cleanDocument } from './clean/index.ts';
import { decodeBytes, repairMojibake } from './decode.ts';
import { extractCounts } from './extract/counts.ts';
import { extractEntityGroups } from './extract/entities.ts';
import { countWords, detectLanguage, domainOf, findPublished, normalizePublished } from './extract/meta.ts';
import { extractQuotes } from './extract/quotes.ts';
import { extractSourcesWith } from './extract/sources.ts';
import { sha256Hex } from './hash.ts';
import { type CorpusRecord, type Reject, type RejectCode, RecordSchema } from './schema.ts';
import { sniffFormat } from './sniff.ts';
import { splitDocuments } from './split/index.ts';
import type { CleanedDoc, SourceDoc } from './types.ts';
import { unpack } from './unpack.ts';
import { PIPELINE_VERSION } from './version.ts';

/** One uploaded object. */
export interface InputObject {
  /** Object key: S3 key, or path relative to the input root (forward slashes). */
  key: string;
  /** Raw bytes. */
  bytes: Uint8Array;
  /** Content-Type stated by the store (its charset is used when the bytes are not UTF-8). */
  contentType?: string | null;
}

export interface PipelineOptions {
  /** Reference instant: publication dates after it are implausible. Default: now. */
  now?: Date;
}

/** What one object became. `records.length + rejects.length` counts its documents. */
export interface ObjectResult {
  key: string;
  format: string;
  encoding: string | null;
  records: CorpusRecord[];
  rejects: Reject[];
  /** U+FFFD characters found after decoding (0 unless the source had them or is not text). */
  replacementChars: number;
  /** Lines whose mojibake ("Ã©" for "é") was repaired. */
  mojibakeLinesRepaired: number;
}

/**
 * Stable id of a document: the same upload (key, part, bytes) always gets the same id.
 * @returns 32 hex characters (first 128 bits of a SHA-256)
 */
export function documentId(sourceKey: string, sourcePart: string | null, sha256: string): string {
  return sha256Hex(`${sourceKey}\u0000${sourcePart ?? ''}\u0000${sha256}`).slice(0, 32);
}

function reject(key: string, part: string | null, code: RejectCode, reason: string, sha: string | null = null): Reject {
  return { source_key: key, source_part: part, reason, error_code: code, source_sha256: sha, pipeline_version: PIPELINE_VERSION };
}

function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/**
 * Where a publication date may be written: date hints from cleaning, the header lines of the
 * raw document (above the first content paragraph: datelines, bylines) and the start of the
 * lead (a dateline such as "KYIV, 3 March 2025 —"). Never deeper in the body, where dates
 * are events, not publication.
 */
function dateCandidates(doc: SourceDoc, cleaned: CleanedDoc): string[] {
  const first = cleaned.paragraphs[0] ?? '';
  const cut = first ? doc.text.indexOf(first.slice(0, 40)) : -1;
  const header = (cut > 0 ? doc.text.slice(0, cut) : '').split('\n').slice(1).filter((l) => l.trim());
  return [...cleaned.dateHints, ...header, first.slice(0, 120)];
}

/**
 * Clean and extract one document into a record, validated by {@link RecordSchema}.
 * @returns the record, or a reject (`no_content`, `validation_failed`)
 */
export function processDocument(doc: SourceDoc, opts: PipelineOptions = {}): CorpusRecord | Reject {
  const cleaned = cleanDocument(doc);
  const text = cleaned.paragraphs.join('\n\n');
  if (!text.trim()) {
    return reject(doc.sourceKey, doc.sourcePart, 'no_content', 'no article text was left after removing boilerplate: the document holds only a title, navigation, banners or is empty', doc.sha256);
  }
  const title = (doc.meta.title ?? cleaned.title).replace(/\s+/g, ' ').trim();
  const lang = detectLanguage(text, doc.meta.language).language;
  const groups = extractEntityGroups(title, text, lang);
  const entities = {
    persons: groups.filter((g) => g.kind === 'person').map((g) => g.name),
    organizations: groups.filter((g) => g.kind === 'organization').map((g) => g.name),
    locations: groups.filter((g) => g.kind === 'location').map((g) => g.name),
  };
  const quotes = extractQuotes(text, lang, { persons: entities.persons, organizations: entities.organizations });
  const now = opts.now ?? new Date();
  const published = normalizePublished(doc.meta.published, lang, now) ?? findPublished(dateCandidates(doc, cleaned), lang, now);
  const url = doc.meta.url ?? null;
  const candidate: CorpusRecord = {
    id: documentId(doc.sourceKey, doc.sourcePart, doc.sha256),
    source_key: doc.sourceKey,
    source_part: doc.sourcePart,
    source_format: doc.format,
    source_sha256: doc.sha256,
    url,
    domain: domainOf(url),
    outlet: doc.meta.outlet ?? cleaned.outletHints[0] ?? null,
    title,
    authors: doc.meta.authors?.length ? doc.meta.authors : cleaned.authors,
    published,
    language: lang,
    text,
    word_count: countWords(text),
    quotes,
    persons: entities.persons,
    organizations: entities.organizations,
    locations: entities.locations,
    counts: extractCounts(title ? `${title}\n\n${text}` : text, lang),
    sources_cited: extractSourcesWith(text, lang, groups),
    related_headlines: cleaned.related_headlines,
    captions: [...doc.captions, ...cleaned.captions],
    credits: [...new Set([...doc.credits, ...cleaned.credits])],
    removed: [...doc.removed, ...cleaned.removed],
    duplicate_of: null,
    pipeline_version: PIPELINE_VERSION,
  };
  const parsed = RecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    return reject(doc.sourceKey, doc.sourcePart, 'validation_failed', `the record failed the schema: ${issues}`, doc.sha256);
  }
  return parsed.data;
}

/**
 * Run the whole core on one object.
 * @param input key, bytes and optional Content-Type
 * @returns records and rejects; never throws for bad content (an unexpected error in one
 *   document becomes an `internal_error` reject for that document only)
 */
export function processObject(input: InputObject, opts: PipelineOptions = {}): ObjectResult {
  const { key } = input;
  const result: ObjectResult = { key, format: 'unknown', encoding: null, records: [], rejects: [], replacementChars: 0, mojibakeLinesRepaired: 0 };
  if (input.bytes.length === 0) {
    result.rejects.push(reject(key, null, 'empty', 'the file is empty (0 bytes)'));
    return result;
  }
  const un = unpack(key, input.bytes);
  if (!un.ok) {
    result.rejects.push(reject(key, null, un.code, un.reason, sha256Hex(input.bytes)));
    return result;
  }
  const decoded = decodeBytes(un.bytes, charsetOf(input.contentType));
  result.encoding = decoded.encoding;
  result.replacementChars = decoded.replacementChars;
  const repaired = repairMojibake(decoded.text);
  result.mojibakeLinesRepaired = repaired.repairedLines;
  const format = sniffFormat(un.name, repaired.text);
  result.format = format;
  if (format === 'binary') {
    result.rejects.push(reject(key, null, 'unsupported_format', 'the file holds binary data (NUL bytes), not text, HTML, CSV or JSON', sha256Hex(input.bytes)));
    return result;
  }
  const split = splitDocuments(key, format, repaired.text, un.bytes);
  if (split.kind === 'unsupported') {
    result.rejects.push(reject(key, null, 'unsupported_format', split.reason, sha256Hex(input.bytes)));
    return result;
  }
  for (const bad of split.rejects) {
    result.rejects.push(reject(key, bad.part || null, bad.code, bad.reason, null));
  }
  for (const doc of split.docs) {
    try {
      const out = processDocument(doc, opts);
      if ('error_code' in out) result.rejects.push(out);
      else result.records.push(out);
    } catch (e) {
      result.rejects.push(reject(key, doc.sourcePart, 'internal_error', `Winnow failed on this document (${(e as Error).message}); please report it with the file`, doc.sha256));
    }
  }
  return result;
}
