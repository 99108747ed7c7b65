/**
 * CSV/TSV exports and JSON/JSONL dumps -> one SourceDoc per row, object or line.
 * CSV parsing is papaparse (RFC 4180, quoted newlines); the delimiter and quote character are
 * chosen by trying each candidate on the first rows and keeping the one that gives the most
 * consistent field count above one.
 */
import Papa from 'papaparse';
import { truncateCodePoints } from '../corpus.ts';
import { sha256Hex } from '../hash.ts';
import type { SourceDoc } from '../types.ts';
import { applyMapping, type FieldMapping, flatten, mapFields, normalizeFieldName } from './fields.ts';
import { extractHtml } from './html.ts';

/** A row that could not become a document. */
export interface PartReject {
  part: string;
  code: 'no_content' | 'undecodable';
  reason: string;
}

export interface TabularSplit {
  docs: SourceDoc[];
  rejects: PartReject[];
  /** Set when the whole file is not an article export (no text column): one reject for the file. */
  fileReject?: string;
  /** The mapping used (for the manifest and for error messages). */
  mapping: FieldMapping;
}

/** Without a column named like text, the longest column must average this many characters and words to be the text. */
const MIN_TEXT_COLUMN_CHARS = 80;
const MIN_TEXT_COLUMN_WORDS = 10;

const DELIMITERS = [',', ';', '\t', '|'] as const;
const QUOTES = ['"', "'"] as const;
/** News-API truncation marker: "… [+1683 chars]". */
const TRUNCATION = /\s*\[\+\d+ chars\]\s*$/;

