/**
 * Processing function: SQS batch of S3 event notifications from the raw bucket.
 *   ObjectCreated -> run the core, write records/ and rejects/ objects in the corpus bucket
 *   ObjectRemoved -> delete that upload's records and rejects
 * Returns a partial batch response (`batchItemFailures`): only messages that hit a storage or
 * throttling error are retried (then dead-lettered). Logic: lib/cloud/handler.ts.
 *
 * Environment (checked at cold start; a bad value fails the init with every problem listed):
 * RAW_BUCKET, CORPUS_BUCKET, LOG_LEVEL (default INFO), MAX_OBJECT_BYTES (default 64 MiB: larger
 * CSV/TSV/JSONL/zip uploads are streamed in hops, each hop ending with a continuation message
 * sent to PROCESS_QUEUE_URL, the function's own queue), AWS_ENDPOINT_URL_S3 (local
 * S3-compatible server; unset on AWS).
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { readFunctionEnv } from '../lib/cloud/events.ts';
import { makeSqsHandler } from '../lib/cloud/handler.ts';
import { powertoolsLog } from '../lib/cloud/log.ts';
import { SqsContinuationSink } from '../lib/cloud/queue.ts';
import { makeS3Client, S3Store } from '../lib/storage/s3.ts';

const env = readFunctionEnv(process.env, true);
const log = powertoolsLog('winnow-process', env.LOG_LEVEL);
const client = makeS3Client({ endpoint: env.AWS_ENDPOINT_URL_S3 });
const rawBucket = env.RAW_BUCKET as string;
const handle = makeSqsHandler({
  raw: new S3Store(client, rawBucket),
  corpus: new S3Store(client, env.CORPUS_BUCKET),
  rawBucket,
  log,
  maxObjectBytes: env.MAX_OBJECT_BYTES,
  continuation: env.PROCESS_QUEUE_URL ? new SqsContinuationSink(new SQSClient({}), env.PROCESS_QUEUE_URL) : undefined,
});

/** Lambda entry point (SQS event source with ReportBatchItemFailures). */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  if (context) log.logger.addContext(context);
  return handle(event, context);
}
