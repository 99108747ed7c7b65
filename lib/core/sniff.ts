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
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 5 && tags * 80 > head.length / 4) return 'html';
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
