/**
 * The three buckets: raw (uploads), corpus (results), and the access-log bucket both log to.
 * All: S3-managed encryption, public access blocked, ACLs disabled, TLS-only bucket policy.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type BucketProps, type LifecycleRule, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { WinnowConfig } from './props.ts';

/** Options of {@link WinnowStorage} (a slice of the resolved stack config). */
export type WinnowStorageProps = Pick<WinnowConfig, 'noncurrentVersionExpiration' | 'accessLogExpiration' | 'dataRemoval'>;

/** Incomplete multipart uploads (an interrupted `aws s3 cp` of a big file) are removed after this. */
const ABORT_MULTIPART_AFTER = Duration.days(7);

/** Access-log prefixes inside the log bucket, one per logged bucket. */
export const ACCESS_LOG_PREFIX = { raw: 'raw/', corpus: 'corpus/' } as const;

/** Raw, corpus and access-log buckets with Winnow's security and lifecycle settings. */
export class WinnowStorage extends Construct {
  /** Researchers upload here (any keys); the only bucket with event notifications. Versioned. */
  readonly rawBucket: Bucket;
  /** records/, rejects/ (written by processing), corpus/ (written by publishing). Versioned. */
  readonly corpusBucket: Bucket;
  /** Server access logs of the two data buckets. */
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: WinnowStorageProps) {
    super(scope, id);
    const destroy = props.dataRemoval === 'destroy';
    const common: BucketProps = {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: destroy ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      autoDeleteObjects: destroy,
    };
    const versionedRules: LifecycleRule[] = [
      {
        id: 'expire-noncurrent-versions',
        noncurrentVersionExpiration: props.noncurrentVersionExpiration,
        expiredObjectDeleteMarker: true,
        abortIncompleteMultipartUploadAfter: ABORT_MULTIPART_AFTER,
      },
    ];

    this.logBucket = new Bucket(this, 'AccessLogs', {
      ...common,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: props.accessLogExpiration,
          abortIncompleteMultipartUploadAfter: ABORT_MULTIPART_AFTER,
        },
      ],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the server-access-log bucket of the raw and corpus buckets; logging its own access would need another ' +
        'log bucket (and so on). Its writes come from the S3 logging service only (bucket policy), reads are CloudTrail-audited.',
    });

    this.rawBucket = new Bucket(this, 'Raw', {
      ...common,
      versioned: true,
      lifecycleRules: versionedRules,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: ACCESS_LOG_PREFIX.raw,
    });

    this.corpusBucket = new Bucket(this, 'Corpus', {
      ...common,
      versioned: true,
      lifecycleRules: versionedRules,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: ACCESS_LOG_PREFIX.corpus,
    });
  }
}
