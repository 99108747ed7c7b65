/**
 * Cloud commands of the `winnow` CLI (thin shells over lib/cloud and lib/storage/s3.ts):
 *
 *   winnow upload <files or folders...> --bucket RAW [--prefix P]
 *   winnow publish [--bucket CORPUS]
 *   winnow download --bucket CORPUS --out DIR [--prefix corpus/latest/]
 *   winnow local [--port 4568] [--dir DIR]
 *
 * Each takes --endpoint-url (an S3-compatible server, e.g. `winnow local`) and --region.
 */
import { spawn } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { startLocal } from '../../lib/cloud/local.ts';
import { type LogAttributes, type LogSink, powertoolsLog } from '../../lib/cloud/log.ts';
import { publishCorpus } from '../../lib/cloud/publish.ts';
import { FolderStore } from '../../lib/storage/folder.ts';
import { makeS3Client, S3Store } from '../../lib/storage/s3.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const CLOUD_USAGE = `Cloud commands (S3; add --endpoint-url http://127.0.0.1:4568 for \`winnow local\`):
  winnow upload <files or folders...> --bucket <raw bucket> [--prefix <key prefix>]
                                     upload raw articles (keys as \`winnow build\` names sources)
  winnow publish [--bucket <corpus bucket>]
                                     assemble corpus/<time>/ and corpus/latest/ from the records
  winnow download --bucket <corpus bucket> --out <dir> [--prefix corpus/latest/]
                                     download the published corpus files
  winnow local [--port 4568] [--dir <folder>] [--json-logs]
                                     local S3 server with raw + corpus buckets wired like the stack
  Common options: --endpoint-url <url>, --region <region> (default AWS_REGION or us-east-1).
  --bucket for publish defaults to $CORPUS_BUCKET, or "corpus" with --endpoint-url.`;

/** The cloud command names, for the CLI's dispatch. */
export const CLOUD_COMMANDS = new Set(['upload', 'publish', 'download', 'local']);

/** Bad command-line use (exit code 2). */
export class CloudUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CloudUsageError';
  }
}

const COMMON = {
  'endpoint-url': { type: 'string' },
  region: { type: 'string' },
  bucket: { type: 'string', short: 'b' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

function say(line: string): void {
  process.stderr.write(`winnow: ${line}\n`);
}

function client(values: { 'endpoint-url'?: string; region?: string }) {
  return makeS3Client({ endpoint: values['endpoint-url'], region: values.region });
}

/** Content-Type for a raw upload: no charset (the pipeline sniffs the encoding). */
function rawContentType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return (
    {
      '.txt': 'text/plain',
      '.html': 'text/html',
      '.htm': 'text/html',
      '.csv': 'text/csv',
      '.json': 'application/json',
      '.jsonl': 'application/x-ndjson',
      '.gz': 'application/gzip',
    }[ext] ?? 'application/octet-stream'
  );
}

/** The files to upload with their keys: folder contents relative to the folder, a file by its name. */
async function uploadPlan(inputs: string[], prefix: string): Promise<{ file: string; key: string }[]> {
  const plan: { file: string; key: string }[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(input);
    } catch {
      problems.push(`${input}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) {
      for await (const o of new FolderStore(input).list()) plan.push({ file: path.join(input, ...o.key.split('/')), key: prefix + o.key });
    } else if (st.isFile()) plan.push({ file: input, key: prefix + path.basename(input) });
    else problems.push(`${input}: not a file or folder`);
  }
  if (problems.length) throw new CloudUsageError(problems.join('\n'));
  return plan;
}

async function upload(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...COMMON, prefix: { type: 'string', default: '' } },
  });
  if (!values.bucket) throw new CloudUsageError('missing --bucket <raw bucket>');
  if (positionals.length === 0) throw new CloudUsageError('give at least one file or folder to upload');
  const prefix = values.prefix && !values.prefix.endsWith('/') ? `${values.prefix}/` : (values.prefix ?? '');
  const plan = await uploadPlan(positionals, prefix);
  const store = new S3Store(client(values), values.bucket);
  const t0 = performance.now();
  let bytes = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.length) {
      const item = plan[next++] as { file: string; key: string };
      const { size } = await stat(item.file);
      await store.putStream(item.key, createReadStream(item.file), { contentType: rawContentType(item.file) });
      bytes += size;
      if (!values.quiet) say(`uploaded s3://${values.bucket}/${item.key} (${size} bytes)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, plan.length) }, worker));
  say(
    `${plan.length} files, ${bytes} bytes uploaded to s3://${values.bucket}/${prefix} in ${((performance.now() - t0) / 1000).toFixed(1)}s`,
  );
  return 0;
}

async function publish(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...COMMON } });
  const bucket = values.bucket ?? process.env.CORPUS_BUCKET ?? (values['endpoint-url'] ? 'corpus' : undefined);
  if (!bucket) throw new CloudUsageError('missing --bucket <corpus bucket> (or set CORPUS_BUCKET)');
  const r = await publishCorpus({ corpus: new S3Store(client(values), bucket) });
  const m = r.manifest;
  say(
    `published s3://${bucket}/${r.prefix}: ${m.inputs_seen} inputs -> ${m.records} records, ${m.rejects} rejects, ${m.duplicates} duplicates in ${(r.ms / 1000).toFixed(1)}s`,
  );
  say(`files: ${m.files.map((f) => `${f.name} (${f.bytes} bytes)`).join(', ')}, manifest.json; copied to s3://${bucket}/corpus/latest/`);
  process.stdout.write(`s3://${bucket}/${r.prefix}\n`);
  return 0;
}

