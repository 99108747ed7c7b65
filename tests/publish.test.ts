/**
 * Publishing against a real S3-compatible server: the local emulator (s3rver + the processing
 * handler, lib/cloud/local.ts) processes uploads made with @aws-sdk/client-s3, then
 * publishCorpus assembles the corpus; it must equal `winnow build` (buildCorpus) on the same
 * inputs, file for file.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordKey } from '../lib/cloud/keys.ts';
import { type LocalEmulator, startLocal } from '../lib/cloud/local.ts';
import { MemoryLog } from '../lib/cloud/log.ts';
import { handleChange } from '../lib/cloud/process.ts';
import { CORPUS_FILES, publishCorpus } from '../lib/cloud/publish.ts';
import type { Manifest } from '../lib/core/corpus.ts';
import type { CorpusRecord } from '../lib/core/schema.ts';
import { buildCorpus } from '../lib/run.ts';
import { FolderStore } from '../lib/storage/folder.ts';
import { S3Store } from '../lib/storage/s3.ts';
import { MemoryStore, type Store } from '../lib/storage/store.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../examples');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/s3');

let tmp: string;
let inputs: string;
let built: string;
let emu: LocalEmulator;
const uploads: string[] = [];

/** Files of a folder, recursively, as `/` keys. */
function walk(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(dir, rel ? `${rel}/${e.name}` : e.name) : [rel ? `${rel}/${e.name}` : e.name]));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'winnow-publish-'));
  inputs = path.join(tmp, 'inputs');
  mkdirSync(path.join(inputs, 'dossier été'), { recursive: true });
  mkdirSync(path.join(inputs, 'exports'));
  mkdirSync(path.join(inputs, 'copies'));
  cpSync(EXAMPLES, inputs, { recursive: true });
  cpSync(path.join(FIXTURES, 'greve-fr.txt'), path.join(inputs, 'dossier été', 'Grève + manif 100%.txt'));
  cpSync(path.join(FIXTURES, 'greve-fr.txt'), path.join(inputs, 'copies', 'greve (copie).txt'));
  cpSync(path.join(FIXTURES, 'articles.csv'), path.join(inputs, 'exports', 'articles.csv'));
  writeFileSync(path.join(inputs, 'empty.txt'), '');
  writeFileSync(path.join(inputs, 'exports', '.DS_Store'), 'Bud1 junk');
  uploads.push(...walk(inputs));

  built = path.join(tmp, 'built');
  await buildCorpus({ sources: [{ store: new FolderStore(inputs) }], outDir: built });

  emu = await startLocal({ directory: path.join(tmp, 's3'), port: 0, log: new MemoryLog() });
  for (const key of uploads) {
    await emu.client.send(
      new PutObjectCommand({ Bucket: emu.rawBucket, Key: key, Body: readFileSync(path.join(inputs, ...key.split('/'))) }),
    );
  }
  await emu.idle();
});

