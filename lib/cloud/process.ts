/**
 * Per-event processing of the raw bucket, over any {@link Store} (S3, folder, memory):
 *
 *   ObjectCreated -> read the object as it is NOW -> core (processObject) -> one object per
 *                    record / reject under deterministic keys -> delete stale parts
 *   ObjectRemoved -> if the object is really gone, delete its records, rejects and summary
 *
 * Acting on the object's current state (not on what the event says) makes the outcome
 * independent of duplicated or reordered events: a Created whose object has since been
 * deleted removes the outputs; a Removed whose key has been uploaded again keeps them.
 * Content problems become rejects; only storage failures throw (so the message is retried).
 */
import { type ObjectResult, processObject, systemFileReason } from '../core/pipeline.ts';
import type { Reject } from '../core/schema.ts';
import { PIPELINE_VERSION } from '../core/version.ts';
import { ObjectNotFoundError, ObjectTooLargeError, type Store, type StoredBody, type StoredObject } from '../storage/store.ts';
import { type ChunkedOptions, startChunked } from './chunked.ts';
import type { ObjectChange } from './events.ts';
import { inputSummaryKey, recordKey, recordsPrefix, rejectKey, rejectsPrefix } from './keys.ts';
import { type LogSink, logDocuments, silentLog } from './log.ts';

/** What the processing needs (uploads over `maxObjectBytes` are processed in hops: {@link ChunkedOptions}). */
export interface ProcessDeps extends ChunkedOptions {
  /** Where uploads are read (the raw bucket). */
  raw: Store;
  /** Where records and rejects are written (the corpus bucket). */
  corpus: Store;
  log?: LogSink;
  /**
   * Objects larger than this (bytes) are not read whole: CSV/TSV/JSONL (gzip too) and zip are
   * streamed in hops (lib/cloud/chunked.ts), anything else becomes a `too_large` reject.
   * @default 64 MiB
   */
  maxObjectBytes?: number;
  /** Reference instant for date plausibility in the core. @default now */
  now?: () => Date;
}

/** The upload summary stored at `records/<sourceKeyEncoded>/@input.json` (manifest input line). */
export interface InputSummaryFile {
  source_key: string;
  format: string;
  encoding: string | null;
  records: number;
  rejects: number;
  replacement_chars: number;
  mojibake_lines_repaired: number;
  /** Parts deliberately not read (system files inside archives), with the reason. */
  skipped: { source_part: string | null; reason: string }[];
  /** Set when the whole upload was skipped (a system file such as `.DS_Store`); format is then `skipped`. */
  skipped_reason?: string;
  /** ETag of the raw object that was processed, when the store gives one. */
  source_etag: string | null;
  pipeline_version: string;
}

/** What handling one change did. */
export type ChangeOutcome =
  | { status: 'processed'; key: string; records: number; rejects: number; staleDeleted: number; ms: number }
  /** One hop of a large upload done, a continuation message sent (counts: this hop's). */
  | { status: 'continued'; key: string; records: number; rejects: number; resumeAfter: number; ms: number }
  | { status: 'removed'; key: string; deleted: number; ms: number }
  | { status: 'skipped'; key: string; reason: string; ms: number };

/** True for a "folder" placeholder the S3 console creates: key ends in `/`, 0 bytes. */
export function isFolderPlaceholder(key: string, size: number | null): boolean {
  return key.endsWith('/') && (size ?? 0) === 0;
}

/**
 * Keys directly under `prefix` (not in deeper "folders", which belong to other uploads: the
 * outputs of `a/b` live under `records/a/b/`, those of `a/b/c` under `records/a/b/c/`).
 * @throws StoreError when listing fails
 */
export async function childKeys(store: Store, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const o of store.list(prefix)) if (!o.key.slice(prefix.length).includes('/')) out.push(o.key);
  return out;
}

/**
 * Whether `key` exists, by listing with the key as prefix (the key itself sorts first among
 * keys it prefixes). On S3 this needs `s3:ListBucket`, which also makes a missing key answer
 * 404 rather than 403 to GetObject.
 * @throws StoreError when listing fails
 */
export async function objectExists(store: Store, key: string): Promise<boolean> {
  return (await statObject(store, key)) !== null;
}

/**
 * Delete every output of one upload (records, rejects, summary).
 * @param keep keys to leave in place (the ones just written)
 * @returns how many objects were deleted
 * @throws StoreError when listing or deleting fails
 */
export async function deleteOutputs(corpus: Store, sourceKey: string, keep: ReadonlySet<string> = new Set()): Promise<number> {
  const existing = [...(await childKeys(corpus, recordsPrefix(sourceKey))), ...(await childKeys(corpus, rejectsPrefix(sourceKey)))];
  let n = 0;
  for (const k of existing) {
    if (keep.has(k)) continue;
    await corpus.delete(k);
    n++;
  }
  return n;
}

function rejectOf(key: string, code: Reject['error_code'], reason: string): Reject {
  return { source_key: key, source_part: null, reason, error_code: code, source_sha256: null, pipeline_version: PIPELINE_VERSION };
}