/** Guess delimiter and quote character from the first rows (consistent field counts win). */
export function sniffDialect(text: string, nameHint = ''): { delimiter: string; quoteChar: string } {
  const sample = text.slice(0, 64 * 1024);
  let best = { delimiter: nameHint.endsWith('.tsv') ? '\t' : ',', quoteChar: '"', score: -1 };
  for (const quoteChar of QUOTES) {
    for (const delimiter of DELIMITERS) {
      const res = Papa.parse<string[]>(sample, { delimiter, quoteChar, preview: 30, skipEmptyLines: true });
      const rows = res.data.slice(0, -1).length >= 2 ? res.data.slice(0, -1) : res.data; // last row may be cut
      if (rows.length === 0) continue;
      const counts = new Map<number, number>();
      for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
      const [fields, freq] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [1, 0];
      if (fields < 2) continue;
      const consistency = freq / rows.length;
      const quoteErrors = res.errors.filter((e) => e.type === 'Quotes').length;
      // Cells still wrapped in a quote character were quoted with the other one.
      const stillQuoted = rows.flat().filter((c) => c.length > 1 && /^["']/.test(c) && c.endsWith(c[0] as string)).length;
      const score =
        consistency * 100 -
        quoteErrors * 10 -
        (stillQuoted / rows.length) * 20 +
        Math.min(fields, 10) * 0.1 +
        (quoteChar === '"' ? 0.05 : 0);
      if (score > best.score) best = { delimiter, quoteChar, score };
    }
  }
  return { delimiter: best.delimiter, quoteChar: best.quoteChar };
}

function looksLikeHeader(first: string[], second: string[] | undefined): boolean {
  const mapped = mapFields(first);
  if (mapped.text || mapped.title) return true;
  const short = first.every((c) => c.length < 40 && !/^\d+([.,]\d+)?$/.test(c.trim()));
  const longLater = (second ?? []).some((c) => c.length > 80);
  return short && longLater && first.some((c) => /\p{L}/u.test(c));
}

function makeDoc(
  key: string,
  part: string,
  format: string,
  raw: unknown,
  row: Record<string, unknown>,
  mapping: FieldMapping,
): SourceDoc | PartReject {
  const { text, meta, extra } = applyMapping(row, mapping);
  const removed: { text: string; reason: string }[] = [];
  let body = text;
  const cut = TRUNCATION.exec(body);
  if (cut) {
    removed.push({ text: cut[0].trim(), reason: 'truncation-marker' });
    body = body.slice(0, cut.index);
  }
  let captions: string[] = [];
  if (/^\s*</.test(body) && /<\/(?:p|div|article|span)>/i.test(body)) {
    const x = extractHtml(body);
    body = x.paragraphs.join('\n\n');
    captions = x.captions;
    removed.push(...x.removed);
  }
  if (!body.trim()) {
    return { part, code: 'no_content', reason: `no article text in this ${format} entry (text field: ${mapping.text ?? 'none found'})` };
  }
  return {
    sourceKey: key,
    sourcePart: part,
    format,
    sha256: sha256Hex(typeof raw === 'string' ? raw : JSON.stringify(raw)),
    text: body,
    titleInText: false,
    meta,
    removed,
    captions,
    credits: [],
    extra: capExtra(extra),
  };
}

/** Longest value kept in `extra`, in code points; longer ones are cut (never inside a surrogate pair). */
export const MAX_EXTRA_CHARS = 2000;

function capExtra(extra: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(extra);
  if (keys.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = extra[k];
    out[k] = typeof v === 'string' && v.length > MAX_EXTRA_CHARS ? `${truncateCodePoints(v, MAX_EXTRA_CHARS)}…` : v;
  }
  return out;
}

/** How a CSV/TSV file is laid out: dialect, header, column names and their mapping. */
export interface CsvLayout {
  delimiter: string;
  quoteChar: string;
  header: boolean;
  names: string[];
  mapping: FieldMapping;
  /** Set when no column holds article text: the file is one reject. */
  fileReject?: string;
}

/**
 * Work out a CSV/TSV layout from its first rows (the first 64 KiB are enough).
 * A header row is recognised by known column names, or by short labels above long cells;
 * without one, columns are `column1..n` and the longest column on average is the text.
 */
export function csvLayout(key: string, head: string, override: FieldMapping = {}): CsvLayout {
  const { delimiter, quoteChar } = sniffDialect(head, key);
  const sample = Papa.parse<string[]>(head, { delimiter, quoteChar, skipEmptyLines: 'greedy', preview: 200 }).data;
  const rows = sample.length > 2 ? sample.slice(0, -1) : sample; // the last row of a head may be cut
  const header = rows.length > 0 && looksLikeHeader(rows[0] ?? [], rows[1]);
  const width = Math.max(0, ...rows.slice(0, 50).map((r) => r.length));
  const names = header
    ? (rows[0] ?? []).map((h, i) => h.trim() || `column${i + 1}`)
    : Array.from({ length: width }, (_, i) => `column${i + 1}`);
  let mapping = mapFields(names, override);
  if (!mapping.text && names.length) {
    const data = rows.slice(header ? 1 : 0);
    const avg = names.map((_, i) => data.reduce((s, r) => s + (r[i]?.length ?? 0), 0) / Math.max(1, data.length));
    const best = Math.max(...avg);
    const col = avg.indexOf(best);
    const words = data.reduce((s, r) => s + (r[col]?.split(/\s+/).length ?? 0), 0) / Math.max(1, data.length);
    if (best < MIN_TEXT_COLUMN_CHARS || words < MIN_TEXT_COLUMN_WORDS) {
      return {
        delimiter,
        quoteChar,
        header,
        names,
        mapping,
        fileReject: `no column looks like article text: none is named like text/content/body, and the longest column (${names[avg.indexOf(best)]}) averages ${Math.round(best)} characters`,
      };
    }
    mapping = mapFields(names, { ...override, text: names[avg.indexOf(best)] });
  }
  return { delimiter, quoteChar, header, names, mapping };
}

/** One CSV data row (1-based `index`) to a document or a part reject. */
export function csvRowToDoc(key: string, format: string, layout: CsvLayout, cells: string[], index: number): SourceDoc | PartReject {
  const row: Record<string, unknown> = {};
  layout.names.forEach((n, j) => {
    row[n] = cells[j] ?? '';
  });
  return makeDoc(key, `row:${index}`, format, cells, row, layout.mapping);
}

/** Split a CSV or TSV export held in memory: one document per data row (`row:N`, 1-based data row). */
export function splitCsv(key: string, text: string, format: 'csv' | 'tsv', override: FieldMapping = {}): TabularSplit {
  const layout = csvLayout(key, text.slice(0, 64 * 1024), override);
  const out: TabularSplit = { docs: [], rejects: [], mapping: layout.mapping };
  if (layout.fileReject) {
    out.fileReject = layout.fileReject;
    return out;
  }
  const rows = Papa.parse<string[]>(text, { delimiter: layout.delimiter, quoteChar: layout.quoteChar, skipEmptyLines: 'greedy' }).data;
  const body = layout.header ? rows.slice(1) : rows;
  body.forEach((cells, i) => {
    const doc = csvRowToDoc(key, format, layout, cells, i + 1);
    if ('code' in doc) out.rejects.push(doc);
    else out.docs.push(doc);
  });
  return out;
}

/** One JSONL line (1-based physical line number) to a document or a part reject, with a mapping made from earlier lines. */
export function jsonlLineToDoc(key: string, line: string, lineNo: number, mapping: FieldMapping): SourceDoc | PartReject | null {
  const t = line.trim();
  if (!t) return null;
  const part = `line:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    return { part, code: 'undecodable', reason: `line ${lineNo} is not valid JSON (${(e as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { part, code: 'no_content', reason: `line ${lineNo} is not a JSON object` };
  }
  return makeDoc(key, part, 'jsonl', t, flatten(value as Record<string, unknown>), mapping);
}

/** A field mapping for JSONL from its first lines (the first 64 KiB are enough). */
export function jsonlMapping(head: string, override: FieldMapping = {}): FieldMapping {
  const names = new Set<string>();
  for (const line of head.split('\n').slice(0, 200)) {
    try {
      const v = JSON.parse(line);
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const k of Object.keys(flatten(v))) names.add(k);
    } catch {
      // a cut or bad line: skipped here, reported when it is read
    }
  }
  return mapFields([...names], override);
}

function objectsToDocs(
  key: string,
  format: string,
  items: { part: string; value: unknown; raw: unknown }[],
  override: FieldMapping,
): TabularSplit {
  const out: TabularSplit = { docs: [], rejects: [], mapping: {} };
  const flat = items.map((it) => ({
    ...it,
    row: it.value && typeof it.value === 'object' && !Array.isArray(it.value) ? flatten(it.value as Record<string, unknown>) : null,
  }));
  const names = new Set<string>();
  for (const f of flat.slice(0, 200)) if (f.row) for (const k of Object.keys(f.row)) names.add(k);
  const mapping = mapFields([...names], override);
  out.mapping = mapping;
  for (const f of flat) {
    if (!f.row) {
      out.rejects.push({
        part: f.part,
        code: 'no_content',
        reason: `this ${format} entry is not an object (it is ${Array.isArray(f.value) ? 'an array' : typeof f.value})`,
      });
      continue;
    }
    const doc = makeDoc(key, f.part, format, f.raw, f.row, mapping);
    if ('code' in doc) out.rejects.push(doc);
    else out.docs.push(doc);
  }
  return out;
}

/** Split JSON Lines: one document per non-empty line (`line:N`, 1-based physical line). Bad lines are rejects. */
export function splitJsonl(key: string, text: string, override: FieldMapping = {}): TabularSplit {
  const items: { part: string; value: unknown; raw: unknown }[] = [];
  const bad: PartReject[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const part = `line:${i + 1}`;
    try {
      items.push({ part, value: JSON.parse(t), raw: t });
    } catch (e) {
      bad.push({ part, code: 'undecodable', reason: `line ${i + 1} is not valid JSON (${(e as Error).message})` });
    }
  });
  const out = objectsToDocs(key, 'jsonl', items, override);
  out.rejects.push(...bad);
  return out;
}

/**
 * Split a JSON document: an array of objects (`item:N`, 1-based), an object holding such an
 * array under a key like `articles`/`data`/`items`, or a single object (part null).
 */
export function splitJson(key: string, text: string, override: FieldMapping = {}): TabularSplit {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      docs: [],
      rejects: [{ part: '', code: 'undecodable', reason: `the file is not valid JSON (${(e as Error).message})` }],
      mapping: {},
    };
  }
  let list: unknown[] | null = Array.isArray(data) ? data : null;
  if (!list && data && typeof data === 'object') {
    const arrays = Object.entries(data as Record<string, unknown>).filter(
      ([, v]) => Array.isArray(v) && v.some((x) => x && typeof x === 'object'),
    );
    const named = arrays.find(([k]) =>
      /^(articles|data|items|results|documents|docs|records|entries|posts|news)$/i.test(normalizeFieldName(k)),
    );
    if (named) list = named[1] as unknown[];
    else if (arrays.length === 1) list = arrays[0]?.[1] as unknown[];
  }
  if (!list) {
    const out = objectsToDocs(key, 'json', [{ part: '', value: data, raw: text }], override);
    for (const d of out.docs) d.sourcePart = null;
    return out;
  }
  return objectsToDocs(
    key,
    'json',
    list.map((value, i) => ({ part: `item:${i + 1}`, value, raw: value })),
    override,
  );
}
