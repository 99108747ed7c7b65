/**
 * Storage behind a small interface, so the driver runs the same over a local folder, S3
 * (a later issue) or memory (tests).
 */

/** One stored object as listed. */
export interface StoredObject {
  /** Key relative to the store's root, `/`-separated. */
  key: string;
  /** Size in bytes. */
  size: number;
}

export interface Store {
  /** Every object under `prefix` (default: all), in key order. */
  list(prefix?: string): AsyncIterable<StoredObject>;
  /** The object's bytes. Throws StoreError when it cannot be read. */
  get(key: string): Promise<Uint8Array>;
  /** Write an object (creating parents), replacing any previous one. */
  put(key: string, body: string | Uint8Array): Promise<void>;
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

/** An in-memory store (tests, small embedded uses). */
export class MemoryStore implements Store {
  readonly objects = new Map<string, Uint8Array>();

  async *list(prefix = ''): AsyncIterable<StoredObject> {
    const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    for (const key of keys) yield { key, size: this.objects.get(key)?.length ?? 0 };
  }

  async get(key: string): Promise<Uint8Array> {
    const v = this.objects.get(key);
    if (!v) throw new StoreError(`no object "${key}" in the memory store`, key);
    return v;
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    this.objects.set(key, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  }
}
