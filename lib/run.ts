/**
 * The driver: read objects from Stores, run the core on each, write the corpus files
 * (`corpus.jsonl`, `corpus.csv`, `rejects.jsonl`, `manifest.json`). The CLI calls it; the
 * Lambda handlers (a later issue) call the same per-object core.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { CSV_BOM, DuplicateTracker, type Manifest, ManifestBuilder, type OutputFile, toCsv, toJsonlLine } from './core/corpus.ts';
import { type ObjectResult, processObject, systemFileReason } from './core/pipeline.ts';
import { linesOf, RepeatedParagraphs, recordsOf, rewriteRecords } from './core/repeated.ts';
import type { Reject } from './core/schema.ts';
import type { FieldMapping } from './core/split/fields.ts';
import { HEAD_BYTES, prepend, processTabularStream, tabularStreamFormat, takeHead } from './core/stream.ts';
import { PIPELINE_VERSION } from './core/version.ts';
import { FolderStore } from './storage/folder.ts';
import type { Store } from './storage/store.ts';

/** One place inputs come from: a store and the keys to read from it. */
export interface InputSource {
  store: Store;
  /** Keys to process; undefined = every object in the store. */
  keys?: string[];
  /** Prefix added to each key to make `source_key` (used when several roots share a name). */
  label?: string;
  /** Key prefix not to read at all: Winnow's own output folder inside an input folder. */
  exclude?: string;
}

export interface BuildOptions {
  sources: InputSource[];
  /** Output folder; created if missing. Existing corpus files in it are replaced at the end. */
  outDir: string;
  /** Called after each object, for progress reports. */
  onProgress?: (event: { done: number; key: string; records: number; rejects: number; ms: number }) => void;
  /**
   * Full garbage collection (V8's `gc`, exposed with `--expose-gc`), called after every
   * {@link GC_EVERY_DOCUMENTS} documents or {@link GC_EVERY_CHARS} characters written. Streaming a
   * large export makes much short-lived garbage that V8's default heap growth holds on to; a
   * collection now and then keeps peak memory flat without slowing the code itself (as V8's
   * `--optimize-for-size` would, about 2x). Omit it to leave collection to V8.
   */
  collectGarbage?: () => void;
  /** Reference instant for date plausibility. */
  now?: Date;
  /** Column/field mapping for CSV, TSV, JSON and JSONL inputs (`{ text: 'body' }`). */
  mapping?: FieldMapping;
}

export interface BuildResult {
  manifest: Manifest;
  outDir: string;
}

/** A file written through a hash, then moved into place (so a crash never leaves half a corpus). */
class HashedFile {
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  lines = 0;
  private readonly tmp: string;

  constructor(
    readonly dir: string,
    readonly name: string,
  ) {
    this.tmp = path.join(dir, `.${name}.partial`);
    this.stream = createWriteStream(this.tmp, { encoding: 'utf8' });
  }

