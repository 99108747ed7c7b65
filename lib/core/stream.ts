/**
 * Streaming path for large CSV/TSV and JSONL objects: bytes arrive in chunks, a stateful
 * decoder turns them into text (a character cut between two chunks is joined, never
 * garbled), papaparse or a line splitter turns the text into rows, and each row goes through
 * the same per-document core as the in-memory path. Memory stays flat with file size: only
 * the current batch of records is held.
 *
 * Resumable: rows (CSV/TSV data rows, 1-based) and lines (JSONL, 1-based) have fixed
 * positions in an object; a run can start after position N (rows up to N are parsed, so the
 * parser keeps its state, but never cleaned or extracted) and every batch states the last
 * position it covers. A driver with a time limit (Lambda) stops after any batch and resumes.
 *
 * Pure apart from node:zlib and node:stream (computation, no I/O): the caller supplies the chunks.
 */
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { DEFAULT_LIMITS } from './archive.ts';
import { countReplacement, decodeBytes, detectLegacyEncoding } from './decode.ts';
import { emptyResult, type ObjectResult, type PipelineOptions, processDocument, rejectLine } from './pipeline.ts';
import { type Format, sniffFormat } from './sniff.ts';
import { type CsvLayout, csvLayout, csvRowToDoc, jsonlLineToDoc, jsonlMapping, type PartReject } from './split/tabular.ts';
import type { SourceDoc } from './types.ts';

/** Bytes read before choosing the encoding, format and layout. */
export const HEAD_BYTES = 64 * 1024;

export interface StreamInput {
  key: string;
  /** Byte chunks of any sizes (an array of buffers works too). */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  contentType?: string | null;
}

export interface StreamOptions extends PipelineOptions {
  /** Records and rejects per yielded batch. Default 500. */
  batchSize?: number;
}

const GZ_TABULAR_NAME = /\.(csv|tsv|jsonl|ndjson)\.gz$/i;

/**
 * The streaming format of an object from its name and first bytes: CSV/TSV/JSONL by content,
 * or, when gzipped (content unseen), by a `.csv.gz` / `.tsv.gz` / `.jsonl.gz` / `.ndjson.gz` name.
 * @returns null when the object is to be read whole
 */
export function tabularStreamFormat(key: string, head: Uint8Array): 'csv' | 'tsv' | 'jsonl' | null {
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const ext = GZ_TABULAR_NAME.exec(key)?.[1]?.toLowerCase();
    return ext === 'ndjson' ? 'jsonl' : ((ext as 'csv' | 'tsv' | 'jsonl' | undefined) ?? null);
  }
  const f = sniffHead(key, head);
  return f === 'csv' || f === 'tsv' || f === 'jsonl' ? f : null;
}

/**
 * Sniff the format of a stream from its first {@link HEAD_BYTES} (after gzip), without
 * consuming it. Used by drivers to choose between this path and the in-memory one.
 */
export function sniffHead(key: string, head: Uint8Array): Format {
  return sniffFormat(key.replace(/\.gz$/i, ''), decodeBytes(head.subarray(0, HEAD_BYTES)).text);
}

/**
 * Process a large CSV/TSV/JSONL object as a stream, from its start.
 * @param input key, chunks (any sizes) and Content-Type
 * @param format the format sniffed by the caller (`csv`, `tsv` or `jsonl`)
 * @returns batches of results for the same key; every row ends as a record or a reject
 * @throws only what the chunk source throws (I/O); content problems are rejects
 */
export async function* processTabularStream(
  input: StreamInput,
  format: 'csv' | 'tsv' | 'jsonl',
  opts: StreamOptions = {},
): AsyncGenerator<ObjectResult> {
  for await (const b of processTabularStreamFrom(input, format, { ...opts, skip: 0 })) yield b.result;
}

/** Options of {@link processTabularStreamFrom}. */
export interface ResumableStreamOptions extends StreamOptions {
  /** Positions (data rows or lines) 1..skip are parsed but not processed. @default 0 */
  skip?: number;
}

