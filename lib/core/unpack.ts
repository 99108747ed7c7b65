/**
 * Compression layer: gzip members are inflated (with a cap on the inflated size, counted by
 * zlib while inflating, not read from the header) before format sniffing.
 */
import { gunzipSync } from 'node:zlib';

/** Default cap on inflated bytes of one gzip object: 256 MiB. */
export const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

export type Unpacked =
  | { ok: true; bytes: Uint8Array; name: string; compressed: boolean }
  | { ok: false; code: 'too_large' | 'undecodable'; reason: string };

/**
 * Inflate gzip bytes (magic 1F 8B), leaving anything else as is.
 * @param name object key; a trailing `.gz` is dropped from the returned name
 * @param maxBytes cap on inflated bytes
 */
export function unpack(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_INFLATED_BYTES): Unpacked {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { ok: true, bytes, name, compressed: false };
  try {
    const out = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return { ok: true, bytes: out, name: name.replace(/\.gz$/i, ''), compressed: true };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/.test(String(e))) {
      return { ok: false, code: 'too_large', reason: `gzip data inflates to more than ${maxBytes} bytes (limit)` };
    }
    return { ok: false, code: 'undecodable', reason: `gzip data is corrupt or truncated: ${(e as Error).message}` };
  }
}
