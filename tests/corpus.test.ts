import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, DuplicateTracker, toCsv, toJsonlLine, truncateCodePoints } from '../lib/core/corpus.ts';
import { type CorpusRecord, RECORD_FIELDS, RecordSchema } from '../lib/core/schema.ts';

function record(over: Partial<CorpusRecord>): CorpusRecord {
  return RecordSchema.parse({
    id: 'a'.repeat(32),
    source_key: 'folder/article one.txt',
    source_part: null,
    source_format: 'text',
    source_sha256: 'b'.repeat(64),
    url: null,
    domain: null,
    outlet: 'RT en français',
    title: 'Titre',
    authors: [],
    published: '2017-09-28',
    language: 'fr',
    text: 'Premier paragraphe.\n\nSecond, avec "guillemets", virgule; point-virgule.',
    word_count: 8,
    quotes: [{ text: 'guillemets', speaker: null, verb: null, start: 35, end: 45 }],
    persons: ['Igor Konachenkov'],
    organizations: [],
    locations: ['Idleb'],
    counts: [{ value: 150, object: 'civils', kind: 'killed', text: 'au moins 150 civils' }],
    sources_cited: ['Reuters'],
    related_headlines: [],
    captions: [],
    credits: ['Sputnik'],
    removed: [{ text: 'Suivez RT en français sur Telegram', reason: 'follow-call' }],
    duplicate_of: null,
    pipeline_version: 'winnow/test',
    extra: null,
    ...over,
  });
}

describe('toCsv', () => {
  it('writes the schema columns in schema order, lists as JSON text, and parses back to the same values', () => {
    const recs = [record({}), record({ id: 'c'.repeat(32), text: 'Ligne 1\r\nLigne 2 «x»\n\nPara, "cité"', outlet: null, quotes: [] })];
    const csv = CSV_BOM + toCsv(recs, true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(RECORD_FIELDS);
    expect(parsed.data.map((r) => r.id)).toEqual(recs.map((r) => r.id));
    expect(parsed.data.map((r) => r.text)).toEqual(recs.map((r) => r.text));
    expect(JSON.parse(parsed.data[0]?.persons ?? '')).toEqual(['Igor Konachenkov']);
    expect(JSON.parse(parsed.data[0]?.counts ?? '')[0].value).toBe(150);
    expect(parsed.data[1]?.outlet).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', "'=HYPERLINK"],
    ['+33 1 23', "'+33"],
    ['-1 killed', "'-1"],
    ['@SUM(A1)', "'@SUM"],
    ['\tTabbed', "'\t"],
    ['=1+1\nsecond line of a multi-line cell', "'=1+1"],
  ])('makes formula-like cell %j safe', (title, prefix) => {
    const csv = toCsv([record({ title })], false);
    const [row] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const cell = row?.[RECORD_FIELDS.indexOf('title')] ?? '';
    expect(cell.startsWith(prefix)).toBe(true);
  });
});

describe('toJsonlLine', () => {
  it('escapes U+2028 and U+2029 so line-based readers do not split a record', () => {
    const line = toJsonlLine({ text: 'a\u2028b\u2029c' });
    expect(line).toBe('{"text":"a\\u2028b\\u2029c"}\n');
    expect(line.split(/[\n\u2028\u2029]/).length).toBe(2);
    expect(JSON.parse(line).text).toBe('a\u2028b\u2029c');
  });
});

describe('truncateCodePoints', () => {
  it('never leaves a lone surrogate', () => {
    expect(truncateCodePoints('a😀b', 2)).toBe('a😀');
    expect(truncateCodePoints('😀😀😀', 1)).toBe('😀');
    expect(truncateCodePoints('short', 10)).toBe('short');
  });
});

describe('DuplicateTracker', () => {
  it('marks a later record with the same text (case and spacing aside) as a duplicate of the first', () => {
    const t = new DuplicateTracker();
    const a = t.mark(record({ id: '1'.repeat(32), text: 'Same  story here.', quotes: [] }));
    const b = t.mark(record({ id: '2'.repeat(32), text: 'same story here.', quotes: [] }));
    expect(a.duplicate_of).toBeNull();
    expect(b.duplicate_of).toBe('1'.repeat(32));
  });
});
