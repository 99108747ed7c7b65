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

  it('puts figure captions aside', () => {
    expect(x.captions).toEqual(['The new barrier on the Thames at Marlow']);
    expect(x.paragraphs.join('\n')).not.toContain('The new barrier on the Thames at Marlow');
  });
});
