import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processObject } from '../lib/core/pipeline.ts';
import { processTabularStream } from '../lib/core/stream.ts';

const csv = readFileSync(new URL('./fixtures/tabular/semicolon.csv', import.meta.url));
const jsonl = readFileSync(new URL('./fixtures/tabular/mixed.jsonl', import.meta.url));

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function collect(key: string, chunks: Uint8Array[], format: 'csv' | 'jsonl', batchSize?: number) {
  const records = [];
  const rejects = [];
  let encoding: string | null = null;
  let replacement = 0;
  for await (const b of processTabularStream({ key, chunks }, format, { batchSize })) {
    records.push(...b.records);
    rejects.push(...b.rejects);
    encoding ??= b.encoding;
    replacement += b.replacementChars;
  }
  return { records, rejects, encoding, replacement };
}

describe('processTabularStream', () => {
  it.each([1, 2, 3, 7, 64])('gives the in-memory result when UTF-8 characters are cut between %i-byte chunks', async (size) => {
    const whole = processObject({ key: 'k.csv', bytes: csv });
    const streamed = await collect('k.csv', chunked(csv, size), 'csv', 1);
    expect(streamed.replacement).toBe(0);
    expect(streamed.records.map((r) => [r.id, r.source_part, r.title, r.text])).toEqual(
      whole.records.map((r) => [r.id, r.source_part, r.title, r.text]),
    );
    expect(streamed.records[0]?.text).toContain('zerstört');
  });

  it('decodes a Windows-1251 CSV with a stateful decoder', async () => {
    const text =
      'title,text\n"Новости дня","Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе в Москве и Киеве."\n';
    const r = await collect('ru.csv', chunked(iconv.encode(text, 'windows-1251'), 5), 'csv');
    expect(r.encoding).toBe('windows-1251');
    expect(r.records[0]?.title).toBe('Новости дня');
    expect(r.records[0]?.text).toMatch(/^Министр иностранных дел заявил/);
  });

  it('reads gzipped JSONL and keeps valid lines around invalid ones', async () => {
    const r = await collect('m.jsonl.gz', chunked(gzipSync(jsonl), 10), 'jsonl');
    expect(r.records.map((x) => x.source_part)).toEqual(['line:1', 'line:4']);
    expect(r.rejects.map((x) => [x.source_part, x.error_code])).toEqual([['line:2', 'undecodable']]);
  });

  it.each([
    ['header.csv', 'title,text\n', 'csv'],
    ['blank.jsonl', '\n\n', 'jsonl'],
  ] as const)('an export with no rows (%s) is one empty reject', async (key, body, format) => {
    const r = await collect(key, [Buffer.from(body)], format);
    expect(r.records).toEqual([]);
    expect(r.rejects.map((x) => x.error_code)).toEqual(['empty']);
  });

  it('yields batches of the requested size', async () => {
    const rows = [
      'title,text',
      ...Array.from(
        { length: 25 },
        (_, i) => `Headline ${i},"Story number ${i} tells how the council met on Monday to discuss the new bridge over the river."`,
      ),
    ].join('\n');
    let batches = 0;
    let n = 0;
    for await (const b of processTabularStream({ key: 'many.csv', chunks: [Buffer.from(rows)] }, 'csv', { batchSize: 10 })) {
      batches++;
      n += b.records.length + b.rejects.length;
    }
    expect(n).toBe(25);
    expect(batches).toBe(3);
  });
});