/** One batch of a resumable run. */
export interface PositionedBatch {
  /** Records and rejects of positions after the previous batch's `position`, up to this one's. */
  result: ObjectResult;
  /**
   * Last position (data row or line, 1-based) covered by this batch: resuming with
   * `skip: position` continues right after it. Never below the run's `skip`.
   */
  position: number;
  /** True for the last batch (the object was read to its end, or could not be read further). */
  done: boolean;
}

interface ChunkDecoder {
  encoding: string;
  write(chunk: Uint8Array): string;
  end(): string;
}

function makeDecoder(head: Uint8Array): { decoder: ChunkDecoder; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { decoder: textDecoder('utf-8'), bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { decoder: textDecoder('utf-16le'), bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { decoder: textDecoder('utf-16be'), bomLength: 2 };
  let cut = head.length;
  for (let back = 0; back < 4 && cut > 0 && ((head[cut - 1] ?? 0) & 0xc0) === 0x80; back++) cut--;
  if (cut > 0 && (head[cut - 1] ?? 0) >= 0xc0) cut--;
  if (decodeBytes(head.subarray(0, cut)).via === 'strict-utf8') return { decoder: textDecoder('utf-8'), bomLength: 0 };
  const legacy = detectLegacyEncoding(head) ?? 'windows-1252';
  const d = iconv.getDecoder(legacy);
  return { decoder: { encoding: legacy, write: (c) => d.write(Buffer.from(c)), end: () => d.end() ?? '' }, bomLength: 0 };
}

function textDecoder(encoding: string): ChunkDecoder {
  const d = new TextDecoder(encoding);
  return { encoding, write: (c) => d.decode(c, { stream: true }), end: () => d.decode() };
}

class LimitError extends Error {
  override name = 'LimitError';
}

async function* gunzipChunks(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  const gunzip = Readable.from(chunks).pipe(createGunzip());
  let total = 0;
  try {
    for await (const c of gunzip as AsyncIterable<Buffer>) {
      total += c.length;
      if (total > maxBytes) throw new LimitError(`the gzip data inflates to more than ${maxBytes} bytes (limit)`);
      yield c;
    }
  } finally {
    gunzip.destroy();
  }
}

/**
 * Read chunks until `n` bytes are buffered (or the stream ends).
 * @returns the head and an iterable over the rest (closing it closes the source)
 */
export async function takeHead(
  chunks: AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const it = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(parts as Buffer[]);
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => (done ? { next: async () => ({ done: true, value: undefined }) } : it),
  };
  return { head, rest };
}

/** The head bytes, then the rest: undoes {@link takeHead}. */
export async function* prepend(head: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (head.length) yield head;
  yield* rest;
}

async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  decoder: ChunkDecoder,
  onText: (t: string) => void,
): AsyncGenerator<string> {
  for await (const c of chunks) {
    const t = decoder.write(c);
    if (t) {
      onText(t);
      yield t;
    }
  }
  const tail = decoder.end();
  if (tail) {
    onText(tail);
    yield tail;
  }
}

const newResult = emptyResult;

/**
 * Process a CSV/TSV/JSONL stream from position `skip + 1` on.
 *
 * Replacement characters (U+FFFD) are counted only in text decoded after the skipped
 * positions' text began to be processed (approximately: from the chunk holding the first
 * processed position), so summing the batches of consecutive runs counts each about once.
 * @param input key, chunks (any sizes; re-read from the object's start) and Content-Type
 * @param format `csv`, `tsv` or `jsonl` (sniffed by the caller)
 * @returns batches (at most `batchSize` records + rejects each, the last one possibly empty)
 *   with the position each ends at; the last has `done: true`
 * @throws only what the chunk source throws (I/O); content problems are rejects
 * @example for await (const b of processTabularStreamFrom({ key, chunks }, 'csv', { skip: 1000 })) save(b.result, b.position)
 */