/**
 * Run the core on one object's bytes; an unexpected exception becomes an `internal_error`
 * reject (a bad document never fails the batch).
 */
export function runCore(key: string, body: StoredBody, now: Date): ObjectResult {
  try {
    return processObject({ key, bytes: body.bytes, contentType: body.contentType }, { now });
  } catch (e) {
    return {
      key,
      format: 'unknown',
      encoding: null,
      records: [],
      rejects: [rejectOf(key, 'internal_error', `Winnow failed on this file (${(e as Error).message}); please report it with the file`)],
      replacementChars: 0,
      mojibakeLinesRepaired: 0,
      skipped: [],
    };
  }
}

async function readRaw(raw: Store, key: string, maxBytes: number): Promise<StoredBody> {
  if (raw.getObject) return raw.getObject(key, { maxBytes });
  const bytes = await raw.get(key);
  if (bytes.length > maxBytes) throw new ObjectTooLargeError(key, bytes.length, maxBytes);
  return { bytes, contentType: null, etag: null };
}

/** One pass of {@link processUpload}; returns the ETag of the bytes processed (null if none). */
async function processOnce(key: string, deps: ProcessDeps): Promise<{ outcome: ChangeOutcome; etag: string | null }> {
  const log = deps.log ?? silentLog;
  const t0 = performance.now();
  const systemReason = systemFileReason(key);
  if (systemReason) return { outcome: await skipSystemFile(key, systemReason, deps, t0), etag: null };
  let body: StoredBody;
  let result: ObjectResult;
  let coreMs = 0;
  try {
    body = await readRaw(deps.raw, key, deps.maxObjectBytes ?? 64 * 1024 * 1024);
    const c0 = performance.now();
    result = runCore(key, body, deps.now?.() ?? new Date());
    coreMs = performance.now() - c0;
  } catch (e) {
    if (e instanceof ObjectNotFoundError) return { outcome: await vanished(key, deps, t0), etag: null };
    if (!(e instanceof ObjectTooLargeError)) throw e;
    try {
      const chunked = await startChunked(key, deps);
      // hops check the object's ETag themselves (If-Match, and after each hop)
      if (chunked) return { outcome: chunked, etag: null };
    } catch (e2) {
      if (e2 instanceof ObjectNotFoundError) return { outcome: await vanished(key, deps, t0), etag: null };
      throw e2;
    }
    body = { bytes: new Uint8Array(0), contentType: null, etag: null };
    result = {
      key,
      format: 'unknown',
      encoding: null,
      records: [],
      rejects: [
        rejectOf(
          key,
          'too_large',
          `the file has ${e.size} bytes, over the limit of ${e.maxBytes} bytes per upload (only CSV, TSV, JSONL, their .gz and zip archives are read in parts beyond it); split it into smaller files`,
        ),
      ],
      replacementChars: 0,
      mojibakeLinesRepaired: 0,
      skipped: [],
    };
  }

  const written = new Set<string>();
  for (const r of result.records) {
    const k = recordKey(key, r.source_part);
    await deps.corpus.put(k, `${JSON.stringify(r)}\n`);
    written.add(k);
  }
  for (const j of result.rejects) {
    const k = rejectKey(key, j.source_part);
    await deps.corpus.put(k, `${JSON.stringify(j)}\n`);
    written.add(k);
  }
  const summary: InputSummaryFile = {
    source_key: key,
    format: result.format,
    encoding: result.encoding,
    records: result.records.length,
    rejects: result.rejects.length,
    replacement_chars: result.replacementChars,
    mojibake_lines_repaired: result.mojibakeLinesRepaired,
    skipped: result.skipped,
    source_etag: body.etag,
    pipeline_version: PIPELINE_VERSION,
  };
  const sk = inputSummaryKey(key);
  await deps.corpus.put(sk, `${JSON.stringify(summary)}\n`);
  written.add(sk);
  const staleDeleted = await deleteOutputs(deps.corpus, key, written);
  const ms = performance.now() - t0;
  logDocuments(log, key, result, { core_ms: round(coreMs), ms: round(ms) });
  return {
    outcome: { status: 'processed', key, records: result.records.length, rejects: result.rejects.length, staleDeleted, ms },
    etag: body.etag,
  };
}

/** The object was deleted after its event was sent: remove its outputs. */
async function vanished(key: string, deps: ProcessDeps, t0: number): Promise<ChangeOutcome> {
  const deleted = await deleteOutputs(deps.corpus, key);
  const reason = 'the object no longer exists (deleted after this event was sent)';
  const ms = performance.now() - t0;
  (deps.log ?? silentLog).info('object skipped', {
    event: 'object',
    status: 'skipped',
    source_key: key,
    reason,
    outputs_deleted: deleted,
    ms: round(ms),
  });
  return { status: 'skipped', key, reason, ms };
}

/** Times an upload is processed again when it changes while being processed. */
const MAX_ATTEMPTS = 3;

/**
 * The upload kept changing while it was processed (uploaded again {@link MAX_ATTEMPTS} times
 * in a row); the message is retried later.
 */
