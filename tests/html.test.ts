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

  const story = (extra: string) =>
    `<html><head><title>River rises in Marlow</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="main"><article><h1>River rises in Marlow</h1>${extra}<p>The river in Marlow rose by two metres overnight, the council said, and the new barrier held, keeping the water out of the lower streets.</p><p>Residents, who had been warned on Monday, moved cars and furniture, and the council opened the town hall, where about forty people spent the night.</p><p>The barrier, built last year at a cost of £24 million, was raised for the first time, and engineers said it worked as designed.</p></article></div><footer>© 2024 The Valley Gazette</footer></body></html>`;

  it('drops the headline repeating the title, and link-only blocks inside the article', () => {
    const y = extractHtml(
      story(
        '<p><a href="/other">COUNCIL TAX TO RISE NEXT YEAR</a></p><p>Source: <a href="https://example.org/report">https://example.org/report</a></p>',
      ),
    );
    expect(y.paragraphs).toHaveLength(4);
    expect(y.paragraphs[0]).toBe('Source: https://example.org/report');
    expect(y.paragraphs[1]).toMatch(/^The river in Marlow rose by two metres/);
    const left = y.removed.filter((r) => r.reason === 'not-main-content').map((r) => r.text);
    expect(left).toEqual(
      expect.arrayContaining(['COUNCIL TAX TO RISE NEXT YEAR', 'River rises in Marlow', 'Home News', '© 2024 The Valley Gazette']),
    );
  });

  it('treats caption-classed blocks as captions', () => {
    const y = extractHtml(
      story('<div class="image"><img src="a.jpg"><div class="caption-text">Water at the barrier on Tuesday. Photo: Ann Lee</div></div>'),
    );
    expect(y.captions).toEqual(['Water at the barrier on Tuesday']);
    expect(y.credits).toEqual(['Ann Lee']);
    expect(y.paragraphs.join('\n')).not.toContain('Water at the barrier');
  });

  it('takes the byline from the innermost author element and leaves it out of the text', () => {
    const y = extractHtml(
      story(
        '<div class="author"><img src="p.jpg"><a class="author__name" href="/a/ann">Ann Lee</a><div class="author__date">2 hours ago</div></div>',
      ),
    );
    expect(y.meta.authors).toEqual(['Ann Lee']);
    expect(y.paragraphs.join('\n')).not.toContain('Ann Lee');
  });

  it('reads an HTML fragment (a CSV cell) with <br><br> paragraphs', () => {
    const y = extractHtml(
      '<div>The council opened the town hall on Monday night, and about forty people slept there while the river rose.<br><br>The barrier held, engineers said on Tuesday, and no house in the lower streets was flooded this time.</div>',
    );
    expect(y.paragraphs).toEqual([
      'The council opened the town hall on Monday night, and about forty people slept there while the river rose.',
      'The barrier held, engineers said on Tuesday, and no house in the lower streets was flooded this time.',
    ]);
    expect(y.meta).toEqual({});
  });

  it('survives pathological nesting (flattened past the depth cap)', () => {
    const n = 5000;
    const y = extractHtml(
      `<html><body>${'<div>'.repeat(n)}<p>Deep text, with a comma, and enough words to be scored as a paragraph.</p>${'</div>'.repeat(n)}</body></html>`,
    );
    expect(y.paragraphs).toEqual(['Deep text, with a comma, and enough words to be scored as a paragraph.']);
  });
});
