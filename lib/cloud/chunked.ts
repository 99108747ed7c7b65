/**
 * Uploads too large for one invocation: a 2 GB CSV, a zip of 100,000 articles.
 *
 *   hop 0 (the S3 event)  open the object as a stream, sniff it: CSV/TSV/JSONL (gzip too) or zip
 *   each hop              stream the object from its start; positions up to `resumeAfter`
 *                         (rows, lines or zip entries) are only parsed, the next ones go through
 *                         the core in batches, each batch's records and rejects written at once;
 *                         when the time left falls under a reserve, stop after the batch, record
 *                         the hop in a chunk file and send a `continue` message to the queue
 *   last hop              the summary (`@input.json`) from the chunk files of this version,
 *                         then delete outputs of earlier versions
 *
 * Every hop reads the object with `If-Match: <ETag of hop 0>`: when the object was uploaded
 * again, the continuation is dropped (the new upload's own event processes it). Output keys
 * are deterministic (`records/<key>/row%3A17.json`), so a retried or duplicated hop rewrites
 * the same objects.
 *
 * Chunk files `records/<sourceKeyEncoded>/@chunk-<start>.json` (start = first position of the
 * hop, zero-padded) hold the hop's ETag, range, counts and the keys it wrote; the publisher
 * ignores them (`@` names other than `@input.json` name no document).
 */
import { z } from 'zod';
import { type ArchiveLimits, archiveKind, DEFAULT_LIMITS } from '../core/archive.ts';
import type { ObjectResult } from '../core/pipeline.ts';
import { prepend, processTabularStreamFrom, tabularStreamFormat, takeHead } from '../core/stream.ts';
import { PIPELINE_VERSION } from '../core/version.ts';
import { processArchiveEntry, zipEntriesFrom } from '../core/zipstream.ts';
import { ObjectChangedError, type OpenedStream } from '../storage/s3.ts';
import { ObjectNotFoundError, type Store, StoreError } from '../storage/store.ts';
import { inputSummaryKey, recordKey, recordsPrefix, rejectKey } from './keys.ts';
import { logDocuments, silentLog } from './log.ts';
import { type ChangeOutcome, deleteOutputs, type InputSummaryFile, type ProcessDeps, processUpload } from './process.ts';

/** Formats processed in hops. */
export const CHUNKED_FORMATS = ['csv', 'tsv', 'jsonl', 'zip'] as const;
export type ChunkedFormat = (typeof CHUNKED_FORMATS)[number];

/** The body of a continuation message sent to the processing queue. */
export const ContinueMessageSchema = z.object({
  kind: z.literal('continue'),
  bucket: z.string().min(1),
  key: z.string().min(1),
  /** ETag of the version being processed (hop 0 read it). */
  etag: z.string().min(1),
  format: z.enum(CHUNKED_FORMATS),
  /** Positions (data rows, lines, zip file entries; 1-based) already done: resume after this one. */
  resumeAfter: z.number().int().nonnegative(),
  /** Zip: bytes inflated by the previous hops (the archive's inflate limit spans all hops). */
  inflated: z.number().int().nonnegative().default(0),
  /** Number of this hop (hop 0 is the S3 event). */
  hop: z.number().int().positive(),
  /** Only the summary is left to write (the last hop ran out of time after its last batch). */
  finalize: z.boolean().default(false),
});
export type ContinueMessage = z.infer<typeof ContinueMessageSchema>;

/** Sends continuation messages (the processing queue in Lambda; a local list in tests). */
export interface ContinuationSink {
  send(message: ContinueMessage): Promise<void>;
}

/** Options of chunked processing, on top of {@link ProcessDeps}. */
export interface ChunkedOptions {
  /**
   * Where continuations go. Without it an upload is processed to its end in one call
   * (local runs), whatever the time.
   */
  continuation?: ContinuationSink;
  /** Milliseconds left in this invocation (Lambda `context.getRemainingTimeInMillis`). @default unlimited */
  remainingMs?: () => number;
  /**
   * Time kept in reserve (ms): a hop stops when less than this plus twice its slowest batch
   * is left. @default 20,000
   */
  reserveMs?: number;
  /** Documents per batch (records + rejects written together). @default 200 */
  batchSize?: number;
  /** Objects written at once. @default 16 */
  writeConcurrency?: number;
  /** Largest object processed in hops (bytes); larger ones are `too_large` rejects. @default 16 GiB */
  maxStreamBytes?: number;
  /**
   * Limits for archives and gzip read in hops. @default inflated bytes 16 GiB, 200,000 entries,
   * other limits as {@link DEFAULT_LIMITS}
   */
  streamLimits?: Partial<ArchiveLimits>;
  /** Max inflated bytes of one entry of a zip read in hops (held in memory). @default 64 MiB */
  maxEntryBytes?: number;
  /** Max hops of one upload (a guard against loops). @default 10,000 */
  maxHops?: number;
  /** Raw bucket name written in continuation messages. @default the bucket of the message being continued, else '' */
  rawBucket?: string;
}

