/**
 * CDK assertion tests of the Winnow stack (lib/infra), synthesised once with real bundling
 * (local esbuild, no Docker) and the feature flags of cdk.json, as `npx cdk synth` does.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import cdkJson from '../cdk.json' with { type: 'json' };
import { RAW_BUCKET_EVENTS } from '../lib/infra/ingest.ts';
import { VISIBILITY_TIMEOUT_FACTOR } from '../lib/infra/props.ts';
import { COST_TAG, OUTPUT, WinnowStack } from '../lib/infra/stack.ts';
import { startTestS3 } from './fixtures/s3/server.ts';

type Json = Record<string, unknown>;
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: Json; Principal?: unknown; Sid?: string };

let app: App;
let stack: WinnowStack;
let template: Template;
let resources: Record<string, { Type: string; Properties: Json; DeletionPolicy?: string; DependsOn?: string[] }>;
let assemblyDir: string;

/** Logical id of an L2 construct's CloudFormation resource. */
const lid = (c: IConstruct): string => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);
const arr = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** The logical ids an intrinsic value refers to (Ref, Fn::GetAtt), anywhere inside it. */
function refs(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'Ref' && typeof x === 'string') out.add(x);
        else if (k === 'Fn::GetAtt' && Array.isArray(x)) out.add(String(x[0]));
        else walk(x);
      }
    }
  };
  walk(value);
  return out;
}

/** `{Fn::Join: ['', [{Fn::GetAtt: [bucket, 'Arn']}, '/records/*']]}` -> '<bucket>/records/*'; a bucket ARN -> '<bucket>'. */
function resourceText(r: unknown): string {
  if (typeof r === 'string') return r;
  const o = r as Json;
  if (o['Fn::GetAtt']) return `<${(o['Fn::GetAtt'] as string[])[0]}>`;
  if (o.Ref) return `<${o.Ref as string}>`;
  if (o['Fn::Join']) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return parts.map(resourceText).join(sep);
  }
  return JSON.stringify(r);
}

/** Statements of the inline (default) policies attached to a role. */
function roleStatements(roleLogicalId: string): Statement[] {
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as unknown[]).some((r) => refs(r).has(roleLogicalId)))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

/** Every `[action, resource]` pair a set of statements allows, resources rendered by {@link resourceText}. */
function grants(statements: Statement[]): string[] {
  return statements
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => arr(s.Action).flatMap((a) => arr(s.Resource).map((r) => `${a} ${resourceText(r)}`)))
    .sort();
}

beforeAll(() => {
  app = new App({ context: cdkJson.context });
  stack = new WinnowStack(app, 'Winnow');
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
  assemblyDir = app.synth().directory;
});

