/**
 * The core flow, for one uploaded object:
 *
 *   bytes -> unpack (gzip) -> decode -> sniff format -> split into documents
 *         -> clean -> extract -> validate (zod) -> record | reject
 *
 * Pure: no file system, no network, no AWS. Content problems become rejects with an
 * `error_code` and a sentence; nothing here throws for bad input.
 */

import { DATELINE_AGENCIES, PUBLICATION_NOTICE } from '../rules/languages.ts';
import { type ArchiveLimits, archiveKind, DEFAULT_LIMITS, type InflateBudget, readTar, readZip } from './archive.ts';
import { cleanDocument } from './clean/index.ts';
import { decodeBytes, repairMojibake } from './decode.ts';
import { extractCounts } from './extract/counts.ts';
import { extractEntityGroups } from './extract/entities.ts';
import { countWords, detectLanguage, domainOf, findPublished, normalizePublished } from './extract/meta.ts';
import { speakerName, tidyPersons } from './extract/names.ts';
import { outletFromRemoved, outletFromText, pickOutlet } from './extract/outlet.ts';
import { extractQuotes } from './extract/quotes.ts';
import { extractSourcesWith } from './extract/sources.ts';
import { sha256Hex } from './hash.ts';
import { type CorpusRecord, RecordSchema, type Reject, type RejectCode } from './schema.ts';
import { sniffFormat, unreadDocumentReason } from './sniff.ts';
import type { FieldMapping } from './split/fields.ts';
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
  /** Limits on containers (zip, tar, gzip); defaults in {@link DEFAULT_LIMITS}. */
  limits?: Partial<ArchiveLimits>;
  /** Max bytes of one text or HTML document. Default {@link DEFAULT_MAX_DOCUMENT_BYTES}. */
  maxDocumentBytes?: number;
  /** Source fields the user chose for record fields in CSV/TSV/JSON/JSONL (`{ text: 'body' }`). */
  mapping?: FieldMapping;
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
  /** Parts deliberately not read (system files such as `__MACOSX/` or `.DS_Store` in archives), with the reason. */
  skipped: { source_part: string | null; reason: string }[];
}

/**
 * Files that operating systems and archivers add beside the user's files: never articles.
 * @returns the reason to skip, or null
 */
export function systemFileReason(path: string): string | null {
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (parts.includes('__MACOSX')) return 'macOS resource-fork folder (__MACOSX), not an article';
  if (base.startsWith('.')) return `hidden file (${base}), not an article`;
  if (/^(?:thumbs\.db|desktop\.ini)$/i.test(base)) return `system file (${base}), not an article`;
  return null;
}

/**
 * Stable id of a document: the same upload (key, part, bytes) always gets the same id.
 * @returns 32 hex characters (first 128 bits of a SHA-256)
 */
export function documentId(sourceKey: string, sourcePart: string | null, sha256: string): string {
  return sha256Hex(`${sourceKey}\u0000${sourcePart ?? ''}\u0000${sha256}`).slice(0, 32);
}

/** Build a reject line (with this pipeline's version). */
export function rejectLine(key: string, part: string | null, code: RejectCode, reason: string, sha: string | null = null): Reject {
  return reject(key, part, code, reason, sha);
}

function reject(key: string, part: string | null, code: RejectCode, reason: string, sha: string | null = null): Reject {
  return { source_key: key, source_part: part, reason, error_code: code, source_sha256: sha, pipeline_version: PIPELINE_VERSION };
}

function charsetOf(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/** The lead's dateline: the text before the first dash or agency tag (`DATELINE_AGENCIES`). */
const DATELINE_RE = new RegExp(`^(.{4,100}?)(?:\\s[—–-]\\s|\\s?\\((?:${DATELINE_AGENCIES.join('|')})\\))`, 'u');

/**
 * Where a publication date may be written: date hints from cleaning, the header lines of the
 * raw document (above the first content paragraph: datelines, bylines) and the start of the
 * lead (a dateline such as "KYIV, 3 March 2025 —"). Never deeper in the body, where dates
 * are events, not publication.
 */
function dateCandidates(doc: SourceDoc, cleaned: CleanedDoc): string[] {
  const first = cleaned.paragraphs[0] ?? '';
  const cut = first ? doc.text.indexOf(first.slice(0, 40)) : -1;
  const header = (cut > 0 ? doc.text.slice(0, cut) : '')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim());
  // the lead's dateline only ("KYIV, 3 March 2025 — …", "MOSCOW, July 8 (Reuters) -"): the part
  // before the first dash or agency tag; a date later in the lead is an event ("am 23. Juni 2022")
  const dateline = DATELINE_RE.exec(first);
  return [...cleaned.dateHints, ...header, ...(dateline ? [dateline[1] as string] : []), ...publicationNotices(cleaned)];
}

