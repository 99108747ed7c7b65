import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, repairMojibake } from '../lib/core/decode.ts';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Déjà vu', 'utf8')]), 'Déjà vu', 'utf-8', 'bom'],
    ['UTF-16 LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Привет', 'utf16le')]), 'Привет', 'utf-16le', 'bom'],
    ['UTF-16 BE BOM', Buffer.from([0xfe, 0xff, 0x04, 0x1f, 0x04, 0x40]), 'Пр', 'utf-16be', 'bom'],
    ['strict UTF-8', Buffer.from('«Ça va», dit-il — 10 €', 'utf8'), '«Ça va», dit-il — 10 €', 'utf-8', 'strict-utf8'],
  ])('%s', (_name, bytes, text, encoding, via) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.via).toBe(via);
    expect(d.replacementChars).toBe(0);
  });

  it('decodes Windows-1252 curly quotes, euro sign and dashes with the real table (not C1 controls)', () => {
    // 0x93/0x94 curly quotes, 0x80 euro, 0x96 en dash, 0x97 em dash, 0xE9 é
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x97, 0x20, 0x6f, 0x6b]);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('“Café” – 5€ — ok');
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it.each([
    ['windows-1251', 'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Москве.'],
    ['koi8-r', 'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Москве.'],
    ['windows-1250', 'Prezydent powiedział, że rozmowy odbędą się w przyszłym tygodniu w Krakowie, gdzie dziś trwa święto.'],
  ])('detects undeclared %s text with chardet', (enc, text) => {
    const d = decodeBytes(iconv.encode(text, enc));
    expect(d.via).toBe('detected');
    expect(d.text).toBe(text);
  });

  it('uses the charset an HTML page declares when its bytes are not UTF-8', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир</p></body></html>';
    const d = decodeBytes(iconv.encode(html, 'windows-1251'));
    expect(d.via).toBe('declared');
    expect(d.text).toContain('Привет, мир');
  });

  it('trusts valid UTF-8 over a wrong declaration (a page declaring gb2312 but stored as UTF-8)', () => {
    const html = '<meta charset="gb2312"><p>新闻 — 中国</p>';
    expect(decodeBytes(Buffer.from(html, 'utf8')).text).toBe(html);
  });

  it('uses the Content-Type charset given by the store', () => {
    const d = decodeBytes(iconv.encode('Gęś i żółw', 'windows-1250'), 'windows-1250');
    expect(d.text).toBe('Gęś i żółw');
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252, line by line', () => {
    const broken = 'Chuvas: sobe para 31 o nÃºmero de mortos\nAtualizado hÃ¡ 2 horas â€” Recife\nclean line';
    const r = repairMojibake(broken);
    expect(r.text).toBe('Chuvas: sobe para 31 o número de mortos\nAtualizado há 2 horas — Recife\nclean line');
    expect(r.repairedLines).toBe(2);
  });

  it('leaves correct text alone', () => {
    const ok = 'naïve café — “ok” Ñoño, São Paulo, Größe';
    expect(repairMojibake(ok)).toEqual({ text: ok, repairedLines: 0 });
  });
});
