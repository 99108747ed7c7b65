/**
 * The processing function against a real S3-compatible server (s3rver on 127.0.0.1): objects
 * uploaded with @aws-sdk/client-s3, S3-shaped event records (keys encoded as S3 encodes them)
 * delivered in SQS batches to the handler, outputs read back from the corpus bucket.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConfigError, S3EventRecord } from '../lib/cloud/events.ts';
import { makeSqsHandler, type SqsHandlerDeps } from '../lib/cloud/handler.ts';
import { encodeS3EventKey, inputSummaryKey, recordKey, rejectKey } from '../lib/cloud/keys.ts';
import { MemoryLog } from '../lib/cloud/log.ts';
import { handleChange } from '../lib/cloud/process.ts';
import { processObject } from '../lib/core/pipeline.ts';
import type { CorpusRecord, Reject } from '../lib/core/schema.ts';
import { S3Store } from '../lib/storage/s3.ts';
import { MemoryStore, type Store, StoreError } from '../lib/storage/store.ts';
import { startTestS3, type TestS3 } from './fixtures/s3/server.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../examples');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/s3');
const exampleFiles = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

let s3: TestS3;
let raw: S3Store;
let corpus: S3Store;
let seq = 0;
let msg = 0;

beforeAll(async () => {
  s3 = await startTestS3(['raw', 'corpus']);
  raw = new S3Store(s3.client, 'raw');
  corpus = new S3Store(s3.client, 'corpus');
});
afterAll(async () => s3?.close());

async function upload(key: string, body: Uint8Array | string): Promise<number> {
  await s3.client.send(new PutObjectCommand({ Bucket: 'raw', Key: key, Body: body }));
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}

async function removeRaw(key: string): Promise<void> {
  await s3.client.send(new DeleteObjectCommand({ Bucket: 'raw', Key: key }));
}

/** An S3 event record as S3 sends it: key URL-encoded (`+` for space), increasing sequencer. */
function s3Record(eventName: string, key: string, size?: number, bucket = 'raw'): S3EventRecord {
  seq++;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName,
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'raw-uploads',
      bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
      object: {
        key: encodeS3EventKey(key),
        ...(size === undefined ? {} : { size }),
        sequencer: seq.toString(16).toUpperCase().padStart(16, '0'),
      },
    },
  };
}

/** One SQS message per body. */
function sqs(...bodies: (S3EventRecord | string)[]): SQSEvent {
  return {
    Records: bodies.map((b) => ({
      messageId: `m${++msg}`,
      receiptHandle: `r${msg}`,
      body: typeof b === 'string' ? b : JSON.stringify({ Records: [b] }),
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:raw-events',
      awsRegion: 'us-east-1',
    })),
  };
}

function handlerWith(extra: Partial<SqsHandlerDeps> = {}) {
  const log = new MemoryLog();
  return { log, handle: makeSqsHandler({ raw, corpus, rawBucket: 'raw', log, ...extra }) };
}

async function listKeys(store: Store, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const o of store.list(prefix)) out.push(o.key);
  return out;
}

async function readJson<T>(store: Store, key: string): Promise<T> {
  return JSON.parse(Buffer.from(await store.get(key)).toString('utf8')) as T;
}

const FR_KEY = 'dossier été/Grève + manif 100%.txt';
const CSV_KEY = 'exports/articles (v1).csv';

