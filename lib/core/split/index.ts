/**
 * Split a decoded object into documents. One function per format; formats not handled yet
 * return an `unsupported` outcome that the pipeline turns into a reject.
 */
import { sha256Hex } from '../hash.ts';
import type { Format } from '../sniff.ts';
import type { SourceDoc } from '../types.ts';
import type { FieldMapping } from './fields.ts';
import { extractHtml } from './html.ts';
import { type PartReject, splitCsv, splitJson, splitJsonl } from './tabular.ts';

export type SplitOutcome = { kind: 'docs'; docs: SourceDoc[]; rejects: PartReject[] } | { kind: 'unsupported'; reason: string };

/**
 * Split one decoded object into SourceDocs.
 * @param key object key (becomes `sourceKey`)
 * @param format the sniffed format
 * @param text decoded text
 * @param bytes the raw bytes of the object (hashed for provenance)
 * @param mapping columns/fields chosen by the user for CSV, TSV, JSON and JSONL (`{text: 'body'}`)
 */
export function splitDocuments(key: string, format: Format, text: string, bytes: Uint8Array, mapping: FieldMapping = {}): SplitOutcome {
  const sha256 = sha256Hex(bytes);
  switch (format) {
    case 'text':
      return {
        kind: 'docs',
        docs: [
          {
            sourceKey: key,
            sourcePart: null,
            format: 'text',
            sha256,
            text,
            titleInText: true,
            meta: {},
            removed: [],
            captions: [],
            credits: [],
          },
        ],
        rejects: [],
      };
    case 'html': {
      const x = extractHtml(text);
      return {
        kind: 'docs',
        docs: [
          {
            sourceKey: key,
            sourcePart: null,
            format: 'html',
            sha256,
            text: x.paragraphs.join('\n\n'),
            titleInText: false,
            meta: x.meta,
            removed: x.removed,
            captions: x.captions,
            credits: x.credits,
          },
        ],
        rejects: [],
      };
    }
    case 'csv':
    case 'tsv': {
      const r = splitCsv(key, text, format, mapping);
      if (r.fileReject) return { kind: 'docs', docs: [], rejects: [{ part: '', code: 'no_content', reason: r.fileReject }] };
      return { kind: 'docs', docs: r.docs, rejects: r.rejects };
    }
    case 'jsonl': {
      const r = splitJsonl(key, text, mapping);
      return { kind: 'docs', docs: r.docs, rejects: r.rejects };
    }
    case 'json': {
      const r = splitJson(key, text, mapping);
      return { kind: 'docs', docs: r.docs, rejects: r.rejects };
    }
    default:
      return {
        kind: 'unsupported',
        reason: `the format of this file could not be recognised as text, HTML, CSV, TSV, JSON or JSONL`,
      };
  }
}
