/**
 * The publishing function (assembles `corpus/<stamp>/` and `corpus/latest/` from `records/` and
 * `rejects/`), its EventBridge schedule, and an alarm on its errors. It can also be invoked on
 * demand (`aws lambda invoke`, `winnow publish`).
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeKeyPatterns, allow, KEY_PATTERNS, publishingStatements } from './access.ts';
import { lambdaEntry, WinnowFunction } from './function.ts';
import type { WinnowConfig } from './props.ts';

/** Options of {@link WinnowPublisher}. */
export interface WinnowPublisherProps {
  readonly config: WinnowConfig;
  readonly rawBucket: Bucket;
  readonly corpusBucket: Bucket;
}

/** Publishing function, optional schedule, error alarm. */
export class WinnowPublisher extends Construct {
  readonly publisher: WinnowFunction;
  /** `undefined` when `scheduleExpression` is `null`. */
  readonly schedule: Rule | undefined;
  /** In alarm when a publish run failed (scheduled or on demand). */
  readonly errorAlarm: Alarm;

  constructor(scope: Construct, id: string, props: WinnowPublisherProps) {
    super(scope, id);
    const { config, rawBucket, corpusBucket } = props;

    this.publisher = new WinnowFunction(this, 'Publish', {
      entry: lambdaEntry('publish'),
      description: 'Winnow: assembles corpus/<date>/ and corpus/latest/ from the records in the corpus bucket',
      timeout: config.publishTimeout,
      memoryMb: config.publishMemoryMb,
      logRetention: config.logRetention,
      logLevel: config.logLevel,
      serviceName: config.serviceName,
      // RAW_BUCKET only names the source in the manifest: the role grants no access to it.
      environment: { RAW_BUCKET: rawBucket.bucketName, CORPUS_BUCKET: corpusBucket.bucketName },
    });
    allow(this.publisher.role, publishingStatements(corpusBucket));
    // A scheduled (asynchronous) run that fails is not retried by Lambda: each retry would leave
    // another dated folder, the alarm reports the failure, and the next run starts afresh.
    // (The S3 client already retries throttled and failed requests.)
    this.publisher.fn.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1) });
    acknowledgeKeyPatterns(this.publisher.role, corpusBucket, KEY_PATTERNS.publishing.corpus);

    this.schedule =
      config.scheduleExpression === null
        ? undefined
        : new Rule(this, 'Schedule', {
            description: 'Winnow: scheduled publish of the corpus',
            schedule: Schedule.expression(config.scheduleExpression),
            targets: [new LambdaFunction(this.publisher.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
          });

    this.errorAlarm = new Alarm(this, 'ErrorAlarm', {
      alarmDescription: 'Winnow: a publish run failed; corpus/latest/ still holds the previous corpus. See the publishing logs.',
      metric: this.publisher.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