/** Limits of uploads processed in hops (documented in the README, "Run Winnow on AWS"). */
export const CHUNKED_LIMITS: ArchiveLimits = {
  ...DEFAULT_LIMITS,
  maxInflatedBytes: 16 * 1024 * 1024 * 1024,
  maxEntries: 200_000,
};

/** Name prefix of chunk files inside `records/<sourceKeyEncoded>/`. */
export const CHUNK_FILE_PREFIX = '@chunk-';

/** Key of the chunk file of the hop starting after position `start`. */
export function chunkFileKey(sourceKey: string, start: number): string {
  return `${recordsPrefix(sourceKey)}${CHUNK_FILE_PREFIX}${String(start).padStart(12, '0')}.json`;
}

/** What one hop did (a chunk file). */
export interface ChunkFile {
  etag: string;
  format: ChunkedFormat;
  encoding: string | null;
  /** Positions after `start` up to `end` (inclusive) were processed by this hop. */
  start: number;
  end: number;
  /** True when the object was read to its end. */
  done: boolean;
  records: number;
  rejects: number;
  replacement_chars: number;
  mojibake_lines_repaired: number;
  skipped: { source_part: string | null; reason: string }[];
  /** Output keys written by the hop (records/ and rejects/). */
  keys: string[];
  pipeline_version: string;
}

/** The stored object opened as a stream, with what the store says about it. */
async function openRaw(raw: Store, key: string, ifMatch: string | null): Promise<OpenedStream> {
  const s3 = raw as Store & { openStream?: (key: string, o: { ifMatch?: string }) => Promise<OpenedStream> };
  if (s3.openStream) return s3.openStream(key, ifMatch ? { ifMatch } : {});
  // other stores: ETag from the listing (compared by hand), body as a stream or whole
  let etag: string | null = null;
  let size: number | null = null;
  for await (const o of raw.list(key)) {
    if (o.key === key) ({ etag = null, size } = { etag: o.etag ?? null, size: o.size });
    break;
  }
  if (size === null) throw new ObjectNotFoundError(key);
  if (ifMatch && etag !== null && etag !== ifMatch) throw new ObjectChangedError(key, ifMatch);
  const body = raw.getStream ? await raw.getStream(key) : [await raw.get(key)];
  return { body: toAsync(body), etag, contentType: null, size };
}

