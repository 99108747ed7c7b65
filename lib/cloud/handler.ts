/**
 * The processing function's handler logic: an SQS batch whose message bodies are S3 event
 * notifications of the raw bucket, answered with a partial batch response so that only the
 * messages that failed (storage or throttling errors) are retried.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type ContinueMessage, ContinueMessageSchema, continueChunked } from './chunked.ts';
import { MalformedEventError, parseS3Notification, toObjectChange } from './events.ts';
import { type LogSink, silentLog } from './log.ts';
import { type ChangeOutcome, handleChange, type ProcessDeps } from './process.ts';

/** Handler options on top of the processing dependencies. */
export interface SqsHandlerDeps extends ProcessDeps {
  /**
   * Bucket the events must come from; events of other buckets are skipped with a log line
   * (defence against a notification wired to the wrong bucket, e.g. the corpus bucket).
   * @default any bucket
   */
  rawBucket?: string;
}

/**
 * Handle every S3 record of one SQS message, in order.
 * @returns one outcome per record acted on
 * @throws MalformedEventError for a body that is not an S3 notification, StoreError when a
 *   store fails: either fails this message only
 */
export async function handleSqsMessage(message: Pick<SQSRecord, 'body' | 'messageId'>, deps: SqsHandlerDeps): Promise<ChangeOutcome[]> {
  const log = deps.log ?? silentLog;
  const outcomes: ChangeOutcome[] = [];
  const cont = continuationOf(message.body);
  if (cont) {
    if (deps.rawBucket && cont.bucket !== deps.rawBucket) {
      log.warn('continuation ignored', {
        event: 'object',
        status: 'skipped',
        bucket: cont.bucket,
        source_key: cont.key,
        reason: `continuation for bucket "${cont.bucket}", not the raw bucket "${deps.rawBucket}"`,
        message_id: message.messageId,
      });
      return outcomes;
    }
    outcomes.push(await continueChunked(cont, { ...deps, rawBucket: deps.rawBucket ?? cont.bucket }));
    return outcomes;
  }
  for (const rec of parseS3Notification(message.body)) {
    const change = toObjectChange(rec);
    if (!change) {
      log.info('event ignored', {
        event: 'object',
        status: 'skipped',
        event_name: rec.eventName,
        reason: 'not an ObjectCreated or ObjectRemoved event',
        message_id: message.messageId,
      });
      continue;
    }
    if (deps.rawBucket && change.bucket !== deps.rawBucket) {
      log.warn('event ignored', {
        event: 'object',
        status: 'skipped',
        bucket: change.bucket,
        source_key: change.key,
        reason: `event from bucket "${change.bucket}", not the raw bucket "${deps.rawBucket}"`,
        message_id: message.messageId,
      });
      continue;
    }
    outcomes.push(await handleChange(change, deps));
  }
  return outcomes;
}

/**
 * A continuation message of a large upload (lib/cloud/chunked.ts), or null for anything else.
 * @throws MalformedEventError for a body with `kind: "continue"` that fails the schema
 */
export function continuationOf(body: string): ContinueMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null; // parseS3Notification reports it
  }
  if (!json || typeof json !== 'object' || (json as { kind?: unknown }).kind !== 'continue') return null;
  const parsed = ContinueMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new MalformedEventError(`the SQS message body is not a valid continuation: ${issues}`, { cause: parsed.error });
  }
  return parsed.data;
}

/**
 * Make the SQS handler: messages handled one after another (so two events of one key in a
 * batch never race), failures reported as `batchItemFailures`. When every message fails the
 * Powertools processor throws FullBatchFailureError (the invocation fails; SQS retries all).
 */
export function makeSqsHandler(deps: SqsHandlerDeps): (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse> {
  const log: LogSink = deps.log ?? silentLog;
  const processor = new BatchProcessor(EventType.SQS);
  let context: Context | undefined;
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    try {
      // the time left bounds the hops of large uploads (messages are handled one by one)
      const remainingMs = deps.remainingMs ?? (context ? () => (context as Context).getRemainingTimeInMillis() : undefined);
      await handleSqsMessage(record, { ...deps, remainingMs });
    } catch (e) {
      const err = e as Error & { cause?: unknown };
      log.error('message failed', {
        event: 'message',
        status: 'failed',
        message_id: record.messageId,
        error: err.name,
        reason: err.message,
        cause: err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message}` : undefined,
      });
      throw e;
    }
  };
  return async (event: SQSEvent, ctx?: Context): Promise<SQSBatchResponse> => {
    context = ctx;
    return processPartialResponse(event, recordHandler, processor, { context: ctx, processInParallel: false });
  };
}
