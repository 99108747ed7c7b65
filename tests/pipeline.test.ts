import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { documentId, processObject } from '../lib/core/pipeline.ts';
import { RecordSchema } from '../lib/core/schema.ts';

const sampleBytes = readFileSync(new URL('../examples/000_7d8e50182e11c8a8.txt', import.meta.url));

describe('whole pipeline on the user sample article (RT France)', () => {
  const result = processObject({ key: '000_7d8e50182e11c8a8.txt', bytes: sampleBytes }, { now: new Date('2026-01-01') });
  const rec = result.records[0];

  it('gives one valid record and no reject', () => {
    expect(result.rejects).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(RecordSchema.safeParse(rec).success).toBe(true);
    expect(result.format).toBe('text');
    expect(result.encoding).toBe('utf-8');
  });

  it('keeps the story and drops the banner, follow, read-also, caption and credit lines', () => {
    const text = rec?.text ?? '';
    expect(text.startsWith('Le ministère russe des Affaires étrangères a nié')).toBe(true);
    expect(text).toContain('La France appelle la Syrie et la Russie à empêcher les bombardements');
    expect(text.endsWith('empêcher la poursuite de ces bombardements.»')).toBe(true);
    for (const junk of [
      'Suivez RT',
      'Telegram',
      'Lire aussi',
      'cookies',
      'Tout Accepter',
      'Un avion russe Su-24 en Syrie',
      '© Ministère',
      'Source: Sputnik',
      "Raconter l'actualité",
    ]) {
      expect(text).not.toContain(junk);
    }
    expect(text.split('\n\n')).toHaveLength(8);
  });

  it('fills title, outlet, language, related headlines, captions and credits', () => {
    expect(rec?.title).toBe('La Défense russe conteste la mort de 150 civils dans ses raids aériens sur Idleb');
    expect(rec?.outlet).toBe('RT en français');
    expect(rec?.language).toBe('fr');
    expect(rec?.published).toBeNull();
    expect(rec?.related_headlines).toEqual([
      "Frappes russes à Idleb : Moscou dément les accusations de l'OSDH, images à l'appui (VIDEO)",
      'Des rebelles syriens «modérés» se seraient filmés en train de décapiter un enfant à Alep',
    ]);
    expect(rec?.captions).toEqual(['Un avion russe Su-24 en Syrie']);
    expect(rec?.credits).toEqual(['Ministère russe de la Défense', 'Sputnik']);
  });

  it('extracts quotes with speakers and exact UTF-16 offsets, entities, counts and sources', () => {
    const quotes = rec?.quotes ?? [];
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    for (const q of quotes) expect(rec?.text.slice(q.start, q.end)).toBe(q.text);
    expect(quotes[0]).toMatchObject({ speaker: 'Igor Konachenkov', verb: 'a déclaré' });
    expect(quotes.find((q) => q.text.startsWith('La France condamne'))?.speaker).toBe('Agnès Romatet-Espagne');
    expect(rec?.persons).toEqual(expect.arrayContaining(['Igor Konachenkov', 'Agnès Romatet-Espagne']));
    expect(rec?.locations).toEqual(expect.arrayContaining(['Idleb', 'Syrie', 'Moscou']));
    expect(rec?.counts).toEqual([expect.objectContaining({ value: 150, object: 'civils', kind: 'killed' })]);
    expect(rec?.sources_cited).toContain('Reuters');
  });

  it('keeps every removed piece with its reason', () => {
    const reasons = new Set(rec?.removed.map((r) => r.reason));
    for (const r of ['repeated-title', 'caption', 'follow-call', 'read-also', 'cookie-banner']) expect(reasons.has(r)).toBe(true);
    expect(rec?.removed.some((r) => r.text === 'Suivez RT en français sur Telegram')).toBe(true);
  });

  it('gives the same id for the same upload, a different one for another key', () => {
    const again = processObject({ key: '000_7d8e50182e11c8a8.txt', bytes: sampleBytes });
    expect(again.records[0]?.id).toBe(rec?.id);
    expect(rec?.id).toBe(documentId('000_7d8e50182e11c8a8.txt', null, rec?.source_sha256 ?? ''));
    expect(processObject({ key: 'copy.txt', bytes: sampleBytes }).records[0]?.id).not.toBe(rec?.id);
  });

  it('reads the same article gzipped, and in Windows-1252', () => {
    const gz = processObject({ key: 'a.txt.gz', bytes: gzipSync(sampleBytes) });
    expect(gz.records[0]?.text).toBe(rec?.text);
    const cp = processObject({ key: 'b.txt', bytes: iconv.encode(sampleBytes.toString('utf8'), 'windows-1252') });
    expect(cp.encoding).toBe('windows-1252');
    expect(cp.records[0]?.text).toBe(rec?.text);
  });
});

