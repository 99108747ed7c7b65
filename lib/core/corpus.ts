/**
 * Corpus serialisation (pure): JSONL lines, CSV rows, duplicate tracking and the manifest.
 * File and object I/O live in the driver (`lib/run.ts`).
 */
import Papa from 'papaparse';
import { sha256Hex } from './hash.ts';
import type { ObjectResult } from './pipeline.ts';
import { type CorpusRecord, RECORD_FIELDS, type Reject, SCHEMA_VERSION } from './schema.ts';
import { PIPELINE_VERSION } from './version.ts';

/**
 * Serialise one value as a JSONL line (with the trailing `\n`). U+2028 and U+2029 are escaped
 * (`\u2028`), since JSON.stringify leaves them raw and some JSON-lines readers split on them.
 */
export function toJsonlLine(value: unknown): string {
  return `${JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}\n`;
}

/**
 * Cut a string to at most `maxCodePoints` code points, never splitting a surrogate pair.
 * @example truncateCodePoints('a😀b', 2) // 'a😀'
 */
export function truncateCodePoints(s: string, maxCodePoints: number): string {
  if (s.length <= maxCodePoints) return s;
  let count = 0;
  let i = 0;
  while (i < s.length && count < maxCodePoints) {
    const cp = s.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    count++;
  }
  return s.slice(0, i);
}

/**
 * Cells that a spreadsheet would run as a formula: first character `=`, `+`, `-`, `@`, tab or
 * CR (OWASP "CSV injection"). Papaparse's own default pattern ends in `.*$` without the `s`
 * flag and so misses multi-line cells; this one checks the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The UTF-8 byte-order mark that makes Excel read a CSV as UTF-8. */
export const CSV_BOM = '\uFEFF';

function csvCell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/**
 * CSV text (RFC 4180, CRLF) for records: one column per schema field in schema order, list and
 * object fields as JSON text, formula-like cells prefixed with `'` (papaparse `escapeFormulae`).
 * @param header include the header row (first chunk of a file)
 */
