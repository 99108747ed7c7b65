import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../lib/core/sniff.ts';

describe('sniffFormat', () => {
  it.each([
    ['article.txt', 'Title\n\nBody text.', 'text'],
    ['page.txt', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', 'html'],
    ['page', '  <html lang="fr"><body><p>x</p></body></html>', 'html'],
    ['no-extension', '<!-- saved from url -->\n<html><body>', 'html'],
    ['page.html', 'just text that was saved with an html name', 'html'],
    ['data.jsonl', '{"title":"a"}\n{"title":"b"}\n', 'jsonl'],
    ['data.json', '[{"title":"a"}]', 'json'],
    ['export.csv', 'title,text\na,b\n', 'csv'],
    ['export.tsv', 'title\ttext\n', 'tsv'],
    ['blob.bin', 'abc\u0000def', 'binary'],
    ['archive.txt.gz', 'Title\n\nBody', 'text'],
  ])('%s -> %s', (name, text, expected) => {
    expect(sniffFormat(name, text)).toBe(expected);
  });
});