describe('ObjectCreated: uploads become records and rejects', () => {
  const uploads: { key: string; size: number }[] = [];

  beforeAll(async () => {
    for (const f of exampleFiles) uploads.push({ key: f, size: await upload(f, readFileSync(path.join(EXAMPLES, f))) });
    uploads.push({ key: FR_KEY, size: await upload(FR_KEY, readFileSync(path.join(FIXTURES, 'greve-fr.txt'))) });
    uploads.push({ key: CSV_KEY, size: await upload(CSV_KEY, readFileSync(path.join(FIXTURES, 'articles.csv'))) });
    uploads.push({ key: 'empty.txt', size: await upload('empty.txt', Buffer.alloc(0)) });
    uploads.push({ key: 'folder/', size: await upload('folder/', Buffer.alloc(0)) });
  });

  it('one batch, no failures, every object accounted for, one log line per document', async () => {
    const { handle, log } = handlerWith();
    const res = await handle(sqs(...uploads.map((u) => s3Record('ObjectCreated:Put', u.key, u.size))));
    expect(res.batchItemFailures).toEqual([]);

    const docs = log.entries.filter((e) => e.attributes.event === 'document');
    expect(docs.map((e) => [e.attributes.source_key, e.attributes.source_part, e.attributes.status])).toEqual([
      ...exampleFiles.map((f) => [f, null, 'processed']),
      [FR_KEY, null, 'processed'],
      [CSV_KEY, 'row:1', 'processed'],
      [CSV_KEY, 'row:2', 'processed'],
      [CSV_KEY, 'row:3', 'rejected'],
      ['empty.txt', null, 'rejected'],
    ]);
    for (const d of docs) expect(typeof d.attributes.ms).toBe('number');
    const skipped = log.entries.filter((e) => e.attributes.status === 'skipped');
    expect(skipped.map((e) => [e.attributes.source_key, e.attributes.reason])).toEqual([
      ['folder/', expect.stringContaining('folder placeholder')],
    ]);
  });

  it.each([...exampleFiles, FR_KEY])('record of %s: decoded key, same id and text as the core on the same bytes', async (key) => {
    const bytes = await raw.get(key);
    const expected = processObject({ key, bytes }).records[0] as CorpusRecord;
    const got = await readJson<CorpusRecord>(corpus, recordKey(key, null));
    expect(got.source_key).toBe(key);
    expect(got.id).toBe(expected.id);
    expect(got.text).toBe(expected.text);
    expect(got.language).toBe(expected.language);
  });

  it('the CSV gives one record per row and a reject for the empty row, under its parts', async () => {
    expect(await listKeys(corpus, `records/${encodeURIComponent('exports')}/`)).toEqual([
      'records/exports/articles%20(v1).csv/@input.json',
      'records/exports/articles%20(v1).csv/row%3A1.json',
      'records/exports/articles%20(v1).csv/row%3A2.json',
    ]);
    const rej = await readJson<Reject>(corpus, rejectKey(CSV_KEY, 'row:3'));
    expect([rej.source_key, rej.source_part, rej.error_code]).toEqual([CSV_KEY, 'row:3', 'no_content']);
    const summary = await readJson<{ format: string; records: number; rejects: number; encoding: string }>(
      corpus,
      inputSummaryKey(CSV_KEY),
    );
    expect(summary).toMatchObject({ format: 'csv', encoding: 'utf-8', records: 2, rejects: 1 });
  });

  it('the 0-byte object is an `empty` reject; the folder placeholder writes nothing', async () => {
    const rej = await readJson<Reject>(corpus, rejectKey('empty.txt', null));
    expect(rej.error_code).toBe('empty');
    expect(await listKeys(corpus, 'records/folder')).toEqual([]);
    expect(await listKeys(corpus, 'rejects/folder')).toEqual([]);
  });

  it('a duplicated event (twice in one batch, then again) leaves one record, unchanged', async () => {
    const key = exampleFiles[0] as string;
    const before = await corpus.get(recordKey(key, null));
    const { handle } = handlerWith();
    const rec = s3Record('ObjectCreated:Put', key);
    expect((await handle(sqs(rec, rec))).batchItemFailures).toEqual([]);
    expect((await handle(sqs(rec))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, `records/${key}/`)).toEqual([`records/${key}/@input.json`, `records/${key}/_.json`]);
    expect(Buffer.from(await corpus.get(recordKey(key, null)))).toEqual(Buffer.from(before));
  });

  it('an object larger than the limit is a `too_large` reject, not read', async () => {
    const key = exampleFiles[1] as string;
    const { handle } = handlerWith({ maxObjectBytes: 100, corpus: new S3Store(s3.client, 'corpus') });
    const res = await handle(sqs(s3Record('ObjectCreated:Put', key)));
    expect(res.batchItemFailures).toEqual([]);
    expect((await readJson<Reject>(corpus, rejectKey(key, null))).error_code).toBe('too_large');
    expect(await listKeys(corpus, `records/${key}/_`)).toEqual([]);
    // back to normal
    await handlerWith().handle(sqs(s3Record('ObjectCreated:Put', key)));
    expect(await listKeys(corpus, `rejects/${key}/`)).toEqual([]);
    expect(await listKeys(corpus, `records/${key}/_`)).toEqual([`records/${key}/_.json`]);
  });
});

