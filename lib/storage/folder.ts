/**
 * A local folder as a {@link Store}: keys are paths relative to the root, with `/`.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ObjectNotFoundError, type Store, type StoredObject, StoreError } from './store.ts';

export class FolderStore implements Store {
  /** @param root absolute or relative folder path */
  constructor(readonly root: string) {}

  private resolve(key: string): string {
    const full = path.resolve(this.root, ...key.split('/'));
    const rel = path.relative(path.resolve(this.root), full);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new StoreError(`key "${key}" points outside ${this.root}`, key);
    return full;
  }

  /** Recursive listing in code-unit order of keys; symbolic links are not followed. */
  async *list(prefix = ''): AsyncIterable<StoredObject> {
    const walk = async function* (dir: string, rel: string): AsyncGenerator<StoredObject> {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        throw new StoreError(`cannot list folder ${dir}: ${(e as Error).message}`, rel, { cause: e });
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const ent of entries) {
        const key = rel ? `${rel}/${ent.name}` : ent.name;
        const full = path.join(dir, ent.name);
        if (ent.isDirectory()) yield* walk(full, key);
        else if (ent.isFile()) {
          if (!key.startsWith(prefix)) continue;
          const st = await stat(full);
          yield { key, size: st.size };
        }
      }
    };
    yield* walk(this.root, '');
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      return await readFile(this.resolve(key));
    } catch (e) {
      if (e instanceof StoreError) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ObjectNotFoundError(key, { cause: e, message: `no file ${path.join(this.root, key)}` });
      throw new StoreError(`cannot read ${path.join(this.root, key)}: ${(e as Error).message}`, key, { cause: e });
    }
  }

  /** Stream a file in 256 KiB chunks. */
  async getStream(key: string): Promise<AsyncIterable<Uint8Array>> {
    const full = this.resolve(key);
    try {
      await stat(full);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ObjectNotFoundError(key, { cause: e, message: `no file ${path.join(this.root, key)}` });
      throw new StoreError(`cannot read ${full}: ${(e as Error).message}`, key, { cause: e });
    }
    return createReadStream(full, { highWaterMark: 256 * 1024 });
  }

  async put(key: string, body: string | Uint8Array): Promise<void> {
    const full = this.resolve(key);
    try {
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, body);
    } catch (e) {
      throw new StoreError(`cannot write ${full}: ${(e as Error).message}`, key, { cause: e });
    }
  }

  /** Remove a file (folders left empty stay). A missing file is not an error. */
  async delete(key: string): Promise<void> {
    const full = this.resolve(key);
    try {
      await rm(full, { force: true });
    } catch (e) {
      throw new StoreError(`cannot delete ${full}: ${(e as Error).message}`, key, { cause: e });
    }
  }
}