/**
 * Publication notices (see `PUBLICATION_NOTICE`): the last two paragraphs and the removed
 * pieces, sentences of at most 300 UTF-16 units naming the article and a verb of appearing.
 */
function publicationNotices(cleaned: CleanedDoc): string[] {
  const out: string[] = [];
  const pieces = [...cleaned.paragraphs.slice(-2), ...cleaned.removed.map((r) => r.text)];
  for (const piece of pieces) {
    for (const s of piece.split(/(?<=\D[.!?])\s+(?=\p{Lu})/u)) {
      if (s.length > 300) continue;
      const low = s.toLowerCase();
      if (PUBLICATION_NOTICE.nouns.some((n) => low.includes(n)) && PUBLICATION_NOTICE.verbs.some((v) => low.includes(v))) out.push(s);
    }
  }
  return out;
}

/** The record fields computed from the cleaned text: everything that depends on `text`. */
export type TextFields = Pick<
  CorpusRecord,
  'text' | 'word_count' | 'quotes' | 'persons' | 'organizations' | 'locations' | 'counts' | 'sources_cited'
>;

/**
 * Extraction on a cleaned body: named entities (once, shared by quotes and sources), quotes
 * with speakers and UTF-16 offsets into `text`, counts (title included), cited sources.
 */
export function extractFields(title: string, text: string, lang: string): TextFields {
  const groups = tidyPersons(extractEntityGroups(title, text, lang), lang);
  const persons = groups.filter((g) => g.kind === 'person').map((g) => g.name);
  const organizations = groups.filter((g) => g.kind === 'organization').map((g) => g.name);
  return {
    text,
    word_count: countWords(text),
    quotes: extractQuotes(text, lang, { persons, organizations }).map((q) =>
      q.speaker ? { ...q, speaker: speakerName(q.speaker, groups, lang) } : q,
    ),
    persons,
    organizations,
    locations: groups.filter((g) => g.kind === 'location').map((g) => g.name),
    counts: extractCounts(title ? `${title}\n\n${text}` : text, lang),
    sources_cited: extractSourcesWith(text, lang, groups),
  };
}

/**
 * Clean and extract one document into a record, validated by {@link RecordSchema}.
 * @returns the record, or a reject (`no_content`; `extraction_failed` for an HTML page whose
 *   main content is all boilerplate; `validation_failed`)
 */
export function processDocument(doc: SourceDoc, opts: PipelineOptions = {}): CorpusRecord | Reject {
  const cleaned = cleanDocument(doc);
  const text = cleaned.paragraphs.join('\n\n');
  if (!text.trim()) {
    // A page whose main-content extraction kept only boilerplate (a consent wall, a paywall
    // notice, navigation) is an extraction failure, never an article of banner text.
    const html = doc.format === 'html';
    return reject(
      doc.sourceKey,
      doc.sourcePart,
      html ? 'extraction_failed' : 'no_content',
      html
        ? `no main content was found in the HTML page: what the extractor kept was all boilerplate (${removedReasons(cleaned)})`
        : 'no article text was left after removing boilerplate: the document holds only a title, navigation, banners or is empty',
      doc.sha256,
    );
  }
  const title = (doc.meta.title ?? cleaned.title).replace(/\s+/g, ' ').trim();
  const lang = detectLanguage(text, doc.meta.language).language;
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
    outlet:
      pickOutlet([doc.meta.outlet, ...cleaned.outletHints]) ??
      outletFromRemoved(cleaned.removed) ??
      outletFromText(text, lang, cleaned.removed),
    title,
    authors: doc.meta.authors?.length ? doc.meta.authors : cleaned.authors,
    published,
    language: lang,
    ...extractFields(title, text, lang),
    related_headlines: cleaned.related_headlines,
    // The cleaner carries the splitter's captions, credits and removed pieces through.
    captions: [...new Set(cleaned.captions)],
    credits: [...new Set(cleaned.credits)],
    removed: cleaned.removed,
    duplicate_of: null,
    pipeline_version: PIPELINE_VERSION,
    extra: doc.extra ?? null,
  };
  const parsed = RecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    return reject(doc.sourceKey, doc.sourcePart, 'validation_failed', `the record failed the schema: ${issues}`, doc.sha256);
  }
  return parsed.data;
}

