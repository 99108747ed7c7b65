/**
 * Format sniffing: by content first, by name second.
 */

/** Formats the core recognises. `unknown` and `binary` become rejects. */
export type Format = 'text' | 'html' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'binary' | 'unknown';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const HTML_TAGS = /<(?:p|div|article|br|a|span|h[1-6])\b[^>]*>/gi;

/**
 * Guess the format of a decoded document.
 *
 * Content rules: a NUL byte in the first 8 KiB -> `binary`; an HTML doctype or `<html>`/`<head>`
 * opening, or dense HTML tags -> `html`; a first line parsing as a JSON object with JSONL
 * continuation -> `jsonl`; a leading `[` or `{` -> `json`. Otherwise the extension decides
 * (`.csv`, `.tsv`, `.json`, `.jsonl`/`.ndjson`, `.htm(l)`), and anything else is `text`.
 *
 * @param name object key or file name (used only as a tie-breaker)
 * @param text decoded text (no BOM)
 */
export function sniffFormat(name: string, text: string): Format {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return 'binary';
  // both HTML rules need a "<" (plain text seldom has one: no regex pass over it)
  if (head.includes('<')) {
    if (HTML_START.test(head)) return 'html';
    const tags = head.match(HTML_TAGS)?.length ?? 0;
    if (tags >= 5 && tags * 80 > head.length / 4) return 'html';
  }
  const trimmed = head.trimStart();
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/\.gz$/i, ''))?.[1]?.toLowerCase() ?? '';
  if (trimmed.startsWith('{')) {
    const [firstLine = '', ...others] = trimmed.split('\n');
    try {
      JSON.parse(firstLine);
      // One line only: a minified JSON document (`{"articles": [...]}`), unless named .jsonl.
      if (!others.some((l) => l.trim()) && ext !== 'jsonl' && ext !== 'ndjson') return 'json';
      return 'jsonl';
    } catch {
      return ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : 'json';
    }
  }
  if (trimmed.startsWith('[') && (ext === 'json' || /^\[\s*[{[\]]/.test(trimmed))) return 'json';
  switch (ext) {
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'csv':
      return 'csv';
    case 'tsv':
      return 'tsv';
    case 'json':
      return 'json';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    default:
      return 'text';
  }
}

/** Document formats Winnow does not read, recognised by their first bytes (magic numbers). */
const UNREAD_FORMATS: { name: string; test: (b: Uint8Array, head: string) => boolean }[] = [
  { name: 'a PDF document', test: (_b, head) => head.startsWith('%PDF-') },
  {
    // Office Open XML (ISO/IEC 29500): a zip whose first part is [Content_Types].xml.
    name: 'an Office document (Word, Excel or PowerPoint: .docx/.xlsx/.pptx)',
    test: (b, head) => b[0] === 0x50 && b[1] === 0x4b && head.slice(0, 2048).includes('[Content_Types].xml'),
  },
  {
    // OpenDocument (ISO/IEC 26300): a zip whose first part is the `mimetype` file.
    name: 'an OpenDocument file (.odt/.ods/.odp)',
    test: (b, head) => b[0] === 0x50 && b[1] === 0x4b && head.slice(0, 256).includes('mimetypeapplication/vnd.oasis.opendocument'),
  },
  {
    // Compound File Binary (legacy .doc/.xls/.ppt).
    name: 'a legacy Office document (.doc/.xls/.ppt)',
    test: (b) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0,
  },
  { name: 'an RTF document', test: (_b, head) => head.startsWith('{\\rtf') },
];

/**
 * Whether the bytes are a document format Winnow does not read (PDF, Word/Excel/PowerPoint,
 * OpenDocument, RTF), by magic numbers; such a file is one `unsupported_format` reject with this
 * sentence, never read as text or opened as an archive part by part.
 * @param bytes the object's bytes (after gzip, if any)
 * @returns the reason to reject it, or null when it is not one of these formats
 */
export function unreadDocumentReason(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const hit = UNREAD_FORMATS.find((f) => f.test(bytes, head));
  return hit
    ? `${hit.name}: Winnow reads plain text, HTML, CSV/TSV, JSON/JSONL and zip/tar/gzip archives of them; export the document's text first (e.g. "Save as" plain text, or pdftotext for a PDF)`
    : null;
}
