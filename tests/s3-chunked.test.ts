/**
 * Uploads too large for one invocation, processed in hops against a real S3-compatible server
 * (s3rver): a tiny time budget (a fake Lambda context) forces several continuation messages,
 * which are fed back to the handler as the queue would deliver them.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_FILE_PREFIX, type ContinueMessage, ContinueMessageSchema, chunkedFormatOf } from '../lib/cloud/chunked.ts';
import type { S3EventRecord } from '../lib/cloud/events.ts';
import { makeSqsHandler, type SqsHandlerDeps } from '../lib/cloud/handler.ts';
import { encodeS3EventKey, inputSummaryKey, parseLayoutKey, recordsPrefix, rejectsPrefix } from '../lib/cloud/keys.ts';
import { MemoryLog } from '../lib/cloud/log.ts';
import type { InputSummaryFile } from '../lib/cloud/process.ts';
import { processObject } from '../lib/core/pipeline.ts';
import type { CorpusRecord, Reject } from '../lib/core/schema.ts';
import { processTabularStream, processTabularStreamFrom } from '../lib/core/stream.ts';
import { processArchiveEntry, zipEntriesFrom } from '../lib/core/zipstream.ts';
import { S3Store } from '../lib/storage/s3.ts';
import type { Store } from '../lib/storage/store.ts';
import { startTestS3, type TestS3 } from './fixtures/s3/server.ts';

let s3: TestS3;
let raw: S3Store;
let corpus: S3Store;
let msg = 0;
const NOW = new Date('2026-01-15T12:00:00Z');

beforeAll(async () => {
  s3 = await startTestS3(['raw', 'corpus']);
  raw = new S3Store(s3.client, 'raw');
  corpus = new S3Store(s3.client, 'corpus');
});
afterAll(async () => s3?.close());

// --- invented articles -------------------------------------------------------------------

const PLACES = ['Lyon', 'Porto', 'Gdańsk', 'Bologna', 'Leipzig', 'Valencia', 'Tartu', 'Brno'];
const TOPICS = ['the tram strike', 'the harbour works', 'the flood barrier', 'the school budget', 'the night trains'];

/** An invented news article (about 900 characters) that differs for every n. */
function article(n: number): { title: string; text: string; date: string } {
  const place = PLACES[n % PLACES.length] as string;
  const topic = TOPICS[n % TOPICS.length] as string;
  const text = [
    `${place} council members met on Tuesday to discuss ${topic}, item number ${n} on a crowded agenda.`,
    `"We have waited ${(n % 40) + 2} months for an answer," said Maria Keller, who chairs the residents' association.`,
    `According to the regional transport office, ${(n * 37) % 900} people signed the petition in the first week, and the ${place} chamber of commerce asked for a public hearing before the summer.`,
    `The mayor's office said a decision on ${topic} would follow once the engineers had finished their report, expected in ${['March', 'April', 'May'][n % 3]}.`,
  ].join('\n\n');
  return { title: `${place}: council debates ${topic} (${n})`, text, date: `2025-0${(n % 9) + 1}-1${n % 10}` };
}