export async function* processTabularStreamFrom(
  input: StreamInput,
  format: 'csv' | 'tsv' | 'jsonl',
  opts: ResumableStreamOptions = {},
): AsyncGenerator<PositionedBatch> {
  const batchSize = opts.batchSize ?? 500;
  const skip = Math.max(0, Math.floor(opts.skip ?? 0));
  const maxInflated = opts.limits?.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes;
  let batch = newResult(input.key, format);
  let position = skip;
  /** Documents (records or part rejects) this run produced. */
  let documents = 0;
  let counting = skip === 0;
  const full = (): PositionedBatch | null => {
    if (batch.records.length + batch.rejects.length < batchSize) return null;
    const out = { result: batch, position, done: false };
    batch = newResult(input.key, format, out.result.encoding);
    return out;
  };
  let source: AsyncGenerator<Uint8Array> | null = null;
  try {
    const original = input.chunks;
    source = (async function* () {
      yield* original;
    })();
    let { head, rest } = await takeHead(source, 2);
    let chunks: AsyncIterable<Uint8Array> = prepend(head, rest);
    if (head[0] === 0x1f && head[1] === 0x8b) chunks = gunzipChunks(chunks, maxInflated);
    ({ head, rest } = await takeHead(chunks, HEAD_BYTES));
    const { decoder, bomLength } = makeDecoder(head);
    batch.encoding = decoder.encoding;
    const headText = decodeBytes(head.subarray(bomLength)).text;
    const texts = decodeChunks(prepend(head.subarray(bomLength), rest), decoder, (t) => {
      if (counting) batch.replacementChars += countReplacement(t);
    });
    const handle = (doc: SourceDoc | PartReject | null) => {
      if (!doc) return;
      documents++;
      if ('code' in doc) batch.rejects.push(rejectLine(input.key, doc.part, doc.code, doc.reason, null));
      else {
        const out = processDocument(doc, opts);
        if ('error_code' in out) batch.rejects.push(out);
        else batch.records.push(out);
      }
    };
    if (format === 'jsonl') {
      const mapping = jsonlMapping(headText, opts.mapping);
      let carry = '';
      let lineNo = 0;
      for await (const t of texts) {
        const lines = (carry + t).split('\n');
        carry = lines.pop() ?? '';
        for (const line of lines) {
          lineNo++;
          if (lineNo <= skip) continue;
          counting = true;
          handle(jsonlLineToDoc(input.key, line, lineNo, mapping));
          position = lineNo;
          const b = full();
          if (b) yield b;
        }
      }
      if (carry && lineNo + 1 > skip) {
        handle(jsonlLineToDoc(input.key, carry, lineNo + 1, mapping));
        position = lineNo + 1;
      }
    } else {
      const layout: CsvLayout = csvLayout(input.key, headText, opts.mapping);
      if (layout.fileReject) {
        if (skip === 0) batch.rejects.push(rejectLine(input.key, null, 'no_content', layout.fileReject, null));
      } else {
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
          delimiter: layout.delimiter,
          quoteChar: layout.quoteChar,
          skipEmptyLines: 'greedy',
        }) as unknown as NodeJS.ReadWriteStream & AsyncIterable<string[]>;
        const feed = (async () => {
          for await (const t of texts) if (!parser.write(t)) await once(parser, 'drain');
          parser.end();
        })().catch((e) => (parser as unknown as Readable).destroy(e as Error));
        let index = layout.header ? -1 : 0;
        try {
          for await (const cells of parser) {
            index++;
            if (index === 0 || index <= skip) continue;
            counting = true;
            handle(csvRowToDoc(input.key, format, layout, cells, index));
            position = index;
            const b = full();
            if (b) yield b;
          }
        } finally {
          (parser as unknown as Readable).destroy();
        }
        await feed;
      }
    }
  } catch (e) {
    const code = e instanceof LimitError ? 'too_large' : 'undecodable';
    batch.rejects.push(
      rejectLine(
        input.key,
        null,
        code,
        e instanceof LimitError ? e.message : `the data could not be read to the end: ${(e as Error).message}`,
        null,
      ),
    );
  } finally {
    // a consumer that stops early (return()) also closes the source (an S3 body, a file)
    await source?.return(undefined);
  }
  if (skip === 0 && documents === 0 && batch.rejects.length === 0) {
    const what = format === 'jsonl' ? 'no JSON lines' : 'no data rows';
    batch.rejects.push(rejectLine(input.key, null, 'empty', `the ${format.toUpperCase()} file holds ${what}`, null));
  }
  yield { result: batch, position, done: true };
}
