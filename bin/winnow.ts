/**
 * `winnow` command line: a thin shell over the driver in lib/run.ts.
 *
 *   winnow build <files or folders...> --out <dir>
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_VERSION } from '../lib/core/version.ts';
import type { InputSource } from '../lib/run.ts';

const USAGE = `winnow ${PACKAGE_VERSION}: turn raw news articles into a clean, structured corpus

Usage:
  winnow build <files or folders...> --out <dir>   build corpus.jsonl, corpus.csv, rejects.jsonl, manifest.json
  winnow --help | --version

Options for build:
  -o, --out <dir>   output folder (required; created if missing)
  -q, --quiet       no progress lines on stderr

Folders are read recursively; each document's source_key is its path relative to the folder
given (a file given directly: its name). Exit code 0 when every input was accounted for
(records or rejects), 2 on usage errors, 1 when the output cannot be written.`;

/** Commands in ./commands/cloud.ts (loaded on use: they pull in the AWS SDK). */
const CLOUD_COMMAND_NAMES = ['upload', 'publish', 'download', 'local'];

class UsageError extends Error {
  override name = 'UsageError';
}

async function sourcesFor(inputs: string[]): Promise<InputSource[]> {
  // Loaded on use, so `--help` and usage errors answer at once.
  const { FolderStore } = await import('../lib/storage/folder.ts');
  const sources: InputSource[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    try {
      const st = await stat(input);
      if (st.isDirectory()) sources.push({ store: new FolderStore(input) });
      else if (st.isFile()) sources.push({ store: new FolderStore(path.dirname(input)), keys: [path.basename(input)] });
      else problems.push(`${input}: not a file or folder`);
    } catch {
      problems.push(`${input}: no such file or folder`);
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return sources;
}

async function build(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q', default: false } },
  });
  if (!values.out) throw new UsageError('missing --out <dir>');
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to read');
  const sources = await sourcesFor(positionals);
  const { buildCorpus } = await import('../lib/run.ts');
  const started = performance.now();
  let lastReport = started;
  const { manifest, outDir } = await buildCorpus({
    sources,
    outDir: values.out,
    onProgress: ({ done, key }) => {
      const now = performance.now();
      if (!values.quiet && now - lastReport > 2000) {
        lastReport = now;
        process.stderr.write(`winnow: ${done} inputs processed (last: ${key})\n`);
      }
    },
  });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const langs = Object.entries(manifest.by_language)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  process.stderr.write(
    `winnow: ${manifest.inputs_seen} inputs -> ${manifest.records} records, ${manifest.rejects} rejects, ${manifest.skipped} skipped, ${manifest.duplicates} duplicates in ${secs}s\n` +
      (langs ? `winnow: languages: ${langs}\n` : '') +
      `winnow: peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n` +
      (manifest.rejects ? `winnow: see ${path.join(outDir, 'rejects.jsonl')} for the reasons\n` : '') +
      `winnow: wrote ${manifest.files.map((f) => path.join(outDir, f.name)).join(', ')}, ${path.join(outDir, 'manifest.json')}\n`,
  );
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n\n${(await import('./commands/cloud.ts')).CLOUD_USAGE}\n`);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${PACKAGE_VERSION}\n`);
      return 0;
    }
    if (command === 'build') return await build(rest);
    if (CLOUD_COMMAND_NAMES.includes(command)) return await (await import('./commands/cloud.ts')).runCloudCommand(command, rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`winnow: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`winnow: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