function csvOf(rows: number, from = 1): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['title,text,date,url'];
  for (let n = from; n < from + rows; n++) {
    const a = article(n);
    lines.push([q(a.title), q(a.text), a.date, `https://news.example.org/a/${n}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

// --- the queue ---------------------------------------------------------------------------

/** An S3 event record as S3 sends it (key URL-encoded). */
function s3Record(key: string, size: number): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    eventName: 'ObjectCreated:Put',
    s3: { bucket: { name: 'raw' }, object: { key: encodeS3EventKey(key), size } },
  };
}

function sqs(body: string): SQSEvent {
  return {
    Records: [
      {
        messageId: `m${++msg}`,
        receiptHandle: `r${msg}`,
        body,
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:raw-events',
        awsRegion: 'us-east-1',
      },
    ],
  };
}

/** A Lambda context whose invocation lasts `budgetMs` from now. */
function contextFor(budgetMs: number): Context {
  const deadline = Date.now() + budgetMs;
  return { getRemainingTimeInMillis: () => deadline - Date.now() } as unknown as Context;
}

interface Rig {
  queue: ContinueMessage[];
  log: MemoryLog;
  handle: ReturnType<typeof makeSqsHandler>;
}

function rig(extra: Partial<SqsHandlerDeps> = {}): Rig {
  const queue: ContinueMessage[] = [];
  const log = new MemoryLog();
  const handle = makeSqsHandler({
    raw,
    corpus,
    rawBucket: 'raw',
    log,
    now: () => NOW,
    maxObjectBytes: 64 * 1024, // anything larger is processed in hops
    batchSize: 25,
    reserveMs: 100,
    continuation: { send: async (m) => void queue.push(ContinueMessageSchema.parse(JSON.parse(JSON.stringify(m)))) },
    ...extra,
  });
  return { queue, log, handle };
}

/** Deliver the upload's event, then every continuation, each in a new invocation of `budgetMs`. */
async function drain(r: Rig, key: string, size: number, budgetMs: number): Promise<number> {
  let invocations = 1;
  expect((await r.handle(sqs(JSON.stringify({ Records: [s3Record(key, size)] })), contextFor(budgetMs))).batchItemFailures).toEqual([]);
  while (r.queue.length) {
    const m = r.queue.shift() as ContinueMessage;
    invocations++;
    expect((await r.handle(sqs(JSON.stringify(m)), contextFor(budgetMs))).batchItemFailures).toEqual([]);
  }
  return invocations;
}

async function upload(key: string, body: Uint8Array | string): Promise<number> {
  await s3.client.send(new PutObjectCommand({ Bucket: 'raw', Key: key, Body: body }));
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}

async function listKeys(store: Store, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const o of store.list(prefix)) out.push(o.key);
  return out;
}

async function readJson<T>(key: string): Promise<T> {
  return JSON.parse(Buffer.from(await corpus.get(key)).toString('utf8')) as T;
}

/** Parts of the records and rejects stored for one upload (chunk files and summary excluded). */
async function outputsOf(key: string): Promise<{ records: (string | null)[]; rejects: (string | null)[]; chunkFiles: string[] }> {
  const recordKeys = await listKeys(corpus, recordsPrefix(key));
  const rejectKeys = await listKeys(corpus, rejectsPrefix(key));
  const part = (k: string) => parseLayoutKey(k)?.part ?? null;
  return {
    records: recordKeys.filter((k) => parseLayoutKey(k)?.kind === 'record').map(part),
    rejects: rejectKeys.filter((k) => parseLayoutKey(k)?.kind === 'reject').map(part),
    chunkFiles: recordKeys.filter((k) => k.slice(recordsPrefix(key).length).startsWith(CHUNK_FILE_PREFIX)),
  };
}

// --- tests -------------------------------------------------------------------------------

describe('a CSV of a few MB in hops', () => {
  const KEY = 'exports/big export.csv';
  const ROWS = 3000;
  const csv = csvOf(ROWS);

  it('takes several continuation messages and ends with exactly one record per row', async () => {
    const size = await upload(KEY, csv);
    expect(size).toBeGreaterThan(1_800_000);
    const r = rig();
    const invocations = await drain(r, KEY, size, 700);
    expect(invocations).toBeGreaterThanOrEqual(3);

    const out = await outputsOf(KEY);
    expect(out.rejects).toEqual([]);
    expect(out.records).toHaveLength(ROWS);
    expect(new Set(out.records)).toEqual(new Set(Array.from({ length: ROWS }, (_, i) => `row:${i + 1}`)));
    // one chunk file per hop that processed rows (deferred hops write none)
    const hops = r.log.entries.filter((e) => e.attributes.event === 'hop' && e.attributes.status !== 'deferred');
    expect(out.chunkFiles).toHaveLength(hops.length);
    expect(hops.length).toBeGreaterThanOrEqual(3);

    const summary = await readJson<InputSummaryFile>(inputSummaryKey(KEY));
    expect(summary).toMatchObject({ source_key: KEY, format: 'csv', encoding: 'utf-8', records: ROWS, rejects: 0, replacement_chars: 0 });
    expect(summary.source_etag).toMatch(/^[0-9a-f]{32}$/);

    // the same records as the object read whole (sample: ids, titles, dates, text of three rows)
    const whole = processObject({ key: KEY, bytes: Buffer.from(csv) }, { now: NOW });
    expect(whole.records).toHaveLength(ROWS);
    for (const n of [1, 1234, ROWS]) {
      const stored = await readJson<CorpusRecord>(`${recordsPrefix(KEY)}row%3A${n}.json`);
      const expected = whole.records.find((x) => x.source_part === `row:${n}`) as CorpusRecord;
      expect(stored).toEqual(expected);
      expect(stored.title).toBe(article(n).title);
    }
    // every row logged once
    const docs = r.log.entries.filter((e) => e.attributes.event === 'document');
    expect(docs).toHaveLength(ROWS);
  }, 240_000);

  it('a duplicated continuation message (redelivery) changes nothing', async () => {
    const r = rig();
    const m: ContinueMessage = ContinueMessageSchema.parse({
      kind: 'continue',
      bucket: 'raw',
      key: KEY,
      etag: (await readJson<InputSummaryFile>(inputSummaryKey(KEY))).source_etag,
      format: 'csv',
      resumeAfter: 2800,
      hop: 9,
    });
    expect((await r.handle(sqs(JSON.stringify(m)), contextFor(60_000))).batchItemFailures).toEqual([]);
    const out = await outputsOf(KEY);
    expect(out.records).toHaveLength(ROWS);
    expect(new Set(out.records).size).toBe(ROWS);
    expect(await readJson<InputSummaryFile>(inputSummaryKey(KEY))).toMatchObject({ records: ROWS, rejects: 0 });
  });
});

describe('a zip of 2,000 small entries in hops', () => {
  const KEY = 'dumps/articles-2000.zip';
  const N = 2000;
  const files: Record<string, Uint8Array> = {};
  for (let n = 1; n <= N; n++) {
    const a = article(n);
    files[`articles/${String(n).padStart(4, '0')}.txt`] = Buffer.from(`${a.title}\n\n${a.text}\n`);
  }
  files['__MACOSX/articles/._0001.txt'] = Buffer.from('mac');
  files['articles/empty.txt'] = new Uint8Array(0);
  files['../escape.txt'] = Buffer.from('climbing out');
  const zip = zipSync(files, { level: 6 });

  it('ends with exactly one record per article entry and the same outputs as the archive read whole', async () => {
    const size = await upload(KEY, zip);
    expect(size).toBeGreaterThan(64 * 1024);
    const r = rig({ batchSize: 40 });
    const invocations = await drain(r, KEY, size, 700);
    expect(invocations).toBeGreaterThanOrEqual(3);

    const whole = processObject({ key: KEY, bytes: zip }, { now: NOW });
    const out = await outputsOf(KEY);
    expect(out.records).toHaveLength(N);
    expect(new Set(out.records)).toEqual(new Set(whole.records.map((x) => x.source_part)));
    expect(out.rejects.sort()).toEqual(whole.rejects.map((x) => x.source_part).sort());
    expect(out.rejects.sort()).toEqual(['../escape.txt', 'articles/empty.txt']);
    const stored = await readJson<CorpusRecord>(`${recordsPrefix(KEY)}articles%2F1999.txt.json`);
    expect(stored).toEqual(whole.records.find((x) => x.source_part === 'articles/1999.txt'));
    const rej = await readJson<Reject>(`${rejectsPrefix(KEY)}..%2Fescape.txt.json`);
    expect(rej.error_code).toBe('unsafe_path');

    const summary = await readJson<InputSummaryFile>(inputSummaryKey(KEY));
    expect(summary).toMatchObject({ format: 'zip', records: N, rejects: 2 });
    expect(summary.skipped).toEqual(whole.skipped);
  }, 240_000);

  it('over maxEntries: one too_many_entries reject, the entries before the limit kept', async () => {
    const key = 'dumps/too-many.zip';
    const size = await upload(key, zip);
    const r = rig({ batchSize: 500, streamLimits: { maxEntries: 300 } });
    await drain(r, key, size, 60_000);
    const out = await outputsOf(key);
    expect(out.records.length).toBeGreaterThanOrEqual(298);
    const rejects = await Promise.all(
      (await listKeys(corpus, rejectsPrefix(key))).map((k) => readJson<Reject>(k).then((j) => j.error_code)),
    );
    expect(rejects).toContain('too_many_entries');
  });
});

describe('the object changes between hops', () => {
  const KEY = 'exports/changing.csv';

  it('drops the continuation; the new upload replaces every output of the old one', async () => {
    const v1 = csvOf(600);
    const r = rig();
    // hop 0 of version 1 only
    expect(
      (await r.handle(sqs(JSON.stringify({ Records: [s3Record(KEY, await upload(KEY, v1))] })), contextFor(300))).batchItemFailures,
    ).toEqual([]);
    expect(r.queue).toHaveLength(1);
    const pending = r.queue.shift() as ContinueMessage;
    expect(pending.resumeAfter).toBeGreaterThan(0);
    const partial = await outputsOf(KEY);
    expect(partial.records.length).toBe(pending.resumeAfter);

    // version 2 (fewer rows, other texts) is uploaded; the old continuation arrives first
    const v2 = csvOf(150, 5000);
    const size2 = await upload(KEY, v2);
    expect((await r.handle(sqs(JSON.stringify(pending)), contextFor(60_000))).batchItemFailures).toEqual([]);
    expect(r.queue).toEqual([]);
    const dropped = r.log.entries.find((e) => e.message === 'continuation dropped');
    expect(dropped?.attributes.reason).toContain('uploaded again');

    // version 2's own event: processed (in hops too), old rows and old chunk files deleted
    await drain(r, KEY, size2, 60_000);
    const out = await outputsOf(KEY);
    expect(out.records.sort()).toEqual(Array.from({ length: 150 }, (_, i) => `row:${i + 1}`).sort());
    expect(out.chunkFiles).toHaveLength(1);
    const first = await readJson<CorpusRecord>(`${recordsPrefix(KEY)}row%3A1.json`);
    expect(first.title).toBe(article(5000).title);
    expect(await readJson<InputSummaryFile>(inputSummaryKey(KEY))).toMatchObject({ records: 150, rejects: 0 });
  });
});

describe('resumable core helpers', () => {
  const csv = csvOf(120);

  it('processTabularStreamFrom with skip 0 gives what processTabularStream gives', async () => {
    const chunks = () => Array.from({ length: Math.ceil(csv.length / 7001) }, (_, i) => Buffer.from(csv.slice(i * 7001, (i + 1) * 7001)));
    const a: string[] = [];
    for await (const b of processTabularStream({ key: 'x.csv', chunks: chunks() }, 'csv', { now: NOW, batchSize: 50 }))
      for (const r of b.records) a.push(r.id);
    const b2: string[] = [];
    for await (const b of processTabularStreamFrom({ key: 'x.csv', chunks: chunks() }, 'csv', { now: NOW, batchSize: 50 }))
      for (const r of b.result.records) b2.push(r.id);
    expect(b2).toEqual(a);
    expect(a).toHaveLength(120);
  });

  it.each([
    ['csv', 0, 120],
    ['csv', 50, 70],
    ['csv', 119, 1],
    ['csv', 120, 0],
    ['jsonl', 0, 40],
    ['jsonl', 33, 7],
  ] as const)('%s skip %i leaves %i rows, positions continuing after the skip', async (format, skip, left) => {
    const body =
      format === 'csv'
        ? csv
        : `${Array.from({ length: 40 }, (_, i) => JSON.stringify({ title: article(i + 1).title, text: article(i + 1).text })).join('\n')}\n`;
    const parts: (string | null)[] = [];
    let last = -1;
    for await (const b of processTabularStreamFrom({ key: 'x', chunks: [Buffer.from(body)] }, format, { now: NOW, skip, batchSize: 16 })) {
      parts.push(...b.result.records.map((r) => r.source_part), ...b.result.rejects.map((r) => r.source_part));
      expect(b.position).toBeGreaterThanOrEqual(skip);
      last = b.position;
    }
    const unit = format === 'csv' ? 'row' : 'line';
    expect(parts).toEqual(Array.from({ length: left }, (_, i) => `${unit}:${skip + i + 1}`));
    expect(last).toBe(skip + left);
  });

  it('zipEntriesFrom skips entries without inflating them and hands out the rest in order', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let n = 1; n <= 30; n++) files[`d/${n}.txt`] = Buffer.from(`${article(n).title}\n\n${article(n).text}`);
    const zip = zipSync(files);
    const chunks = async function* () {
      for (let i = 0; i < zip.length; i += 999) yield zip.subarray(i, i + 999);
    };
    const seen: [number, string][] = [];
    let inflated = 0;
    for await (const e of zipEntriesFrom(chunks(), { skip: 12 })) {
      seen.push([e.position, e.entry.name]);
      inflated = e.inflated;
    }
    expect(seen).toEqual(Array.from({ length: 18 }, (_, i) => [i + 13, `d/${i + 13}.txt`]));
    const expectedBytes = Object.entries(files)
      .slice(12)
      .reduce((a, [, b]) => a + b.length, 0);
    expect(inflated).toBe(expectedBytes);
    const one = processArchiveEntry('a.zip', { ok: true, name: 'd/13.txt', bytes: files['d/13.txt'] as Uint8Array }, { now: NOW });
    expect(one.records[0]?.source_part).toBe('d/13.txt');
    expect(one.records[0]?.source_key).toBe('a.zip');
  });

  it('a truncated zip stream ends with an undecodable reject, entries before the cut kept', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let n = 1; n <= 10; n++) files[`${n}.txt`] = Buffer.from(article(n).text);
    const zip = zipSync(files, { level: 0 });
    const cut = zip.subarray(0, Math.floor(zip.length * 0.55));
    const out: { position: number; ok: boolean }[] = [];
    for await (const e of zipEntriesFrom(
      (async function* () {
        yield cut;
      })(),
    ))
      out.push({ position: e.position, ok: e.entry.ok });
    expect(out.filter((e) => e.ok).length).toBeGreaterThanOrEqual(4);
    expect(out.at(-1)?.ok).toBe(false);
  });

  it.each([
    ['a.csv', 'title,text\nx,y\n', 'csv'],
    ['a.jsonl', '{"title":"x","text":"y"}\n{"title":"z","text":"w"}\n', 'jsonl'],
    ['a.txt', 'Just an article.\n\nWith paragraphs.', null],
  ] as const)('chunkedFormatOf %s', (key, body, expected) => {
    expect(chunkedFormatOf(key, Buffer.from(body))).toBe(expected);
  });

  it('bounded memory: skipping 1,000,000 CSV rows (~250 MB) holds far less than the data in memory', async () => {
    const row = `"title","${'word '.repeat(45)}",2025-01-01\n`;
    const total = 1_000_000;
    async function* gen() {
      yield Buffer.from('title,text,date\n');
      const block = Buffer.from(row.repeat(2000));
      for (let i = 0; i < total / 2000; i++) yield block;
    }
    // Live data only: collect garbage before each sample (vitest runs with --expose-gc), so
    // the figure is what the stream holds, not what V8 has not yet collected.
    const live = () => {
      global.gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = live();
    let peak = before;
    let n = 0;
    let chunks = 0;
    async function* sampled() {
      for await (const c of gen()) {
        if (++chunks % 25 === 0) peak = Math.max(peak, live());
        yield c;
      }
    }
    for await (const b of processTabularStreamFrom({ key: 'big.csv', chunks: sampled() }, 'csv', { now: NOW, skip: total - 3 })) {
      n += b.result.records.length + b.result.rejects.length;
      peak = Math.max(peak, live());
    }
    expect(n).toBe(3);
    expect(row.length * total).toBeGreaterThan(230 * 1024 * 1024);
    expect(chunks).toBe(total / 2000 + 1);
    // live data well under half the data
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);
});
