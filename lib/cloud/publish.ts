/**
 * Publishing: assemble the corpus files from the per-document objects of the corpus store
 *
 *   records/…, rejects/…  ->  corpus/<YYYY-MM-DDTHH-MM-SSZ>/{corpus.jsonl, corpus.csv,
 *                                                          rejects.jsonl, manifest.json}
 *                         ->  corpus/latest/… (copies; manifest.json copied last)
 *
 * with the CLI's serialisers (lib/core/corpus.ts), so the files read the same as those of
 * `winnow build` on the same inputs: same order (source key, then part), same duplicate
 * marking. Works over any {@link Store}; with a store that streams (S3), each file is
 * uploaded as it is written, so memory holds the key list (~150 bytes per document), the
 * duplicate tracker (~100 bytes per document) and a small read-ahead window, never the corpus.
 */
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { CSV_BOM, DuplicateTracker, type Manifest, ManifestBuilder, type OutputFile, toCsv, toJsonlLine } from '../core/corpus.ts';
import type { ObjectResult } from '../core/pipeline.ts';
import { RepeatedParagraphs, rewriteRecords } from '../core/repeated.ts';
import { type CorpusRecord, RecordSchema, type Reject, RejectSchema } from '../core/schema.ts';
import { PIPELINE_VERSION } from '../core/version.ts';
import { ObjectNotFoundError, type Store } from '../storage/store.ts';
import {
  CORPUS_PREFIX,
  corpusStamp,
  LATEST_PREFIX,
  type LayoutEntry,
  naturalCompare,
  parseLayoutKey,
  RECORDS_PREFIX,
  REJECTS_PREFIX,
} from './keys.ts';
import { type LogSink, silentLog } from './log.ts';
import type { InputSummaryFile } from './process.ts';

/** Publishing failed (the store could not be listed or written). Keeps the `cause`. */
export class PublishError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishError';
  }
}

export interface PublishOptions {
  /** The corpus store (bucket) holding `records/` and `rejects/`; the corpus is written there too. */
  corpus: Store;
  log?: LogSink;
  /** Instant of the publication (folder name, manifest `created_at`). @default now */
  now?: Date;
  /** Also copy the files to `corpus/latest/`. @default true */
  latest?: boolean;
  /** Objects read ahead in parallel. @default 16 */
  concurrency?: number;
}

export interface PublishResult {
  /** `corpus/<stamp>/` */
  prefix: string;
  /** Keys written, manifest last. */
  keys: string[];
  manifest: Manifest;
  ms: number;
}

/** The corpus files, in the order they are written. */
export const CORPUS_FILES = ['corpus.jsonl', 'corpus.csv', 'rejects.jsonl', 'manifest.json'] as const;

/** A file written to a store as it is produced, hashed and counted on the way. */
class StreamedObject {
  private readonly pass = new PassThrough();
  private readonly hash: Hash = createHash('sha256');
  private readonly done: Promise<void>;
  private failure: unknown = null;
  private bytes = 0;
  private lines = 0;

  constructor(
    store: Store,
    readonly key: string,
    readonly name: string,
  ) {
    if (store.putStream) {
      this.done = store.putStream(key, this.pass);
    } else {
      const chunks: Buffer[] = [];
      this.pass.on('data', (c: Buffer) => chunks.push(c));
      this.done = once(this.pass, 'end').then(() => store.put(key, Buffer.concat(chunks)));
    }
    this.done.catch((e: unknown) => {
      this.failure = e;
    });
  }

  async write(chunk: string, lines = 0): Promise<void> {
    if (this.failure) throw this.failure;
    if (!chunk) return;
    const buf = Buffer.from(chunk, 'utf8');
    this.hash.update(buf);
    this.bytes += buf.length;
    this.lines += lines;
    if (!this.pass.write(buf)) {
      await Promise.race([
        once(this.pass, 'drain'),
        this.done.then(() => {
          throw new PublishError(`the upload of ${this.key} ended before its data`);
        }),
      ]);
    }
  }

  async close(): Promise<OutputFile> {
    this.pass.end();
    await this.done;
    return { name: this.name, bytes: this.bytes, sha256: this.hash.digest('hex'), lines: this.lines };
  }

  abort(): void {
    this.pass.destroy();
  }
}

/**
 * Map `items` through `fn` with up to `concurrency` calls in flight, yielding results in the
 * items' order. Rejections surface when their turn comes.
 */
