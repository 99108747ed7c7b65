/**
 * Zip archives read as a stream of byte chunks (an S3 body), entry by entry, resumable by
 * entry position, for archives too large to hold in memory (a zip of 100,000 articles).
 *
 * fflate's `Unzip` reads local file headers as the bytes arrive; each file entry (directories
 * are not counted) gets a 1-based position in header order. Entries up to `skip` are passed
 * over without inflating (their compressed bytes are dropped as they stream by); the others
 * are inflated within the limits of lib/core/archive.ts (bytes counted while inflating,
 * compression ratio, entry count, safe names) plus a per-entry size cap, and handed out one
 * by one. {@link processArchiveEntry} then runs the core on one entry exactly as
 * `processObject` does on an entry of an archive held in memory (same parts, ids, rejects).
 *
 * Pure (computation only): the caller supplies the chunks.
 */
import { Unzip, type UnzipDecoder, type UnzipFile, UnzipInflate } from 'fflate';
import { type ArchiveEntry, type ArchiveLimits, concat, DEFAULT_LIMITS, unsafeEntryName, zipEndRecordOffset } from './archive.ts';
import {
  documentId,
  emptyResult,
  type ObjectResult,
  type PipelineOptions,
  processObject,
  rejectLine,
  systemFileReason,
} from './pipeline.ts';

/** Options of {@link zipEntriesFrom}. */
export interface ZipStreamOptions {
  /** Entry positions 1..skip are not inflated nor handed out. @default 0 */
  skip?: number;
  /** Archive limits; `maxEntries` counts every file entry, skipped ones included. @default DEFAULT_LIMITS */
  limits?: Partial<ArchiveLimits>;
  /** Bytes inflated by earlier runs over the same archive (count toward `maxInflatedBytes`). @default 0 */
  inflatedBefore?: number;
  /** Max inflated bytes of one entry, held in memory while it is processed. @default 64 MiB */
  maxEntryBytes?: number;
}

/** One file entry of a streamed zip. */
export interface StreamedEntry {
  /** 1-based position of the file entry in the archive (local header order); 0 for a reject about the whole archive. */
  position: number;
  entry: ArchiveEntry;
  /** Bytes inflated so far, this run and earlier runs (`inflatedBefore` included). */
  inflated: number;
}

const RATIO_FLOOR = 1024 * 1024;
const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/**
 * The entries of a zip stream after position `skip`, in order.
 * Never throws for bad data: a corrupt or truncated archive ends with an `undecodable` entry
 * (position 0, empty name), the entry-count limit with one `too_many_entries` entry.
 * @param chunks the archive's bytes from its first byte, chunks of any sizes
 * @throws only what the chunk source throws (I/O)
 */
export async function* zipEntriesFrom(chunks: AsyncIterable<Uint8Array>, opts: ZipStreamOptions = {}): AsyncGenerator<StreamedEntry> {
  const limits: ArchiveLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const skip = Math.max(0, Math.floor(opts.skip ?? 0));
  const maxEntry = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  let inflated = opts.inflatedBefore ?? 0;
  let position = 0;
  let stop = false;
  const ready: StreamedEntry[] = [];
  const pending = new Map<string, number>();
  // Deflate entries being skipped get a decoder that drops their data without inflating.
  let skipping = false;
  class SkippingInflate implements UnzipDecoder {
    static compression = 8;
    ondata: UnzipDecoder['ondata'] = () => {};
    private readonly inner: UnzipInflate | null;
    constructor() {
      this.inner = skipping ? null : new UnzipInflate();
      if (this.inner) this.inner.ondata = (err, data, final) => this.ondata(err, data, final);
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (this.inner) this.inner.push(chunk, final);
      else if (final) this.ondata(null, new Uint8Array(0), true);
    }
  }
  const emit = (pos: number, entry: ArchiveEntry) => ready.push({ position: pos, entry, inflated });
  const unzip = new Unzip((file: UnzipFile) => {
    if (stop || file.name.endsWith('/')) return;
    position++;
    const pos = position;
    if (pos > limits.maxEntries) {
      stop = true;
      emit(pos, {
        ok: false,
        name: file.name,
        code: 'too_many_entries',
        reason: `the archive holds more than ${limits.maxEntries} entries (limit); the rest were not read`,
      });
      return;
    }
    if (pos <= skip) {
      skipping = true;
      file.ondata = () => {};
      try {
        file.start();
      } catch {
        // unknown compression: nothing to drop
      }
      skipping = false;
      return;
    }
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) {
      emit(pos, { ok: false, name: file.name, code: 'unsafe_path', reason: `${unsafe}; it was not read` });
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    let failed = false;
    pending.set(file.name, pos);
    const fail = (code: 'too_large' | 'suspicious_compression' | 'undecodable', reason: string) => {
      failed = true;
      pending.delete(file.name);
      emit(pos, { ok: false, name: file.name, code, reason });
    };
    file.ondata = (err, chunk, final) => {
      if (failed) return;
      if (err) return fail('undecodable', `the entry could not be inflated: ${err.message}`);
      size += chunk.length;
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        file.terminate();
        return fail('too_large', `the upload inflates to more than ${limits.maxInflatedBytes} bytes (limit)`);
      }
      if (size > maxEntry) {
        file.terminate();
        return fail(
          'too_large',
          `the entry inflates to more than ${maxEntry} bytes, over the limit for one entry of a large archive; upload it on its own`,
        );
      }
      if (file.size && size > RATIO_FLOOR && size / file.size > limits.maxRatio) {
        file.terminate();
        return fail('suspicious_compression', `the entry inflates more than ${limits.maxRatio} times its compressed size (a zip bomb?)`);
      }
      parts.push(chunk);
      if (final) {
        pending.delete(file.name);
        emit(pos, { ok: true, name: file.name, bytes: concat(parts, size) });
      }
    };
    try {
      file.start();
    } catch (e) {
      fail('undecodable', `the entry uses an unsupported compression method (${(e as Error).message})`);
    }
  });
  unzip.register(SkippingInflate);
  const it = chunks[Symbol.asyncIterator]();
  // the last bytes seen, to check for the end-of-central-directory record at the end
  let tail: Uint8Array = new Uint8Array(0);
  try {
    for (;;) {
      const r = await it.next();
      if (!r.done) tail = keepTail(tail, r.value);
      try {
        if (r.done) unzip.push(new Uint8Array(0), true);
        else unzip.push(r.value, false);
      } catch (e) {
        stop = true;
        const cut = [...pending.values()][0];
        pending.clear();
        emit(cut ?? 0, {
          ok: false,
          name: '',
          code: 'undecodable',
          reason: `the zip archive is corrupt or truncated: ${(e as Error).message}`,
        });
      }
      while (ready.length) {
        const next = ready.shift() as StreamedEntry;
        yield next;
      }
      if (r.done || stop) break;
    }
    for (const [name, pos] of pending) {
      yield {
        position: pos,
        entry: { ok: false, name, code: 'undecodable', reason: 'the entry is cut off: the zip archive is truncated' },
        inflated,
      };
    }
    if (!stop && pending.size === 0 && !hasEndRecord(tail)) {
      yield {
        position: 0,
        entry: {
          ok: false,
          name: '',
          code: 'undecodable',
          reason: 'the zip archive is truncated (no end-of-central-directory record); the entries before the cut were read',
        },
        inflated,
      };
    }
  } finally {
    await it.return?.();
  }
}

