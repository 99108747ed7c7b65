/**
 * Text normalisation for the cleaning stage: entity decoding, space handling, NFC, mojibake repair.
 * Pure functions, never throw.
 */

/** Named HTML entities that survive in scraped text (HTML 4 Latin-1, symbols, typographic). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  bull: '•',
  middot: '·',
  prime: '′',
  Prime: '″',
  dagger: '†',
  Dagger: '‡',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  para: '¶',
  sect: '§',
  micro: 'µ',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  curren: '¤',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  not: '¬',
  macr: '¯',
  acute: '´',
  cedil: '¸',
  uml: '¨',
  brvbar: '¦',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  minus: '−',
  permil: '‰',
  oline: '‾',
  szlig: 'ß',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  ETH: 'Ð',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  Oslash: 'Ø',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
  THORN: 'Þ',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  eth: 'ð',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  thorn: 'þ',
  yuml: 'ÿ',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  fnof: 'ƒ',
  circ: 'ˆ',
  tilde: '˜',
};

const ENTITY_RE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,7});/g;

/**
 * Decode HTML entities exactly once (one left-to-right pass: "&amp;amp;" -> "&amp;").
 * Unknown names and invalid code points are left as written. Never throws.
 */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY_RE, (m, e: string) => {
    if (e[0] === '#') {
      const hex = e[1] === 'x' || e[1] === 'X';
      const n = hex ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return m;
      // numeric references in the C1 range are Windows-1252 in practice (&#146; -> ’)
      if (n >= 0x80 && n <= 0x9f) {
        const c = CP1252_HIGH[n - 0x80];
        return c && c !== '\ufffd' ? c : m;
      }
      return String.fromCodePoint(n);
    }
    return NAMED[e] ?? NAMED[e.toLowerCase()] ?? m;
  });
}

/** Windows-1252 characters for bytes 0x80..0x9F (U+FFFD where undefined). */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

// no-break and other fixed-width spaces -> space; zero-width chars and soft hyphen removed
const SPACES_RE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const INVISIBLE_RE = /[\u200b\u2060\ufeff\u00ad\u180e]/g;

/**
 * Normalise a string: CRLF/CR -> LF; leftover HTML entities decoded exactly once; no-break,
 * narrow no-break and other fixed-width spaces -> ' '; zero-width spaces, word joiners, BOMs and
 * soft hyphens removed (ZWJ/ZWNJ kept: they are meaningful in Indic and Persian scripts); NFC;
 * runs of spaces collapsed to one; spaces trimmed at line ends. Line breaks are kept.
 * Never throws.
 */
export function normalizeText(s: string): string {
  let t = String(s ?? '');
  t = t.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
  t = decodeEntities(t);
  t = t.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ');
  t = t.normalize('NFC');
  t = t.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n');
  return t.trim() === '' ? '' : t.replace(/^ +| +$/g, '');
}

/**
 * Fold for comparisons (not for output): NFKD without marks, quotes unified, lower case,
 * spaces collapsed. Mirrors the evaluation's folding.
 */
export function fold(s: string): string {
  return stripMarks(s.normalize('NFKD'))
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `tokens(s).join(' ')` without the intermediate array: the folded string with every run of
 * characters other than letters and digits replaced by one space. (The quote unification and
 * space collapsing of {@link fold} only touch characters that become separators anyway.)
 */
export function tokenKey(s: string): string {
  const low = stripMarks(s.normalize('NFKD')).toLowerCase();
  // = low.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), by table look-up
  const t = charTable();
  if (keyBuf.length < low.length) keyBuf = new Uint16Array(low.length * 2);
  const buf = keyBuf;
  let n = 0,
    gap = false;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return low.replace(NON_WORD_RE, ' ').trim();
    if ((t[c] ?? 0) & (CH_LETTER | CH_DIGIT)) {
      if (gap && n > 0) buf[n++] = 0x20;
      gap = false;
      buf[n++] = c;
    } else gap = true;
  }
  return UTF16.decode(buf.subarray(0, n));
}
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
let keyBuf = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Word tokens (letters and digits) of a folded string. */
export function tokens(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bits of {@link charTable}: Unicode general categories of a BMP code unit. */
export const CH_MARK = 1;
export const CH_UPPER = 2;
export const CH_LOWER = 4;
export const CH_DIGIT = 8;
export const CH_LETTER = 16;
let table: Uint8Array | null = null;

/**
 * Per BMP code unit, bits {@link CH_MARK} (\p{M}), {@link CH_UPPER} (\p{Lu}), {@link CH_LOWER}
 * (\p{Ll}), {@link CH_DIGIT} (\p{N}), {@link CH_LETTER} (\p{L}), as the `u`-flag regexes define them (built on first use
 * by one pass of each property regex over all BMP characters; surrogates have no bits). Lets
 * hot loops test categories by look-up instead of Unicode-property regexes.
 */
export function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  const all = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(codes);
  const props: [RegExp, number][] = [
    [/\p{M}+/gu, CH_MARK],
    [/\p{Lu}+/gu, CH_UPPER],
    [/\p{Ll}+/gu, CH_LOWER],
    [/\p{N}+/gu, CH_DIGIT],
    [/\p{L}+/gu, CH_LETTER],
  ];
  for (const [re, bit] of props)
    for (const m of all.matchAll(re)) for (let i = m.index ?? 0, e = i + m[0].length; i < e; i++) t[i] = (t[i] ?? 0) | bit;
  t[0] = 0;
  table = t;
  return t;
}

/**
 * `s.replace(/\p{M}+/gu, '')`, with a table look-up per code unit instead of the (slow)
 * Unicode-property regex; strings with astral characters take the regex.
 */
export function stripMarks(s: string): string {
  const t = charTable();
  let out = '',
    from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s.replace(/\p{M}+/gu, '');
    if ((t[c] ?? 0) & CH_MARK) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
