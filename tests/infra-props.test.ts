/**
 * Winnow stack options: defaults, the one-pass validation, CDK context parsing, and the stack
 * variants those options produce (no schedule, alarm e-mail, destroy-on-delete). Bundling is
 * skipped here (tests/infra.test.ts covers it), so these synths take well under a second each.
 */
import { App, type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import cdkJson from '../cdk.json' with { type: 'json' };
import { DEFAULT_STACK_NAME, optionsFromContext } from '../lib/infra/context.ts';
import { resolveWinnowConfig, scheduleProblem, WINNOW_DEFAULTS, WinnowConfigError, type WinnowOptions } from '../lib/infra/props.ts';
import { WinnowStack, type WinnowStackProps } from '../lib/infra/stack.ts';

// The variants skip aws-cdk-lib's built-in template check (~9 s CPU); tests/infra.test.ts and
// `npx cdk synth` run it on the default stack.
process.env.CDK_VALIDATION = 'false';

const lid = (c: IConstruct): string => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);

/** A stack with the given props, bundling skipped (the assets point at the source folder). */
function synthVariant(props: WinnowStackProps): { app: App; stack: WinnowStack; template: Template } {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new WinnowStack(app, 'Variant', props);
  return { app, stack, template: Template.fromStack(stack) };
}

/** The problems a WinnowConfigError carries, or [] when `fn` does not throw one. */
function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
    return [];
  } catch (e) {
    if (e instanceof WinnowConfigError) return e.problems;
    throw e;
  }
}

describe('resolveWinnowConfig', () => {
  it('applies the documented defaults', () => {
    const c = resolveWinnowConfig();
    expect(c.processTimeout.toSeconds()).toBe(300);
    expect(c.visibilityTimeout.toSeconds()).toBe(1800);
    expect(c.publishTimeout.toSeconds()).toBe(900);
    expect(c).toMatchObject({
      processMemoryMb: 1024,
      publishMemoryMb: 1024,
      batchSize: 5,
      maxConcurrency: 10,
      maxReceiveCount: 4,
      scheduleExpression: 'rate(1 day)',
      logRetention: RetentionDays.ONE_MONTH,
      logLevel: 'INFO',
      serviceName: 'winnow',
      dataRemoval: 'retain',
      alarmEmail: undefined,
    });
    expect(c.noncurrentVersionExpiration.toDays()).toBe(30);
    expect(c.accessLogExpiration.toDays()).toBe(90);
    expect(c.deadLetterRetention.toDays()).toBe(14);
  });

  it('keeps given values, ignores undefined ones, and derives the visibility timeout', () => {
    const c = resolveWinnowConfig({ processTimeout: Duration.minutes(5), batchSize: undefined, scheduleExpression: null });
    expect(c.visibilityTimeout.toSeconds()).toBe(1800);
    expect(c.batchSize).toBe(WINNOW_DEFAULTS.batchSize);
    expect(c.scheduleExpression).toBeNull();
  });

  it.each<[string, WinnowOptions, string]>([
    ['timeout above 15 min', { processTimeout: Duration.minutes(16) }, 'processTimeout = 16 minutes: must be from 1 s to 900 s'],
    ['publish timeout 0', { publishTimeout: Duration.seconds(0) }, 'publishTimeout = 0 seconds: must be from 1 s to 900 s'],
    ['memory too small', { processMemoryMb: 64 }, 'processMemoryMb = 64: must be a whole number from 128 to 10240'],
    ['fractional memory', { publishMemoryMb: 1000.5 }, 'publishMemoryMb = 1000.5: must be a whole number from 128 to 10240'],
    ['batch of 11', { batchSize: 11 }, 'batchSize = 11: must be a whole number from 1 to 10'],
    ['batch of 0', { batchSize: 0 }, 'batchSize = 0: must be a whole number from 1 to 10'],
    ['concurrency 1', { maxConcurrency: 1 }, 'maxConcurrency = 1: must be a whole number from 2 to 1000'],
    ['receive count 0', { maxReceiveCount: 0 }, 'maxReceiveCount = 0: must be a whole number from 1 to 1000'],
    ['receive count NaN', { maxReceiveCount: Number.NaN }, 'maxReceiveCount = NaN: must be a whole number from 1 to 1000'],
    ['DLQ retention 15 days', { deadLetterRetention: Duration.days(15) }, 'deadLetterRetention = 15 days: must be from 60 s to 1209600 s'],
    [
      'half-day version expiry',
      { noncurrentVersionExpiration: Duration.hours(12) },
      'noncurrentVersionExpiration = 12 hours: must be a whole number of days from 1 to 3650',
    ],
    [
      'log expiry 0',
      { accessLogExpiration: Duration.days(0) },
      'accessLogExpiration = 0 days: must be a whole number of days from 1 to 3650',
    ],
    ['bad log level', { logLevel: 'TRACE' as never }, 'logLevel "TRACE": must be one of DEBUG, INFO, WARN, ERROR'],
    ['bad removal', { dataRemoval: 'delete' as never }, 'dataRemoval "delete": must be one of retain, destroy'],
    ['bad service name', { serviceName: 'win now' }, 'serviceName "win now": 1-64 letters, digits, "-" or "_"'],
    ['bad e-mail', { alarmEmail: 'ops.example.org' }, 'alarmEmail "ops.example.org": not an e-mail address'],
    [
      'bad schedule',
      { scheduleExpression: 'daily' },
      'scheduleExpression "daily": expected "rate(N unit)" or "cron(m h dom mon dow year)", or null for no schedule',
    ],
  ])('reports %s', (_name, options, problem) => {
    expect(problemsOf(() => resolveWinnowConfig(options))).toEqual([problem]);
  });

  it('reports every bad prop at once, in one error', () => {
    const options: WinnowOptions = { batchSize: 50, maxReceiveCount: -1, scheduleExpression: 'rate(0 days)', alarmEmail: 'x' };
    let error: unknown;
    try {
      resolveWinnowConfig(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WinnowConfigError);
    const problems = (error as WinnowConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split(/[ =:]/)[0])).toEqual(['batchSize', 'maxReceiveCount', 'scheduleExpression', 'alarmEmail']);
    expect((error as Error).message).toBe(`invalid Winnow stack props:\n  - ${problems.join('\n  - ')}`);
  });

  it('the stack runs the same validation before building anything', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    expect(problemsOf(() => new WinnowStack(app, 'Bad', { batchSize: 0, processMemoryMb: 1 }))).toEqual([
      'processMemoryMb = 1: must be a whole number from 128 to 10240',
      'batchSize = 0: must be a whole number from 1 to 10',
    ]);
  });
});