async function* mapOrdered<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  let next = 0;
  const launch = (): void => {
    const item = items[next++] as T;
    const p = fn(item);
    p.catch(() => {}); // handled when awaited in order
    window.push(p);
  };
  while (next < items.length && window.length < concurrency) launch();
  while (window.length) {
    const r = await (window.shift() as Promise<R>);
    if (next < items.length) launch();
    yield r;
  }
}

/** Compare source keys path segment by segment (the order a recursive folder walk gives). */
export function compareSourceKeys(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const x = sa[i] as string;
    const y = sb[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return sa.length - sb.length;
}

function compareParts(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return naturalCompare(a, b);
}

/** One upload's loaded outputs while publishing (one upload at a time is held). */
interface Group {
  key: string;
  summary: InputSummaryFile | null;
  records: CorpusRecord[];
  rejects: Reject[];
}

interface Item extends LayoutEntry {
  key: string;
}

type Loaded =
  | { item: Item; kind: 'record'; record: CorpusRecord }
  | { item: Item; kind: 'reject'; reject: Reject }
  | { item: Item; kind: 'input'; summary: InputSummaryFile }
  | { item: Item; kind: 'gone' };

const decoder = new TextDecoder('utf-8');

async function load(store: Store, item: Item): Promise<Loaded> {
  let text: string;
  try {
    text = decoder.decode(await store.get(item.key));
  } catch (e) {
    if (e instanceof ObjectNotFoundError) return { item, kind: 'gone' };
    throw e;
  }
  const bad = (why: string): Loaded => ({
    item,
    kind: 'reject',
    reject: {
      source_key: item.sourceKey,
      source_part: item.part,
      reason: `the stored ${item.kind} ${item.key} could not be read (${why}); process the upload again`,
      error_code: 'internal_error',
      source_sha256: null,
      pipeline_version: PIPELINE_VERSION,
    },
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return bad(`not JSON: ${(e as Error).message}`);
  }
  if (item.kind === 'input') return { item, kind: 'input', summary: json as InputSummaryFile };
  if (item.kind === 'record') {
    const parsed = RecordSchema.safeParse(json);
    if (!parsed.success) return bad(`schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return { item, kind: 'record', record: parsed.data };
  }
  const parsed = RejectSchema.safeParse(json);
  if (!parsed.success) return bad(`schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return { item, kind: 'reject', reject: parsed.data };
}

/**
 * List the per-document objects in publication order: by source key (segment by segment),
 * then the upload summary, its records by part (natural order: `row:2` before `row:10`),
 * then its rejects by part.
 * @throws StoreError when listing fails
 */
export async function listLayout(store: Store): Promise<Item[]> {
  const items: Item[] = [];
  for (const prefix of [RECORDS_PREFIX, REJECTS_PREFIX]) {
    for await (const o of store.list(prefix)) {
      const e = parseLayoutKey(o.key);
      if (e) items.push({ ...e, key: o.key });
    }
  }
  const rank = { input: 0, record: 1, reject: 2 } as const;
  items.sort(
    (a, b) =>
      compareSourceKeys(a.sourceKey, b.sourceKey) ||
      rank[a.kind] - rank[b.kind] ||
      compareParts(a.part, b.part) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return items;
}

/**
 * Publish the corpus: stream every record and reject into the four corpus files under
 * `corpus/<stamp>/`, then copy them to `corpus/latest/`.
 * @returns the folder, the keys written and the manifest
 * @throws PublishError (cause: the StoreError) when the store cannot be read or written;
 *   nothing is copied to `latest/` then
 */
export async function publishCorpus(opts: PublishOptions): Promise<PublishResult> {
  const t0 = performance.now();
  const { corpus } = opts;
  const log = opts.log ?? silentLog;
  const now = opts.now ?? new Date();
  const prefix = `${CORPUS_PREFIX}${corpusStamp(now)}/`;
  let items: Item[];
  try {
    items = await listLayout(corpus);
  } catch (e) {
    throw new PublishError(`cannot list the records: ${(e as Error).message}`, { cause: e });
  }

  const files = {
    jsonl: new StreamedObject(corpus, `${prefix}corpus.jsonl`, 'corpus.jsonl'),
    csv: new StreamedObject(corpus, `${prefix}corpus.csv`, 'corpus.csv'),
    rejects: new StreamedObject(corpus, `${prefix}rejects.jsonl`, 'rejects.jsonl'),
  };
  const manifest = new ManifestBuilder();
  const dups = new DuplicateTracker();
  const repeated = new RepeatedParagraphs();
  const state: { group: Group | null } = { group: null };

  const flush = (): void => {
    const group = state.group;
    if (!group) return;
    const s = group.summary;
    state.group = null;
    if (s?.format === 'skipped' && group.records.length === 0 && group.rejects.length === 0) {
      manifest.addSkipped(group.key, s.skipped_reason ?? 'skipped');
      return;
    }
    const result: ObjectResult = {
      key: group.key,
      format: s?.format ?? group.records[0]?.source_format ?? 'unknown',
      encoding: s?.encoding ?? null,
      records: group.records,
      rejects: group.rejects,
      replacementChars: s?.replacement_chars ?? 0,
      mojibakeLinesRepaired: s?.mojibake_lines_repaired ?? 0,
      skipped: s?.skipped ?? [],
    };
    manifest.add(result);
    manifest.endObject();
  };

  let written: OutputFile[];
  try {
    await files.csv.write(CSV_BOM + toCsv([], true), 1);
    for await (const got of mapOrdered(items, Math.max(1, opts.concurrency ?? 16), (it) => load(corpus, it))) {
      let g = state.group;
      if (g?.key !== got.item.sourceKey) {
        flush();
        g = { key: got.item.sourceKey, summary: null, records: [], rejects: [] };
        state.group = g;
      }
      if (got.kind === 'gone') {
        log.warn('stored object vanished while publishing', { key: got.item.key });
      } else if (got.kind === 'input') {
        g.summary = got.summary;
      } else if (got.kind === 'record') {
        const r = dups.mark(got.record);
        repeated.observe(r);
        g.records.push(r);
        await files.jsonl.write(toJsonlLine(r), 1);
        await files.csv.write(toCsv([r], false), 1);
      } else {
        g.rejects.push(got.reject);
        await files.rejects.write(toJsonlLine(got.reject), 1);
      }
    }
    flush();
    written = [await files.jsonl.close(), await files.csv.close(), await files.rejects.close()];
    if (repeated.any) {
      // Corpus-level boilerplate: write corpus.jsonl and corpus.csv again without the paragraphs
      // repeated across documents of one outlet (the second pass of `winnow build`), reading the
      // records again so memory stays flat.
      const second = {
        jsonl: new StreamedObject(corpus, `${prefix}corpus.jsonl`, 'corpus.jsonl'),
        csv: new StreamedObject(corpus, `${prefix}corpus.csv`, 'corpus.csv'),
      };
      const dups2 = new DuplicateTracker();
      let duplicates = 0;
      let changed = 0;
      await second.csv.write(CSV_BOM + toCsv([], true), 1);
      const records = (async function* () {
        for await (const got of mapOrdered(items, Math.max(1, opts.concurrency ?? 16), (it) => load(corpus, it))) {
          if (got.kind === 'record') yield got.record;
        }
      })();
      for await (const { record, changed: c } of rewriteRecords(records, repeated, (r) => dups2.mark(r))) {
        if (c) changed++;
        if (record.duplicate_of) duplicates++;
        await second.jsonl.write(toJsonlLine(record), 1);
        await second.csv.write(toCsv([record], false), 1);
      }
      written = [await second.jsonl.close(), await second.csv.close(), written[2] as OutputFile];
      manifest.setCorpusPass(duplicates, changed);
    }
  } catch (e) {
    for (const f of Object.values(files)) f.abort();
    throw new PublishError(`publishing to ${prefix} failed: ${(e as Error).message}`, { cause: e });
  }

  const built = manifest.build(written, now);
  const keys = [...written.map((f) => `${prefix}${f.name}`), `${prefix}manifest.json`];
  try {
    await corpus.put(`${prefix}manifest.json`, `${JSON.stringify(built, null, 2)}\n`);
    if (opts.latest ?? true) {
      for (const name of CORPUS_FILES) await copyObject(corpus, `${prefix}${name}`, `${LATEST_PREFIX}${name}`);
    }
  } catch (e) {
    throw new PublishError(`publishing to ${prefix} failed: ${(e as Error).message}`, { cause: e });
  }
  const ms = performance.now() - t0;
  log.info('corpus published', {
    event: 'publish',
    prefix,
    inputs: built.inputs_seen,
    records: built.records,
    rejects: built.rejects,
    duplicates: built.duplicates,
    bytes: written.reduce((n, f) => n + f.bytes, 0),
    ms: Math.round(ms),
  });
  return { prefix, keys, manifest: built, ms };
}

/** Copy inside a store: server-side when the store can, else read and write. */
async function copyObject(store: Store, from: string, to: string): Promise<void> {
  if (store.copy) return store.copy(from, to);
  await store.put(to, await store.get(from));
}
