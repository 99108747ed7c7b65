import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../lib/core/split/html.ts';

const html = readFileSync(new URL('./fixtures/html/article.html', import.meta.url), 'utf8');

describe('extractHtml', () => {
  const x = extractHtml(html);

  it('reads metadata from JSON-LD and Open Graph', () => {
    expect(x.meta).toMatchObject({
      title: 'Flood barrier opens early in Marlow',
      published: '2024-02-11T08:30:00Z',
      authors: ['Hannah Webb'],
      outlet: 'The Valley Gazette',
      url: 'https://www.valleygazette.example/news/flood-barrier-marlow',
      language: 'en-GB',
    });
  });

  it('keeps the article paragraphs and intertitle in order, without navigation, banners or footers', () => {
    const text = x.paragraphs.join('\n');
    expect(x.paragraphs.some((p) => p.startsWith('The new flood barrier in Marlow was raised'))).toBe(true);
    expect(x.paragraphs).toContain('Residents relieved');
    expect(text.indexOf('The new flood barrier')).toBeLessThan(text.indexOf('The barrier cost £24 million'));
    for (const junk of ['Most read', 'Council tax to rise', 'All rights reserved', 'We use cookies', 'Sport']) {
      expect(text).not.toContain(junk);
    }
  });

  it('lists every block left out of the main content in removed', () => {
    const left = x.removed.filter((r) => r.reason === 'not-main-content').map((r) => r.text);
    expect(left).toEqual(expect.arrayContaining(['Most read', 'Council tax to rise', '© 2024 The Valley Gazette. All rights reserved.']));
    expect(left).not.toContain('Residents relieved');
  });

  it('splits a credit off a caption', () => {
    const y = extractHtml(
      '<html><body><article><p>A long enough paragraph of the story about the flood barrier in the town, with many words to pass every threshold of the extractor used here.</p><figure><figcaption>The barrier at dawn. Photo: John Smith/Valley Post</figcaption></figure><p>Another paragraph of the same story, long enough as well, about the river and its banks and the people who live there.</p></article></body></html>',
    );
    expect(y.captions).toEqual(['The barrier at dawn']);
    expect(y.removed).toContainEqual({ text: 'The barrier at dawn. Photo: John Smith/Valley Post', reason: 'caption' });
    expect(y.credits).toEqual(['John Smith/Valley Post']);
  });

  it('puts figure captions aside', () => {
    expect(x.captions).toEqual(['The new barrier on the Thames at Marlow']);
    expect(x.paragraphs.join('\n')).not.toContain('The new barrier on the Thames at Marlow');
  });
});