describe('buckets', () => {
  it('has exactly three: raw, corpus, access logs', () => {
    expect(
      ofType('AWS::S3::Bucket')
        .map(([id]) => id)
        .sort(),
    ).toEqual([lid(stack.storage.rawBucket), lid(stack.storage.corpusBucket), lid(stack.storage.logBucket)].sort());
  });

  it.each(['rawBucket', 'corpusBucket', 'logBucket'] as const)('%s: SSE-S3, public access blocked, ACLs disabled, retained', (name) => {
    const bucket = resources[lid(stack.storage[name])]!;
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(bucket.Properties.AccessControl).toBeUndefined();
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it.each(['rawBucket', 'corpusBucket', 'logBucket'] as const)('%s: bucket policy denies plain HTTP and TLS < 1.2', (name) => {
    const id = lid(stack.storage[name]);
    const [, policy] = ofType('AWS::S3::BucketPolicy').find(([, p]) => refs(p.Properties.Bucket).has(id))!;
    const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    const denies = statements.filter((s) => s.Effect === 'Deny');
    expect(denies.map((s) => s.Condition)).toEqual([
      { Bool: { 'aws:SecureTransport': 'false' } },
      { NumericLessThan: { 's3:TlsVersion': 1.2 } },
    ]);
    for (const d of denies) {
      expect(d.Action).toBe('s3:*');
      expect(d.Principal).toEqual({ AWS: '*' });
    }
  });

  it('raw and corpus are versioned, noncurrent versions expire after 30 days, access-logged to the log bucket', () => {
    const logId = lid(stack.storage.logBucket);
    for (const [bucket, prefix] of [
      [stack.storage.rawBucket, 'raw/'],
      [stack.storage.corpusBucket, 'corpus/'],
    ] as const) {
      const p = resources[lid(bucket)]!.Properties;
      expect(p.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(p.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logId }, LogFilePrefix: prefix });
      expect(p.LifecycleConfiguration).toEqual({
        Rules: [
          {
            Id: 'expire-noncurrent-versions',
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            ExpiredObjectDeleteMarker: true,
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
        ],
      });
    }
  });

  it('the log bucket expires logs after 90 days, is not itself logged, and admits only S3 log delivery from the two buckets', () => {
    const id = lid(stack.storage.logBucket);
    const p = resources[id]!.Properties;
    expect(p.LoggingConfiguration).toBeUndefined();
    expect(p.VersioningConfiguration).toBeUndefined();
    expect(p.LifecycleConfiguration).toEqual({
      Rules: [
        { Id: 'expire-access-logs', Status: 'Enabled', ExpirationInDays: 90, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
      ],
    });
    const [, policy] = ofType('AWS::S3::BucketPolicy').find(([, x]) => refs(x.Properties.Bucket).has(id))!;
    const allows = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(2);
    const sources = allows.map((s) => {
      expect(s.Principal).toEqual({ Service: 'logging.s3.amazonaws.com' });
      expect(s.Action).toBe('s3:PutObject');
      return [resourceText(s.Resource), resourceText((s.Condition!.ArnLike as Json)['aws:SourceArn'])];
    });
    expect(sources.sort()).toEqual(
      [
        [`<${id}>/corpus/*`, `<${lid(stack.storage.corpusBucket)}>`],
        [`<${id}>/raw/*`, `<${lid(stack.storage.rawBucket)}>`],
      ].sort(),
    );
  });
});

describe('queue, dead-letter queue, event source', () => {
  it('queue: SQS-managed encryption, redrive to the DLQ after 4 receives, visibility 6x the function timeout', () => {
    const q = resources[lid(stack.ingest.queue)]!.Properties;
    const fnTimeout = resources[lid(stack.ingest.processor.fn)]!.Properties.Timeout as number;
    expect(fnTimeout).toBe(300);
    expect(q.SqsManagedSseEnabled).toBe(true);
    expect(q.VisibilityTimeout).toBe(fnTimeout * VISIBILITY_TIMEOUT_FACTOR);
    expect(q.VisibilityTimeout as number).toBeGreaterThan(fnTimeout);
    expect(q.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [lid(stack.ingest.deadLetterQueue), 'Arn'] },
      maxReceiveCount: 4,
    });
  });

  it('dead-letter queue: SQS-managed encryption, keeps messages 14 days, no further redrive', () => {
    const d = resources[lid(stack.ingest.deadLetterQueue)]!.Properties;
    expect(d).toEqual({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86_400, Tags: [{ Key: 'project', Value: 'winnow' }] });
  });

  it('both queues refuse plain HTTP; only S3, from the raw bucket, may send to the queue', () => {
    const policies = ofType('AWS::SQS::QueuePolicy');
    for (const q of [stack.ingest.queue, stack.ingest.deadLetterQueue]) {
      const statements = policies
        .filter(([, p]) => refs(p.Properties.Queues).has(lid(q)))
        .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
      const deny = statements.find((s) => s.Effect === 'Deny')!;
      expect(deny).toMatchObject({ Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Principal: { AWS: '*' } });
      const allows = statements.filter((s) => s.Effect === 'Allow');
      if (q === stack.ingest.deadLetterQueue) expect(allows).toEqual([]);
      else {
        expect(allows).toHaveLength(1);
        expect(allows[0]).toMatchObject({
          Principal: { Service: 's3.amazonaws.com' },
          Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
          Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [lid(stack.storage.rawBucket), 'Arn'] } } },
        });
      }
    }
  });

  it('the processing function consumes the queue with partial batch responses, batch 5, at most 10 concurrent', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [lid(stack.ingest.queue), 'Arn'] },
      FunctionName: { Ref: lid(stack.ingest.processor.fn) },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });
});