async function* toAsync(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** Read the first `n` bytes of a stream; the returned iterable yields them, then the rest. */
async function peek(body: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const { head, rest } = await takeHead(body, n);
  return { head, all: prepend(head, rest) };
}

/**
 * Which chunked format an object is, from its first bytes (after the caller peeked them).
 * Gzip is streamable only for CSV/TSV/JSONL named so (`.csv.gz`); tar is not read in hops.
 * @returns null when the object must be read whole
 */
export function chunkedFormatOf(key: string, head: Uint8Array): ChunkedFormat | null {
  const kind = archiveKind(head);
  if (kind === 'zip') return 'zip';
  if (kind === 'tar') return null;
  return tabularStreamFormat(key, head);
}

/** Write objects with at most `n` writes in flight. */
async function putAll(store: Store, items: [string, string][], n: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as [string, string];
      await store.put(item[0], item[1]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

type Deps = ProcessDeps & ChunkedOptions;

/** One batch of a hop, whatever the format. */
interface HopBatch {
  result: ObjectResult;
  position: number;
  inflated: number;
  done: boolean;
}

async function* zipBatches(key: string, body: AsyncIterable<Uint8Array>, msg: HopState, deps: Deps): AsyncGenerator<HopBatch> {
  const batchSize = deps.batchSize ?? 200;
  const limits = { ...CHUNKED_LIMITS, ...deps.streamLimits };
  const opts = { now: deps.now?.() ?? new Date(), limits };
  let batch = emptyResult(key, 'zip');
  let position = msg.resumeAfter;
  let inflated = msg.inflated;
  let n = 0;
  for await (const e of zipEntriesFrom(body, {
    skip: msg.resumeAfter,
    limits,
    inflatedBefore: msg.inflated,
    maxEntryBytes: deps.maxEntryBytes,
  })) {
    const r = processArchiveEntry(key, e.entry, opts);
    batch.records.push(...r.records);
    batch.rejects.push(...r.rejects);
    batch.skipped.push(...r.skipped);
    batch.replacementChars += r.replacementChars;
    batch.mojibakeLinesRepaired += r.mojibakeLinesRepaired;
    position = Math.max(position, e.position);
    inflated = e.inflated;
    n++;
    if (n >= batchSize) {
      yield { result: batch, position, inflated, done: false };
      batch = emptyResult(key, 'zip');
      n = 0;
    }
  }
  if (position === 0 && batch.records.length + batch.rejects.length === 0 && msg.resumeAfter === 0) {
    batch.rejects.push({
      source_key: key,
      source_part: null,
      reason: 'the zip archive holds no files',
      error_code: 'no_content',
      source_sha256: null,
      pipeline_version: PIPELINE_VERSION,
    });
  }
  yield { result: batch, position, inflated, done: true };
}

async function* tabularBatches(
  key: string,
  body: AsyncIterable<Uint8Array>,
  contentType: string | null,
  msg: HopState,
  deps: Deps,
): AsyncGenerator<HopBatch> {
  const format = msg.format as 'csv' | 'tsv' | 'jsonl';
  for await (const b of processTabularStreamFrom({ key, chunks: body, contentType }, format, {
    skip: msg.resumeAfter,
    batchSize: deps.batchSize ?? 200,
    now: deps.now?.() ?? new Date(),
    limits: { ...CHUNKED_LIMITS, ...deps.streamLimits },
  })) {
    yield { result: b.result, position: b.position, inflated: 0, done: b.done };
  }
}

function emptyResult(key: string, format: string): ObjectResult {
  return { key, format, encoding: null, records: [], rejects: [], replacementChars: 0, mojibakeLinesRepaired: 0, skipped: [] };
}

/** Where a hop starts. */
interface HopState {
  key: string;
  etag: string;
  format: ChunkedFormat;
  resumeAfter: number;
  inflated: number;
  hop: number;
  bucket: string;
}

/**
 * Hop 0 of a large upload (called for an object over `maxObjectBytes`): open it, sniff it, and
 * process it in hops when it is CSV/TSV/JSONL (gzip too) or zip.
 * @returns the outcome, or null when the object is not a chunked format (or over
 *   `maxStreamBytes`), for the caller's `too_large` reject
 * @throws StoreError (ObjectNotFoundError when it vanished) when a store fails
 */
export async function startChunked(key: string, deps: Deps): Promise<ChangeOutcome | null> {
  const opened = await openRaw(deps.raw, key, null);
  const { head, all } = await peek(opened.body, 64 * 1024);
  const format = chunkedFormatOf(key, head);
  const tooBig = (opened.size ?? 0) > (deps.maxStreamBytes ?? 16 * 1024 * 1024 * 1024);
  if (!format || tooBig || !opened.etag) {
    await all[Symbol.asyncIterator]().return?.(undefined);
    return null;
  }
  return runHop({ key, etag: opened.etag, format, resumeAfter: 0, inflated: 0, hop: 0, bucket: deps.rawBucket ?? '' }, deps, {
    ...opened,
    body: all,
  });
}

/**
 * Handle a continuation message: the next hop, or the final summary.
 * A continuation of an object that changed or vanished since hop 0 is dropped (skipped).
 * @throws StoreError when a store fails (the message is retried)
 */
export async function continueChunked(msg: ContinueMessage, deps: Deps): Promise<ChangeOutcome> {
  const log = deps.log ?? silentLog;
  const t0 = performance.now();
  const state: HopState = { ...msg };
  try {
    if (msg.finalize) {
      const current = await statEtag(deps.raw, msg.key);
      if (current !== msg.etag) throw new ObjectChangedError(msg.key, msg.etag);
      return await finalize(state, deps, t0);
    }
    if (msg.hop > (deps.maxHops ?? 10_000)) {
      const reason = `more than ${deps.maxHops ?? 10_000} hops: the continuation is dropped`;
      log.error('continuation dropped', { event: 'object', status: 'failed', source_key: msg.key, reason, hop: msg.hop });
      return { status: 'skipped', key: msg.key, reason, ms: performance.now() - t0 };
    }
    const opened = await openRaw(deps.raw, msg.key, msg.etag);
    return await runHop(state, deps, opened);
  } catch (e) {
    if (!(e instanceof ObjectChangedError) && !(e instanceof ObjectNotFoundError)) throw e;
    const reason =
      e instanceof ObjectChangedError
        ? 'the object was uploaded again since its processing began; the new upload is processed from its own event'
        : 'the object was deleted since its processing began';
    log.info('continuation dropped', {
      event: 'object',
      status: 'skipped',
      source_key: msg.key,
      reason,
      hop: msg.hop,
      resume_after: msg.resumeAfter,
    });
    return { status: 'skipped', key: msg.key, reason, ms: performance.now() - t0 };
  }
}

async function statEtag(store: Store, key: string): Promise<string | null | undefined> {
  for await (const o of store.list(key)) return o.key === key ? (o.etag ?? undefined) : null;
  return null;
}

/** Process positions after `state.resumeAfter` until the end or the time reserve. */
async function runHop(state: HopState, deps: Deps, opened: OpenedStream): Promise<ChangeOutcome> {
  const log = deps.log ?? silentLog;
  const t0 = performance.now();
  const { key } = state;
  const remaining = deps.continuation ? deps.remainingMs : undefined;
  const reserve = deps.reserveMs ?? 20_000;
  const concurrency = deps.writeConcurrency ?? 16;
  if (remaining && remaining() < reserve) {
    // too little time left in this invocation (after other messages of the batch): defer the hop
    await opened.body[Symbol.asyncIterator]().return?.(undefined);
    const msg: ContinueMessage = { kind: 'continue', ...state, hop: state.hop + 1, finalize: false };
    await send(deps, msg);
    log.info('upload hop deferred', { event: 'hop', status: 'deferred', source_key: key, hop: state.hop, start: state.resumeAfter });
    return { status: 'continued', key, records: 0, rejects: 0, resumeAfter: state.resumeAfter, ms: performance.now() - t0 };
  }
  const batches =
    state.format === 'zip' ? zipBatches(key, opened.body, state, deps) : tabularBatches(key, opened.body, opened.contentType, state, deps);
  const chunk: ChunkFile = {
    etag: state.etag,
    format: state.format,
    encoding: null,
    start: state.resumeAfter,
    end: state.resumeAfter,
    done: false,
    records: 0,
    rejects: 0,
    replacement_chars: 0,
    mojibake_lines_repaired: 0,
    skipped: [],
    keys: [],
    pipeline_version: PIPELINE_VERSION,
  };
  let inflated = state.inflated;
  let slowest = 0;
  let batchesDone = 0;
  try {
    for await (const b of batches) {
      const b0 = performance.now();
      const items: [string, string][] = [
        ...b.result.records.map((r): [string, string] => [recordKey(key, r.source_part), `${JSON.stringify(r)}\n`]),
        ...b.result.rejects.map((j): [string, string] => [rejectKey(key, j.source_part), `${JSON.stringify(j)}\n`]),
      ];
      await putAll(deps.corpus, items, concurrency);
      for (const [k] of items) chunk.keys.push(k);
      logDocuments(log, key, b.result, { hop: state.hop });
      chunk.encoding ??= b.result.encoding;
      chunk.records += b.result.records.length;
      chunk.rejects += b.result.rejects.length;
      chunk.replacement_chars += b.result.replacementChars;
      chunk.mojibake_lines_repaired += b.result.mojibakeLinesRepaired;
      chunk.skipped.push(...b.result.skipped);
      chunk.end = b.position;
      chunk.done = b.done;
      inflated = b.inflated;
      batchesDone++;
      slowest = Math.max(slowest, performance.now() - b0);
      if (!b.done && remaining && remaining() < reserve + 2 * slowest) break;
    }
  } finally {
    await batches.return(undefined as never);
  }
  if (!chunk.done && chunk.end === state.resumeAfter) {
    // not one position processed (time already short): try again from the same place
    throw new StoreError(`no time left to process "${key}" after position ${state.resumeAfter}; the hop is retried`, key);
  }
  await deps.corpus.put(chunkFileKey(key, state.resumeAfter), `${JSON.stringify(chunk)}\n`);
  const ms = performance.now() - t0;
  log.info('upload hop processed', {
    event: 'hop',
    status: chunk.done ? 'done' : 'continued',
    source_key: key,
    format: state.format,
    hop: state.hop,
    start: chunk.start,
    end: chunk.end,
    records: chunk.records,
    rejects: chunk.rejects,
    batches: batchesDone,
    ms: Math.round(ms),
  });
  // the object may have been uploaded again during this hop: then the outputs just written may
  // be stale, and the new upload's own processing may already have run; process it again now
  const current = await statEtag(deps.raw, key);
  if (current !== undefined && current !== state.etag) {
    log.info('object changed while processed: processing it again', { event: 'object', status: 'retried', source_key: key });
    return processUpload(key, deps);
  }
  const next = {
    kind: 'continue' as const,
    bucket: state.bucket,
    key,
    etag: state.etag,
    format: state.format,
    inflated,
    hop: state.hop + 1,
  };
  if (!chunk.done) {
    await send(deps, { ...next, resumeAfter: chunk.end, finalize: false });
    return { status: 'continued', key, records: chunk.records, rejects: chunk.rejects, resumeAfter: chunk.end, ms };
  }
  if (remaining && remaining() < reserve) {
    await send(deps, { ...next, resumeAfter: chunk.end, finalize: true });
    return { status: 'continued', key, records: chunk.records, rejects: chunk.rejects, resumeAfter: chunk.end, ms };
  }
  return finalize(state, deps, t0);
}

async function send(deps: Deps, msg: ContinueMessage): Promise<void> {
  if (!deps.continuation) throw new StoreError(`no continuation queue configured for "${msg.key}"`, msg.key);
  await deps.continuation.send(msg);
}

/**
 * Write the upload's summary from the chunk files of its current version (one chain of hops
 * from position 0 to the end), then delete outputs that version did not write (earlier
 * versions' parts, chunk files of other ETags).
 * @throws StoreError when a chunk file is missing (a concurrent change; the message is retried)
 */
async function finalize(state: HopState, deps: Deps, t0: number): Promise<ChangeOutcome> {
  const log = deps.log ?? silentLog;
  const { key } = state;
  const prefix = recordsPrefix(key);
  const chunks: ChunkFile[] = [];
  const chunkKeys: string[] = [];
  for await (const o of deps.corpus.list(`${prefix}${CHUNK_FILE_PREFIX}`)) {
    if (o.key.slice(prefix.length).includes('/')) continue;
    const c = JSON.parse(Buffer.from(await deps.corpus.get(o.key)).toString('utf8')) as ChunkFile;
    if (c.etag !== state.etag) continue;
    chunks.push(c);
    chunkKeys.push(o.key);
  }
  // walk one chain: start 0 -> end -> ... -> done (duplicated hops may overlap; any chain will do)
  const byStart = new Map<number, ChunkFile>();
  for (const c of chunks) {
    const seen = byStart.get(c.start);
    if (!seen || c.done || (!seen.done && c.end > seen.end)) byStart.set(c.start, c);
  }
  const chain: ChunkFile[] = [];
  for (let pos = 0; ; ) {
    const c = byStart.get(pos);
    if (!c) throw new StoreError(`the chunk file of "${key}" after position ${pos} is missing; the summary is retried`, key);
    chain.push(c);
    if (c.done) break;
    if (c.end <= pos) throw new StoreError(`the chunk files of "${key}" do not advance after position ${pos}`, key);
    pos = c.end;
  }
  const first = chain[0] as ChunkFile;
  const summary: InputSummaryFile = {
    source_key: key,
    format: first.format,
    encoding: first.encoding,
    records: sum(chain, (c) => c.records),
    rejects: sum(chain, (c) => c.rejects),
    replacement_chars: sum(chain, (c) => c.replacement_chars),
    mojibake_lines_repaired: sum(chain, (c) => c.mojibake_lines_repaired),
    skipped: chain.flatMap((c) => c.skipped),
    source_etag: state.etag,
    pipeline_version: PIPELINE_VERSION,
  };
  const sk = inputSummaryKey(key);
  await deps.corpus.put(sk, `${JSON.stringify(summary)}\n`);
  const keep = new Set<string>([sk, ...chunkKeys]);
  for (const c of chunks) for (const k of c.keys) keep.add(k);
  const staleDeleted = await deleteOutputs(deps.corpus, key, keep);
  const ms = performance.now() - t0;
  log.info('object processed', {
    event: 'object',
    status: 'processed',
    source_key: key,
    format: summary.format,
    records: summary.records,
    rejects: summary.rejects,
    hops: chain.length,
    stale_deleted: staleDeleted,
    ms: Math.round(ms),
  });
  return { status: 'processed', key, records: summary.records, rejects: summary.rejects, staleDeleted, ms };
}

function sum(chunks: ChunkFile[], f: (c: ChunkFile) => number): number {
  return chunks.reduce((a, c) => a + f(c), 0);
}
