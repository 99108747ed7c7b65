/**
 * Zod contracts of the corpus: the record (spec `record.md`, contract version 1) and the
 * reject line. Field order here is the column order of `corpus.csv`.
 */
import { z } from 'zod';

/** Version of the record contract (`../shared/spec/record.md`). */
export const SCHEMA_VERSION = '1';

export const QuoteSchema = z.object({
  /** The quoted words, without quote marks. */
  text: z.string().min(1),
  /** Person or organisation the quote is attributed to (fullest form), or null. */
  speaker: z.string().nullable(),
  /** Speech verb of the attribution ("a déclaré", "said"), or null. */
  verb: z.string().nullable(),
  /** UTF-16 offset of the first quoted character in the record's `text`. */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset just past the last quoted character in the record's `text`. */
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const COUNT_KINDS = ['killed', 'wounded', 'arrested', 'displaced', 'missing', 'affected', 'other'] as const;
export const CountSchema = z.object({
  value: z.number().nonnegative(),
  object: z.string(),
  kind: z.enum(COUNT_KINDS),
  text: z.string(),
});
export type Count = z.infer<typeof CountSchema>;

export const RemovedSchema = z.object({ text: z.string(), reason: z.string().min(1) });
export type Removed = z.infer<typeof RemovedSchema>;

const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const RecordSchema = z
  .object({
    id: z.string().min(1),
    source_key: z.string().min(1),
    source_part: z.string().nullable(),
    source_format: z.string().min(1),
    source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
    url: z.string().nullable(),
    domain: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string(),
    authors: z.array(z.string()),
    published: z.string().regex(isoDate).nullable(),
    language: z.string().regex(/^(?:[a-z]{2}|und)$/),
    text: z.string().min(1),
    word_count: z.number().int().nonnegative(),
    quotes: z.array(QuoteSchema),
    persons: z.array(z.string()),
    organizations: z.array(z.string()),
    locations: z.array(z.string()),
    counts: z.array(CountSchema),
    sources_cited: z.array(z.string()),
    related_headlines: z.array(z.string()),
    captions: z.array(z.string()),
    credits: z.array(z.string()),
    removed: z.array(RemovedSchema),
    duplicate_of: z.string().nullable(),
    pipeline_version: z.string().min(1),
    /** Columns or fields of a CSV/JSON input that no record field took, as they were (long values cut). */
    extra: z.record(z.string(), z.unknown()).nullable(),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.quotes.forEach((q, i) => {
      if (q.end < q.start || q.end > r.text.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i],
          message: `offsets ${q.start}..${q.end} outside text of length ${r.text.length}`,
        });
      }
    });
  });
export type CorpusRecord = z.infer<typeof RecordSchema>;

/** Column order of `corpus.csv`: the schema's field order, never the first row's keys. */
export const RECORD_FIELDS = Object.keys(RecordSchema.shape) as (keyof CorpusRecord)[];

export const REJECT_CODES = [
  'empty',
  'undecodable',
  'unsupported_format',
  'no_content',
  'extraction_failed',
  'validation_failed',
  'too_large',
  'too_many_entries',
  'too_deep',
  'suspicious_compression',
  'unsafe_path',
  'internal_error',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const RejectSchema = z.object({
  source_key: z.string(),
  source_part: z.string().nullable(),
  reason: z.string().min(1),
  error_code: z.enum(REJECT_CODES),
  source_sha256: z.string().nullable().optional(),
  pipeline_version: z.string(),
});
export type Reject = z.infer<typeof RejectSchema>;