afterAll(async () => {
  await emu?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const text = async (store: Store, key: string) => Buffer.from(await store.get(key)).toString('utf8');

describe('publish equals winnow build on the same inputs', () => {
  let corpus: S3Store;
  let result: Awaited<ReturnType<typeof publishCorpus>>;
  const now = new Date('2025-06-01T12:34:56.789Z');

  beforeAll(async () => {
    expect(emu.stats).toEqual({ messages: uploads.length, deadLettered: 0 });
    corpus = new S3Store(emu.client, emu.corpusBucket, { pageSize: 3 });
    result = await publishCorpus({ corpus, now });
  });

  it('writes the four files under a dated prefix', () => {
    expect(result.prefix).toBe('corpus/2025-06-01T12-34-56Z/');
    expect(result.keys).toEqual(CORPUS_FILES.map((f) => `corpus/2025-06-01T12-34-56Z/${f}`));
  });

  it('has the same ids and texts, in the same order, as buildCorpus', async () => {
    const ours = (await text(corpus, `${result.prefix}corpus.jsonl`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CorpusRecord);
    const theirs = readFileSync(path.join(built, 'corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CorpusRecord);
    expect(ours.map((r) => [r.id, r.source_key, r.source_part])).toEqual(theirs.map((r) => [r.id, r.source_key, r.source_part]));
    expect(ours.map((r) => r.text)).toEqual(theirs.map((r) => r.text));
    expect(ours).toHaveLength(8); // 4 examples + 2 French copies + 2 CSV rows
    const copy = ours.find((r) => r.source_key === 'dossier été/Grève + manif 100%.txt');
    expect(copy?.duplicate_of).toBe(ours.find((r) => r.source_key === 'copies/greve (copie).txt')?.id);
  });

  it.each(['corpus.jsonl', 'corpus.csv', 'rejects.jsonl'])("%s is byte-identical to the CLI's", async (name) => {
    expect(await text(corpus, `${result.prefix}${name}`)).toBe(readFileSync(path.join(built, name), 'utf8'));
  });

  it("manifest.json matches the CLI's but for created_at", async () => {
    const ours = JSON.parse(await text(corpus, `${result.prefix}manifest.json`)) as Manifest;
    const theirs = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8')) as Manifest;
    expect(ours.created_at).toBe(now.toISOString());
    expect({ ...ours, created_at: '' }).toEqual({ ...theirs, created_at: '' });
    expect(ours.rejects_by_code).toEqual({ no_content: 1, empty: 1 });
    expect(ours.skipped_inputs).toEqual([
      { source_key: 'exports/.DS_Store', source_part: null, reason: expect.stringContaining('hidden file') },
    ]);
  });

  it('corpus/latest/ holds copies of the same files', async () => {
    for (const f of CORPUS_FILES) expect(await text(corpus, `corpus/latest/${f}`)).toBe(await text(corpus, `${result.prefix}${f}`));
  });

  it('publishing again at another time gives the same files under a new prefix', async () => {
    const again = await publishCorpus({ corpus, now: new Date('2025-06-02T00:00:00Z') });
    expect(again.prefix).toBe('corpus/2025-06-02T00-00-00Z/');
    expect(await text(corpus, `${again.prefix}corpus.jsonl`)).toBe(await text(corpus, `${result.prefix}corpus.jsonl`));
  });

  it('a deleted upload disappears from the next publication', async () => {
    const key = 'copies/greve (copie).txt';
    await emu.client.send(new (await import('@aws-sdk/client-s3')).DeleteObjectCommand({ Bucket: emu.rawBucket, Key: key }));
    await emu.idle();
    const after = await publishCorpus({ corpus, now: new Date('2025-06-03T00:00:00Z') });
    const lines = (await text(corpus, `${after.prefix}corpus.jsonl`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CorpusRecord);
    expect(lines).toHaveLength(7);
    expect(lines.some((r) => r.source_key === key)).toBe(false);
    // the other copy is no longer a duplicate
    expect(lines.find((r) => r.source_key === 'dossier été/Grève + manif 100%.txt')?.duplicate_of).toBeNull();
    expect(after.manifest.duplicates).toBe(0);
  });
});

describe('publish over other stores and at size', () => {
  it('runs the same over memory and folder stores', async () => {
    const mraw = new MemoryStore();
    for (const key of uploads) await mraw.put(key, readFileSync(path.join(inputs, ...key.split('/'))));
    for (const corpus of [new MemoryStore(), new FolderStore(path.join(tmp, 'folder-corpus'))]) {
      for (const key of uploads)
        await handleChange(
          { kind: 'created', eventName: 'ObjectCreated:Put', bucket: 'raw', key, rawKey: key, size: null, sequencer: null },
          { raw: mraw, corpus },
        );
      const r = await publishCorpus({ corpus, now: new Date('2025-01-01T00:00:00Z') });
      expect(await text(corpus, `${r.prefix}corpus.jsonl`)).toBe(readFileSync(path.join(built, 'corpus.jsonl'), 'utf8'));
      expect(await text(corpus, 'corpus/latest/rejects.jsonl')).toBe(readFileSync(path.join(built, 'rejects.jsonl'), 'utf8'));
    }
  });

  it('streams a corpus over one part size as a multipart upload (never one whole-file PutObject)', async () => {
    const bucket = 'corpus-bulk';
    await emu.client.send(new (await import('@aws-sdk/client-s3')).CreateBucketCommand({ Bucket: bucket }));
    const store = new S3Store(emu.client, bucket);
    const sample = JSON.parse(
      await text(new S3Store(emu.client, emu.corpusBucket), recordKey('en-harbour-strike.txt', null)),
    ) as CorpusRecord;
    const n = 1300;
    const filler = ' Lorem ipsum dolor sit amet.'.repeat(150);
    const keys: string[] = [];
    for (let i = 0; i < n; i++) keys.push(`bulk/doc-${i}.txt`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < n) {
          const i = next++;
          const rec = { ...sample, id: `id${i}`, source_key: keys[i] as string, text: `${i} ${filler}` };
          await store.put(recordKey(rec.source_key, null), JSON.stringify(rec));
        }
      }),
    );
    const send = vi.spyOn(emu.client, 'send');
    const r = await publishCorpus({ corpus: store, now: new Date('2025-01-01T00:00:00Z'), log: new MemoryLog() });
    const sent = send.mock.calls.map(([c]) => [c.constructor.name, (c.input as { Key?: string }).Key]);
    send.mockRestore();
    const jsonl = r.manifest.files.find((f) => f.name === 'corpus.jsonl');
    expect(jsonl?.lines).toBe(n);
    expect(jsonl?.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(sent.filter(([c, k]) => c === 'UploadPartCommand' && k === `${r.prefix}corpus.jsonl`).length).toBeGreaterThanOrEqual(2);
    expect(sent.filter(([c, k]) => c === 'PutObjectCommand' && k === `${r.prefix}corpus.jsonl`)).toEqual([]);
    // natural order of source keys is code-unit order of segments: doc-10 after doc-1, before doc-2
    const lines = (await text(store, `${r.prefix}corpus.jsonl`)).trim().split('\n');
    expect(lines.slice(0, 3).map((l) => (JSON.parse(l) as CorpusRecord).source_key)).toEqual([
      'bulk/doc-0.txt',
      'bulk/doc-1.txt',
      'bulk/doc-10.txt',
    ]);
    expect(await text(store, 'corpus/latest/corpus.jsonl')).toHaveLength(jsonl?.bytes ?? -1);
  });
});
