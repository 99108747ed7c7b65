/**
 * Least-privilege S3 access of the two functions, written out as explicit statements so the
 * whole grant can be read in one place (and asserted in tests/infra.test.ts).
 *
 * | function   | raw bucket                | corpus bucket                                            |
 * | ---------- | ------------------------- | -------------------------------------------------------- |
 * | processing | GetObject *, ListBucket   | Get/Put/DeleteObject records/* rejects/*, List those      |
 * | publishing | none                      | GetObject records/* rejects/* corpus/*, List records/ rejects/, PutObject corpus/* |
 *
 * Nothing can write to the raw bucket, the only bucket with event notifications, so no function
 * output can trigger processing again.
 */
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/** Key prefixes of the corpus bucket (same layout as the local output folder). */
export const CORPUS_PREFIX = {
  records: 'records/',
  rejects: 'rejects/',
  corpus: 'corpus/',
} as const;

/**
 * Object writes: PutObject also covers CreateMultipartUpload/UploadPart/CompleteMultipartUpload
 * (lib-storage `Upload`); AbortMultipartUpload lets a failed streaming upload clean up its parts.
 */
const WRITE_ACTIONS = ['s3:PutObject', 's3:AbortMultipartUpload'];

function objects(bucket: IBucket, prefixes: readonly string[]): string[] {
  return prefixes.map((p) => bucket.arnForObjects(`${p}*`));
}

/** ListBucket restricted (by the `s3:prefix` condition) to listings under the given prefixes. */
function listUnder(sid: string, bucket: IBucket, prefixes: readonly string[]): PolicyStatement {
  return new PolicyStatement({
    sid,
    effect: Effect.ALLOW,
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': prefixes.map((p) => `${p}*`) } },
  });
}

/** Key patterns (object ARN suffixes) each function is granted, per bucket role. */
export const KEY_PATTERNS = {
  processing: { raw: ['*'], corpus: [`${CORPUS_PREFIX.records}*`, `${CORPUS_PREFIX.rejects}*`] },
  publishing: { corpus: [`${CORPUS_PREFIX.records}*`, `${CORPUS_PREFIX.rejects}*`, `${CORPUS_PREFIX.corpus}*`] },
} as const;

/**
 * Statements for the processing function.
 * - read any uploaded object (ListBucket too, so a key deleted meanwhile reads as 404 NoSuchKey, not 403);
 * - read, write and delete its outputs under `records/` and `rejects/`, and list those prefixes
 *   (an `ObjectRemoved` event deletes every part of that upload).
 */
export function processingStatements(raw: IBucket, corpus: IBucket): PolicyStatement[] {
  const out = [CORPUS_PREFIX.records, CORPUS_PREFIX.rejects];
  return [
    new PolicyStatement({
      sid: 'ReadUploads',
      actions: ['s3:GetObject'],
      resources: KEY_PATTERNS.processing.raw.map((k) => raw.arnForObjects(k)),
    }),
    new PolicyStatement({ sid: 'ListUploads', actions: ['s3:ListBucket'], resources: [raw.bucketArn] }),
    new PolicyStatement({
      sid: 'WriteRecordsAndRejects',
      actions: ['s3:GetObject', 's3:DeleteObject', ...WRITE_ACTIONS],
      resources: objects(corpus, out),
    }),
    listUnder('ListRecordsAndRejects', corpus, out),
  ];
}

/**
 * Statements for the publishing function.
 * - read and list `records/` and `rejects/`;
 * - write the published corpus under `corpus/` (dated prefix and `latest/`); read it back too,
 *   so `latest/` can be a server-side CopyObject of the dated files.
 */
export function publishingStatements(corpus: IBucket): PolicyStatement[] {
  const inputs = [CORPUS_PREFIX.records, CORPUS_PREFIX.rejects];
  return [
    new PolicyStatement({
      sid: 'ReadRecordsRejectsCorpus',
      actions: ['s3:GetObject'],
      resources: objects(corpus, [...inputs, CORPUS_PREFIX.corpus]),
    }),
    listUnder('ListRecordsAndRejects', corpus, inputs),
    new PolicyStatement({ sid: 'WriteCorpus', actions: WRITE_ACTIONS, resources: objects(corpus, [CORPUS_PREFIX.corpus]) }),
  ];
}

/** Adds each statement to the grantee's identity policy. */
export function allow(grantee: IGrantable, statements: readonly PolicyStatement[]): void {
  for (const s of statements) grantee.grantPrincipal.addToPrincipalPolicy(s);
}

/**
 * Acknowledges cdk-nag's AwsSolutions-IAM5 finding for each object-key pattern granted on
 * `bucket` (one finding per pattern, named after the bucket's logical id), on `scope` (the role).
 * Only these exact findings are acknowledged: any other wildcard still fails the check.
 */
export function acknowledgeKeyPatterns(scope: IConstruct, bucket: IBucket, patterns: readonly string[]): void {
  const logicalId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
  for (const pattern of patterns) {
    Validations.of(scope).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${pattern}]`,
      reason:
        `Object ARN ${pattern} of ${bucket.node.id}: the function handles objects whose keys are known only at run time, ` +
        'so access is granted per key prefix, the narrowest one its job allows (lib/infra/access.ts).',
    });
  }
}
