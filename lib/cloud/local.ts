/**
 * Local emulation of the deployed stack, without an AWS account:
 *
 *   s3rver (S3-compatible HTTP server) with a raw and a corpus bucket
 *   raw bucket event -> key encoded as S3 encodes it -> SQS-shaped message -> the processing
 *   function's handler (same code as the Lambda) -> records/, rejects/ in the corpus bucket
 *
 * Events are handled one at a time, in arrival order. A message that fails is retried up
 * to `maxReceives` times in all, then reported as dead-lettered (as the queue's redrive
 * policy would). Publishing is on demand (`winnow publish --endpoint-url …`).
 * Limits of s3rver: batch deletes (`DeleteObjects`, used by `aws s3 rm --recursive`) send no
 * event; paginated listing needs Node's `--openssl-legacy-provider` (its tokens use DES).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import S3rver from 's3rver';
import { makeS3Client, S3Store } from '../storage/s3.ts';
import type { S3EventRecord } from './events.ts';
import { makeSqsHandler } from './handler.ts';
import { encodeS3EventKey } from './keys.ts';
import { type LogSink, silentLog } from './log.ts';

export interface LocalOptions {
  /** Folder where s3rver keeps the buckets (created if missing). */
  directory: string;
  /** @default 4568; 0 picks a free port */
  port?: number;
  /** @default 127.0.0.1 */
  address?: string;
  /** @default raw */
  rawBucket?: string;
  /** @default corpus */
  corpusBucket?: string;
  /** Where the processing logs (one entry per document). */
  log?: LogSink;
  /** Receives before a message counts as dead-lettered. @default 3 */
  maxReceives?: number;
  /** Pause between retries, ms. @default 200 */
  retryDelayMs?: number;
}

/** A running emulator. */
export interface LocalEmulator {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  port: number;
  rawBucket: string;
  corpusBucket: string;
  /** Client configured for the endpoint (path style, S3RVER credentials). */
  client: S3Client;
  /** Messages handled, failed for good (dead-lettered). */
  readonly stats: { messages: number; deadLettered: number };
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /** Stop the server (after the pending events). */
  close(): Promise<void>;
}

/** The emulator could not start (port taken, folder not writable). Keeps the `cause`. */
export class LocalEmulatorError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalEmulatorError';
  }
}

interface S3rverEvents {
  on(event: 'event', listener: (e: { Records: S3EventRecord[] }) => void): void;
}

/** Wrap S3 event records in an SQS event, as the S3 -> SQS notification delivers them. */
export function toSqsEvent(records: S3EventRecord[], bucket: string): SQSEvent {
  const body = JSON.stringify({ Records: records });
  const msg: SQSRecord = {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${bucket}-events`,
    awsRegion: 'us-east-1',
  };
  return { Records: [msg] };
}

/**
 * Start the emulator.
 * @throws LocalEmulatorError when the server cannot start
 */
export async function startLocal(opts: LocalOptions): Promise<LocalEmulator> {
  const address = opts.address ?? '127.0.0.1';
  const rawBucket = opts.rawBucket ?? 'raw';
  const corpusBucket = opts.corpusBucket ?? 'corpus';
  const log = opts.log ?? silentLog;
  const maxReceives = Math.max(1, opts.maxReceives ?? 3);
  const server = new S3rver({
    address,
    port: opts.port ?? 4568,
    directory: opts.directory,
    silent: true,
    configureBuckets: [
      { name: rawBucket, configs: [] },
      { name: corpusBucket, configs: [] },
    ],
  });
  let info: AddressInfo;
  try {
    info = await server.run();
  } catch (e) {
    throw new LocalEmulatorError(`cannot start the local S3 server on ${address}:${opts.port ?? 4568}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  const endpoint = `http://${address}:${info.port}`;
  const client = makeS3Client({ endpoint });
  const handler = makeSqsHandler({
    raw: new S3Store(client, rawBucket),
    corpus: new S3Store(client, corpusBucket),
    rawBucket,
    log,
  });
  const stats = { messages: 0, deadLettered: 0 };
  let chain: Promise<void> = Promise.resolve();

  const deliver = async (event: SQSEvent, key: string): Promise<void> => {
    for (let receive = 1; receive <= maxReceives; receive++) {
      try {
        const res = await handler(event);
        if (res.batchItemFailures.length === 0) return;
      } catch {
        // whole batch failed: retried below like SQS would
      }
      if (receive < maxReceives) await new Promise((r) => setTimeout(r, opts.retryDelayMs ?? 200));
    }
    stats.deadLettered++;
    log.error('message dead-lettered', { event: 'message', status: 'dead-lettered', source_key: key, receives: maxReceives });
  };

  (server as unknown as S3rverEvents).on('event', (e) => {
    for (const rec of e.Records) {
      // the notification exists on the raw bucket only (the stack's wiring: no recursion)
      if (rec.s3.bucket.name !== rawBucket) continue;
      const encoded: S3EventRecord = { ...rec, s3: { ...rec.s3, object: { ...rec.s3.object, key: encodeS3EventKey(rec.s3.object.key) } } };
      const event = toSqsEvent([encoded], rawBucket);
      stats.messages++;
      chain = chain.then(() => deliver(event, rec.s3.object.key));
    }
  });

  return {
    endpoint,
    port: info.port,
    rawBucket,
    corpusBucket,
    client,
    stats,
    idle: async () => {
      // new events may be chained while waiting: wait until the chain stops growing
      let seen: Promise<void> | null = null;
      while (seen !== chain) {
        seen = chain;
        await chain;
      }
    },
    close: async () => {
      await chain;
      client.destroy();
      await server.close();
    },
  };
}
