/**
 * Configuration of the Winnow stack: the props, their defaults, and one validation pass that
 * reports every bad value at once (at synth, before any resource is built).
 *
 * No AWS calls, no CDK constructs here: `resolveWinnowConfig` is a pure function so it can be
 * unit-tested without synthesising a stack.
 */
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** Log levels understood by the Powertools logger (env var `LOG_LEVEL`). */
export type WinnowLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/**
 * What happens to the data buckets (raw, corpus, access logs) when the stack is deleted.
 * - `retain`: `cdk destroy` leaves the buckets and their objects in the account (delete them by hand).
 * - `destroy`: `cdk destroy` empties (every object version) and deletes them. Adds one small
 *   CDK-provided custom-resource function per stack.
 */
export type WinnowDataRemoval = 'retain' | 'destroy';

/** Options of {@link WinnowStack}; every one has a safe default. */
export interface WinnowOptions {
  /**
   * Processing function timeout (for the whole batch). The queue's visibility timeout is 6x this
   * value (AWS guidance for SQS event sources), so a message is never redelivered while a batch
   * runs. Most uploads take well under a second; the margin is for archives holding thousands of
   * documents (one S3 write each). Range 1 s to 15 min.
   * @default Duration.minutes(5)
   */
  readonly processTimeout?: Duration;
  /**
   * Processing function memory in MB (also scales its CPU). Range 128-10240.
   * @default 1024
   */
  readonly processMemoryMb?: number;
  /**
   * Publishing function timeout. Range 1 s to 15 min.
   * @default Duration.minutes(15)
   */
  readonly publishTimeout?: Duration;
  /**
   * Publishing function memory in MB. The corpus is streamed, so this need not grow with it. Range 128-10240.
   * @default 1024
   */
  readonly publishMemoryMb?: number;
  /**
   * Number of SQS messages (S3 event notifications) handed to one processing invocation. Range 1-10.
   * @default 5
   */
  readonly batchSize?: number;
  /**
   * Upper bound of concurrent processing invocations the SQS event source may run
   * (protects the account's concurrency pool; no concurrency is reserved). Range 2-1000.
   * @default 10
   */
  readonly maxConcurrency?: number;
  /**
   * How many times a message is received (tried) before SQS moves it to the dead-letter queue. Range 1-1000.
   * @default 4
   */
  readonly maxReceiveCount?: number;
  /**
   * How long a message stays in the dead-letter queue. Range 1 min to 14 days.
   * @default Duration.days(14)
   */
  readonly deadLetterRetention?: Duration;
  /**
   * EventBridge schedule expression for the automatic publish, `rate(...)` or `cron(...)`
   * (six fields, UTC), or `null` for no schedule (publish on demand only).
   * @default 'rate(1 day)'
   */
  readonly scheduleExpression?: string | null;
  /**
   * Retention of both functions' CloudWatch log groups.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * `LOG_LEVEL` of the Powertools logger in both functions.
   * @default 'INFO'
   */
  readonly logLevel?: WinnowLogLevel;
  /**
   * `POWERTOOLS_SERVICE_NAME` of both functions (appears in every log line). Letters, digits, `-`, `_`.
   * @default 'winnow'
   */
  readonly serviceName?: string;
  /**
   * Overwritten or deleted object versions in the versioned buckets (raw, corpus) are kept this
   * many days, then expire; a mistaken overwrite or delete can be undone until then. Whole days, 1-3650.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * S3 server access log objects expire after this many days. Whole days, 1-3650.
   * @default Duration.days(90)
   */
  readonly accessLogExpiration?: Duration;
  /**
   * E-mail address subscribed (via an SNS topic) to the alarms: messages in the dead-letter queue,
   * publishing errors. Without it the alarms exist but notify nobody (see them in the CloudWatch console).
   * @default - no topic, no subscription
   */
  readonly alarmEmail?: string;
  /**
   * What `cdk destroy` does with the buckets and their objects.
   * @default 'retain'
   */
  readonly dataRemoval?: WinnowDataRemoval;
}

/** {@link WinnowOptions} with every default applied. */
export interface WinnowConfig {
  readonly processTimeout: Duration;
  readonly processMemoryMb: number;
  readonly publishTimeout: Duration;
  readonly publishMemoryMb: number;
  readonly batchSize: number;
  readonly maxConcurrency: number;
  readonly maxReceiveCount: number;
  readonly deadLetterRetention: Duration;
  readonly scheduleExpression: string | null;
  readonly logRetention: RetentionDays;
  readonly logLevel: WinnowLogLevel;
  readonly serviceName: string;
  readonly noncurrentVersionExpiration: Duration;
  readonly accessLogExpiration: Duration;
  readonly alarmEmail: string | undefined;
  readonly dataRemoval: WinnowDataRemoval;
  /** Queue visibility timeout: 6x {@link WinnowConfig.processTimeout}. */
  readonly visibilityTimeout: Duration;
}

/** The defaults, documented on {@link WinnowOptions}. */
export const WINNOW_DEFAULTS = {
  processTimeout: Duration.minutes(5),
  processMemoryMb: 1024,
  publishTimeout: Duration.minutes(15),
  publishMemoryMb: 1024,
  batchSize: 5,
  maxConcurrency: 10,
  maxReceiveCount: 4,
  deadLetterRetention: Duration.days(14),
  scheduleExpression: 'rate(1 day)',
  logRetention: RetentionDays.ONE_MONTH,
  logLevel: 'INFO',
  serviceName: 'winnow',
  noncurrentVersionExpiration: Duration.days(30),
  accessLogExpiration: Duration.days(90),
  dataRemoval: 'retain',
} as const satisfies Omit<WinnowConfig, 'alarmEmail' | 'visibilityTimeout'>;

