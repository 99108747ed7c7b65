import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema, RejectSchema } from '../lib/core/schema.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin', 'winnow.js');

async function winnow(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('winnow build examples', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'winnow-cli-'));
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    result = await winnow(['build', 'examples', '--out', out]);
  });

  it('exits 0 and prints a summary', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/4 inputs -> 4 records, 0 rejects, 0 skipped/);
  });

  it('writes JSONL records that all pass the schema, keyed by path relative to the folder', () => {
    const lines = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const recs = lines.map((l) => RecordSchema.parse(JSON.parse(l)));
    expect(recs.map((r) => r.source_key).sort()).toEqual([
      '000_7d8e50182e11c8a8.txt',
      'de-hochwasser.txt',
      'en-harbour-strike.txt',
      'ru-vstrecha.txt',
    ]);
    expect(new Set(recs.map((r) => r.language))).toEqual(new Set(['fr', 'de', 'en', 'ru']));
  });

  it('writes a CSV (BOM, schema columns) that parses back to the same ids and texts', () => {
    const raw = readFileSync(path.join(out, 'corpus.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.split('\r\n')[1]).toMatch(/^[0-9a-f]{32},/); // no blank row after the header
    expect(raw.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(raw.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const recs = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(parsed.data.map((r) => r.id)).toEqual(recs.map((r) => r.id));
    expect(parsed.data.map((r) => r.text)).toEqual(recs.map((r) => r.text));
  });

  it('writes a manifest whose hashes match the files', () => {
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({ inputs_seen: 4, records: 4, rejects: 0, schema_version: '1' });
    expect(m.by_language).toEqual({ fr: 1, de: 1, en: 1, ru: 1 });
    for (const f of m.files) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(out, f.name)))
        .digest('hex');
      expect(digest).toBe(f.sha256);
    }
  });
});

describe('winnow build with bad inputs and nested folders', () => {
  it('accounts for every input: records, rejects with reasons, exit 0', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'winnow-in-'));
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-out-'));
    mkdirSync(path.join(input, 'sub dir'));
    writeFileSync(path.join(input, 'sub dir', 'good.txt'), readFileSync(path.join(root, 'examples', 'en-harbour-strike.txt')));
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'binary.dat'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(path.join(input, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    const r = await winnow(['build', input, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const recs = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => x.source_key)).toEqual(['sub dir/good.txt']);
    const rejects = readFileSync(path.join(out, 'rejects.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => RejectSchema.parse(JSON.parse(l)));
    expect(rejects.map((x) => [x.source_key, x.error_code])).toEqual([
      ['binary.dat', 'unsupported_format'],
      ['empty.txt', 'empty'],
    ]);
    expect(r.stderr).toMatch(/4 inputs -> 1 records, 2 rejects, 1 skipped/);
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(m.skipped_inputs).toEqual([{ source_key: '.DS_Store', source_part: null, reason: 'hidden file (.DS_Store), not an article' }]);
    for (const i of m.inputs) expect(i.records + i.rejects + i.skipped).toBeGreaterThan(0);
    expect(m.inputs.reduce((s: number, i: { records: number }) => s + i.records, 0)).toBe(m.records);
    expect(m.inputs.reduce((s: number, i: { rejects: number }) => s + i.rejects, 0)).toBe(m.rejects);
  });

  it('takes a column mapping from --map flags', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'winnow-map-'));
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-map-out-'));
    writeFileSync(
      path.join(input, 'export.csv'),
      'kop,inhoud\nBrug open,"De nieuwe brug over de Maas is zaterdag na twee jaar werk geopend, meldt de gemeente."\n',
    );
    const r = await winnow(['build', input, '--out', out, '--map', 'title=kop', '--map', 'text=inhoud', '--quiet']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'));
    expect([rec.title, rec.source_part, rec.language]).toEqual(['Brug open', 'row:1', 'nl']);
  });

  it('never reads back its own output folder inside an input folder, and keeps two folders apart', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'winnow-self-'));
    mkdirSync(path.join(input, 'x'));
    writeFileSync(path.join(input, 'x', 'a.txt'), readFileSync(path.join(root, 'examples', 'en-harbour-strike.txt')));
    const out = path.join(input, 'out');
    await winnow(['build', input, '--out', out, '-q']);
    const again = await winnow(['build', input, '--out', out, '-q']);
    expect(again.stderr).toMatch(/1 inputs -> 1 records, 0 rejects, 0 skipped/);
    // an earlier output under another name is recognised by its manifest and skipped
    const other = await winnow(['build', input, '--out', path.join(input, 'out2'), '-q']);
    expect(other.stderr).toMatch(/5 inputs -> 1 records, 0 rejects, 4 skipped/);
    const [one, two] = ['winnow-one-', 'winnow-two-'].map((p, i) => {
      const d = mkdtempSync(path.join(tmpdir(), p));
      mkdirSync(path.join(d, 'x'));
      writeFileSync(
        path.join(d, 'x', 'a.txt'),
        readFileSync(path.join(root, 'examples', i ? 'de-hochwasser.txt' : 'en-harbour-strike.txt')),
      );
      return d;
    }) as [string, string];
    const both = mkdtempSync(path.join(tmpdir(), 'winnow-both-'));
    await winnow(['build', one, two, '--out', both, '-q']);
    const keys = readFileSync(path.join(both, 'corpus.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).source_key);
    expect(keys).toEqual([`${path.basename(one)}/x/a.txt`, `${path.basename(two)}/x/a.txt`]);
  });

  it('answers build --help, and explains an output it cannot write', async () => {
    const help = await winnow(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage:/);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'winnow-f-')), 'afile');
    writeFileSync(file, 'x');
    const r = await winnow(['build', 'examples', '--out', path.join(file, 'sub')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^winnow: cannot write the output: ENOTDIR/);
  });

  it.each([
    [['build', 'examples', '--out', 'x', '--map', 'body=x'], /unknown field "body"/],
    [['build', 'examples'], /missing --out/],
    [['build', '--out', 'x'], /give at least one file or folder/],
    [['build', 'no/such/folder', '--out', 'x'], /no such file or folder/],
    [['frobnicate'], /unknown command/],
    [['build', 'examples', '--out', 'x', '--bogus'], /^winnow: unknown option --bogus\nRun "winnow --help"/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await winnow(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('the bundled CLI (dist/winnow.mjs, made by npm run build)', () => {
  it('writes the same corpus as the TypeScript sources', async () => {
    // Bundled into a folder of its own: other test files may be running dist/winnow.mjs now.
    const dist = mkdtempSync(path.join(root, 'node_modules', '.winnow-dist-'));
    await run(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), '--outdir', dist], { cwd: root });
    const bundled = mkdtempSync(path.join(tmpdir(), 'winnow-bundle-'));
    const sources = mkdtempSync(path.join(tmpdir(), 'winnow-sources-'));
    await run(process.execPath, [path.join(dist, 'winnow.mjs'), 'build', 'examples', '--out', bundled, '--quiet'], { cwd: root });
    await run(process.execPath, [cli, 'build', 'examples', '--out', sources, '--quiet'], {
      cwd: root,
      env: { ...process.env, WINNOW_SOURCE: '1' },
    });
    const a = readFileSync(path.join(bundled, 'corpus.jsonl'), 'utf8');
    expect(a.trimEnd().split('\n')).toHaveLength(4);
    expect(a).toBe(readFileSync(path.join(sources, 'corpus.jsonl'), 'utf8'));
    rmSync(dist, { recursive: true, force: true });
  }, 120_000);
});
