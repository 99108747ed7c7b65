/**
 * S3Store against a real S3-compatible server (s3rver over HTTP on 127.0.0.1).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { S3Store } from '../lib/storage/s3.ts';
import { ObjectNotFoundError, ObjectTooLargeError, StoreError } from '../lib/storage/store.ts';
import { startTestS3, type TestS3 } from './fixtures/s3/server.ts';

let s3: TestS3;
let store: S3Store;

beforeAll(async () => {
  s3 = await startTestS3(['store-test']);
  store = new S3Store(s3.client, 'store-test', { pageSize: 2 });
});
afterAll(async () => s3?.close());

async function keys(prefix = ''): Promise<{ key: string; size: number }[]> {
  const out: { key: string; size: number }[] = [];
  for await (const o of store.list(prefix)) out.push(o);
  return out;
}

describe('S3Store round trips', () => {
  const cases: [string, string][] = [
    ['plain.txt', 'plain'],
    ['with space.txt', 'espace'],
    ['plus+sign.txt', 'plus'],
    ['été/ü ß.txt', 'accents'],
    ['100%.txt', 'percent'],
    ['deep/er/still/x.json', '{"a":1}'],
    ['emoji 😀.txt', 'astral'],
  ];
  it.each(cases)('put/get %s', async (key, body) => {
    await store.put(key, body);
    expect(Buffer.from(await store.get(key)).toString('utf8')).toBe(body);
  });

  it('lists every key page by page (pageSize 2) in S3 order with sizes', async () => {
    const listed = await keys();
    expect(listed.map((o) => o.key)).toEqual(cases.map(([k]) => k).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(listed.find((o) => o.key === 'accents' || o.key === 'été/ü ß.txt')?.size).toBe(Buffer.byteLength('accents'));
    expect((await keys('deep/')).map((o) => o.key)).toEqual(['deep/er/still/x.json']);
    expect(await keys('nothing-here/')).toEqual([]);
  });

  it('states the Content-Type from the extension', async () => {
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: 'store-test', Key: 'deep/er/still/x.json' }));
    expect(head.ContentType).toBe('application/json; charset=utf-8');
  });

  it('getObject returns bytes, Content-Type and an ETag', async () => {
    const got = await store.getObject('plain.txt');
    expect(Buffer.from(got.bytes).toString()).toBe('plain');
    expect(got.contentType).toBe('text/plain; charset=utf-8');
    expect(got.etag).toBe(createHash('md5').update('plain').digest('hex'));
  });
});

describe('S3Store errors', () => {
  it('a missing key is ObjectNotFoundError (a StoreError) with the SDK error as cause', async () => {
    const err = await store.get('missing.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ObjectNotFoundError);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).key).toBe('missing.txt');
    expect(((err as Error).cause as Error).name).toBe('NoSuchKey');
  });

  it('a missing bucket is a StoreError naming it', async () => {
    const bad = new S3Store(s3.client, 'no-such-bucket');
    const err = await bad.put('x.txt', 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).not.toBeInstanceOf(ObjectNotFoundError);
    expect((err as Error).message).toContain('s3://no-such-bucket/x.txt');
    expect(((err as Error).cause as Error).name).toBe('NoSuchBucket');
    await expect(async () => {
      for await (const _ of bad.list()) break;
    }).rejects.toBeInstanceOf(StoreError);
  });

  it('deleting a missing key is not an error; delete removes', async () => {
    await store.delete('never-there.txt');
    await store.put('to-delete.txt', 'x');
    await store.delete('to-delete.txt');
    await expect(store.get('to-delete.txt')).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('over maxBytes: ObjectTooLargeError, and the body is destroyed (80 refusals in a row do not exhaust the 50 sockets)', async () => {
    await store.put('big.bin', new Uint8Array(200_000).fill(7));
    for (let i = 0; i < 80; i++) {
      const err = await store.getObject('big.bin', { maxBytes: 1000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ObjectTooLargeError);
      expect((err as ObjectTooLargeError).size).toBe(200_000);
    }
    expect((await store.getObject('big.bin', { maxBytes: 200_000 })).bytes.length).toBe(200_000);
  });
});

describe('S3Store streaming', () => {
  it('putStream uploads a 12 MiB stream as multipart, byte-exact (no aws-chunked framing)', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31) % 251;
    const total = 12;
    const hash = createHash('sha256');
    for (let i = 0; i < total; i++) hash.update(chunk);
    const body = Readable.from(
      (function* () {
        for (let i = 0; i < total; i++) yield chunk;
      })(),
    );
    const send = vi.spyOn(s3.client, 'send');
    await store.putStream('stream/big.bin', body, { contentType: 'application/octet-stream' });
    const commands = send.mock.calls.map(([c]) => c.constructor.name);
    send.mockRestore();
    expect(commands.filter((n) => n === 'UploadPartCommand')).toHaveLength(3);
    expect(commands).toContain('CompleteMultipartUploadCommand');
    const back = await store.get('stream/big.bin');
    expect(back.length).toBe(total * chunk.length);
    expect(createHash('sha256').update(back).digest('hex')).toBe(hash.digest('hex'));
  });

  it('getStream gives the body as a stream', async () => {
    const s = await store.getStream('plus+sign.txt');
    const parts: Buffer[] = [];
    for await (const c of s) parts.push(c as Buffer);
    expect(Buffer.concat(parts).toString()).toBe('plus');
  });

  it('copy copies server-side, also keys that need URL-encoding', async () => {
    await store.copy('été/ü ß.txt', 'copies/100% été.txt');
    expect(Buffer.from(await store.get('copies/100% été.txt')).toString()).toBe('accents');
    await expect(store.copy('missing', 'x')).rejects.toBeInstanceOf(ObjectNotFoundError);
  });
});
