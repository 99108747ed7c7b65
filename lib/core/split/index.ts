/**
 * Split a decoded object into documents. One function per format; formats not handled yet
 * return an `unsupported` outcome that the pipeline turns into a reject.
 */
import { sha256Hex } from '../hash.ts';
import type { Format } from '../sniff.ts';
import type { SourceDoc } from '../types.ts';
import { extractHtml } from './html.ts';

export type SplitOutcome =
  | { kind: 'docs'; docs: SourceDoc[] }
  | { kind: 'unsupported'; reason: string };

/**
 * Split one decoded object into SourceDocs.
 * @param key object key (becomes `sourceKey`)
 * @param format the sniffed format
 * @param text decoded text
 * @param bytes the raw bytes of the object (hashed for provenance)
 */
export function splitDocuments(key: string, format: Format, text: string, bytes: Uint8Array): SplitOutcome {
  const sha256 = sha256Hex(bytes);
  switch (format) {
    case 'text':
      return {
        kind: 'docs',
        docs: [{ sourceKey: key, sourcePart: null, format: 'text', sha256, text, titleInText: true, meta: {}, removed: [], captions: [], credits: [] }],
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
            credits: [],
          },
        ],
      };
    }
    default:
      return {
        kind: 'unsupported',
        reason: `format "${format}" is not supported yet (plain-text articles and HTML pages are); convert the file or wait for the next release`,
      };
  }
}
