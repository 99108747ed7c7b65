import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { processObject } from '../lib/core/pipeline.ts';
import { RecordSchema, RejectSchema } from '../lib/core/schema.ts';
import { processTabularStream } from '../lib/core/stream.ts';

const fixture = (p: string) => new Uint8Array(readFileSync(new URL(p, import.meta.url)));
/** One seed input per format: text, HTML, CSV, JSONL, JSON, gzip, zip. */
const seeds: { key: string; bytes: Uint8Array }[] = [
  { key: 'a.txt', bytes: fixture('../examples/en-harbour-strike.txt') },
  { key: 'b.html', bytes: fixture('./fixtures/html/article.html') },
  { key: 'c.csv', bytes: fixture('./fixtures/tabular/semicolon.csv') },
  { key: 'd.jsonl', bytes: fixture('./fixtures/tabular/mixed.jsonl') },
  { key: 'e.json', bytes: fixture('./fixtures/tabular/newsapi.json') },
  { key: 'f.txt.gz', bytes: new Uint8Array(gzipSync(fixture('../examples/de-hochwasser.txt'))) },
  {
    key: 'g.zip',
    bytes: zipSync({ 'x.txt': fixture('../examples/ru-vstrecha.txt'), 'y.csv': fixture('./fixtures/tabular/unnamed-index.csv') }),
  },
];

/** Mutations: flip bytes, cut, duplicate a slice, insert random bytes. */
const mutated = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('flip', 'cut', 'dup', 'insert'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bytes: fc.uint8Array({ maxLength: 16 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ seed, edits }) => {
    const base = seeds[seed] ?? seeds[0]!;
    let b = Buffer.from(base.bytes);
    for (const e of edits) {
      const i = Math.floor(e.at * b.length);
      if (e.kind === 'flip' && b.length) {
        const j = Math.min(i, b.length - 1);
        b[j] = (b[j] ?? 0) ^ 0xff;
      } else if (e.kind === 'cut') b = b.subarray(0, i);
      else if (e.kind === 'dup') b = Buffer.concat([b.subarray(0, i), b.subarray(i, i + 64), b.subarray(i)]);
      else b = Buffer.concat([b.subarray(0, i), Buffer.from(e.bytes), b.subarray(i)]);
    }
    return { key: base.key, bytes: new Uint8Array(b) };
  });

const randomBytes = fc.record({
  key: fc.constantFrom('r.txt', 'r.html', 'r.csv', 'r.jsonl', 'r.json', 'r.gz', 'r.zip', 'r'),
  bytes: fc.uint8Array({ maxLength: 2048 }),
});

describe('property: any bytes, any format', () => {
  it('never throws, every record and reject passes its schema, and every input is accounted for', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, randomBytes), ({ key, bytes }) => {
        const r = processObject({ key, bytes });
        expect(r.records.length + r.rejects.length + r.skipped.length).toBeGreaterThan(0);
        for (const rec of r.records) expect(RecordSchema.safeParse(rec).success).toBe(true);
        for (const rej of r.rejects) {
          expect(RejectSchema.safeParse(rej).success).toBe(true);
          expect(rej.source_key).toBe(key);
        }
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });

  it('the streaming path never throws and yields a final batch for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutated, randomBytes),
        fc.constantFrom('csv', 'jsonl') as fc.Arbitrary<'csv' | 'jsonl'>,
        async ({ key, bytes }, format) => {
          let batches = 0;
          for await (const b of processTabularStream({ key, chunks: [bytes.subarray(0, 7), bytes.subarray(7)] }, format)) {
            batches++;
            for (const rec of b.records) expect(RecordSchema.safeParse(rec).success).toBe(true);
          }
          expect(batches).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
  });
});