describe('notifications (no recursion)', () => {
  it('only the raw bucket notifies: ObjectCreated:* and ObjectRemoved:* for every key, to the queue only', () => {
    const notes = ofType('Custom::S3BucketNotifications');
    expect(notes).toHaveLength(1);
    const [, n] = notes[0]!;
    expect(n.Properties.BucketName).toEqual({ Ref: lid(stack.storage.rawBucket) });
    const queueArn = { 'Fn::GetAtt': [lid(stack.ingest.queue), 'Arn'] };
    expect(n.Properties.NotificationConfiguration).toEqual({
      QueueConfigurations: [
        { Events: ['s3:ObjectCreated:*'], QueueArn: queueArn },
        { Events: ['s3:ObjectRemoved:*'], QueueArn: queueArn },
      ],
    });
    expect(RAW_BUCKET_EVENTS).toEqual(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
    // No bucket sends events any other way (inline configuration or EventBridge).
    for (const [, b] of ofType('AWS::S3::Bucket')) expect(b.Properties.NotificationConfiguration).toBeUndefined();
    template.resourceCountIs('AWS::Lambda::Permission', 1); // the schedule's, checked below: S3 invokes no function
  });

  it('no statement anywhere lets anything write or delete an object in the raw bucket (the only notifying bucket)', () => {
    const raw = lid(stack.storage.rawBucket);
    const objectActions = new Set<string>();
    const bucketActions = new Set<string>();
    const policies = [
      ...ofType('AWS::IAM::Policy').map(([, p]) => p.Properties.PolicyDocument),
      ...ofType('AWS::S3::BucketPolicy').map(([, p]) => p.Properties.PolicyDocument),
    ] as { Statement: Statement[] }[];
    for (const doc of policies) {
      for (const s of doc.Statement.filter((x) => x.Effect === 'Allow')) {
        for (const r of arr(s.Resource)) {
          if (r === '*') expect(arr(s.Action).every((a) => !a.startsWith('s3:'))).toBe(true);
          if (!refs(r).has(raw)) continue;
          const target = resourceText(r) === `<${raw}>` ? bucketActions : objectActions;
          for (const a of arr(s.Action)) target.add(a);
        }
      }
    }
    // The functions only read uploads; CDK's deploy-time handler sets the bucket's notification.
    expect([...objectActions].sort()).toEqual(['s3:GetObject']);
    expect([...bucketActions].sort()).toEqual(['s3:ListBucket', 's3:PutBucketNotification']);
    // And both functions write to the corpus bucket, which has no notification (test above).
    for (const fn of [stack.ingest.processor.fn, stack.publisher.publisher.fn]) {
      const env = (resources[lid(fn)]!.Properties.Environment as { Variables: Json }).Variables;
      expect(env.CORPUS_BUCKET).toEqual({ Ref: lid(stack.storage.corpusBucket) });
      expect(env.RAW_BUCKET).toEqual({ Ref: raw });
    }
    // The processing function may send continuations to its own queue, nowhere else.
    const procEnv = (resources[lid(stack.ingest.processor.fn)]!.Properties.Environment as { Variables: Json }).Variables;
    expect(procEnv.PROCESS_QUEUE_URL).toEqual({ Ref: lid(stack.ingest.queue) });
    const pubEnv = (resources[lid(stack.publisher.publisher.fn)]!.Properties.Environment as { Variables: Json }).Variables;
    expect(pubEnv.PROCESS_QUEUE_URL).toBeUndefined();
  });
});

describe('least privilege', () => {
  it('processing role: read uploads; read/write/delete only records/* and rejects/*; list only those prefixes', () => {
    const role = lid(stack.ingest.processor.role);
    const raw = `<${lid(stack.storage.rawBucket)}>`;
    const corpus = `<${lid(stack.storage.corpusBucket)}>`;
    const queue = `<${lid(stack.ingest.queue)}>`;
    const logs = `<${lid(stack.ingest.processor.logGroup)}>`;
    const statements = roleStatements(role);
    expect(grants(statements)).toEqual(
      [
        `logs:CreateLogStream ${logs}`,
        `logs:PutLogEvents ${logs}`,
        `s3:GetObject ${raw}/*`,
        `s3:ListBucket ${raw}`,
        ...['records', 'rejects'].flatMap((p) =>
          ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'].map((a) => `${a} ${corpus}/${p}/*`),
        ),
        `s3:ListBucket ${corpus}`,
        ...[
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:ReceiveMessage',
          'sqs:SendMessage', // continuation messages of large uploads, to its own queue only
        ].map((a) => `${a} ${queue}`),
      ].sort(),
    );
    const listCorpus = statements.find((s) => s.Action === 's3:ListBucket' && resourceText(s.Resource) === corpus)!;
    expect(listCorpus.Condition).toEqual({ StringLike: { 's3:prefix': ['records/*', 'rejects/*'] } });
  });

  it('publishing role: read records/*, rejects/*, corpus/*; write only corpus/*; list only records/ and rejects/', () => {
    const role = lid(stack.publisher.publisher.role);
    const corpus = `<${lid(stack.storage.corpusBucket)}>`;
    const logs = `<${lid(stack.publisher.publisher.logGroup)}>`;
    const statements = roleStatements(role);
    expect(grants(statements)).toEqual(
      [
        `logs:CreateLogStream ${logs}`,
        `logs:PutLogEvents ${logs}`,
        `s3:GetObject ${corpus}/records/*`,
        `s3:GetObject ${corpus}/rejects/*`,
        `s3:GetObject ${corpus}/corpus/*`,
        `s3:ListBucket ${corpus}`,
        `s3:PutObject ${corpus}/corpus/*`,
        `s3:AbortMultipartUpload ${corpus}/corpus/*`,
      ].sort(),
    );
    const list = statements.find((s) => s.Action === 's3:ListBucket')!;
    expect(list.Condition).toEqual({ StringLike: { 's3:prefix': ['records/*', 'rejects/*'] } });
  });

  it('no role has s3:*, a * action, a * resource, a Deny-less NotAction, or a managed policy (except CDK’s notification handler)', () => {
    const handlerRoles = new Set(
      ofType('AWS::IAM::Role')
        .filter(([id]) => id.startsWith('BucketNotificationsHandler'))
        .map(([id]) => id),
    );
    expect(handlerRoles.size).toBe(1);
    for (const [id, r] of ofType('AWS::IAM::Role')) {
      if (!handlerRoles.has(id)) expect(r.Properties.ManagedPolicyArns).toBeUndefined();
      expect(r.Properties.Policies).toBeUndefined();
    }
    for (const [, p] of ofType('AWS::IAM::Policy')) {
      for (const s of (p.Properties.PolicyDocument as { Statement: (Statement & { NotAction?: unknown })[] }).Statement) {
        expect(s.NotAction).toBeUndefined();
        for (const a of arr(s.Action)) expect(a).not.toMatch(/^(\*|s3:\*|s3:(Get|Put|Delete|List)\*|sqs:\*|logs:\*)$/);
        for (const r of arr(s.Resource)) expect(r).not.toBe('*');
      }
    }
  });
});

describe('functions', () => {
  it.each([
    ['process', 300, 'Winnow: turns each uploaded raw object'],
    ['publish', 900, 'Winnow: assembles corpus/<date>/'],
  ] as const)('%s: nodejs22.x on arm64, ESM bundle, Powertools env, own log group kept 30 days', (name, timeout, description) => {
    const wf = name === 'process' ? stack.ingest.processor : stack.publisher.publisher;
    const p = resources[lid(wf.fn)]!.Properties;
    expect(p).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: timeout,
      Role: { 'Fn::GetAtt': [lid(wf.role), 'Arn'] },
      LoggingConfig: { LogGroup: { Ref: lid(wf.logGroup) } },
      Environment: {
        Variables: {
          RAW_BUCKET: { Ref: lid(stack.storage.rawBucket) },
          CORPUS_BUCKET: { Ref: lid(stack.storage.corpusBucket) },
          LOG_LEVEL: 'INFO',
          POWERTOOLS_SERVICE_NAME: 'winnow',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
    expect(p.Description as string).toContain(description);
    expect(resources[lid(wf.logGroup)]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Delete',
    });
  });

  it('bundles are minified ESM with the createRequire banner and a source map, SDK included', () => {
    for (const wf of [stack.ingest.processor, stack.publisher.publisher]) {
      const file = bundleOf(wf);
      expect(readdirSync(path.dirname(file)).sort()).toEqual(['index.mjs', 'index.mjs.map']);
      const code = readFileSync(file, 'utf8');
      expect(code.slice(0, 400)).toMatch(/^import \{ createRequire as __winnowCreateRequire \} from 'node:module';/);
      expect(code.slice(0, 400)).toContain('const require = __winnowCreateRequire(import.meta.url);');
      // The SDK is bundled (the pinned version the tests ran against), not taken from the runtime.
      expect(code.includes('aws-sdk-js')).toBe(true);
      // Loading and running them: see 'bundles on a real S3 server' below.
    }
  });
});

/** Path of a function's bundled `index.mjs` in the cloud assembly. */
function bundleOf(wf: { fn: IConstruct }): string {
  const key = (resources[lid(wf.fn)]!.Properties.Code as { S3Key: string }).S3Key;
  return path.join(assemblyDir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
}

/**
 * Runs a bundle's `handler(event)` in a fresh Node process (a cold start: the environment is
 * read at import) and returns what it resolved to. Asynchronous, so the in-process S3 server answers.
 */
async function invokeBundle(file: string, event: unknown, env: Record<string, string>): Promise<unknown> {
  const script = [
    `const m = await import(${JSON.stringify(file)});`,
    'const out = await m.handler(JSON.parse(process.env.WINNOW_TEST_EVENT));',
    "process.stdout.write('\\nRESULT ' + JSON.stringify(out) + '\\n');",
  ].join('\n');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      PATH: process.env.PATH ?? '',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
      WINNOW_TEST_EVENT: JSON.stringify(event),
    },
    timeout: 60_000,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no result from ${file}:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length));
}

