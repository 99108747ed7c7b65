/**
 * End to end, as a researcher would run it: `winnow local` in a child process, the `aws` CLI
 * uploads the examples, `winnow publish` assembles, `aws s3 cp` downloads; the corpus equals
 * `winnow build` on the same folder. Skipped when the `aws` CLI is not installed.
 */
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCloudCommand } from '../bin/commands/cloud.ts';
import { startLocal } from '../lib/cloud/local.ts';
import { MemoryLog } from '../lib/cloud/log.ts';
import type { CorpusRecord } from '../lib/core/schema.ts';
import { buildCorpus } from '../lib/run.ts';
import { FolderStore } from '../lib/storage/folder.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const hasAws = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0;
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

describe.skipIf(!hasAws)('winnow local + aws CLI', () => {
  let tmp: string;
  let local: ChildProcess;
  let endpoint: string;
  let stderr = '';

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'winnow-cli-'));
    local = spawn(process.execPath, [path.join(ROOT, 'bin/winnow.js'), 'local', '--port', '0', '--dir', path.join(tmp, 's3')], {
      cwd: ROOT,
      env,
    });
    endpoint = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`winnow local did not start: ${stderr}`)), 30_000);
      local.stderr?.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /server on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      local.on('exit', (code) => reject(new Error(`winnow local exited (${code}): ${stderr}`)));
    });
  });

  afterAll(async () => {
    if (local && local.exitCode === null) {
      const exited = new Promise((r) => local.once('exit', r));
      local.kill('SIGINT');
      await exited;
    }
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const aws = (...args: string[]) => run('aws', ['--endpoint-url', endpoint, ...args], { env, cwd: ROOT });
  const winnow = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'bin/winnow.js'), ...args], { env, cwd: ROOT });

  it('upload with aws s3 cp, publish, download: the corpus equals winnow build', async () => {
    await aws('s3', 'cp', 'examples/', 's3://raw/', '--recursive');
    // events are handled as they arrive; wait for the 4 records
    for (let i = 0; i < 100; i++) {
      const { stdout } = await aws('s3', 'ls', 's3://corpus/records/', '--recursive');
      if ((stdout.match(/_\.json$/gm) ?? []).length === 4) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const pub = await winnow('publish', '--endpoint-url', endpoint);
    expect(pub.stdout).toMatch(/^s3:\/\/corpus\/corpus\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\/\n$/);
    expect(pub.stderr).toContain('4 inputs -> 4 records, 0 rejects');
    const out = path.join(tmp, 'download');
    await aws('s3', 'cp', 's3://corpus/corpus/latest/', out, '--recursive');

    const built = path.join(tmp, 'built');
    await buildCorpus({ sources: [{ store: new FolderStore(path.join(ROOT, 'examples')) }], outDir: built });
    for (const f of ['corpus.jsonl', 'corpus.csv', 'rejects.jsonl']) {
      expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(built, f), 'utf8'));
    }

    // a delete with the aws CLI removes that upload's records
    await aws('s3', 'rm', 's3://raw/ru-vstrecha.txt');
    for (let i = 0; i < 50 && !stderr.includes('object removed ru-vstrecha.txt'); i++) await new Promise((r) => setTimeout(r, 100));
    const { stdout } = await aws('s3', 'ls', 's3://corpus/records/', '--recursive');
    expect(stdout).not.toContain('ru-vstrecha');
    await winnow('download', '--endpoint-url', endpoint, '--bucket', 'corpus', '--out', path.join(tmp, 'dl2'));
    expect(readFileSync(path.join(tmp, 'dl2', 'corpus.jsonl'), 'utf8')).toBe(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'));
  });

  it('stops on Ctrl-C (SIGINT) with a summary', async () => {
    const exited = new Promise<number | null>((r) => local.once('exit', (code) => r(code)));
    local.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/winnow local: 5 events handled, 0 dead-lettered/);
  });
});

describe('winnow upload / publish / download commands (in-process, against the emulator)', () => {
  it('upload a folder and a file under a prefix, publish, download: same records as winnow build', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'winnow-cmd-'));
    const emu = await startLocal({ directory: path.join(tmp, 's3'), port: 0, log: new MemoryLog() });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const e = ['--endpoint-url', emu.endpoint];
      const csv = path.join(ROOT, 'tests/fixtures/s3/articles.csv');
      expect(
        await runCloudCommand('upload', [path.join(ROOT, 'examples'), csv, '--bucket', 'raw', '--prefix', 'batch 1', '-q', ...e]),
      ).toBe(0);
      await emu.idle();
      expect(await runCloudCommand('publish', [...e])).toBe(0);
      const out = path.join(tmp, 'out');
      expect(await runCloudCommand('download', ['--bucket', 'corpus', '--out', out, '-q', ...e])).toBe(0);

      const built = path.join(tmp, 'built');
      await buildCorpus({
        sources: [
          { store: new FolderStore(path.join(ROOT, 'examples')), label: 'batch 1' },
          { store: new FolderStore(path.dirname(csv)), keys: ['articles.csv'], label: 'batch 1' },
        ],
        outDir: built,
      });
      const read = (f: string) =>
        readFileSync(f, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as CorpusRecord)
          .map((r) => [r.source_key, r.source_part, r.id, r.text])
          .sort();
      expect(read(path.join(out, 'corpus.jsonl'))).toEqual(read(path.join(built, 'corpus.jsonl')));
      expect(read(path.join(out, 'corpus.jsonl'))).toHaveLength(6);
      expect(String(stdout.mock.calls[0]?.[0])).toMatch(/^s3:\/\/corpus\/corpus\//);
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
      await emu.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    ['upload', ['examples']],
    ['upload', ['--bucket', 'raw']],
    ['download', ['--bucket', 'corpus']],
    ['local', ['--port', 'x']],
  ])('%s %j is a usage error (exit 2)', async (cmd, args) => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCloudCommand(cmd, args)).toBe(2);
    } finally {
      stderr.mockRestore();
    }
  });
});
