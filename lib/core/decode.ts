/**
 * Decode object bytes to text: byte-order marks first (UTF-8, UTF-16 LE/BE), then strict
 * UTF-8, then the charset the document declares (HTML `<meta charset>`), then Windows-1252.
 *
 * Node's TextDecoder is used only for UTF-8 and UTF-16 (where it is exact). For legacy
 * single-byte encodings it is never used: on Node 20 `new TextDecoder('windows-1252')` maps
 * 0x80-0x9F to C1 controls instead of the WHATWG table. iconv-lite carries the real tables.
 */
import { isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  /** The decoded text, without any byte-order mark. */
  text: string;
  /** Encoding used, lower-case WHATWG/iconv name (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
  /** How the encoding was chosen. */
  via: 'bom' | 'strict-utf8' | 'declared' | 'detected' | 'fallback';
  /** U+FFFD characters present in the decoded text. */
  replacementChars: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Number of U+FFFD replacement characters in a string. */
export function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Find a charset declared in the first 4 KiB of an HTML document
 * (`<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">`),
 * following the WHATWG "prescan" idea in a simplified form.
 * @returns the lower-case label, or null.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/**
 * Decode bytes to a JavaScript string.
 *
 * Order: BOM (UTF-8 EF BB BF, UTF-16 LE FF FE, UTF-16 BE FE FF) -> strict UTF-8 (fatal on any
 * invalid sequence) -> the `declared` charset if iconv-lite knows it and it is not UTF-8 ->
 * Windows-1252 (the WHATWG table, via iconv-lite), which maps every byte.
 *
 * @param bytes the raw object bytes
 * @param declared a charset label stated outside the bytes (HTTP/S3 Content-Type), optional
 * @returns the text and how it was decoded. Never throws.
 * @example decodeBytes(Buffer.from([0x93, 0x68, 0x69, 0x94])).text // '“hi”'
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (startsWith(bytes, UTF8_BOM)) {
    const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    return { text, encoding: 'utf-8', via: 'bom', replacementChars: countReplacement(text) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16le', via: 'bom', replacementChars: countReplacement(text) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16be', via: 'bom', replacementChars: countReplacement(text) };
  }
  // strict UTF-8: validated, then decoded as is (what a fatal TextDecoder gives, without a
  // decoder object per call; a leading BOM was taken above)
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { text, encoding: 'utf-8', via: 'strict-utf8', replacementChars: countReplacement(text) };
  }
  // not UTF-8: fall through to legacy encodings
  const label = (declared ?? sniffDeclaredCharset(bytes))?.toLowerCase();
  if (label && !/^utf-?8$/.test(label) && iconv.encodingExists(label)) {
    // WHATWG: latin1 / iso-8859-1 / ascii labels all mean windows-1252.
    const enc = /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(label) ? 'windows-1252' : label;
    const text = iconv.decode(Buffer.from(bytes), enc);
    return { text, encoding: enc, via: 'declared', replacementChars: countReplacement(text) };
  }
  const detected = detectLegacyEncoding(bytes);
  if (detected) {
    const text = iconv.decode(Buffer.from(bytes), detected);
    return { text, encoding: detected, via: 'detected', replacementChars: countReplacement(text) };
  }
  const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  return { text, encoding: 'windows-1252', via: 'fallback', replacementChars: countReplacement(text) };
}

const WINDOWS_SIBLING: Record<string, string> = {
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-7': 'windows-1253',
  'iso-8859-9': 'windows-1254',
  'iso-8859-8': 'windows-1255',
  'iso-8859-6': 'windows-1256',
};

/** Single-byte encodings the detector may choose; anything else falls back to Windows-1252. */
const LEGACY = new Set([
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-9',
  'koi8-r',
]);

/**
 * Guess the legacy single-byte encoding of non-UTF-8 bytes with chardet (a port of ICU's
 * charset detector: byte n-gram statistics per encoding and language). ISO-8859-1 answers
 * become Windows-1252 (its WHATWG superset). Only the first 64 KiB are analysed.
 * @returns an iconv-lite encoding name, or null when the detector has no usable answer
 */
export function detectLegacyEncoding(bytes: Uint8Array): string | null {
  let matches: ReturnType<typeof analyse>;
  try {
    matches = analyse(bytes.subarray(0, 64 * 1024));
  } catch {
    return null;
  }
  // ISO-8859-x leaves 0x80-0x9F as C1 controls; text that uses those bytes is the Windows
  // sibling (ICU cannot tell the two apart, so the bytes decide).
  const hasC1 = bytes.subarray(0, 64 * 1024).some((b) => b >= 0x80 && b <= 0x9f);
  for (const m of matches) {
    let name = m.name.toLowerCase() === 'iso-8859-1' ? 'windows-1252' : m.name.toLowerCase();
    if (hasC1) name = WINDOWS_SIBLING[name] ?? name;
    if (LEGACY.has(name) && iconv.encodingExists(name) && m.confidence >= 10) return name;
  }
  return null;
}

/**
 * Mojibake markers: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) and then stored
 * as UTF-8 again: `Ã©` for `é`, `â€™` for `’`, `Ð¾` for `о`, `Ã` + a C1/Latin-1 char in general.
 */
const MOJIBAKE =
  /[ÃÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0080-\u00BF™œ\u201C\u201D\u2018\u2019\u2022\u2013\u2014\u0161\u017E]|[ÐÑ][\u0080-\u00BF\u2018-\u201E\u2020-\u2022\u2026\u2030\u0401-\u045F]/g;

/** Windows-1252 code points outside Latin-1, back to their byte. */
const CP1252_REVERSE: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** Encode a string back to Windows-1252 bytes; null if a character has no byte there. */
function toCp1252(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x100) out[i] = c;
    else {
      const b = CP1252_REVERSE[c];
      if (b === undefined) return null;
      out[i] = b;
    }
  }
  return out;
}

/**
 * Repair mojibake: text whose UTF-8 bytes were once decoded as Windows-1252 ("SÃ£o" -> "São",
 * "â€™" -> "’"). Works line by line: a line is re-decoded only when it shows mojibake markers,
 * encodes back to Windows-1252 and then decodes as strict UTF-8 (the approach of ftfy's
 * `fix_encoding`, simplified). Lines that fail any step are left as they were.
 * @returns the repaired text and the number of lines repaired
 */
export function repairMojibake(text: string): { text: string; repairedLines: number } {
  MOJIBAKE.lastIndex = 0;
  if (!MOJIBAKE.test(text)) return { text, repairedLines: 0 };
  let repaired = 0;
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const lines = text.split('\n').map((line) => {
    MOJIBAKE.lastIndex = 0;
    if (!MOJIBAKE.test(line)) return line;
    // Repair runs of non-ASCII-Latin-1/1252 characters; keep characters that cannot be mapped.
    const fixed = line.replace(
      /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+/g,
      (run) => {
        const bytes = toCp1252(run);
        if (!bytes) return run;
        try {
          return fatal.decode(bytes);
        } catch {
          return run;
        }
      },
    );
    if (fixed !== line) repaired++;
    return fixed;
  });
  return { text: lines.join('\n'), repairedLines: repaired };
}
