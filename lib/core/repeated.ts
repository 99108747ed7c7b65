/**
 * Corpus-level boilerplate: a paragraph that recurs across several documents of the same
 * outlet (or domain) in one corpus is site furniture (a standing promo, a donation appeal, an
 * author box), not story. Two passes: {@link RepeatedParagraphs.observe} every record, then
 * {@link RepeatedParagraphs.apply} to each record, which drops such paragraphs with the reason
 * `repeated-across-documents` and recomputes the fields that depend on the text.
 *
 * To spare the standard background paragraphs that agencies reuse on purpose (which are
 * content), a paragraph counts only when it sits among the first two or last three
 * paragraphs of a document, and recurs in at least {@link MIN_DOCS} documents and
 * {@link MIN_SHARE} of its group. Idea after the "boilerplate by frequency" filters of web-corpus
 * cleaning (e.g. the line-frequency filter of Penedo et al. 2023, RefinedWeb; datatrove).
 */
import { sha256Hex } from './hash.ts';
import { extractFields } from './pipeline.ts';
import { type CorpusRecord, RecordSchema } from './schema.ts';

/** Minimum number of documents of one group holding the paragraph. */
export const MIN_DOCS = 3;
/** Minimum share of the group's documents holding the paragraph. */
export const MIN_SHARE = 0.3;
/** Longer paragraphs are never taken as repeated boilerplate (they are reused story text). */
export const MAX_CHARS = 400;

const HEAD = 2;
const TAIL = 3;

function groupOf(r: CorpusRecord): string | null {
  return r.outlet ? `outlet:${r.outlet.toLowerCase()}` : r.domain ? `domain:${r.domain}` : null;
}

function fold(p: string): string {
  return sha256Hex(p.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).slice(0, 24);
}

function edgeParagraphs(text: string): { index: number; text: string }[] {
  const paras = text.split('\n\n');
  const out: { index: number; text: string }[] = [];
  paras.forEach((p, i) => {
    if ((i < HEAD || i >= paras.length - TAIL) && p.length <= MAX_CHARS) out.push({ index: i, text: p });
  });
  return out;
}

export class RepeatedParagraphs {
  /** Distinct stories per group. */
  private readonly docs = new Map<string, Set<string>>();
  /** Distinct stories per (group, paragraph). */
  private readonly counts = new Map<string, Set<string>>();

  /**
   * First pass: count each record's edge paragraphs in its group. Copies and updated versions
   * of one story count once: a story is known by its longest paragraph, so a paragraph must
   * recur across different stories to be taken as site furniture.
   */
  observe(r: CorpusRecord): void {
    const g = groupOf(r);
    if (!g) return;
    const paras = r.text.split('\n\n');
    const story = fold(paras.reduce((a, b) => (b.length > a.length ? b : a), ''));
    const docs = this.docs.get(g) ?? new Set<string>();
    this.docs.set(g, docs);
    docs.add(story);
    for (const p of edgeParagraphs(r.text)) {
      const k = `${g}\u0000${fold(p.text)}`;
      const set = this.counts.get(k) ?? new Set<string>();
      this.counts.set(k, set);
      set.add(story);
    }
  }

  /** True when at least one paragraph qualifies (a second pass is worth making). */
  get any(): boolean {
    for (const [k, n] of this.counts) if (this.qualifies(k, n.size)) return true;
    return false;
  }

  private qualifies(k: string, n: number): boolean {
    const g = k.slice(0, k.indexOf('\u0000'));
    const docs = this.docs.get(g)?.size ?? 0;
    return n >= MIN_DOCS && n >= MIN_SHARE * docs;
  }

  /**
   * Second pass: the record without its repeated paragraphs (and with them in `removed`), its
   * text-dependent fields recomputed; the same record when nothing repeats. A record whose
   * every paragraph repeats is left as it is (a corpus of one page type says nothing).
   */
  apply(r: CorpusRecord): CorpusRecord {
    const g = groupOf(r);
    if (!g) return r;
    const paras = r.text.split('\n\n');
    const drop = new Set<number>();
    for (const p of edgeParagraphs(r.text)) {
      const k = `${g}\u0000${fold(p.text)}`;
      if (this.qualifies(k, this.counts.get(k)?.size ?? 0)) drop.add(p.index);
    }
    if (drop.size === 0 || drop.size === paras.length) return r;
    const kept = paras.filter((_, i) => !drop.has(i));
    const removed = [...r.removed, ...[...drop].map((i) => ({ text: paras[i] ?? '', reason: 'repeated-across-documents' }))];
    const next: CorpusRecord = { ...r, ...extractFields(r.title, kept.join('\n\n'), r.language), removed };
    return RecordSchema.safeParse(next).success ? next : r;
  }
}

/** Split a stream of text chunks into lines (without the newline). */
export async function* linesOf(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const c of chunks) {
    const lines = (carry + (typeof c === 'string' ? c : decoder.decode(c, { stream: true }))).split('\n');
    carry = lines.pop() ?? '';
    yield* lines;
  }
  carry += decoder.decode();
  if (carry) yield carry;
}

/**
 * Second pass over a corpus: each record with its repeated paragraphs dropped
 * ({@link RepeatedParagraphs.apply}) and `duplicate_of` marked again on the new texts, in order.
 * @param records the first pass's records, in corpus order (read back from corpus.jsonl, or
 *   loaded again from the store)
 * @param markDuplicate the corpus's duplicate tracker (fresh), called on every record
 */
export async function* rewriteRecords(
  records: AsyncIterable<CorpusRecord>,
  repeated: RepeatedParagraphs,
  markDuplicate: (r: CorpusRecord) => CorpusRecord,
): AsyncGenerator<{ record: CorpusRecord; changed: boolean }> {
  for await (const before of records) {
    const record = markDuplicate(repeated.apply({ ...before, duplicate_of: null }));
    yield { record, changed: record.text !== before.text };
  }
}

/** Records of a JSONL line stream (blank lines skipped). */
export async function* recordsOf(lines: AsyncIterable<string>): AsyncGenerator<CorpusRecord> {
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as CorpusRecord;
}