export function toCsv(records: readonly CorpusRecord[], header: boolean): string {
  const data = records.map((r) => RECORD_FIELDS.map((f) => csvCell(r[f])));
  const csv = Papa.unparse(
    { fields: RECORD_FIELDS as string[], data },
    { header, newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  // papaparse ends a header-only table with a newline and a table with rows without one.
  return csv.length === 0 || csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/**
 * Marks records whose text repeats an earlier record's text (after whitespace and case
 * folding) with `duplicate_of` = that record's id.
 */
export class DuplicateTracker {
  private readonly seen = new Map<string, string>();

  /** Set `record.duplicate_of` when its text was seen before; returns the record. */
  mark(record: CorpusRecord): CorpusRecord {
    const key = sha256Hex(record.text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase());
    const first = this.seen.get(key);
    if (first && first !== record.id) record.duplicate_of = first;
    else if (!first) this.seen.set(key, record.id);
    return record;
  }
}

export interface OutputFile {
  name: string;
  bytes: number;
  sha256: string;
  lines?: number;
}

export interface InputSummary {
  source_key: string;
  format: string;
  encoding: string | null;
  records: number;
  rejects: number;
  /** Parts deliberately not read (system files in archives), or 1 for a skipped input. */
  skipped: number;
  replacement_chars: number;
  mojibake_lines_repaired: number;
}

/** An input or part deliberately not processed, with the reason (accounted, never silent). */
export interface SkippedInput {
  source_key: string;
  source_part: string | null;
  reason: string;
}

export interface Manifest {
  schema_version: string;
  pipeline_version: string;
  created_at: string;
  inputs_seen: number;
  records: number;
  rejects: number;
  skipped: number;
  duplicates: number;
  /** Records that lost paragraphs repeated across documents of their outlet (reason `repeated-across-documents`). */
  records_with_repeated_paragraphs_removed: number;
  by_language: Record<string, number>;
  by_outlet: Record<string, number>;
  by_format: Record<string, number>;
  rejects_by_code: Record<string, number>;
  replacement_chars: number;
  mojibake_lines_repaired: number;
  inputs: InputSummary[];
  skipped_inputs: SkippedInput[];
  files: OutputFile[];
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Accumulates per-object results into a {@link Manifest}. */
export class ManifestBuilder {
  private readonly inputs: InputSummary[] = [];
  private readonly byLanguage: Record<string, number> = {};
  private readonly byOutlet: Record<string, number> = {};
  private readonly byFormat: Record<string, number> = {};
  private readonly rejectCodes: Record<string, number> = {};
  private nRecords = 0;
  private nRejects = 0;
  private nDuplicates = 0;
  private replacement = 0;
  private mojibake = 0;
  private repeatedChanged = 0;
  /** True while batches of the same key may follow (reset by {@link endObject}). */
  private lastWasBatch = false;

  /** Results of the corpus-level second pass: duplicates counted again, records whose text changed. */
  setCorpusPass(duplicates: number, changed: number): void {
    this.nDuplicates = duplicates;
    this.repeatedChanged = changed;
  }

  /** Mark the end of one object's batches, so the next result starts a new input line. */
  endObject(): void {
    this.lastWasBatch = false;
  }
  private readonly skipped: SkippedInput[] = [];

  /** Count one processed object, or one more batch of the object counted last (call after duplicate marking). */
  add(result: ObjectResult): void {
    const last = this.inputs[this.inputs.length - 1];
    if (last && last.source_key === result.key && this.lastWasBatch) {
      last.records += result.records.length;
      last.rejects += result.rejects.length;
      last.skipped += result.skipped.length;
      last.replacement_chars += result.replacementChars;
      last.mojibake_lines_repaired += result.mojibakeLinesRepaired;
    } else
      this.inputs.push({
        source_key: result.key,
        format: result.format,
        encoding: result.encoding,
        records: result.records.length,
        rejects: result.rejects.length,
        skipped: result.skipped.length,
        replacement_chars: result.replacementChars,
        mojibake_lines_repaired: result.mojibakeLinesRepaired,
      });
    if (!this.lastWasBatch) bump(this.byFormat, result.format);
    this.lastWasBatch = true;
    for (const s of result.skipped) this.skipped.push({ source_key: result.key, source_part: s.source_part, reason: s.reason });
    this.mojibake += result.mojibakeLinesRepaired;
    this.replacement += result.replacementChars;
    for (const r of result.records) {
      this.nRecords++;
      bump(this.byLanguage, r.language);
      bump(this.byOutlet, r.outlet ?? '(unknown)');
      if (r.duplicate_of) this.nDuplicates++;
    }
    for (const j of result.rejects) this.addReject(j);
  }

  /** Count a reject that did not come from a processed object (e.g. an unreadable file). */
  addReject(j: Reject): void {
    this.nRejects++;
    bump(this.rejectCodes, j.error_code);
  }

  /** Count an input that could not be read at all (its reject is added separately). */
  addUnreadable(key: string): void {
    this.lastWasBatch = false;
    this.inputs.push({
      source_key: key,
      format: 'unknown',
      encoding: null,
      records: 0,
      rejects: 1,
      skipped: 0,
      replacement_chars: 0,
      mojibake_lines_repaired: 0,
    });
  }

  /** Count an input skipped before reading (e.g. a hidden system file), with its reason. */
  addSkipped(key: string, reason: string): void {
    this.lastWasBatch = false;
    this.inputs.push({
      source_key: key,
      format: 'skipped',
      encoding: null,
      records: 0,
      rejects: 0,
      skipped: 1,
      replacement_chars: 0,
      mojibake_lines_repaired: 0,
    });
    this.skipped.push({ source_key: key, source_part: null, reason });
  }

  build(files: OutputFile[], createdAt: Date = new Date()): Manifest {
    return {
      schema_version: SCHEMA_VERSION,
      pipeline_version: PIPELINE_VERSION,
      created_at: createdAt.toISOString(),
      inputs_seen: this.inputs.length,
      records: this.nRecords,
      rejects: this.nRejects,
      skipped: this.skipped.length,
      duplicates: this.nDuplicates,
      records_with_repeated_paragraphs_removed: this.repeatedChanged,
      by_language: this.byLanguage,
      by_outlet: this.byOutlet,
      by_format: this.byFormat,
      rejects_by_code: this.rejectCodes,
      replacement_chars: this.replacement,
      mojibake_lines_repaired: this.mojibake,
      inputs: this.inputs,
      skipped_inputs: this.skipped,
      files,
    };
  }
}