/** Max distance of the end-of-central-directory record from the end: 22 bytes + a 64 KiB comment. */
const EOCD_SPAN = 22 + 0xffff;

function keepTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= EOCD_SPAN) return chunk.slice(chunk.length - EOCD_SPAN);
  const keep = Math.min(tail.length, EOCD_SPAN - chunk.length);
  const out = new Uint8Array(keep + chunk.length);
  out.set(tail.subarray(tail.length - keep), 0);
  out.set(chunk, keep);
  return out;
}

/** True when the end-of-central-directory signature `PK\x05\x06` lies in the archive's last bytes. */
function hasEndRecord(tail: Uint8Array): boolean {
  return zipEndRecordOffset(tail) >= 0;
}

/**
 * Run the core on one entry of an archive, as `processObject` does for the entries of an
 * archive held in memory: a system file (`__MACOSX/`, `.DS_Store`) is skipped, an empty entry
 * is an `empty` reject, anything else (text, HTML, CSV, JSON, gzip, a nested archive one level
 * deeper) goes through the core. Records and rejects carry the archive's key and the part
 * `<entry>` / `<entry>#row:N` / `<entry>!/<inner entry>`, and ids computed from those.
 * @param key the archive's key (the upload)
 * @param entry an entry read by {@link zipEntriesFrom}
 * @param opts pipeline options; `limits.maxDepth` counts the archive itself as one level
 * @returns the entry's records, rejects and skips (format `zip`, no encoding); never throws
 */
export function processArchiveEntry(key: string, entry: ArchiveEntry, opts: PipelineOptions = {}): ObjectResult {
  const result = emptyResult(key, 'zip');
  const part = entry.name || null;
  if (!entry.ok) {
    result.rejects.push(rejectLine(key, part, entry.code, entry.reason, null));
    return result;
  }
  const skip = systemFileReason(entry.name);
  if (skip) {
    result.skipped.push({ source_part: part, reason: skip });
    return result;
  }
  if (entry.bytes.length === 0) {
    result.rejects.push(rejectLine(key, part, 'empty', `the archive entry "${part}" is empty (0 bytes)`, null));
    return result;
  }
  const limits: ArchiveLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const inner = processObject(
    { key: entry.name, bytes: entry.bytes, contentType: null },
    { ...opts, limits: { ...limits, maxDepth: limits.maxDepth - 1 } },
  );
  const sep = inner.format === 'zip' || inner.format === 'tar' ? '!/' : '#';
  const partOf = (p: string | null): string => (p ? `${entry.name}${sep}${p}` : entry.name);
  for (const r of inner.records) {
    const source_part = partOf(r.source_part);
    result.records.push({ ...r, source_key: key, source_part, id: documentId(key, source_part, r.source_sha256) });
  }
  for (const j of inner.rejects) result.rejects.push({ ...j, source_key: key, source_part: partOf(j.source_part) });
  for (const s of inner.skipped) result.skipped.push({ source_part: partOf(s.source_part), reason: s.reason });
  result.replacementChars = inner.replacementChars;
  result.mojibakeLinesRepaired = inner.mojibakeLinesRepaired;
  return result;
}
