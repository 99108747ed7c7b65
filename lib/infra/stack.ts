/**
 * The Winnow stack: storage (raw, corpus, access-log buckets), ingest (S3 events -> SQS ->
 * processing function), publisher (schedule + on-demand publish), alarms, and outputs that
 * print the exact commands a researcher runs. No business logic: the functions' code lives in
 * lambdas/ and lib/.
 */
import { CfnOutput, Fn, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct, IConstruct } from 'constructs';
import { WinnowIngest } from './ingest.ts';
import { resolveWinnowConfig, type WinnowConfig, type WinnowOptions } from './props.ts';
import { WinnowPublisher } from './publish.ts';
import { WinnowStorage } from './storage.ts';

/** Props of {@link WinnowStack}: the usual stack props plus {@link WinnowOptions}. */
export interface WinnowStackProps extends StackProps, WinnowOptions {}

/** Tag on every taggable resource, so the bill can be filtered (activate it as a cost allocation tag). */
export const COST_TAG = { key: 'project', value: 'winnow' } as const;

/** Names of the stack outputs (stable: the CLI and the docs refer to them). */
export const OUTPUT = {
  rawBucket: 'RawBucketName',
  corpusBucket: 'CorpusBucketName',
  logBucket: 'AccessLogBucketName',
  processFunction: 'ProcessFunctionName',
  publishFunction: 'PublishFunctionName',
  processLogGroup: 'ProcessLogGroupName',
  publishLogGroup: 'PublishLogGroupName',
  queue: 'QueueName',
  deadLetterQueue: 'DeadLetterQueueName',
  uploadCommand: 'UploadCommand',
  downloadCommand: 'DownloadCommand',
  publishCommand: 'PublishCommand',
} as const;

/** The Winnow serverless deployment. */
export class WinnowStack extends Stack {
  readonly config: WinnowConfig;
  readonly storage: WinnowStorage;
  readonly ingest: WinnowIngest;
  readonly publisher: WinnowPublisher;
  /** Present when `alarmEmail` is set. */
  readonly alarmTopic: Topic | undefined;

  /** @throws {WinnowConfigError} listing every invalid prop. */
  constructor(scope: Construct, id: string, props: WinnowStackProps = {}) {
    super(scope, id, props);
    this.config = resolveWinnowConfig(props);
    const config = this.config;

    this.storage = new WinnowStorage(this, 'Storage', config);
    const { rawBucket, corpusBucket } = this.storage;
    this.ingest = new WinnowIngest(this, 'Ingest', { config, rawBucket, corpusBucket });
    this.publisher = new WinnowPublisher(this, 'Publisher', { config, rawBucket, corpusBucket });

    if (config.alarmEmail !== undefined) {
      this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Winnow alarms', enforceSSL: true });
      this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
      const action = new SnsAction(this.alarmTopic);
      for (const alarm of [this.ingest.deadLetterAlarm, this.publisher.errorAlarm]) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }

    Tags.of(this).add(COST_TAG.key, COST_TAG.value);
    this.addOutputs();
    this.acknowledgeNagFindings();
  }

  private addOutputs(): void {
    const { rawBucket, corpusBucket, logBucket } = this.storage;
    const publishName = this.publisher.publisher.fn.functionName;
    const out = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    out(OUTPUT.rawBucket, rawBucket.bucketName, 'Upload raw articles here (any keys, any folder structure)');
    out(OUTPUT.corpusBucket, corpusBucket.bucketName, 'records/, rejects/ and the published corpus/<date>/ and corpus/latest/');
    out(OUTPUT.logBucket, logBucket.bucketName, 'S3 server access logs of the raw and corpus buckets');
    out(OUTPUT.processFunction, this.ingest.processor.fn.functionName, 'Processing function (SQS-triggered)');
    out(OUTPUT.publishFunction, publishName, 'Publishing function (scheduled and on demand)');
    out(OUTPUT.processLogGroup, this.ingest.processor.logGroup.logGroupName, 'Processing logs: aws logs tail <this> --follow');
    out(OUTPUT.publishLogGroup, this.publisher.publisher.logGroup.logGroupName, 'Publishing logs: aws logs tail <this> --follow');
    out(OUTPUT.queue, this.ingest.queue.queueName, 'Queue of raw-bucket S3 events');
    out(OUTPUT.deadLetterQueue, this.ingest.deadLetterQueue.queueName, 'Events that kept failing; an alarm watches it');
    out(
      OUTPUT.uploadCommand,
      Fn.join('', ['aws s3 cp ./articles s3://', rawBucket.bucketName, '/ --recursive']),
      'Upload a folder of raw articles (replace ./articles with your folder)',
    );
    out(
      OUTPUT.downloadCommand,
      Fn.join('', ['aws s3 cp s3://', corpusBucket.bucketName, '/corpus/latest/ ./corpus --recursive']),
      'Download the latest published corpus into ./corpus',
    );
    out(
      OUTPUT.publishCommand,
      Fn.join('', [
        'aws lambda invoke --function-name ',
        publishName,
        " --cli-binary-format raw-in-base64-out --payload '{}' publish-result.json",
      ]),
      'Publish now instead of waiting for the schedule; the result summary lands in publish-result.json',
    );
  }

  /**
   * cdk-nag AwsSolutions findings that are accepted, each with its reason. Findings on our own
   * constructs are acknowledged where those are built (storage.ts, access.ts); these are the ones
   * shared by both functions and those on resources CDK adds by itself.
   */
  private acknowledgeNagFindings(): void {
    for (const fn of [this.ingest.processor.fn, this.publisher.publisher.fn]) {
      Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          'Pinned to nodejs22.x on purpose (issue 3; the Node line the code and its bundle are tested on). Move to a newer ' +
          'runtime together with the test toolchain.',
      });
    }

    // CDK's bucket-notification custom resource (one Lambda per stack, built by aws-s3).
    const handler = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (handler) {
      acknowledgeAll(handler, [
        [
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          'CDK-provided handler that sets the raw bucket notification at deploy time; its role and managed policy are fixed by aws-cdk-lib.',
        ],
      ]);
    }
  }
}

/** Acknowledges each `[ruleId, reason]` on `scope` and everything below it. */
export function acknowledgeAll(scope: IConstruct, findings: ReadonlyArray<readonly [string, string]>): void {
  for (const [id, reason] of findings) Validations.of(scope).acknowledge({ id, reason });
}