describe('bundles on a real S3 server (s3rver on 127.0.0.1)', () => {
  it('upload -> bundled processing handler -> bundled publishing handler -> corpus/latest/', async () => {
    const s3 = await startTestS3(['winnow-raw', 'winnow-corpus']);
    try {
      // An invented article; the key has a space and accents, sent encoded as S3 does.
      const key = 'dossier été/grève des dockers.txt';
      const body =
        'Grève des dockers au port de Marseille\n\nLes dockers du port de Marseille ont cessé le travail lundi matin pour protester ' +
        'contre la réforme des horaires. « Nous ne reprendrons pas tant que la direction refuse de négocier », a déclaré Paul Martin, ' +
        'délégué syndical. Selon la direction du port, une vingtaine de navires attendent au large.\n';
      await s3.client.send(new PutObjectCommand({ Bucket: 'winnow-raw', Key: key, Body: body }));
      const encodedKey = encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
      const notification = {
        Records: [
          {
            eventVersion: '2.1',
            eventSource: 'aws:s3',
            awsRegion: 'eu-west-1',
            eventTime: '2026-01-05T10:00:00.000Z',
            eventName: 'ObjectCreated:Put',
            s3: {
              s3SchemaVersion: '1.0',
              bucket: { name: 'winnow-raw', arn: 'arn:aws:s3:::winnow-raw' },
              object: { key: encodedKey, size: Buffer.byteLength(body), sequencer: '0065A1B2C3D4E5F601' },
            },
          },
        ],
      };
      const sqsEvent = {
        Records: [
          {
            messageId: 'm-1',
            receiptHandle: 'r-1',
            body: JSON.stringify(notification),
            attributes: {
              ApproximateReceiveCount: '1',
              SentTimestamp: '1767607200000',
              SenderId: 'AIDA',
              ApproximateFirstReceiveTimestamp: '1767607200000',
            },
            messageAttributes: {},
            md5OfBody: 'x',
            eventSource: 'aws:sqs',
            eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:winnow-queue',
            awsRegion: 'eu-west-1',
          },
        ],
      };
      const env = {
        RAW_BUCKET: 'winnow-raw',
        CORPUS_BUCKET: 'winnow-corpus',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        LOG_LEVEL: 'ERROR',
      };

      expect(await invokeBundle(bundleOf(stack.ingest.processor), sqsEvent, env)).toEqual({ batchItemFailures: [] });
      const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: 'winnow-corpus', Prefix: 'records/' }));
      const recordKeys = (listed.Contents ?? []).map((o) => o.Key!).filter((k) => !k.endsWith('/_input.json'));
      expect(recordKeys.some((k) => k.startsWith(`records/dossier%20%C3%A9t%C3%A9/gr%C3%A8ve%20des%20dockers.txt/`))).toBe(true);

      const published = (await invokeBundle(bundleOf(stack.publisher.publisher), {}, env)) as Record<string, unknown>;
      expect(published).toMatchObject({ bucket: 'winnow-corpus', latest: 'corpus/latest/', records: 1, rejects: 0 });
      const latest = await s3.client.send(new GetObjectCommand({ Bucket: 'winnow-corpus', Key: 'corpus/latest/corpus.jsonl' }));
      const lines = (await latest.Body!.transformToString()).trim().split('\n');
      expect(lines).toHaveLength(1);
      const record = JSON.parse(lines[0]!) as { source_key: string; title: string };
      expect(record.source_key).toBe(key);
      expect(record.title).toBe('Grève des dockers au port de Marseille');
    } finally {
      await s3.close();
    }
  });
});

