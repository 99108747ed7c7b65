/**
 * Key layout of the corpus bucket and the encoding of keys in S3 event notifications.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  corpusStamp,
  decodeS3EventKey,
  encodeS3EventKey,
  encodeSourceKey,
  inputSummaryKey,
  naturalCompare,
  parseLayoutKey,
  recordKey,
  rejectKey,
  safeDecode,
} from '../lib/cloud/keys.ts';

describe('decodeS3EventKey: + is a space, then percent-decoding, exactly once', () => {
  const cases: [string, string][] = [
    ['plain.txt', 'plain.txt'],
    ['my+file.txt', 'my file.txt'],
    ['a%2Bb.txt', 'a+b.txt'],
    ['caf%C3%A9/%C3%BCber+uns.html', 'café/über uns.html'],
    ['100%25+off.txt', '100% off.txt'],
    ['double%252Bencoded.txt', 'double%2Bencoded.txt'], // once, not twice
    ['bad%E9escape.txt', 'bad%E9escape.txt'], // not UTF-8: kept as written, no throw
    ['trailing%', 'trailing%'],
    ['%F0%9F%98%80.txt', '😀.txt'],
    ['dir/sub/x.csv', 'dir/sub/x.csv'],
  ];
  it.each(cases)('%s -> %s', (raw, decoded) => {
    expect(decodeS3EventKey(raw)).toBe(decoded);
  });

  it('encodes as S3 does in notifications', () => {
    expect(encodeS3EventKey('my file+ü.csv')).toBe('my+file%2B%C3%BC.csv');
    expect(encodeS3EventKey('dossier été/100% (v2).txt')).toBe('dossier+%C3%A9t%C3%A9/100%25+%28v2%29.txt');
  });

  it('decode(encode(key)) is the key, for any key (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (key) => {
        expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  it('safeDecode keeps a malformed run literally and decodes the rest', () => {
    expect(safeDecode('%C3%A9 and %E9')).toBe('é and %E9');
  });
});

describe('corpus layout keys', () => {
  const cases: [string, string | null, string][] = [
    ['a.txt', null, 'records/a.txt/_.json'],
    ['dossier été/a+b 100%.txt', null, 'records/dossier%20%C3%A9t%C3%A9/a%2Bb%20100%25.txt/_.json'],
    ['export.csv', 'row:12', 'records/export.csv/row%3A12.json'],
    ['export.csv', '_', 'records/export.csv/%5F.json'],
    ['../up/./x', 'a/b', 'records/%2E%2E/up/%2E/x/a%2Fb.json'],
  ];
  it.each(cases)('record of %s part %s is %s', (source, part, key) => {
    expect(recordKey(source, part)).toBe(key);
    expect(parseLayoutKey(key)).toEqual({ kind: 'record', sourceKey: source, part });
    expect(parseLayoutKey(rejectKey(source, part))).toEqual({ kind: 'reject', sourceKey: source, part });
  });

  it('the upload summary is told apart from parts', () => {
    expect(inputSummaryKey('a b.txt')).toBe('records/a%20b.txt/@input.json');
    expect(parseLayoutKey('records/a%20b.txt/@input.json')).toEqual({ kind: 'input', sourceKey: 'a b.txt', part: null });
    expect(parseLayoutKey(recordKey('x', '@input'))).toEqual({ kind: 'record', sourceKey: 'x', part: '@input' });
  });

  it.each(['corpus/latest/corpus.jsonl', 'records/x.txt', 'records/a/readme.md', 'other/a/_.json', 'records/a/@other.json'])(
    '%s is not a layout key',
    (k) => {
      expect(parseLayoutKey(k)).toBeNull();
    },
  );

  it('round-trips any source key and part (property); encoded keys are ASCII', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })),
        (source, part) => {
          const k = recordKey(source, part);
          expect(k).toMatch(/^[\x21-\x7e]+$/);
          expect(parseLayoutKey(k)).toEqual({ kind: 'record', sourceKey: source, part });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the outputs of a/b and a/b/c never share a folder level', () => {
    expect(encodeSourceKey('a/b')).toBe('a/b');
    expect(recordKey('a/b/c', null).startsWith('records/a/b/')).toBe(true);
    // a/b's own outputs are the direct children of records/a/b/; a/b/c's are one level deeper
    expect(recordKey('a/b/c', null).slice('records/a/b/'.length)).toContain('/');
  });

  it('corpus folders are named by UTC second', () => {
    expect(corpusStamp(new Date('2025-03-04T05:06:07.890Z'))).toBe('2025-03-04T05-06-07Z');
  });
});

describe('naturalCompare', () => {
  it('sorts parts by number, then text', () => {
    const parts = ['row:10', 'row:2', 'row:1', 'item:3', 'row:02', 'line:100', 'line:20'];
    expect([...parts].sort(naturalCompare)).toEqual(['item:3', 'line:20', 'line:100', 'row:1', 'row:2', 'row:02', 'row:10']);
  });
  it('is antisymmetric (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(naturalCompare(a, b)) + 0).toBe(-Math.sign(naturalCompare(b, a)) + 0);
        if (a !== b) expect(naturalCompare(a, b)).not.toBe(0);
      }),
    );
  });
});
