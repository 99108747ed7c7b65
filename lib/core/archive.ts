/**
 * Archive readers (zip via fflate's streaming Unzip, tar via nanotar) that hand out entries
 * one by one while enforcing limits: inflated bytes counted while inflating (never read from
 * headers), compression ratio, entry count, entry name safety.
 */
import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { parseTar } from 'nanotar';

/** Limits on untrusted containers. Every exceeded limit becomes a reject, never a crash. */
export interface ArchiveLimits {
  /** Max inflated bytes over a whole upload (all entries, all levels). Default 512 MiB. */
  maxInflatedBytes: number;
  /** Max inflated/compressed ratio of one entry or gzip member, once it is past 1 MiB. Default 200. */
  maxRatio: number;
  /** Max entries in one archive. Default 10,000. */
  maxEntries: number;
  /** Max nesting of containers (zip in zip, gzip in tar...). Default 3. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxInflatedBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
  maxDepth: 3,
};

/** A running count of inflated bytes shared by every level of one upload. */
export interface InflateBudget {
  used: number;
}

export type ArchiveKind = 'zip' | 'tar';

/** Sniff an archive by magic bytes: `PK\x03\x04` / `PK\x05\x06` (zip), `ustar` at offset 257 (tar). */
export function archiveKind(bytes: Uint8Array): ArchiveKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))) return 'zip';
  if (bytes.length >= 262 && String.fromCharCode(...bytes.subarray(257, 262)) === 'ustar') return 'tar';
  return null;
}

export type ArchiveEntry =
  | { ok: true; name: string; bytes: Uint8Array }
  | {
      ok: false;
      name: string;
      code: 'unsafe_path' | 'too_large' | 'too_many_entries' | 'suspicious_compression' | 'undecodable';
      reason: string;
    };

/**
 * Check an entry name: relative, `/`-separated, no `..` segment, no drive letter, no NUL.
 * @returns null when safe, or the problem as a sentence
 */
export function unsafeEntryName(name: string): string | null {
  if (!name || name.includes('\u0000')) return 'the entry has an empty name or a NUL character in its name';
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n)) return `the entry name "${name}" is an absolute path`;
  if (n.split('/').includes('..')) return `the entry name "${name}" climbs out of the archive with ".."`;
  return null;
}

const CHUNK = 16 * 1024;
const RATIO_FLOOR = 1024 * 1024;

/**
 * List a zip archive's file entries with their inflated bytes.
 * Entries are inflated from 16 KiB input chunks so no single step can allocate more than
 * ~16 MiB, and the count stops an entry as soon as the budget or the ratio is exceeded.
 */
