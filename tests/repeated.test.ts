import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/run.ts';
import { MemoryStore } from '../lib/storage/store.ts';

const stories = [
  [
    'Ferry service resumes',
    'The ferry between Port Elmsley and Kelby resumed on Tuesday after storm damage to the pier was repaired, the operator said.',
  ],
  [
    'School roof repaired',
    'Builders finished repairing the roof of Harbour Primary School on Friday, two weeks ahead of the new term, the council said.',
  ],
  [
    'Market moves indoors',
    'The Saturday market will move into the old fish hall for the winter months, traders agreed at a meeting on Wednesday.',
  ],
  [
    'Library extends hours',
    'The town library will open until eight in the evening from next month, after a petition signed by 600 residents.',
  ],
];
const standing = 'Port Elmsley Gazette has covered the town and its harbour since 1887 and is owned by its staff.';

function article(title: string, body: string): string {
  return `${title}\n\n${body}\n\nMore local reporting from our newsroom continues below the fold in print editions.\n\n${standing}\n\nFollow Port Elmsley Gazette on Telegram\n`;
}

describe('paragraphs repeated across documents of one outlet', () => {
  it('are removed as repeated-across-documents, and the story paragraphs stay', async () => {
    const store = new MemoryStore();
    for (const [i, [t, b]] of stories.entries()) store.objects.set(`a${i}.txt`, Buffer.from(article(t ?? '', b ?? '')));
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-rep-'));
    const { manifest } = await buildCorpus({ sources: [{ store }], outDir: out });
    const recs = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs).toHaveLength(4);
    for (const [i, r] of recs.entries()) {
      expect(r.outlet).toBe('Port Elmsley Gazette');
      expect(r.text).not.toContain(standing);
      expect(r.text).toContain(stories[i]?.[1]);
      expect(r.removed).toContainEqual({ text: standing, reason: 'repeated-across-documents' });
    }
    expect(manifest.records_with_repeated_paragraphs_removed).toBe(4);
    const csv = readFileSync(path.join(out, 'corpus.csv'), 'utf8');
    expect(csv).not.toContain('owned by its staff.\r\n\r\n');
    expect(manifest.files.find((f) => f.name === 'corpus.jsonl')?.lines).toBe(4);
  });

  it('leave a corpus of unrelated documents untouched', async () => {
    const store = new MemoryStore();
    store.objects.set('one.txt', Buffer.from(article('Ferry service resumes', stories[0]?.[1] ?? '')));
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-rep1-'));
    const { manifest } = await buildCorpus({ sources: [{ store }], outDir: out });
    const rec = JSON.parse(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8'));
    expect(rec.text).toContain(standing);
    expect(manifest.records_with_repeated_paragraphs_removed).toBe(0);
  });
});

describe('versions and copies of one story', () => {
  it('keep their shared paragraphs', async () => {
    const store = new MemoryStore();
    const base = `${stories[0]?.[1]}\n\n"We expect the ferry to run on time from now on," the operator's manager Ruth Kane told reporters at the pier.\n\n${standing}\n\nFollow Port Elmsley Gazette on Telegram\n`;
    store.objects.set('v1.txt', Buffer.from(`Ferry service resumes\n\n${base}`));
    store.objects.set('v2.txt', Buffer.from(`Ferry service resumes (updated)\n\nUpdate: the first crossing left at 7 a.m.\n\n${base}`));
    store.objects.set(
      'v3.txt',
      Buffer.from(`Ferry service resumes (updated again)\n\nUpdate: a second boat joins the service next week.\n\n${base}`),
    );
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-rep-v-'));
    const { manifest } = await buildCorpus({ sources: [{ store }], outDir: out });
    expect(manifest.records_with_repeated_paragraphs_removed).toBe(0);
    const recs = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const r of recs) expect(r.text).toContain('Ruth Kane told reporters');
  });
});