describe('ordering, deletion, stale parts', () => {
  it("ObjectRemoved deletes the upload's records, rejects and summary", async () => {
    const key = 'to-remove/article (old).txt';
    await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt')));
    const { handle } = handlerWith();
    await handle(sqs(s3Record('ObjectCreated:Put', key)));
    expect(await listKeys(corpus, 'records/to-remove/')).toHaveLength(2);
    await removeRaw(key);
    const { handle: h2, log } = handlerWith();
    expect((await h2(sqs(s3Record('ObjectRemoved:Delete', key)))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, 'records/to-remove/')).toEqual([]);
    expect(log.entries.find((e) => e.attributes.status === 'removed')?.attributes.outputs_deleted).toBe(2);
  });

  it('reordered: Removed delivered before the Created of a deleted object -> no record', async () => {
    const key = 'reorder/gone.txt';
    const size = await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt')));
    const created = s3Record('ObjectCreated:Put', key, size);
    await removeRaw(key);
    const removed = s3Record('ObjectRemoved:Delete', key);
    const { handle, log } = handlerWith();
    expect((await handle(sqs(removed, created))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, 'records/reorder/gone.txt/')).toEqual([]);
    expect(log.entries.some((e) => String(e.attributes.reason).includes('no longer exists'))).toBe(true);
  });

  it('reordered: Created of a re-upload delivered before the older Removed -> the record stays', async () => {
    const key = 'reorder/back.txt';
    await upload(key, 'first version\n\nnot much here');
    await removeRaw(key);
    const removed = s3Record('ObjectRemoved:Delete', key);
    const size = await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt')));
    const created = s3Record('ObjectCreated:Put', key, size);
    const { handle } = handlerWith();
    expect((await handle(sqs(created, removed))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, 'records/reorder/back.txt/')).toEqual([
      'records/reorder/back.txt/@input.json',
      'records/reorder/back.txt/_.json',
    ]);
    // and in the natural order too
    expect((await handle(sqs(removed, created))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, 'records/reorder/back.txt/')).toHaveLength(2);
  });

  it('an overwrite with fewer rows deletes the outputs of the rows that are gone', async () => {
    const key = 'exports/shrinking.csv';
    await upload(key, readFileSync(path.join(FIXTURES, 'articles.csv')));
    const { handle, log } = handlerWith();
    await handle(sqs(s3Record('ObjectCreated:Put', key)));
    expect(await listKeys(corpus, 'rejects/exports/shrinking.csv/')).toEqual(['rejects/exports/shrinking.csv/row%3A3.json']);
    await upload(key, readFileSync(path.join(FIXTURES, 'articles-2rows.csv')));
    await handle(sqs(s3Record('ObjectCreated:Put', key)));
    expect(await listKeys(corpus, 'rejects/exports/shrinking.csv/')).toEqual([]);
    expect(await listKeys(corpus, 'records/exports/shrinking.csv/')).toHaveLength(3);
    expect(log.entries.filter((e) => e.attributes.event === 'document').map((e) => e.attributes.status)).toEqual([
      'processed',
      'processed',
      'rejected',
      'processed',
      'processed',
    ]);
  });

  /** A raw store that runs `during` right after the object was read (a change mid-processing). */
  function changingAfterRead(key: string, during: () => Promise<void>): Store {
    let done = false;
    return new Proxy(raw, {
      get(target, prop, receiver) {
        if (prop === 'getObject')
          return async (k: string, o?: { maxBytes?: number }) => {
            const got = await target.getObject(k, o);
            if (k === key && !done) {
              done = true;
              await during();
            }
            return got;
          };
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  it('an upload replaced while it is processed ends with the outputs of the new version', async () => {
    const key = 'race/replaced.txt';
    await upload(key, readFileSync(path.join(EXAMPLES, 'en-harbour-strike.txt')));
    const { handle, log } = handlerWith({
      raw: changingAfterRead(key, async () => void (await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt'))))),
    });
    expect((await handle(sqs(s3Record('ObjectCreated:Put', key)))).batchItemFailures).toEqual([]);
    expect(log.entries.filter((e) => e.attributes.status === 'retried')).toHaveLength(1);
    expect(await listKeys(corpus, 'records/race/replaced.txt/')).toEqual([
      'records/race/replaced.txt/@input.json',
      'records/race/replaced.txt/_.json',
    ]);
    expect((await readJson<CorpusRecord>(corpus, recordKey(key, null))).language).toBe('fr');
  });

  it('an upload deleted while it is processed ends with no outputs', async () => {
    const key = 'race/deleted.txt';
    await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt')));
    const { handle } = handlerWith({ raw: changingAfterRead(key, () => removeRaw(key)) });
    expect((await handle(sqs(s3Record('ObjectCreated:Put', key)))).batchItemFailures).toEqual([]);
    expect(await listKeys(corpus, 'records/race/deleted.txt/')).toEqual([]);
  });

  it('a re-upload landing while a Removed deletes the outputs gets its outputs back', async () => {
    const key = 'race/reuploaded.txt';
    const mraw = new MemoryStore();
    const mcorpus = new MemoryStore();
    const text = readFileSync(path.join(FIXTURES, 'greve-fr.txt'));
    await mraw.put(key, text);
    const change = (kind: 'created' | 'removed') => ({
      kind,
      eventName: kind,
      bucket: 'raw',
      key,
      rawKey: key,
      size: null,
      sequencer: null,
    });
    await handleChange(change('created'), { raw: mraw, corpus: mcorpus });
    await mraw.delete(key);
    // the corpus store re-uploads the object right after the first output is deleted
    const racing: Store = Object.assign(Object.create(mcorpus) as MemoryStore, {
      delete: async (k: string) => {
        await mcorpus.delete(k);
        await mraw.put(key, text);
      },
    });
    expect((await handleChange(change('removed'), { raw: mraw, corpus: racing })).status).toBe('processed');
    expect([...mcorpus.objects.keys()].sort()).toEqual([`records/race/reuploaded.txt/@input.json`, `records/race/reuploaded.txt/_.json`]);
  });

  it('deleting a/b leaves the outputs of a/b/c (any Store: here in memory)', async () => {
    const mraw = new MemoryStore();
    const mcorpus = new MemoryStore();
    const text = readFileSync(path.join(FIXTURES, 'greve-fr.txt'));
    await mraw.put('a/b', text);
    await mraw.put('a/b/c', text);
    const deps = { raw: mraw, corpus: mcorpus };
    const change = (kind: 'created' | 'removed', key: string) => ({
      kind,
      eventName: kind,
      bucket: 'raw',
      key,
      rawKey: key,
      size: null,
      sequencer: null,
    });
    await handleChange(change('created', 'a/b'), deps);
    await handleChange(change('created', 'a/b/c'), deps);
    await mraw.delete('a/b');
    expect(await handleChange(change('removed', 'a/b'), deps)).toMatchObject({ status: 'removed', deleted: 2 });
    expect([...mcorpus.objects.keys()].sort()).toEqual(['records/a/b/c/@input.json', 'records/a/b/c/_.json']);
  });
});

describe('failures stay in their message', () => {
  /** A raw store that answers like S3 under throttling for one key. */
  function throttling(key: string): Store {
    return new Proxy(raw, {
      get(target, prop, receiver) {
        if (prop === 'getObject')
          return async (k: string, o?: { maxBytes?: number }) => {
            if (k === key)
              throw new StoreError(`cannot read s3://raw/${k}: SlowDown (HTTP 503): Please reduce your request rate.`, k, {
                cause: Object.assign(new Error('Please reduce your request rate.'), { name: 'SlowDown' }),
              });
            return target.getObject(k, o);
          };
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  it('a throttled read and a malformed body fail only their messages', async () => {
    const good = exampleFiles[2] as string;
    const bad = exampleFiles[3] as string;
    const { handle, log } = handlerWith({ raw: throttling(bad) });
    const event = sqs(s3Record('ObjectCreated:Put', bad), 'this is not JSON', s3Record('ObjectCreated:Put', good));
    const res = await handle(event);
    expect(res.batchItemFailures).toEqual([
      { itemIdentifier: event.Records[0]?.messageId },
      { itemIdentifier: event.Records[1]?.messageId },
    ]);
    const errors = log.entries.filter((e) => e.level === 'error').map((e) => [e.attributes.error, e.attributes.cause]);
    expect(errors).toEqual([
      ['StoreError', 'SlowDown: Please reduce your request rate.'],
      ['MalformedEventError', expect.stringContaining('SyntaxError')],
    ]);
    expect(log.entries.some((e) => e.attributes.status === 'processed' && e.attributes.source_key === good)).toBe(true);
  });

  it('when every message fails the invocation fails (FullBatchFailureError)', async () => {
    const { handle } = handlerWith({ corpus: new S3Store(s3.client, 'no-such-bucket') });
    await expect(handle(sqs(s3Record('ObjectCreated:Put', exampleFiles[0] as string)))).rejects.toBeInstanceOf(FullBatchFailureError);
  });

  it('events of another bucket, test events and other event kinds are skipped, not failed', async () => {
    const { handle, log } = handlerWith();
    const res = await handle(
      sqs(
        s3Record('ObjectCreated:Put', 'corpus/latest/corpus.jsonl', 10, 'corpus'),
        JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2025-01-01T00:00:00Z', Bucket: 'raw' }),
        s3Record('ObjectTagging:Put', exampleFiles[0] as string),
      ),
    );
    expect(res.batchItemFailures).toEqual([]);
    expect(log.entries.map((e) => e.attributes.status)).toEqual(['skipped', 'skipped']);
  });
});

describe('lambdas/process.ts entry', () => {
  it('reads its environment at cold start and handles an SQS event', async () => {
    vi.resetModules();
    vi.stubEnv('RAW_BUCKET', 'raw');
    vi.stubEnv('CORPUS_BUCKET', 'corpus');
    vi.stubEnv('LOG_LEVEL', 'silent');
    vi.stubEnv('AWS_ENDPOINT_URL_S3', s3.endpoint);
    try {
      const { handler } = await import('../lambdas/process.ts');
      const key = 'via-entry/Ünïcode name.txt';
      await upload(key, readFileSync(path.join(FIXTURES, 'greve-fr.txt')));
      expect((await handler(sqs(s3Record('ObjectCreated:Put', key)))).batchItemFailures).toEqual([]);
      expect((await readJson<CorpusRecord>(corpus, recordKey(key, null))).source_key).toBe(key);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a bad environment fails the cold start listing every problem', async () => {
    vi.resetModules();
    vi.stubEnv('RAW_BUCKET', '');
    vi.stubEnv('CORPUS_BUCKET', 'Bad_Bucket');
    try {
      const err = await import('../lambdas/process.ts').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).name).toBe('ConfigError');
      expect((err as ConfigError).problems).toEqual([
        'RAW_BUCKET: not a valid S3 bucket name',
        'CORPUS_BUCKET: not a valid S3 bucket name',
        'RAW_BUCKET: required',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
