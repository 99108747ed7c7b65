import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapFields, normalizeFieldName } from '../lib/core/split/fields.ts';
import { sniffDialect, splitCsv, splitJson, splitJsonl } from '../lib/core/split/tabular.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tabular/${name}`, import.meta.url), 'utf8');

describe('field mapping', () => {
  it.each([
    ['CONTENT_TITLE', 'content title'],
    ['publishedAt', 'published at'],
    ['raw.source.name', 'raw source name'],
  ])('normalises %s', (raw, norm) => expect(normalizeFieldName(raw)).toBe(norm));

  it('maps the usual column names, top-level before nested', () => {
    expect(mapFields(['', 'id', 'url', 'content', 'title', 'authors', 'type'])).toEqual({
      text: 'content',
      title: 'title',
      url: 'url',
      authors: 'authors',
    });
    expect(mapFields(['PUBLISHED_DATE', 'CONTENT_TITLE', 'TEXT', 'CONTENT_NEWSROOM'])).toEqual({
      text: 'TEXT',
      title: 'CONTENT_TITLE',
      published: 'PUBLISHED_DATE',
      outlet: 'CONTENT_NEWSROOM',
    });
    expect(mapFields(['title', 'raw.source.name', 'source', 'text']).outlet).toBe('source');
  });
});

describe('splitCsv', () => {
  it('detects ";" with quoted newlines and decimal commas, maps German headers', () => {
    const csv = fixture('semicolon.csv');
    expect(sniffDialect(csv)).toEqual({ delimiter: ';', quoteChar: '"' });
    const r = splitCsv('k/semicolon.csv', csv, 'csv');
    expect(r.rejects).toEqual([]);
    expect(r.docs.map((d) => d.sourcePart)).toEqual(['row:1', 'row:2']);
    expect(r.docs[0]?.meta).toEqual({ title: 'Brand in Lagerhalle', published: '12.03.2025', outlet: 'Kasseler Bote' });
    expect(r.docs[0]?.text).toBe(
      'Ein Feuer hat in der Nacht eine Lagerhalle in Kassel zerstört.\nVerletzt wurde niemand, teilte die Feuerwehr mit.',
    );
    expect(r.docs[1]?.text).toContain('12,5 Millionen Euro');
  });

  it('reads an unnamed index column and keeps the text of each row', () => {
    const r = splitCsv('a.csv', fixture('unnamed-index.csv'), 'csv');
    expect(r.docs.map((d) => d.meta.title)).toEqual(['Parks plan passes', 'Formula row']);
    expect(r.docs[0]?.text).toBe('City council votes on new parks plan.\n\nThe vote was close, 7 to 6.');
    expect(r.docs[0]?.meta.authors).toEqual(['Jane Roe']);
    expect(r.docs[0]?.meta.url).toBe('https://example.org/a');
    expect(r.docs[0]?.extra).toEqual({ column1: '0', id: '17', type: 'reliable' });
  });

  it("handles a headerless ';' file quoted with ' and picks the long column as text", () => {
    const csv = fixture('no-header-quote.csv');
    expect(sniffDialect(csv)).toEqual({ delimiter: ';', quoteChar: "'" });
    const r = splitCsv('b.csv', csv, 'csv');
    expect(r.docs).toHaveLength(2);
    expect(r.docs[1]?.text).toBe(
      'Das Stadttheater zeigt ab Freitag eine neue Inszenierung von "Faust" mit jungen Schauspielern aus der Region.',
    );
    expect(r.mapping.text).toBe('column2');
  });
});

describe('user mapping and HTML cells', () => {
  it('takes the text from the column the user names, and renders an HTML fragment to paragraphs', () => {
    const tsv =
      'headline\tbody_html\tlede\nBridge opens\t<p>The new bridge over the Avon opened on Saturday.</p><p>It took two years to build.</p>\tshort lede\n';
    const auto = splitCsv('m.tsv', tsv, 'tsv');
    expect(auto.mapping.text).toBe('body_html');
    const r = splitCsv('m.tsv', tsv, 'tsv', { text: 'lede' });
    expect(r.docs[0]?.text).toBe('short lede');
    const h = splitCsv('m.tsv', tsv, 'tsv', { text: 'body_html', title: 'headline' });
    expect(h.docs[0]?.text).toBe('The new bridge over the Avon opened on Saturday.\n\nIt took two years to build.');
    expect(h.docs[0]?.meta.title).toBe('Bridge opens');
  });
});

describe('splitJsonl and splitJson', () => {
  it('keeps valid lines as documents and makes each invalid line a reject with its line number', () => {
    const r = splitJsonl('m.jsonl', fixture('mixed.jsonl'));
    expect(r.docs.map((d) => d.sourcePart)).toEqual(['line:1', 'line:4']);
    expect(r.docs[0]?.meta).toEqual({ title: 'Storm closes schools', outlet: 'Avon Daily', published: '2024-01-19' });
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]?.part).toBe('line:2');
    expect(r.rejects[0]?.reason).toMatch(/^line 2 is not valid JSON/);
  });

  it('finds the article array inside a News-API style object', () => {
    const r = splitJson('n.json', fixture('newsapi.json'));
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0]?.sourcePart).toBe('item:1');
    expect(r.docs[0]?.meta).toMatchObject({ title: 'Market day returns', outlet: 'Town Crier', published: '2024-05-07T09:00:00Z' });
  });
});