describe('scheduleProblem', () => {
  it.each([
    ['rate(1 day)', undefined],
    ['rate(6 hours)', undefined],
    ['rate(30 minutes)', undefined],
    ['cron(0 3 * * ? *)', undefined],
    ['cron(15 2 ? * MON-FRI *)', undefined],
    ['rate(1 days)', 'singular unit'],
    ['rate(2 day)', 'singular unit'],
    ['rate(0 days)', 'at least 1'],
    ['rate(1 week)', 'expected "rate(N unit)"'],
    ['cron(0 3 * * ?)', 'six fields'],
    ['at(2026-01-01T00:00:00)', 'expected "rate(N unit)"'],
    ['', 'expected "rate(N unit)"'],
  ])('%j -> %s', (expression, expected) => {
    const p = scheduleProblem(expression);
    if (expected === undefined) expect(p).toBeUndefined();
    else expect(p).toContain(expected);
  });
});

describe('optionsFromContext', () => {
  const source = (ctx: Record<string, unknown>) => ({ tryGetContext: (k: string) => ctx[k] });

  it('gives the default stack name and no options for an empty context', () => {
    const { stackName, options } = optionsFromContext(source({}));
    expect(stackName).toBe(DEFAULT_STACK_NAME);
    expect(Object.values(options).every((v) => v === undefined)).toBe(true);
  });

  it.each<[Record<string, unknown>, Partial<WinnowOptions> & { stackName?: string }]>([
    [{ 'winnow:schedule': 'off' }, { scheduleExpression: null }],
    [{ 'winnow:schedule': 'None' }, { scheduleExpression: null }],
    [{ 'winnow:schedule': 'rate(6 hours)' }, { scheduleExpression: 'rate(6 hours)' }],
    [{ 'winnow:alarmEmail': 'ops@example.org' }, { alarmEmail: 'ops@example.org' }],
    [{ 'winnow:dataRemoval': 'destroy' }, { dataRemoval: 'destroy' }],
    [{ 'winnow:logLevel': 'debug' }, { logLevel: 'DEBUG' }],
    [{ 'winnow:batchSize': '10' }, { batchSize: 10 }],
    [{ 'winnow:maxConcurrency': 20 }, { maxConcurrency: 20 }],
    [{ 'winnow:batchSize': '' }, { batchSize: undefined }],
    [{ 'winnow:stackName': 'Winnow-test' }, { stackName: 'Winnow-test' }],
  ])('%j', (ctx, expected) => {
    const { stackName, options } = optionsFromContext(source(ctx));
    const { stackName: name, ...opts } = expected;
    expect(stackName).toBe(name ?? DEFAULT_STACK_NAME);
    expect(options).toMatchObject(opts);
  });

  it('passes bad values through to the stack validation (which names them)', () => {
    const { options } = optionsFromContext(source({ 'winnow:batchSize': 'ten', 'winnow:schedule': 'daily' }));
    expect(problemsOf(() => resolveWinnowConfig(options)).map((p) => p.split(/[ =:]/)[0])).toEqual(['batchSize', 'scheduleExpression']);
  });
});