describe('publishing schedule, alarms, outputs', () => {
  it('an EventBridge rule runs the publishing function daily (with retries) and may invoke it', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [lid(stack.publisher.publisher.fn), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
          Id: Match.anyValue(),
        },
      ],
    });
    // A failed asynchronous (scheduled) run is not retried by Lambda: the alarm reports it.
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: lid(stack.publisher.publisher.fn) },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 3600,
      Qualifier: '$LATEST',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [lid(stack.publisher.publisher.fn), 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [lid(stack.publisher.schedule!), 'Arn'] },
    });
  });

  it('alarms: a message in the dead-letter queue; a failed publish', () => {
    template.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    expect(resources[lid(stack.ingest.deadLetterAlarm)]!.Properties).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [lid(stack.ingest.deadLetterQueue), 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
    expect(resources[lid(stack.publisher.errorAlarm)]!.Properties).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: lid(stack.publisher.publisher.fn) } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    // No e-mail configured: no topic, alarms without actions.
    template.resourceCountIs('AWS::SNS::Topic', 0);
  });

  it('every bucket, queue, function and role carries the cost tag project=winnow', () => {
    for (const type of ['AWS::S3::Bucket', 'AWS::SQS::Queue', 'AWS::Lambda::Function', 'AWS::IAM::Role', 'AWS::CloudWatch::Alarm']) {
      for (const [id, r] of ofType(type)) {
        if (id.startsWith('BucketNotificationsHandler')) continue;
        expect(r.Properties.Tags, id).toContainEqual({ Key: COST_TAG.key, Value: COST_TAG.value });
      }
    }
  });

  it('outputs name every resource a researcher needs and print the exact commands', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const raw = lid(stack.storage.rawBucket);
    const corpus = lid(stack.storage.corpusBucket);
    const text = (name: string) => resourceText(outputs[name]!.Value);
    expect(Object.keys(outputs).sort()).toEqual(Object.values(OUTPUT).sort());
    expect(text(OUTPUT.rawBucket)).toBe(`<${raw}>`);
    expect(text(OUTPUT.corpusBucket)).toBe(`<${corpus}>`);
    expect(text(OUTPUT.processFunction)).toBe(`<${lid(stack.ingest.processor.fn)}>`);
    expect(text(OUTPUT.publishFunction)).toBe(`<${lid(stack.publisher.publisher.fn)}>`);
    expect(text(OUTPUT.processLogGroup)).toBe(`<${lid(stack.ingest.processor.logGroup)}>`);
    expect(text(OUTPUT.publishLogGroup)).toBe(`<${lid(stack.publisher.publisher.logGroup)}>`);
    expect(text(OUTPUT.queue)).toBe(`<${lid(stack.ingest.queue)}>`);
    expect(text(OUTPUT.deadLetterQueue)).toBe(`<${lid(stack.ingest.deadLetterQueue)}>`);
    expect(text(OUTPUT.uploadCommand)).toBe(`aws s3 cp ./articles s3://<${raw}>/ --recursive`);
    expect(text(OUTPUT.downloadCommand)).toBe(`aws s3 cp s3://<${corpus}>/corpus/latest/ ./corpus --recursive`);
    expect(text(OUTPUT.publishCommand)).toBe(
      `aws lambda invoke --function-name <${lid(stack.publisher.publisher.fn)}> --cli-binary-format raw-in-base64-out --payload '{}' publish-result.json`,
    );
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no violation', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName}: ${v.description}`)).toEqual([]);
  });

  it('every acknowledgment names a rule and gives a reason of a sentence or more', () => {
    const acks: [string, string, string][] = [];
    for (const c of app.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type !== 'aws:cdk:acknowledged-rules') continue;
        for (const [id, reason] of Object.entries(m.data as Record<string, string>)) acks.push([c.node.path, id, reason]);
      }
    }
    expect(acks.length).toBeGreaterThanOrEqual(8);
    for (const [where, id, reason] of acks) {
      expect(id, where).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(reason.length, `${where} ${id}`).toBeGreaterThanOrEqual(40);
    }
    // Wildcard acknowledgments are per finding (bucket + key pattern), never the whole IAM5 rule.
    expect(acks.filter(([, id]) => /IAM5$/.test(id))).toEqual([]);
  });

  it('cdk.json runs the app with tsx, offline: no notices, no telemetry', () => {
    expect(cdkJson.app).toBe('npx tsx bin/app.ts');
    expect(cdkJson.notices).toBe(false);
    expect(cdkJson.context['cli-telemetry']).toBe(false);
    expect(existsSync(path.join(import.meta.dirname, '../node_modules/esbuild/package.json'))).toBe(true);
  });
});