describe('bad input becomes rejects with a reason', () => {
  it('reads a minified one-line JSON export as JSON, not JSONL', () => {
    const r = processObject({
      key: 'api.json',
      bytes: Buffer.from(
        '{"articles":[{"title":"A","text":"The council met on Monday and approved the budget for the new school year."}]}',
      ),
    });
    expect(r.format).toBe('json');
    expect(r.records.map((x) => x.source_part)).toEqual(['item:1']);
  });

  it.each([
    ['header.csv', 'title,text\n'],
    ['blank.jsonl', '\n\n'],
    ['none.json', '[]'],
  ])('an export with no articles (%s) is one empty reject', (key, body) => {
    const r = processObject({ key, bytes: Buffer.from(body) });
    expect(r.records).toEqual([]);
    expect(r.rejects.map((x) => x.error_code)).toEqual(['empty']);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty'],
    ['blob.bin', Buffer.from([0x00, 0x01, 0x02, 0x00, 0x41]), 'unsupported_format'],
    ['cut.txt.gz', gzipSync(Buffer.from('Title\n\nBody of the story.')).subarray(0, 12), 'undecodable'],
    ['only-banner.txt', Buffer.from('Accept all cookies\n\nWe use cookies to improve your experience. Accept all'), 'no_content'],
    [
      'consent-wall.html',
      Buffer.from(
        '<!doctype html><html lang="en"><head><title>Before you continue</title></head><body><div class="consent"><h1>Before you continue</h1>' +
          '<p>We use cookies and data to deliver and maintain our services, measure audience engagement and show personalised ads. ' +
          'By clicking Accept all, you agree to our use of cookies. Manage your privacy settings at any time.</p>' +
          '<button>Accept all</button><button>Reject all</button></div></body></html>',
      ),
      'extraction_failed',
    ],
    ['report.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'unsupported_format'],
    [
      'letter.docx',
      Buffer.from(
        zipSync({
          '[Content_Types].xml': strToU8(
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          ),
          'word/document.xml': strToU8(
            '<w:document><w:body><w:p><w:r><w:t>The council met on Monday.</w:t></w:r></w:p></w:body></w:document>',
          ),
        }),
      ),
      'unsupported_format',
    ],
  ])('%s -> %s', (key, bytes, code) => {
    const r = processObject({ key, bytes });
    expect(r.records).toEqual([]);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]?.error_code).toBe(code);
    expect(r.rejects[0]?.source_key).toBe(key);
    expect(r.rejects[0]?.reason.length).toBeGreaterThan(10);
  });
});

describe('publication date', () => {
  const at = (text: string) =>
    processObject({ key: 'd.txt', bytes: Buffer.from(text) }, { now: new Date('2026-01-01') }).records[0]?.published ?? null;
  const story =
    'Die Verhandlungen in der Hauptstadt dauerten bis spät in die Nacht, und die Delegationen stritten über jeden einzelnen Absatz des Entwurfs.';

  it('is not an event date inside the lead', () => {
    expect(
      at(`Ein Gipfel ohne Ergebnis\n\nDie Sitzung des Rates am 23. Juni 2022 sollte ein Festtag werden. ${story}\n\n${story}`),
    ).toBeNull();
  });

  it('comes from a dateline before the dash, or from a publication notice at the end', () => {
    expect(at(`Ein Gipfel ohne Ergebnis\n\nBERLIN, 3. März 2025 – ${story}\n\n${story}`)).toBe('2025-03-03');
    expect(
      at(
        `Ein Gipfel ohne Ergebnis\n\n${story}\n\n${story}\n\nDer Artikel erschien in gekürzter Fassung am 1. Juli 2022 in einer Wochenzeitung.`,
      ),
    ).toBe('2022-07-01');
  });
});
