/**
 * Storage behind a small interface, so the driver runs the same over a local folder, S3
 * (lib/storage/s3.ts) or memory (tests).
 */
import type { Readable } from 'node:stream';

/** One stored object as listed. */
export interface StoredObject {
  /** Key relative to the store's root, `/`-separated. */
  key: string;
  /** Size in bytes. */
  size: number;
  /** Entity tag (S3 ETag without quotes) when the store lists one. */
  etag?: string;
}

export interface Store {
  /** Every object under `prefix` (default: all), in key order. */
  list(prefix?: string): AsyncIterable<StoredObject>;
  /** The object's bytes. Throws StoreError when it cannot be read. */
  get(key: string): Promise<Uint8Array>;
  /** Write an object (creating parents), replacing any previous one. */
  put(key: string, body: string | Uint8Array): Promise<void>;
  /** Remove an object. Removing a missing object is not an error. Throws StoreError on I/O failure. */
  delete(key: string): Promise<void>;
  /**
   * Optional: read an object with what the store knows about it, refusing objects over
   * `maxBytes` without reading them whole (the body is destroyed, never left open).
   * Throws ObjectNotFoundError when the key does not exist, ObjectTooLargeError over the limit.
   */
  getObject?(key: string, options?: { maxBytes?: number }): Promise<StoredBody>;
  /**
   * Optional: write an object from a stream without holding it in memory (S3: multipart
   * upload). Stores without it are written through {@link put} after collecting the stream.
   */
  putStream?(key: string, body: Readable, options?: { contentType?: string }): Promise<void>;
  /**
   * Optional: read an object as a stream of byte chunks (any sizes), for objects too large to
   * hold in memory. Throws StoreError when the object cannot be opened.
   */
  getStream?(key: string): Promise<AsyncIterable<Uint8Array>>;
  /** Optional: copy an object inside the store without reading it through this process. */
  copy?(fromKey: string, toKey: string): Promise<void>;
}

/** An object's bytes with its stored metadata (see {@link Store.getObject}). */
export interface StoredBody {
  bytes: Uint8Array;
  /** Content-Type stated by the store, or null. */
  contentType: string | null;
  /** Entity tag (S3 ETag without quotes), or null when the store has none. */
  etag: string | null;
}

/** A storage operation failed (I/O, permissions, network). Keeps the original `cause`. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The key does not exist in the store (S3 `NoSuchKey` / 404, file not found). */
export class ObjectNotFoundError extends StoreError {
  constructor(key: string, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? `no object "${key}" in the store`, key, options);
    this.name = 'ObjectNotFoundError';
  }
}

/** The object is larger than the caller's limit; it was not read. `size` in bytes. */
export class ObjectTooLargeError extends StoreError {
  constructor(
    key: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`object "${key}" has ${size} bytes, over the limit of ${maxBytes}`, key);
    this.name = 'ObjectTooLargeError';
  }
}

/** An in-memory store (tests, small embedded uses). */
export class MemoryStore implements Store {
  readonly objects = new Map<string, Uint8Array>();

  async *list(prefix = ''): AsyncIterable<StoredObject> {
    const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    for (const key of keys) yield { key, size: this.objects.get(key)?.length ?? 0 };
  }

  async get(key: string): Promise<Uint8Array> {
    const v = this.objects.get(key);
    if (!v) throw new ObjectNotFoundError(key, { message: `no object "${key}" in the memory store` });
    return v;
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    this.objects.set(key, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  }
}
