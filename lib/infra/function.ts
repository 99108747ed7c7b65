/**
 * One Winnow Lambda function: Node.js 22 on arm64, bundled by the local esbuild as ESM (no
 * Docker, no network), with its own role (no managed policy) and its own log group with a
 * retention. Callers add the data permissions.
 */
import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { WinnowLogLevel } from './props.ts';

/** Repository root (this file is lib/infra/function.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a Lambda entry file under `lambdas/`. */
export function lambdaEntry(name: 'process' | 'publish'): string {
  return fileURLToPath(new URL(`../../lambdas/${name}.ts`, import.meta.url));
}

/**
 * Prepended to the ESM bundle. esbuild turns `require()` calls of bundled CommonJS code into a
 * `__require` shim that throws "Dynamic require of node:https is not supported" in ESM unless a
 * real `require` exists; CommonJS code reading `__dirname`/`__filename` needs those too.
 */
export const ESM_BANNER = [
  "import { createRequire as __winnowCreateRequire } from 'node:module';",
  "import { fileURLToPath as __winnowFileURLToPath } from 'node:url';",
  "import { dirname as __winnowDirname } from 'node:path';",
  'const require = __winnowCreateRequire(import.meta.url);',
  'const __filename = __winnowFileURLToPath(import.meta.url);',
  'const __dirname = __winnowDirname(__filename);',
].join(' ');

/** Options of {@link WinnowFunction}. */
export interface WinnowFunctionProps {
  /** Absolute path of the TypeScript entry file; its `handler` export is the handler. */
  readonly entry: string;
  /** One sentence for the console. */
  readonly description: string;
  readonly timeout: Duration;
  readonly memoryMb: number;
  readonly logRetention: RetentionDays;
  readonly logLevel: WinnowLogLevel;
  readonly serviceName: string;
  /** Extra environment variables (bucket names). */
  readonly environment: Readonly<Record<string, string>>;
}

/** A {@link NodejsFunction} with Winnow's runtime, bundling, role and log settings. */
export class WinnowFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: WinnowFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      // Operational logs, not research data: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (execution role)`,
    });
    // Instead of the AWSLambdaBasicExecutionRole managed policy (logs:* on every log group):
    // create streams and put events in this function's own log group only.
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMb,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      projectRoot: REPO_ROOT,
      depsLockFilePath: fileURLToPath(new URL('../../package-lock.json', import.meta.url)),
      environment: {
        ...props.environment,
        LOG_LEVEL: props.logLevel,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Bundle the pinned AWS SDK (the one the tests ran against) instead of the runtime's copy.
        externalModules: [],
        banner: ESM_BANNER,
        charset: Charset.UTF8,
        logLevel: LogLevel.WARNING,
        forceDockerBundling: false,
      },
    });
  }
}
