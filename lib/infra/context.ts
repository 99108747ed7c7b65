/**
 * Reads stack options from CDK context (`cdk.json` "context", or `npx cdk deploy -c key=value`),
 * so a deployment can be tuned without editing code. Values given with `-c` arrive as strings.
 *
 * | context key              | option                    | example                    |
 * | ------------------------ | ------------------------- | -------------------------- |
 * | `winnow:stackName`       | stack name                | `Winnow-test`              |
 * | `winnow:schedule`        | scheduleExpression        | `rate(6 hours)`, `off`     |
 * | `winnow:alarmEmail`      | alarmEmail                | `me@example.org`           |
 * | `winnow:dataRemoval`     | dataRemoval               | `destroy`                  |
 * | `winnow:logLevel`        | logLevel                  | `DEBUG`                    |
 * | `winnow:batchSize`       | batchSize                 | `10`                       |
 * | `winnow:maxConcurrency`  | maxConcurrency            | `20`                       |
 */
import type { WinnowDataRemoval, WinnowLogLevel, WinnowOptions } from './props.ts';

/** Default stack name (`npx cdk deploy` deploys this stack). */
export const DEFAULT_STACK_NAME = 'Winnow';

/** Anything with `tryGetContext` (a construct node). */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

function str(source: ContextSource, key: string): string | undefined {
  const v = source.tryGetContext(key);
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

function num(source: ContextSource, key: string): number | undefined {
  const v = str(source, key);
  return v === undefined ? undefined : Number(v);
}

/**
 * Stack name and options from context. Values are passed through unchecked: the stack's
 * validation pass reports every bad one at once. `winnow:schedule` = `off` or `none` disables the schedule.
 */
export function optionsFromContext(source: ContextSource): { stackName: string; options: WinnowOptions } {
  const schedule = str(source, 'winnow:schedule');
  return {
    stackName: str(source, 'winnow:stackName') ?? DEFAULT_STACK_NAME,
    options: {
      scheduleExpression: schedule === undefined ? undefined : /^(off|none)$/i.test(schedule) ? null : schedule,
      alarmEmail: str(source, 'winnow:alarmEmail'),
      dataRemoval: str(source, 'winnow:dataRemoval') as WinnowDataRemoval | undefined,
      logLevel: str(source, 'winnow:logLevel')?.toUpperCase() as WinnowLogLevel | undefined,
      batchSize: num(source, 'winnow:batchSize'),
      maxConcurrency: num(source, 'winnow:maxConcurrency'),
    },
  };
}
