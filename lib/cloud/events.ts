/**
 * Zod contracts of the events the functions receive: S3 event notifications (delivered in SQS
 * message bodies) and the environment they read at cold start.
 */
import { z } from 'zod';
import { decodeS3EventKey } from './keys.ts';

/** One record of an S3 event notification (only the fields Winnow reads; others pass). */
export const S3EventRecordSchema = z.looseObject({
  eventSource: z.string().optional(),
  eventName: z.string().min(1),
  eventTime: z.string().optional(),
  s3: z.looseObject({
    bucket: z.looseObject({ name: z.string().min(1) }),
    object: z.looseObject({
      /** URL-encoded as S3 sends it (`+` for space). */
      key: z.string().min(1),
      size: z.number().nonnegative().optional(),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});
export type S3EventRecord = z.infer<typeof S3EventRecordSchema>;

/** An S3 event notification, or the `s3:TestEvent` S3 sends when notifications are configured. */
export const S3NotificationSchema = z.union([
  z.looseObject({ Records: z.array(S3EventRecordSchema) }),
  z.looseObject({ Event: z.literal('s3:TestEvent') }),
]);

/** The body of an SQS message is not an S3 event notification. Keeps the parse error as `cause`. */
export class MalformedEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedEventError';
  }
}

/** A change to one raw object, decoded from an S3 event record. */
export interface ObjectChange {
  kind: 'created' | 'removed';
  /** Event name as sent (`ObjectCreated:Put`, `ObjectRemoved:Delete`, ...). */
  eventName: string;
  bucket: string;
  /** The object key, decoded (`+` as space, then percent-decoding, once). */
  key: string;
  /** The key exactly as the event carried it. */
  rawKey: string;
  /** Size in bytes stated by the event (created only), else null. */
  size: number | null;
  /** S3's per-key ordering token (hex), when present. */
  sequencer: string | null;
}

/**
 * Decode one S3 event record.
 * @returns null for event kinds Winnow does not act on (e.g. `ObjectRestore:*`, `ObjectTagging:*`)
 */
export function toObjectChange(record: S3EventRecord): ObjectChange | null {
  const name = record.eventName;
  const kind = name.startsWith('ObjectCreated:') ? 'created' : name.startsWith('ObjectRemoved:') ? 'removed' : null;
  if (!kind) return null;
  const o = record.s3.object;
  return {
    kind,
    eventName: name,
    bucket: record.s3.bucket.name,
    key: decodeS3EventKey(o.key),
    rawKey: o.key,
    size: o.size ?? null,
    sequencer: o.sequencer ?? null,
  };
}

/**
 * Parse an SQS message body holding an S3 event notification.
 * @returns the records (empty for `s3:TestEvent`)
 * @throws MalformedEventError when the body is not JSON or not an S3 notification
 */
export function parseS3Notification(body: string): S3EventRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new MalformedEventError(`the SQS message body is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const parsed = S3NotificationSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new MalformedEventError(`the SQS message body is not an S3 event notification: ${issues}`, { cause: parsed.error });
  }
  return 'Records' in parsed.data ? (parsed.data.Records as S3EventRecord[]) : [];
}

/** The configuration is invalid; `problems` lists every one (message joins them). */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`invalid configuration: ${problems.join('; ')}`, options);
    this.name = 'ConfigError';
  }
}

const bucketName = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not a valid S3 bucket name');

/** Environment of the Lambda functions. */
export const FunctionEnvSchema = z.object({
  RAW_BUCKET: bucketName.optional(),
  CORPUS_BUCKET: bucketName,
  LOG_LEVEL: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']))
    .default('INFO'),
  /** Objects over this size (bytes) become `too_large` rejects without being read. */
  MAX_OBJECT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  /**
   * URL of the processing queue, for continuation messages of uploads processed in hops
   * (lib/cloud/chunked.ts). Without it, a large upload is processed to its end in one
   * invocation (local runs; on Lambda it may time out).
   */
  PROCESS_QUEUE_URL: z.url().optional(),
  /** S3-compatible endpoint (local runs and tests only; unset on AWS). */
  AWS_ENDPOINT_URL_S3: z.url().optional(),
});
export type FunctionEnv = z.infer<typeof FunctionEnvSchema>;

/**
 * Read and check the functions' environment once (cold start).
 * @param requireRaw the processing function needs RAW_BUCKET; publishing does not
 * @throws ConfigError listing every bad or missing variable
 */
export function readFunctionEnv(env: NodeJS.ProcessEnv, requireRaw: boolean): FunctionEnv {
  const parsed = FunctionEnvSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(`${i.path.join('.')}: ${i.message}`);
  if (requireRaw && !env.RAW_BUCKET) problems.push('RAW_BUCKET: required');
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}