describe('stack variants', () => {
  it('scheduleExpression null: no rule, no invoke permission; the function stays invocable on demand', () => {
    const { stack, template } = synthVariant({ scheduleExpression: null });
    expect(stack.publisher.schedule).toBeUndefined();
    template.resourceCountIs('AWS::Events::Rule', 0);
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    expect(template.toJSON().Outputs.PublishCommand).toBeDefined();
  });

  it('a custom schedule and tuning reach the template', () => {
    const { stack, template } = synthVariant({
      scheduleExpression: 'cron(0 3 * * ? *)',
      processTimeout: Duration.minutes(1),
      batchSize: 10,
      maxReceiveCount: 3,
      logLevel: 'DEBUG',
      logRetention: RetentionDays.ONE_WEEK,
    });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 3 * * ? *)' });
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 360,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [lid(stack.ingest.deadLetterQueue), 'Arn'] }, maxReceiveCount: 3 },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 10 });
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 60, Environment: { Variables: { LOG_LEVEL: 'DEBUG' } } });
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });

  it('alarmEmail: a TLS-only topic with the e-mail subscribed; both alarms notify on ALARM and OK', () => {
    const { stack, template } = synthVariant({ alarmEmail: 'ops@example.org' });
    const topic = lid(stack.alarmTopic!);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: { Ref: topic } });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: [{ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      },
    });
    for (const alarm of [stack.ingest.deadLetterAlarm, stack.publisher.errorAlarm]) {
      const props = template.toJSON().Resources[lid(alarm)].Properties;
      expect(props.AlarmActions).toEqual([{ Ref: topic }]);
      expect(props.OKActions).toEqual([{ Ref: topic }]);
    }
  });

  it("dataRemoval 'destroy': buckets are deleted with the stack, emptied first (every version)", () => {
    const { stack, template } = synthVariant({ dataRemoval: 'destroy' });
    for (const b of [stack.storage.rawBucket, stack.storage.corpusBucket, stack.storage.logBucket]) {
      expect(template.toJSON().Resources[lid(b)].DeletionPolicy).toBe('Delete');
    }
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 3);
  });

  it.each<[string, WinnowStackProps]>([
    ['no schedule', { scheduleExpression: null }],
    ['alarm e-mail', { alarmEmail: 'ops@example.org' }],
    ['destroy on delete', { dataRemoval: 'destroy' }],
  ])('cdk-nag AwsSolutions: no violation with %s', (_name, props) => {
    const { app } = synthVariant(props);
    expect(new AwsSolutionsChecks(app).validateScope(app).violations.map((v) => v.ruleName)).toEqual([]);
  });
});