export class ConcurrentChangeError extends Error {
  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`"${key}" changed ${MAX_ATTEMPTS} times while it was processed; retrying later`, options);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * The listing entry of exactly `key` (size, ETag), or null when it does not exist.
 * @throws StoreError when listing fails
 */
export async function statObject(store: Store, key: string): Promise<StoredObject | null> {
  for await (const o of store.list(key)) return o.key === key ? o : null;
  return null;
}

/**
 * Process one uploaded object into the corpus store and delete outputs of parts it no longer
 * has. Writes are idempotent (same keys, same bytes for the same upload).
 *
 * Concurrent invocations may handle two versions of one key at once; so after writing, the
 * object's current ETag is compared with the one processed, and on a difference (or a
 * deletion) the upload is processed again. The last invocation to finish thus always leaves
 * the outputs of the object as it is now.
 * @throws StoreError (not ObjectNotFoundError) when the raw or corpus store fails,
 *   ConcurrentChangeError when the object keeps changing
 */
export async function processUpload(key: string, deps: ProcessDeps): Promise<ChangeOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { outcome, etag } = await processOnce(key, deps);
    if (outcome.status !== 'processed' || etag === null) return outcome;
    const current = await statObject(deps.raw, key);
    if (current && (current.etag === undefined || current.etag === etag)) return outcome;
    if (attempt >= MAX_ATTEMPTS) throw new ConcurrentChangeError(key);
    (deps.log ?? silentLog).info('object changed while processed: processing it again', {
      event: 'object',
      status: 'retried',
      source_key: key,
      attempt,
    });
  }
}

/**
 * Record a skipped system file (`.DS_Store`, `__MACOSX/…`, `Thumbs.db`): only its summary,
 * so the published manifest lists it among `skipped_inputs` as `winnow build` does.
 */
async function skipSystemFile(key: string, reason: string, deps: ProcessDeps, t0: number): Promise<ChangeOutcome> {
  const summary: InputSummaryFile = {
    source_key: key,
    format: 'skipped',
    encoding: null,
    records: 0,
    rejects: 0,
    replacement_chars: 0,
    mojibake_lines_repaired: 0,
    skipped: [],
    skipped_reason: reason,
    source_etag: null,
    pipeline_version: PIPELINE_VERSION,
  };
  const sk = inputSummaryKey(key);
  await deps.corpus.put(sk, `${JSON.stringify(summary)}\n`);
  await deleteOutputs(deps.corpus, key, new Set([sk]));
  const ms = performance.now() - t0;
  (deps.log ?? silentLog).info('object skipped', { event: 'object', status: 'skipped', source_key: key, reason, ms: round(ms) });
  return { status: 'skipped', key, reason, ms };
}

/**
 * Remove the outputs of a deleted upload, unless the key exists again (uploaded after the
 * deletion; its own Created event keeps the outputs current). If it is uploaded again while
 * the outputs are being deleted, it is processed here, so a concurrent Created cannot lose.
 * @throws StoreError when a store fails
 */
export async function removeUpload(key: string, deps: ProcessDeps): Promise<ChangeOutcome> {
  const log = deps.log ?? silentLog;
  const t0 = performance.now();
  if (await objectExists(deps.raw, key)) {
    const reason = 'the object exists again (uploaded after this deletion); its outputs stay';
    const ms = performance.now() - t0;
    log.info('object skipped', { event: 'object', status: 'skipped', source_key: key, reason, ms: round(ms) });
    return { status: 'skipped', key, reason, ms };
  }
  const deleted = await deleteOutputs(deps.corpus, key);
  if (await objectExists(deps.raw, key)) {
    // uploaded again while the outputs were being deleted: rebuild them from the new object
    log.info('object uploaded again while its outputs were deleted: processing it', {
      event: 'object',
      status: 'retried',
      source_key: key,
    });
    return processUpload(key, deps);
  }
  const ms = performance.now() - t0;
  log.info('object removed', { event: 'object', status: 'removed', source_key: key, outputs_deleted: deleted, ms: round(ms) });
  return { status: 'removed', key, deleted, ms };
}

/**
 * Handle one decoded change of the raw bucket.
 * Folder placeholders (`dir/`, 0 bytes) are skipped with a logged reason.
 * @throws StoreError when a store fails (the caller fails the message so it is retried)
 */
export async function handleChange(change: ObjectChange, deps: ProcessDeps): Promise<ChangeOutcome> {
  const log = deps.log ?? silentLog;
  if (change.key.endsWith('/') && (change.kind === 'removed' || isFolderPlaceholder(change.key, change.size))) {
    const reason = 'folder placeholder (key ends in "/", 0 bytes): not a document';
    log.info('object skipped', { event: 'object', status: 'skipped', source_key: change.key, event_name: change.eventName, reason, ms: 0 });
    return { status: 'skipped', key: change.key, reason, ms: 0 };
  }
  return change.kind === 'created' ? processUpload(change.key, deps) : removeUpload(change.key, deps);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