export function readZip(bytes: Uint8Array, limits: ArchiveLimits, budget: InflateBudget): ArchiveEntry[] {
  const declared = zipDeclaredEntries(bytes);
  if (declared !== null && declared > limits.maxEntries) {
    return [
      {
        ok: false,
        name: '',
        code: 'too_many_entries',
        reason: `the zip archive declares ${declared} entries, over the ${limits.maxEntries}-entry limit; split it into smaller archives`,
      },
    ];
  }
  const out: ArchiveEntry[] = [];
  const pending = new Set<string>();
  let files = 0;
  let tooMany = false;
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name.endsWith('/')) return; // directory
    files++;
    if (files > limits.maxEntries) {
      if (!tooMany)
        out.push({
          ok: false,
          name: file.name,
          code: 'too_many_entries',
          reason: `the archive holds more than ${limits.maxEntries} entries (limit); the rest were not read`,
        });
      tooMany = true;
      return;
    }
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) {
      out.push({ ok: false, name: file.name, code: 'unsafe_path', reason: `${unsafe}; it was not read` });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let failed: ArchiveEntry | null = null;
    pending.add(file.name);
    file.ondata = (err, chunk, final) => {
      if (failed) return;
      if (err) {
        failed = { ok: false, name: file.name, code: 'undecodable', reason: `the entry could not be inflated: ${err.message}` };
        out.push(failed);
        return;
      }
      size += chunk.length;
      budget.used += chunk.length;
      if (budget.used > limits.maxInflatedBytes) {
        failed = {
          ok: false,
          name: file.name,
          code: 'too_large',
          reason: `the upload inflates to more than ${limits.maxInflatedBytes} bytes (limit)`,
        };
      } else if (file.size && size > RATIO_FLOOR && size / file.size > limits.maxRatio) {
        failed = {
          ok: false,
          name: file.name,
          code: 'suspicious_compression',
          reason: `the entry inflates more than ${limits.maxRatio} times its compressed size (a zip bomb?)`,
        };
      }
      if (failed) {
        out.push(failed);
        pending.delete(file.name);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        pending.delete(file.name);
        out.push({ ok: true, name: file.name, bytes: concat(chunks, size) });
      }
    };
    try {
      file.start();
    } catch (e) {
      out.push({
        ok: false,
        name: file.name,
        code: 'undecodable',
        reason: `the entry uses an unsupported compression method (${(e as Error).message})`,
      });
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length; i += CHUNK)
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + CHUNK)), i + CHUNK >= bytes.length);
  } catch (e) {
    out.push({ ok: false, name: '', code: 'undecodable', reason: `the zip archive is corrupt or truncated: ${(e as Error).message}` });
  }
  for (const name of pending) {
    out.push({ ok: false, name, code: 'undecodable', reason: 'the entry is cut off: the zip archive is truncated' });
  }
  if (declared === null && !out.some((e) => !e.ok)) {
    out.push({
      ok: false,
      name: '',
      code: 'undecodable',
      reason: 'the zip archive is truncated (no end-of-central-directory record); the entries before the cut were read',
    });
  }
  return out;
}

/** List a tar archive's regular file entries (ustar, GNU long names, pax paths via nanotar). */
export function readTar(bytes: Uint8Array, limits: ArchiveLimits, budget: InflateBudget): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  let items: ReturnType<typeof parseTar>;
  try {
    items = parseTar(bytes);
  } catch (e) {
    return [{ ok: false, name: '', code: 'undecodable', reason: `the tar archive is corrupt or truncated: ${(e as Error).message}` }];
  }
  let files = 0;
  for (const item of items) {
    if (item.type && item.type !== 'file' && item.type !== 'contiguousFile') continue;
    files++;
    if (files > limits.maxEntries) {
      out.push({
        ok: false,
        name: item.name,
        code: 'too_many_entries',
        reason: `the archive holds more than ${limits.maxEntries} entries (limit); the rest were not read`,
      });
      break;
    }
    const unsafe = unsafeEntryName(item.name);
    if (unsafe) {
      out.push({ ok: false, name: item.name, code: 'unsafe_path', reason: `${unsafe}; it was not read` });
      continue;
    }
    const data = ('data' in item ? item.data : undefined) ?? new Uint8Array(0);
    budget.used += data.length;
    if (budget.used > limits.maxInflatedBytes) {
      out.push({
        ok: false,
        name: item.name,
        code: 'too_large',
        reason: `the upload holds more than ${limits.maxInflatedBytes} bytes (limit)`,
      });
      break;
    }
    out.push({ ok: true, name: item.name, bytes: data });
  }
  return out;
}

/**
 * Entry count declared by the zip's end-of-central-directory record (APPNOTE 4.3.16), or null
 * when there is none or it defers to ZIP64. A claim only: the streaming read still counts.
 */
export function zipDeclaredEntries(bytes: Uint8Array): number | null {
  const i = zipEndRecordOffset(bytes);
  if (i < 0) return null;
  const total = (bytes[i + 10] ?? 0) | ((bytes[i + 11] ?? 0) << 8);
  return total === 0xffff ? null : total;
}

/** Offset of the end-of-central-directory signature `PK\x05\x06` in the last 64 KiB + 22 bytes, or -1. */
export function zipEndRecordOffset(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return i;
  }
  return -1;
}

/** Join chunks of known total size into one array (no copy for a single chunk). */
export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