/** Multiplier from function timeout to queue visibility timeout (AWS: "at least six times"). */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/** Thrown by {@link resolveWinnowConfig}; `problems` lists every bad prop, one sentence each. */
export class WinnowConfigError extends Error {
  override name = 'WinnowConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid Winnow stack props:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOG_LEVELS: readonly string[] = ['DEBUG', 'INFO', 'WARN', 'ERROR'];
const DATA_REMOVALS: readonly string[] = ['retain', 'destroy'];
const RATE_RE = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/;
const CRON_RE = /^cron\(([^()]+)\)$/;
const SERVICE_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
// Deliberately loose: one @, no spaces, a dot in the domain. SNS does the real check by mail.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks an EventBridge schedule expression without calling AWS.
 * `rate(N unit)` with N >= 1 and singular unit iff N = 1 (as EventBridge demands);
 * `cron(...)` with exactly six space-separated fields.
 * @returns a sentence describing the problem, or `undefined` when the expression is acceptable.
 * @example scheduleProblem('rate(1 day)') // undefined
 * @example scheduleProblem('rate(1 days)') // 'scheduleExpression "rate(1 days)": ...'
 */
export function scheduleProblem(expression: string): string | undefined {
  const rate = RATE_RE.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const plural = rate[2]!.endsWith('s');
    if (n < 1) return `scheduleExpression "${expression}": the rate must be at least 1`;
    if ((n === 1) === plural) {
      return `scheduleExpression "${expression}": EventBridge wants a singular unit for 1 and a plural one otherwise (e.g. "rate(1 day)", "rate(6 hours)")`;
    }
    return undefined;
  }
  const cron = CRON_RE.exec(expression);
  if (cron) {
    const fields = cron[1]!.trim().split(/\s+/);
    if (fields.length !== 6) {
      return `scheduleExpression "${expression}": a cron expression needs six fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`;
    }
    return undefined;
  }
  return `scheduleExpression "${expression}": expected "rate(N unit)" or "cron(m h dom mon dow year)", or null for no schedule`;
}

function checkInt(problems: string[], name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} = ${value}: must be a whole number from ${min} to ${max}`);
  }
}

function checkSeconds(problems: string[], name: string, value: Duration, minS: number, maxS: number): void {
  if (value.isUnresolved()) {
    problems.push(`${name}: must be a concrete duration, not a token`);
    return;
  }
  const s = value.toSeconds();
  if (s < minS || s > maxS) problems.push(`${name} = ${value.toHumanString()}: must be from ${minS} s to ${maxS} s`);
}

function checkDays(problems: string[], name: string, value: Duration, min: number, max: number): void {
  if (value.isUnresolved()) {
    problems.push(`${name}: must be a concrete duration, not a token`);
    return;
  }
  // toDays throws on fractional days; report instead.
  const s = value.toSeconds();
  const days = s / 86_400;
  if (!Number.isInteger(days) || days < min || days > max) {
    problems.push(`${name} = ${value.toHumanString()}: must be a whole number of days from ${min} to ${max}`);
  }
}

/**
 * Applies {@link WINNOW_DEFAULTS} and validates every option in one pass.
 * @throws {WinnowConfigError} listing all problems found (never just the first).
 */
export function resolveWinnowConfig(options: WinnowOptions = {}): WinnowConfig {
  const c = {
    ...WINNOW_DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Omit<WinnowConfig, 'visibilityTimeout' | 'alarmEmail'> & { alarmEmail?: string };
  const problems: string[] = [];

  checkSeconds(problems, 'processTimeout', c.processTimeout, 1, 900);
  checkSeconds(problems, 'publishTimeout', c.publishTimeout, 1, 900);
  checkInt(problems, 'processMemoryMb', c.processMemoryMb, 128, 10_240);
  checkInt(problems, 'publishMemoryMb', c.publishMemoryMb, 128, 10_240);
  checkInt(problems, 'batchSize', c.batchSize, 1, 10);
  checkInt(problems, 'maxConcurrency', c.maxConcurrency, 2, 1000);
  checkInt(problems, 'maxReceiveCount', c.maxReceiveCount, 1, 1000);
  checkSeconds(problems, 'deadLetterRetention', c.deadLetterRetention, 60, 1_209_600);
  checkDays(problems, 'noncurrentVersionExpiration', c.noncurrentVersionExpiration, 1, 3650);
  checkDays(problems, 'accessLogExpiration', c.accessLogExpiration, 1, 3650);
  if (c.scheduleExpression !== null) {
    if (typeof c.scheduleExpression !== 'string') problems.push('scheduleExpression: must be a string or null');
    else {
      const p = scheduleProblem(c.scheduleExpression);
      if (p) problems.push(p);
    }
  }
  if (!LOG_LEVELS.includes(c.logLevel)) problems.push(`logLevel "${c.logLevel}": must be one of ${LOG_LEVELS.join(', ')}`);
  if (!DATA_REMOVALS.includes(c.dataRemoval)) {
    problems.push(`dataRemoval "${c.dataRemoval}": must be one of ${DATA_REMOVALS.join(', ')}`);
  }
  if (!SERVICE_NAME_RE.test(c.serviceName)) {
    problems.push(`serviceName "${c.serviceName}": 1-64 letters, digits, "-" or "_"`);
  }
  if (c.alarmEmail !== undefined && !EMAIL_RE.test(c.alarmEmail)) {
    problems.push(`alarmEmail "${c.alarmEmail}": not an e-mail address`);
  }
  if (problems.length > 0) throw new WinnowConfigError(problems);

  return {
    ...c,
    alarmEmail: c.alarmEmail,
    visibilityTimeout: Duration.seconds(c.processTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
  };
}
