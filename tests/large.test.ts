import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'winnow-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A 200 MB CSV export: 10,000 rows, each with a headline, a short story and a 20 KB column of
 * scraped page source that the column mapping keeps out of the text (as real exports carry).
 */
async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const blob = `<div class="page">${'x'.repeat(20 * 1024 - 40)}</div>`;
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('id,title,text,published,raw_html\n');
  for (let i = 1; i <= rows; i++) {
    await write(
      `${i},"Council vote ${i}: new bridge approved","The city council approved the new bridge on Monday by ${i % 9} votes to ${(i % 5) + 1}, the mayor said. Work will start in spring.",2024-03-${String((i % 28) + 1).padStart(2, '0')},"${blob}"\n`,
    );
  }
  await new Promise<void>((r) => out.end(() => r()));
}

describe('a 200 MB CSV', () => {
  it('is processed as a stream under 300 MB peak RSS, one record per row', async () => {
    const file = path.join(dir, 'in', 'export.csv');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    await writeCsv(file, 10_200);
    expect(statSync(file).size).toBeGreaterThan(200 * 1024 * 1024);
    const out = path.join(dir, 'out');
    const { stderr } = await run(
      process.execPath,
      [path.join(root, 'bin/winnow.js'), 'build', path.dirname(file), '--out', out, '--quiet'],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    expect(stderr).toMatch(/1 inputs -> 10200 records, 0 rejects/);
    const peak = Number(/peak memory (\d+) MiB/.exec(stderr)?.[1]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(300);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs).toEqual([
      expect.objectContaining({ source_key: 'export.csv', records: 10200, rejects: 0, replacement_chars: 0 }),
    ]);
  }, 600_000);
});
