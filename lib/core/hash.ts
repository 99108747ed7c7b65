/** Hashing helpers (node:crypto is pure computation, no I/O). */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