  async write(chunk: string, lines = 0): Promise<void> {
    if (!chunk) return;
    this.hash.update(chunk, 'utf8');
    this.lines += lines;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<OutputFile> {
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const final = path.join(this.dir, this.name);
    await rename(this.tmp, final);
    const { size } = await stat(final);
    return { name: this.name, bytes: size, sha256: this.hash.digest('hex'), lines: this.lines };
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}

/**
 * Build a corpus from stores into a local folder.
 *
 * Every listed object is accounted for: it yields records, rejects, or (when it cannot be
 * read) a reject with `error_code` `internal_error` naming the I/O problem. Records are
 * streamed to the files as they are made, so memory does not grow with the corpus.
 *
 * @throws only when the output folder cannot be written
 */
export async function buildCorpus(opts: BuildOptions): Promise<BuildResult> {
  await mkdir(opts.outDir, { recursive: true });
  const files = {
    jsonl: new HashedFile(opts.outDir, 'corpus.jsonl'),
    csv: new HashedFile(opts.outDir, 'corpus.csv'),
    rejects: new HashedFile(opts.outDir, 'rejects.jsonl'),
  };
  const manifest = new ManifestBuilder();
  const dups = new DuplicateTracker();
  const repeated = new RepeatedParagraphs();
  let done = 0;
  const sinceGc = { documents: 0, chars: 0 };
  try {
    await files.csv.write(CSV_BOM + toCsv([], true), 1);
    for (const source of opts.sources) {
      const keys = source.keys ?? (await collect(source.store));
      const outputs = source.keys ? new Set<string>() : await earlierOutputs(source.store, keys);
      for (const key of keys) {
        const sourceKey = source.label ? `${source.label}/${key}` : key;
        const t0 = performance.now();
        if (!source.keys && source.exclude && key.startsWith(source.exclude)) continue; // our own output folder
        const skip = source.keys
          ? null
          : outputs.has(key)
            ? 'a corpus file of an earlier Winnow run (its folder holds a Winnow manifest.json), not raw input'
            : systemFileReason(key);
        if (skip) {
          manifest.addSkipped(sourceKey, skip);
          done++;
          opts.onProgress?.({ done, key: sourceKey, records: 0, rejects: 0, ms: 0 });
          continue;
        }
        let records = 0;
        let rejects = 0;
        let started = false;
        try {
          for await (const result of resultsFor(source.store, key, sourceKey, opts)) {
            started = true;
            for (const r of result.records) {
              dups.mark(r);
              repeated.observe(r);
            }
            manifest.add(result);
            for (const r of result.records) {
              const line = toJsonlLine(r);
              sinceGc.chars += line.length;
              await files.jsonl.write(line, 1);
            }
            await files.csv.write(toCsv(result.records, false), result.records.length);
            for (const j of result.rejects) await files.rejects.write(toJsonlLine(j), 1);
            records += result.records.length;
            rejects += result.rejects.length;
            sinceGc.documents += result.records.length + result.rejects.length;
            if (opts.collectGarbage && (sinceGc.documents >= GC_EVERY_DOCUMENTS || sinceGc.chars >= GC_EVERY_CHARS)) {
              opts.collectGarbage();
              sinceGc.documents = sinceGc.chars = 0;
            }
          }
        } catch (e) {
          const rej: Reject = {
            source_key: sourceKey,
            source_part: null,
            reason: `the input could not be read${started ? ' to the end (the records before the error were kept)' : ''}: ${(e as Error).message}`,
            error_code: 'internal_error',
            source_sha256: null,
            pipeline_version: PIPELINE_VERSION,
          };
          if (!started) manifest.addUnreadable(sourceKey);
          manifest.addReject(rej);
          await files.rejects.write(toJsonlLine(rej), 1);
          rejects++;
        }
        manifest.endObject();
        done++;
        opts.onProgress?.({ done, key: sourceKey, records, rejects, ms: performance.now() - t0 });
      }
    }
  } catch (e) {
    await Promise.all(Object.values(files).map((f) => f.abort()));
    throw e;
  }
  let written = [await files.jsonl.close(), await files.csv.close(), await files.rejects.close()];
  if (repeated.any) {
    const second = await dropRepeatedParagraphs(opts.outDir, repeated);
    manifest.setCorpusPass(second.duplicates, second.changed);
    written = [second.jsonl, second.csv, written[2] as OutputFile];
  }
  const built = manifest.build(written, new Date());
  await new FolderStore(opts.outDir).put('manifest.json', `${JSON.stringify(built, null, 2)}\n`);
  return { manifest: built, outDir: opts.outDir };
}

/**
 * Second pass over a written corpus: drop paragraphs repeated across documents of one outlet
 * (see lib/core/repeated.ts), mark duplicates again on the new texts, rewrite corpus.jsonl and
 * corpus.csv (each replaced atomically). Reads the JSONL line by line: memory stays flat.
 */
async function dropRepeatedParagraphs(
  outDir: string,
  repeated: RepeatedParagraphs,
): Promise<{ jsonl: OutputFile; csv: OutputFile; duplicates: number; changed: number }> {
  const jsonl = new HashedFile(outDir, 'corpus.jsonl');
  const csv = new HashedFile(outDir, 'corpus.csv');
  const dups = new DuplicateTracker();
  let duplicates = 0;
  let changed = 0;
  try {
    await csv.write(CSV_BOM + toCsv([], true), 1);
    const lines = linesOf(createReadStream(path.join(outDir, 'corpus.jsonl')));
    for await (const { record, changed: c } of rewriteRecords(recordsOf(lines), repeated, (r) => dups.mark(r))) {
      if (c) changed++;
      if (record.duplicate_of) duplicates++;
      await jsonl.write(toJsonlLine(record), 1);
      await csv.write(toCsv([record], false), 1);
    }
  } catch (e) {
    await Promise.all([jsonl.abort(), csv.abort()]);
    throw e;
  }
  return { jsonl: await jsonl.close(), csv: await csv.close(), duplicates, changed };
}

/**
 * Results for one stored object: CSV/TSV/JSONL (by content, or by name when gzipped) go
 * through the streaming path when the store can stream, in batches; everything else is read
 * whole and processed by the in-memory core.
 */
async function* resultsFor(store: Store, key: string, sourceKey: string, opts: BuildOptions): AsyncGenerator<ObjectResult> {
  if (!store.getStream) {
    yield processObject({ key: sourceKey, bytes: await store.get(key) }, { now: opts.now, mapping: opts.mapping });
    return;
  }
  const { head, rest } = await takeHead(await store.getStream(key), HEAD_BYTES);
  const format = tabularStreamFormat(key, head);
  if (format) {
    yield* processTabularStream({ key: sourceKey, chunks: prepend(head, rest) }, format, {
      now: opts.now,
      mapping: opts.mapping,
    });
    return;
  }
  const all: Buffer[] = [head as Buffer];
  for await (const c of rest) all.push(c as Buffer);
  yield processObject({ key: sourceKey, bytes: Buffer.concat(all) }, { now: opts.now, mapping: opts.mapping });
}

/** Corpus files written by Winnow into a folder that is now read as input: never taken as articles. */
/** Documents between two {@link BuildOptions.collectGarbage} calls. */
export const GC_EVERY_DOCUMENTS = 1000;
/** Characters of corpus lines written between two {@link BuildOptions.collectGarbage} calls. */
export const GC_EVERY_CHARS = 16 * 1024 * 1024;

const OUTPUT_FILES = ['corpus.jsonl', 'corpus.csv', 'rejects.jsonl', 'manifest.json'];

/**
 * Keys of earlier Winnow outputs among `keys`: the four corpus files beside a `manifest.json`
 * that carries Winnow's schema and pipeline version.
 */
async function earlierOutputs(store: Store, keys: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const present = new Set(keys);
  for (const key of keys) {
    if (key !== 'manifest.json' && !key.endsWith('/manifest.json')) continue;
    try {
      const m = JSON.parse(Buffer.from(await store.get(key)).toString('utf8')) as { pipeline_version?: unknown; schema_version?: unknown };
      if (typeof m.pipeline_version !== 'string' || !m.pipeline_version.startsWith('winnow/') || m.schema_version === undefined) continue;
    } catch {
      continue;
    }
    const dir = key.slice(0, key.length - 'manifest.json'.length);
    for (const f of OUTPUT_FILES) if (present.has(dir + f)) out.add(dir + f);
  }
  return out;
}

async function collect(store: Store): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of store.list()) keys.push(o.key);
  return keys;
}
