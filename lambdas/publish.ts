/**
 * Publishing function: EventBridge schedule or direct invoke (any payload) -> assemble the
 * corpus from records/ and rejects/ of the corpus bucket into corpus/<stamp>/ and
 * corpus/latest/ (corpus.jsonl, corpus.csv, rejects.jsonl, manifest.json), streamed.
 * Logic: lib/cloud/publish.ts.
 *
 * On demand: `aws lambda invoke --function-name <PublishFunctionName> /dev/stdout`, or
 * `winnow publish --bucket <corpus bucket>` from a workstation.
 *
 * Environment (checked at cold start): CORPUS_BUCKET, LOG_LEVEL (default INFO),
 * RAW_BUCKET (not used), AWS_ENDPOINT_URL_S3 (local server only).
 */
import type { Context } from 'aws-lambda';
import { readFunctionEnv } from '../lib/cloud/events.ts';
import { powertoolsLog } from '../lib/cloud/log.ts';
import { publishCorpus } from '../lib/cloud/publish.ts';
import { makeS3Client, S3Store } from '../lib/storage/s3.ts';

const env = readFunctionEnv(process.env, false);
const log = powertoolsLog('winnow-publish', env.LOG_LEVEL);
const corpus = new S3Store(makeS3Client({ endpoint: env.AWS_ENDPOINT_URL_S3 }), env.CORPUS_BUCKET);

/** What an invocation returns (visible in `aws lambda invoke` output). */
export interface PublishResponse {
  bucket: string;
  prefix: string;
  latest: string;
  records: number;
  rejects: number;
  duplicates: number;
  inputs: number;
  ms: number;
}

/**
 * Lambda entry point. The event is ignored (schedule or manual invoke).
 * @throws PublishError when the bucket cannot be read or written (the invocation fails)
 */
export async function handler(_event?: unknown, context?: Context): Promise<PublishResponse> {
  if (context) log.logger.addContext(context);
  const r = await publishCorpus({ corpus, log });
  return {
    bucket: env.CORPUS_BUCKET,
    prefix: r.prefix,
    latest: 'corpus/latest/',
    records: r.manifest.records,
    rejects: r.manifest.rejects,
    duplicates: r.manifest.duplicates,
    inputs: r.manifest.inputs_seen,
    ms: Math.round(r.ms),
  };
}
