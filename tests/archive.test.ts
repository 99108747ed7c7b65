import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { unsafeEntryName, zipDeclaredEntries } from '../lib/core/archive.ts';
import { processObject } from '../lib/core/pipeline.ts';

const article = readFileSync(new URL('../examples/en-harbour-strike.txt', import.meta.url));
const article2 = readFileSync(new URL('../examples/de-hochwasser.txt', import.meta.url));
const csv = readFileSync(new URL('./fixtures/tabular/semicolon.csv', import.meta.url));

describe('zip and tar archives', () => {
  it('processes each entry of a zip, with the entry path as source_part, rows inside entries as path#row:N', () => {
    const zip = zipSync({ 'news/en.txt': article, 'news/de.txt': article2, 'exports/k.csv': csv, 'news/': new Uint8Array(0) });
    const r = processObject({ key: 'batch.zip', bytes: zip });
    expect(r.format).toBe('zip');
    expect(r.rejects).toEqual([]);
    expect(r.records.map((x) => x.source_part).sort()).toEqual([
      'exports/k.csv#row:1',
      'exports/k.csv#row:2',
      'news/de.txt',
      'news/en.txt',
    ]);
    expect(r.records.every((x) => x.source_key === 'batch.zip')).toBe(true);
    const en = r.records.find((x) => x.source_part === 'news/en.txt');
    expect(en?.title).toBe('Dock workers in Port Elmsley walk out over automation plans');
  });

  it('skips system files that archivers add, with a reason, and reads the rest', () => {
    const zip = zipSync({ 'a.txt': article, '__MACOSX/._a.txt': strToU8('resource fork'), '.DS_Store': strToU8('x') });
    const r = processObject({ key: 'mac.zip', bytes: zip });
    expect(r.records.map((x) => x.source_part)).toEqual(['a.txt']);
    expect(r.rejects).toEqual([]);
    expect(r.skipped.map((x) => x.source_part).sort()).toEqual(['.DS_Store', '__MACOSX/._a.txt']);
    expect(r.skipped[0]?.reason).toMatch(/not an article/);
  });

  it('reads a nested zip and a tar.gz', () => {
    const inner = zipSync({ 'a.txt': article });
    const outer = zipSync({ 'inner.zip': inner, 'b.txt': article2 });
    const r = processObject({ key: 'outer.zip', bytes: outer });
    expect(r.records.map((x) => x.source_part).sort()).toEqual(['b.txt', 'inner.zip!/a.txt']);
    const tgz = gzipSync(
      createTar([
        { name: 'x/en.txt', data: new Uint8Array(article) },
        { name: 'x/de.txt', data: new Uint8Array(article2) },
      ]),
    );
    const t = processObject({ key: 'batch.tar.gz', bytes: tgz });
    expect(t.format).toBe('tar');
    expect(t.records.map((x) => x.source_part).sort()).toEqual(['x/de.txt', 'x/en.txt']);
  });

  it('rejects entries that climb out with ../ or are absolute, and still reads the others', () => {
    const zip = zipSync({ '../evil.txt': article, '/etc/passwd.txt': article, 'ok.txt': article2 });
    const r = processObject({ key: 'evil.zip', bytes: zip });
    expect(r.records.map((x) => x.source_part)).toEqual(['ok.txt']);
    expect(r.rejects.map((x) => [x.source_part, x.error_code]).sort()).toEqual([
      ['../evil.txt', 'unsafe_path'],
      ['/etc/passwd.txt', 'unsafe_path'],
    ]);
    expect(unsafeEntryName('a/../../b')).toMatch(/climbs out/);
    expect(unsafeEntryName('C:\\x.txt')).toMatch(/absolute/);
    expect(unsafeEntryName('a/b.txt')).toBeNull();
  });

  it('rejects a zip with 20,000 entries as a whole, without reading them', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20_000; i++) files[`f${i}.txt`] = strToU8('x');
    const zip = zipSync(files, { level: 0 });
    expect(zipDeclaredEntries(zip)).toBe(20_000);
    const r = processObject({ key: 'many.zip', bytes: zip });
    expect(r.records).toEqual([]);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]?.error_code).toBe('too_many_entries');
    expect(r.rejects[0]?.reason).toMatch(/20000 entries/);
  });

  it('stops a zip bomb entry while inflating', () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(40 * 1024 * 1024) }, { level: 1 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const r = processObject({ key: 'bomb.zip', bytes: zip });
    expect(r.records).toEqual([]);
    expect(r.rejects[0]?.error_code).toBe('suspicious_compression');
  });

  it('rejects a gzip bomb and a nesting deeper than the limit', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const r = processObject({ key: 'bomb.txt.gz', bytes: bomb }, { limits: { maxInflatedBytes: 32 * 1024 * 1024 } });
    expect(r.rejects.map((x) => x.error_code)).toEqual(['too_large']);
    const r2 = processObject({ key: 'big.txt.gz', bytes: bomb });
    expect(r2.rejects.map((x) => x.error_code)).toEqual(['suspicious_compression']);
    let nested: Uint8Array = zipSync({ 'a.txt': article });
    for (let i = 0; i < 4; i++) nested = zipSync({ [`level${i}.zip`]: nested });
    const r3 = processObject({ key: 'deep.zip', bytes: nested });
    expect(r3.records).toEqual([]);
    expect(r3.rejects[0]?.error_code).toBe('too_deep');
  });

  it('rejects a truncated gzip and a truncated zip with a reason', () => {
    const gz = gzipSync(article);
    const r = processObject({ key: 'cut.txt.gz', bytes: gz.subarray(0, gz.length - 20) });
    expect(r.rejects[0]?.error_code).toBe('undecodable');
    expect(r.rejects[0]?.reason).toMatch(/corrupt or truncated/);
    const zip = zipSync({ 'a.txt': article, 'b.txt': article2 });
    const z = processObject({ key: 'cut.zip', bytes: zip.subarray(0, Math.floor(zip.length / 2)) });
    expect(z.records.length + z.rejects.length).toBeGreaterThanOrEqual(1);
    expect(z.rejects.length).toBeGreaterThanOrEqual(1);
  });
});