async function download(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...COMMON, out: { type: 'string', short: 'o' }, prefix: { type: 'string', default: 'corpus/latest/' } },
  });
  if (!values.bucket) throw new CloudUsageError('missing --bucket <corpus bucket>');
  if (!values.out) throw new CloudUsageError('missing --out <dir>');
  const prefix = values.prefix ?? '';
  const store = new S3Store(client(values), values.bucket);
  const out = path.resolve(values.out);
  let n = 0;
  let bytes = 0;
  for await (const o of store.list(prefix)) {
    const rel = o.key.slice(prefix.length);
    if (!rel || rel.endsWith('/')) continue;
    const target = path.resolve(out, ...rel.split('/'));
    if (path.relative(out, target).startsWith('..')) {
      say(`skipped ${o.key}: it would be written outside ${out}`);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.partial`;
    await pipeline(await store.getStream(o.key), createWriteStream(tmp));
    await rename(tmp, target);
    n++;
    bytes += o.size;
    if (!values.quiet) say(`downloaded s3://${values.bucket}/${o.key} -> ${target}`);
  }
  if (n === 0) {
    say(`nothing under s3://${values.bucket}/${prefix}${prefix.startsWith('corpus/') ? ' (run `winnow publish` first)' : ''}`);
    return 1;
  }
  say(`${n} files, ${bytes} bytes in ${out}`);
  return 0;
}

/** True when Node can run DES (s3rver's listing tokens): needs --openssl-legacy-provider. */
function hasLegacyCiphers(): boolean {
  try {
    createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}

/** One readable line per log entry (for a person watching `winnow local`). */
function humanLog(): LogSink {
  const line =
    (level: string) =>
    (message: string, a: LogAttributes = {}) => {
      const key = a.source_key ? ` ${String(a.source_key)}${a.source_part ? ` [${String(a.source_part)}]` : ''}` : '';
      const bits: string[] = [];
      for (const f of ['language', 'words', 'error_code', 'reason', 'outputs_deleted', 'ms'] as const) {
        if (a[f] !== undefined && a[f] !== null) bits.push(`${f}=${f === 'reason' ? JSON.stringify(a[f]) : String(a[f])}`);
      }
      process.stderr.write(
        `${new Date().toISOString().slice(11, 19)} ${level === 'info' ? '' : `${level.toUpperCase()} `}${message}${key}${bits.length ? ` (${bits.join(', ')})` : ''}\n`,
      );
    };
  return { debug: () => {}, info: line('info'), warn: line('warn'), error: line('error') };
}

async function local(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '4568' },
      dir: { type: 'string' },
      'raw-bucket': { type: 'string', default: 'raw' },
      'corpus-bucket': { type: 'string', default: 'corpus' },
      'json-logs': { type: 'boolean', default: false },
    },
  });
  if (!hasLegacyCiphers() && !process.env.WINNOW_LOCAL_CHILD) {
    // s3rver's paginated listings need DES: run again with the legacy OpenSSL provider
    const child = spawn(process.execPath, ['--openssl-legacy-provider', ...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, WINNOW_LOCAL_CHILD: '1' },
    });
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CloudUsageError(`--port must be 0..65535, not "${values.port}"`);
  const directory = values.dir ? path.resolve(values.dir) : await mkdtemp(path.join(os.tmpdir(), 'winnow-local-'));
  await mkdir(directory, { recursive: true });
  const emu = await startLocal({
    directory,
    port,
    rawBucket: values['raw-bucket'],
    corpusBucket: values['corpus-bucket'],
    log: values['json-logs'] ? powertoolsLog('winnow-local', 'INFO') : humanLog(),
  });
  const e = emu.endpoint;
  const env = 'AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1';
  process.stderr.write(
    `winnow local: S3-compatible server on ${e} (data in ${directory})
  buckets: ${emu.rawBucket} (uploads; each upload or delete is processed as the Lambda would)
           ${emu.corpusBucket} (records/, rejects/, corpus/)

Try it (another terminal):
  export ${env}
  aws --endpoint-url ${e} s3 cp examples/ s3://${emu.rawBucket}/ --recursive
  aws --endpoint-url ${e} s3 ls s3://${emu.corpusBucket}/records/ --recursive
  winnow publish --endpoint-url ${e} --bucket ${emu.corpusBucket}
  aws --endpoint-url ${e} s3 cp s3://${emu.corpusBucket}/corpus/latest/ ./corpus-local/ --recursive
  (or: winnow download --endpoint-url ${e} --bucket ${emu.corpusBucket} --out ./corpus-local)
  aws --endpoint-url ${e} s3 rm s3://${emu.rawBucket}/<key>     (removes that upload's records)

Ctrl-C to stop.
`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('\nwinnow local: stopping\n');
  await emu.close();
  process.stderr.write(`winnow local: ${emu.stats.messages} events handled, ${emu.stats.deadLettered} dead-lettered\n`);
  return 0;
}

/**
 * Run one cloud command.
 * @returns the exit code: 0 done, 1 failure (S3 error, nothing to download), 2 usage error
 */
export async function runCloudCommand(command: string, argv: string[]): Promise<number> {
  try {
    if (command === 'upload') return await upload(argv);
    if (command === 'publish') return await publish(argv);
    if (command === 'download') return await download(argv);
    if (command === 'local') return await local(argv);
    throw new CloudUsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof CloudUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`winnow: ${(e as Error).message}\n\n${CLOUD_USAGE}\n`);
      return 2;
    }
    const err = e as Error & { cause?: unknown };
    const cause = err.cause instanceof Error ? ` (${err.cause.name}: ${err.cause.message})` : '';
    process.stderr.write(`winnow ${command}: ${err.message}${cause}\n`);
    return 1;
  }
}
