/**
 * `winnow` command line: a thin shell over the driver in lib/run.ts.
 *
 *   winnow build <files or folders...> --out <dir>
 */
import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PACKAGE_VERSION } from '../lib/core/version.ts';
import type { InputSource } from '../lib/run.ts';

/**
 * V8's full garbage collection as a function (the pattern of Node's `v8.setFlagsFromString`
 * documentation: expose it, then read `gc` from a fresh context), for the driver's periodic
 * collection while streaming large exports. Null when this V8 refuses.
 */
function garbageCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const USAGE = `winnow ${PACKAGE_VERSION}: turn raw news articles into a clean, structured corpus

Usage:
  winnow build <files or folders...> --out <dir>   build corpus.jsonl, corpus.csv, rejects.jsonl, manifest.json
  winnow --help | --version

Options for build:
  -o, --out <dir>            output folder (required; created if missing)
  -m, --map <field=column>   for CSV/TSV/JSON/JSONL: take a record field from this column or
                             field path (repeatable), e.g. --map text=body --map published=meta.date
                             fields: text, title, published, url, authors, outlet, language
      --mapping <file.json>  the same as a JSON object: {"text": "body", "title": "headline"}
  -q, --quiet                no progress lines on stderr

Inputs: plain-text articles, HTML pages, CSV/TSV exports, JSON/JSONL dumps, and .gz, .zip,
.tar archives of them (detected by content first, by name second). PDF and Office files are
rejected with a reason: export their text first.
Languages with rule tables: en fr de es it pt ru uk pl; other languages are identified and
cleaned with generic rules.

Folders are read recursively; each document's source_key is its path relative to the folder
given (a file given directly: its name; with several folders, prefixed by the folder's name).
Exit code 0 when every input was accounted for (records or rejects), 2 on usage errors, 1 when
the output cannot be written.`;

/** Commands in ./commands/cloud.ts (loaded on use: they pull in the AWS SDK). */
const CLOUD_COMMAND_NAMES = ['upload', 'publish', 'download', 'local'];

class UsageError extends Error {
  override name = 'UsageError';
}

async function sourcesFor(inputs: string[], outDir: string): Promise<InputSource[]> {
  // Loaded on use, so `--help` and usage errors answer at once.
  const { FolderStore } = await import('../lib/storage/folder.ts');
  const sources: InputSource[] = [];
  const problems: string[] = [];
  const folders = inputs.filter((i) => existsSync(i) && statSync(i).isDirectory());
  // Several folders: keys are prefixed with each folder's name, so two `x/a.txt` stay apart.
  const labelled = folders.length > 1;
  const names = new Set<string>();
  for (const input of inputs) {
    try {
      const st = await stat(input);
      if (st.isDirectory()) {
        let label = labelled ? path.basename(path.resolve(input)) : undefined;
        while (label && names.has(label)) label = `${label}_`;
        if (label) names.add(label);
        // Never read back our own output when it sits inside an input folder.
        const rel = path.relative(path.resolve(input), path.resolve(outDir));
        const exclude = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? `${rel.split(path.sep).join('/')}/` : undefined;
        sources.push({ store: new FolderStore(input), label, exclude });
      } else if (st.isFile()) sources.push({ store: new FolderStore(path.dirname(input)), keys: [path.basename(input)] });
      else problems.push(`${input}: not a file or folder`);
    } catch {
      problems.push(`${input}: no such file or folder`);
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return sources;
}

const MAPPABLE = ['text', 'title', 'published', 'url', 'authors', 'outlet', 'language'] as const;

/** Column mapping from `--map field=column` flags and a `--mapping` JSON file; every problem at once. */
async function readMapping(flags: string[], file: string | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const problems: string[] = [];
  const add = (field: string, column: unknown, where: string) => {
    if (!(MAPPABLE as readonly string[]).includes(field))
      problems.push(`${where}: unknown field "${field}" (use one of ${MAPPABLE.join(', ')})`);
    else if (typeof column !== 'string' || !column) problems.push(`${where}: the column for "${field}" must be a non-empty string`);
    else out[field] = column;
  };
  if (file) {
    try {
      const { readFile } = await import('node:fs/promises');
      const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
      if (!data || typeof data !== 'object' || Array.isArray(data))
        problems.push(`${file}: expected a JSON object such as {"text": "body"}`);
      else for (const [k, v] of Object.entries(data)) add(k, v, file);
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
    }
  }
  for (const f of flags) {
    const eq = f.indexOf('=');
    if (eq <= 0) problems.push(`--map ${f}: expected field=column`);
    else add(f.slice(0, eq).trim(), f.slice(eq + 1).trim(), `--map ${f}`);
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return out;
}

async function build(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q', default: false },
      map: { type: 'string', short: 'm', multiple: true, default: [] },
      mapping: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.out) throw new UsageError('missing --out <dir>');
  const mapping = await readMapping(values.map ?? [], values.mapping);
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to read');
  const sources = await sourcesFor(positionals, values.out);
  const { buildCorpus } = await import('../lib/run.ts');
  const started = performance.now();
  let lastReport = started;
  const { manifest, outDir } = await buildCorpus({
    sources,
    outDir: values.out,
    mapping,
    collectGarbage: garbageCollector(),
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
      // node:util parseArgs words its errors for programmers; say the option plainly
      const unknown = /^Unknown option '([^']+)'/.exec((e as Error).message);
      const message = unknown ? `unknown option ${unknown[1]}` : (e as Error).message;
      process.stderr.write(`winnow: ${message}\nRun "winnow --help" for the commands and options.\n`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (code && ['ENOTDIR', 'EACCES', 'EEXIST', 'EROFS', 'ENOSPC', 'EPERM', 'EISDIR'].includes(code)) {
      process.stderr.write(`winnow: cannot write the output: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`winnow: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
