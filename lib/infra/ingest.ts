/**
 * Raw bucket events -> SQS queue (with dead-letter queue) -> processing function.
 *
 * `s3:ObjectCreated:*` and `s3:ObjectRemoved:*` of the raw bucket, with no key filter: every
 * upload is processed and every deletion removes that upload's records. The function reads the
 * raw bucket and writes only the corpus bucket (see access.ts), so its writes raise no event.
 * It may also send to its own queue: the continuation of an upload processed in several
 * invocations (lib/cloud/chunked.ts), never an S3 event.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeKeyPatterns, allow, KEY_PATTERNS, processingStatements } from './access.ts';
import { lambdaEntry, WinnowFunction } from './function.ts';
import type { WinnowConfig } from './props.ts';

/** Options of {@link WinnowIngest}. */
export interface WinnowIngestProps {
  readonly config: WinnowConfig;
  readonly rawBucket: Bucket;
  readonly corpusBucket: Bucket;
}

/** The S3 event types sent to the queue (exported for tests and docs). */
export const RAW_BUCKET_EVENTS = [EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED] as const;

/** How long a message waits in the main queue before SQS drops it (unprocessed messages are retried well before). */
const QUEUE_RETENTION = Duration.days(4);

/** Queue, dead-letter queue, processing function and the alarm on the dead-letter queue. */
export class WinnowIngest extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly processor: WinnowFunction;
  /** In alarm when at least one message sits in the dead-letter queue. */
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: WinnowIngestProps) {
    super(scope, id);
    const { config, rawBucket, corpusBucket } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: config.deadLetterRetention,
    });

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: config.visibilityTimeout,
      retentionPeriod: QUEUE_RETENTION,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: config.maxReceiveCount },
    });

    this.processor = new WinnowFunction(this, 'Process', {
      entry: lambdaEntry('process'),
      description: 'Winnow: turns each uploaded raw object into records/rejects in the corpus bucket',
      timeout: config.processTimeout,
      memoryMb: config.processMemoryMb,
      logRetention: config.logRetention,
      logLevel: config.logLevel,
      serviceName: config.serviceName,
      // PROCESS_QUEUE_URL: uploads too large for one invocation continue in further messages
      environment: { RAW_BUCKET: rawBucket.bucketName, CORPUS_BUCKET: corpusBucket.bucketName, PROCESS_QUEUE_URL: this.queue.queueUrl },
    });
    allow(this.processor.role, processingStatements(rawBucket, corpusBucket));
    allow(this.processor.role, [
      new PolicyStatement({ sid: 'SendContinuations', actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }),
    ]);
    acknowledgeKeyPatterns(this.processor.role, rawBucket, KEY_PATTERNS.processing.raw);
    acknowledgeKeyPatterns(this.processor.role, corpusBucket, KEY_PATTERNS.processing.corpus);

    this.processor.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: config.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: config.maxConcurrency,
      }),
    );

    const destination = new SqsDestination(this.queue);
    for (const event of RAW_BUCKET_EVENTS) rawBucket.addEventNotification(event, destination);

    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription:
        'Winnow: S3 events that failed processing maxReceiveCount times wait in the dead-letter queue. ' +
        'Look at the processing logs, fix, then redrive them (SQS console: "Start DLQ redrive").',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