/** The kinds of boilerplate removed from a document, most frequent first ("consent, navigation"), or "nothing readable". */
function removedReasons(cleaned: CleanedDoc): string {
  const n = new Map<string, number>();
  for (const r of cleaned.removed) n.set(r.reason, (n.get(r.reason) ?? 0) + 1);
  const list = [...n].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  return list.length ? list.slice(0, 4).join(', ') : 'nothing readable';
}

/** Max bytes of one text or HTML document (a larger one is a `too_large` reject). Default 32 MiB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

interface Ctx {
  result: ObjectResult;
  opts: PipelineOptions;
  limits: ArchiveLimits;
  budget: InflateBudget;
  contentType: string | null | undefined;
}

/** Join a container path and an inner part: `a.zip` + `b.txt` -> `a.zip!/b.txt`; rows: `b.csv#row:3`. */
function joinPart(outer: string | null, inner: string | null, sep: '!/' | '#'): string | null {
  if (!outer) return inner;
  if (!inner) return outer;
  return `${outer}${sep}${inner}`;
}

function processBytes(ctx: Ctx, name: string, part: string | null, bytes: Uint8Array, depth: number): void {
  const { result } = ctx;
  const key = result.key;
  if (bytes.length === 0) {
    result.rejects.push(
      reject(key, part, 'empty', part ? `the archive entry "${part}" is empty (0 bytes)` : 'the file is empty (0 bytes)'),
    );
    return;
  }
  if (depth > ctx.limits.maxDepth) {
    result.rejects.push(
      reject(key, part, 'too_deep', `containers are nested more than ${ctx.limits.maxDepth} levels deep (limit)`, sha256Hex(bytes)),
    );
    return;
  }
  const un = unpack(name, bytes, Math.max(0, ctx.limits.maxInflatedBytes - ctx.budget.used));
  if (!un.ok) {
    result.rejects.push(reject(key, part, un.code, un.reason, sha256Hex(bytes)));
    return;
  }
  if (un.compressed) {
    ctx.budget.used += un.bytes.length;
    if (un.bytes.length > 1024 * 1024 && un.bytes.length / bytes.length > ctx.limits.maxRatio) {
      result.rejects.push(
        reject(
          key,
          part,
          'suspicious_compression',
          `the gzip data inflates more than ${ctx.limits.maxRatio} times its size (a gzip bomb?)`,
          sha256Hex(bytes),
        ),
      );
      return;
    }
    if (result.format === 'unknown') result.format = 'gzip';
    processBytes(ctx, un.name, part, un.bytes, depth + 1);
    return;
  }
  const unread = unreadDocumentReason(un.bytes);
  if (unread) {
    if (depth === 0 || result.format === 'gzip') result.format = 'unsupported';
    result.rejects.push(reject(key, part, 'unsupported_format', unread, sha256Hex(un.bytes)));
    return;
  }
  const kind = archiveKind(un.bytes);
  if (kind) {
    if (depth === 0 || result.format === 'gzip') result.format = kind;
    const entries = kind === 'zip' ? readZip(un.bytes, ctx.limits, ctx.budget) : readTar(un.bytes, ctx.limits, ctx.budget);
    if (entries.length === 0) result.rejects.push(reject(key, part, 'no_content', `the ${kind} archive holds no files`, sha256Hex(bytes)));
    for (const e of entries) {
      const entryPart = joinPart(part, e.name || null, '!/');
      const skip = e.ok ? systemFileReason(e.name) : null;
      if (!e.ok) result.rejects.push(reject(key, entryPart, e.code, e.reason));
      else if (skip) result.skipped.push({ source_part: entryPart, reason: skip });
      else processBytes(ctx, e.name, entryPart, e.bytes, depth + 1);
    }
    return;
  }
  const maxDoc = ctx.opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const decoded = decodeBytes(un.bytes, depth === 0 ? charsetOf(ctx.contentType) : null);
  const repaired = repairMojibake(decoded.text);
  const format = sniffFormat(un.name, repaired.text);
  if (depth === 0 || result.format === 'gzip') {
    result.format = format;
    result.encoding = format === 'binary' ? null : decoded.encoding;
  }
  if (format !== 'binary') {
    result.replacementChars += decoded.replacementChars;
    result.mojibakeLinesRepaired += repaired.repairedLines;
  }
  if (format === 'binary') {
    result.rejects.push(
      reject(
        key,
        part,
        'unsupported_format',
        'the file holds binary data (NUL bytes), not text, HTML, CSV, JSON or an archive',
        sha256Hex(un.bytes),
      ),
    );
    return;
  }
  if ((format === 'text' || format === 'html') && un.bytes.length > maxDoc) {
    result.rejects.push(
      reject(
        key,
        part,
        'too_large',
        `the document is ${un.bytes.length} bytes, over the ${maxDoc}-byte limit for one article`,
        sha256Hex(un.bytes),
      ),
    );
    return;
  }
  const split = splitDocuments(key, format, repaired.text, un.bytes, ctx.opts.mapping);
  if (split.kind === 'unsupported') {
    result.rejects.push(reject(key, part, 'unsupported_format', split.reason, sha256Hex(un.bytes)));
    return;
  }
  if (split.docs.length === 0 && split.rejects.length === 0) {
    const what = format === 'csv' || format === 'tsv' ? 'no data rows' : format === 'jsonl' ? 'no JSON lines' : 'no articles';
    result.rejects.push(reject(key, part, 'empty', `the ${format.toUpperCase()} file holds ${what}`, sha256Hex(un.bytes)));
    return;
  }
  for (const bad of split.rejects) {
    result.rejects.push(reject(key, joinPart(part, bad.part || null, '#'), bad.code, bad.reason, null));
  }
  for (const doc of split.docs) {
    doc.sourcePart = joinPart(part, doc.sourcePart, '#');
    try {
      const out = processDocument(doc, ctx.opts);
      if ('error_code' in out) result.rejects.push(out);
      else result.records.push(out);
    } catch (e) {
      result.rejects.push(
        reject(
          key,
          doc.sourcePart,
          'internal_error',
          `Winnow failed on this document (${(e as Error).message}); please report it with the file`,
          doc.sha256,
        ),
      );
    }
  }
}

/** A result with nothing in it yet, for one object (or one batch or entry of it). */
export function emptyResult(key: string, format = 'unknown', encoding: string | null = null): ObjectResult {
  return { key, format, encoding, records: [], rejects: [], replacementChars: 0, mojibakeLinesRepaired: 0, skipped: [] };
}

/**
 * Run the whole core on one object: plain files, gzip members, zip and tar archives (entry
 * by entry, recursively, within {@link ArchiveLimits}).
 * @param input key, bytes and optional Content-Type
 * @returns records and rejects; never throws for bad content (an unexpected error in one
 *   document becomes an `internal_error` reject for that document only)
 */
export function processObject(input: InputObject, opts: PipelineOptions = {}): ObjectResult {
  const result = emptyResult(input.key);
  const ctx: Ctx = { result, opts, limits: { ...DEFAULT_LIMITS, ...opts.limits }, budget: { used: 0 }, contentType: input.contentType };
  try {
    processBytes(ctx, input.key, null, input.bytes, 0);
  } catch (e) {
    result.rejects.push(
      reject(
        input.key,
        null,
        'internal_error',
        `Winnow failed on this input (${(e as Error).message}); please report it with the file`,
        sha256Hex(input.bytes),
      ),
    );
  }
  return result;
}
