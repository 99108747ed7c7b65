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

/** Characters {@link normalizeText} replaces or removes: line/paragraph separators, CR, entities, invisible characters, odd spaces. */
const ODD_CHAR_RE = /[\r\u2028\u2029\u0085&\u200b\u2060\ufeff\u00ad\u180e\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/;
/** Whether {@link normalizeText} changes anything besides NFC: odd characters, space runs, spaces at line ends or at either end. */
const needsWork = (t: string): boolean =>
  ODD_CHAR_RE.test(t) ||
  t.includes('  ') ||
  t.includes(' \n') ||
  t.includes('\n ') ||
  t.charCodeAt(0) === 0x20 ||
  t.charCodeAt(t.length - 1) === 0x20;

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
  // CRLF first (the common case), then a fast path when nothing else is to change: only NFC
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (!needsWork(t)) return t.trim() === '' ? '' : t.normalize('NFC');
  t = t.replace(/[\u2028\u2029\u0085]/g, '\n');
  t = decodeEntities(t);
  t = t.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ');
  t = t.normalize('NFC');
  t = t.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n');
  if (t.trim() === '') return '';
  // = t.replace(/^ +| +$/g, '')
  let a = 0,
    b = t.length;
  while (a < b && t.charCodeAt(a) === 0x20) a++;
  while (b > a && t.charCodeAt(b - 1) === 0x20) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/**
 * Fold for comparisons (not for output): NFKD without marks, quotes unified, lower case,
 * spaces collapsed. Mirrors the evaluation's folding.
 *
 * Computed per code unit from a memo of each character's fold, like {@link tokenKey} (same
 * argument: NFKD and lower-casing act character by character but for reordered marks, which
 * are stripped, and the Greek final sigma; strings with Σ, Ϲ or astral characters take the
 * direct path {@link foldSlow}); runs of whitespace (JavaScript `\s`) in the folded stream
 * become one space, none at either end.
 */
export function fold(s: string): string {
  const n = s.length;
  if (foldBuf.length < n * 2 + 8) foldBuf = new Uint16Array(n * 4 + 64);
  const buf = foldBuf;
  let k = 0,
    gap = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let kind = FO_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFoldChar(c);
    if (kind === FK_WORD) {
      if (gap && k > 0) buf[k++] = 0x20;
      gap = false;
      buf[k++] = FO_ONE[c] ?? 0;
    } else if (kind === FK_SEP) gap = true;
    else if (kind === FK_MULTI) {
      const f = FO_MULTI_OF.get(c) ?? '';
      if (k + f.length * 2 + 2 > buf.length) return foldSlow(s);
      for (let j = 0; j < f.length; j++) {
        const d = f.charCodeAt(j);
        if (isJsSpace(d)) gap = true;
        else {
          if (gap && k > 0) buf[k++] = 0x20;
          gap = false;
          buf[k++] = d;
        }
      }
    } else if (kind === FK_SLOW) return foldSlow(s);
  }
  return UTF16.decode(buf.subarray(0, k));
}

/** The direct definition of {@link fold}. */
export function foldSlow(s: string): string {
  return stripMarks(s.normalize('NFKD'))
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** JavaScript's RegExp `\s` (WhiteSpace and LineTerminator) for one UTF-16 code unit; shared by the hand-written scanners of clean/ and extract/. */
export const isJsSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c >= 0x80 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** {@link fold} memo per code unit: kinds as for {@link tokenKey} (FK_WORD: one non-space code unit in FO_ONE; FK_SEP: whitespace only). */
const FO_KIND = new Uint8Array(0x10000);
const FO_ONE = new Uint16Array(0x10000);
const FO_MULTI_OF = new Map<number, string>();
let foldBuf = new Uint16Array(4096);

function learnFoldChar(c: number): number {
  let kind: number;
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || c === 0x3f9) kind = FK_SLOW;
  else {
    const f = stripMarks(String.fromCharCode(c).normalize('NFKD'))
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„‟]/g, '"')
      .toLowerCase();
    if (/[\ud800-\udfff]/.test(f) || f.includes('\u03a3')) kind = FK_SLOW;
    else if (f.length === 0) kind = FK_EMPTY;
    else if ([...f].every((x) => isJsSpace(x.charCodeAt(0)))) kind = FK_SEP;
    else if (f.length === 1) {
      kind = FK_WORD;
      FO_ONE[c] = f.charCodeAt(0);
    } else {
      kind = FK_MULTI;
      FO_MULTI_OF.set(c, f);
    }
  }
  FO_KIND[c] = kind;
  return kind;
}

/**
 * `tokens(s).join(' ')` without the intermediate array: the folded string with every run of
 * characters other than letters and digits replaced by one space. (The quote unification and
 * space collapsing of {@link fold} only touch characters that become separators anyway.)
 *
 * Computed per code unit from a memo of each character's fold (`stripMarks(NFKD(c))`
 * lower-cased), which equals folding the whole string because NFKD decomposes character by
 * character and its only reordering moves characters of non-zero combining class, all of which
 * are marks (\p{M}) and stripped; and lower-casing is context-free but for the Greek final
 * sigma. Strings with Σ (or ϹU+03F9, which decomposes to it) or astral characters take the
 * direct path. (Both properties checked over every BMP code point.)
 */
export function tokenKey(s: string): string {
  const t = charTable();
  const n = s.length;
  if (keyBuf.length < n * 2 + 8) keyBuf = new Uint16Array(n * 4 + 64);
  const buf = keyBuf;
  let k = 0,
    gap = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let kind = FK_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFold(c, t);
    if (kind === FK_WORD) {
      if (gap && k > 0) buf[k++] = 0x20;
      gap = false;
      buf[k++] = FK_ONE[c] ?? 0;
    } else if (kind === FK_SEP) gap = true;
    else if (kind === FK_MULTI) {
      const f = FK_MULTI_OF.get(c) ?? '';
      if (k + f.length * 2 + 2 > buf.length) return tokenKeySlow(s);
      for (let j = 0; j < f.length; j++) {
        const d = f.charCodeAt(j);
        if ((t[d] ?? 0) & (CH_LETTER | CH_DIGIT)) {
          if (gap && k > 0) buf[k++] = 0x20;
          gap = false;
          buf[k++] = d;
        } else gap = true;
      }
    } else if (kind === FK_SLOW) return tokenKeySlow(s);
    // FK_EMPTY: a mark, stripped without a gap
  }
  return UTF16.decode(buf.subarray(0, k));
}

/**
 * The first and last tokens of {@link tokenKey}(s), joined by U+0000 ('' when the key is
 * empty): a function of the key that reads only the two ends of s, so paragraphs whose keys
 * differ are told apart without folding them whole. Strings whose ends hold characters
 * folding to several code units (or astral, Σ) take the key.
 */
export function tokenKeyEnds(s: string): string {
  const t = charTable();
  const n = s.length;
  // first token: skip separators (and marks), then word characters up to the next separator
  let a = 0;
  let first = '';
  for (; a < n; a++) {
    const c = s.charCodeAt(a);
    let kind = FK_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFold(c, t);
    if (kind === FK_WORD) break;
    if (kind === FK_MULTI || kind === FK_SLOW) return endsOfKey(tokenKey(s));
  }
  if (a === n) return '';
  for (let i = a; i < n; i++) {
    const c = s.charCodeAt(i);
    let kind = FK_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFold(c, t);
    if (kind === FK_WORD) first += String.fromCharCode(FK_ONE[c] ?? 0);
    else if (kind === FK_SEP) break;
    else if (kind !== FK_EMPTY) return endsOfKey(tokenKey(s));
  }
  // last token, from the end
  let b = n - 1;
  for (; b >= 0; b--) {
    const c = s.charCodeAt(b);
    let kind = FK_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFold(c, t);
    if (kind === FK_WORD) break;
    if (kind === FK_MULTI || kind === FK_SLOW) return endsOfKey(tokenKey(s));
  }
  let last = '';
  for (let i = b; i >= 0; i--) {
    const c = s.charCodeAt(i);
    let kind = FK_KIND[c] ?? 0;
    if (kind === FK_UNKNOWN) kind = learnFold(c, t);
    if (kind === FK_WORD) last = String.fromCharCode(FK_ONE[c] ?? 0) + last;
    else if (kind === FK_SEP) break;
    else if (kind !== FK_EMPTY) return endsOfKey(tokenKey(s));
  }
  return `${first}\u0000${last}`;
}
/** {@link tokenKeyEnds} from a built key. */
function endsOfKey(key: string): string {
  if (!key) return '';
  const i = key.indexOf(' ');
  const j = key.lastIndexOf(' ');
  return `${i < 0 ? key : key.slice(0, i)}\u0000${j < 0 ? key : key.slice(j + 1)}`;
}

/** The direct definition of {@link tokenKey}. */
function tokenKeySlow(s: string): string {
  return stripMarks(s.normalize('NFKD')).toLowerCase().replace(NON_WORD_RE, ' ').trim();
}
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
let keyBuf = new Uint16Array(4096);
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Kinds of a code unit's fold in {@link tokenKey}. */
const FK_UNKNOWN = 0;
/** folds to nothing (a mark) */
const FK_EMPTY = 1;
/** folds to one letter or digit (FK_ONE) */
const FK_WORD = 2;
/** folds to separators only */
const FK_SEP = 3;
/** folds to several code units (FK_MULTI_OF) */
const FK_MULTI = 4;
/** surrogates, sigma, folds to astral characters: the whole string takes the direct path */
const FK_SLOW = 5;
const FK_KIND = new Uint8Array(0x10000);
const FK_ONE = new Uint16Array(0x10000);
const FK_MULTI_OF = new Map<number, string>();

function learnFold(c: number, t: Uint8Array): number {
  let kind: number;
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || c === 0x3f9) kind = FK_SLOW;
  else {
    const f = stripMarks(String.fromCharCode(c).normalize('NFKD')).toLowerCase();
    if (/[\ud800-\udfff]/.test(f) || f.includes('\u03a3')) kind = FK_SLOW;
    else if (f.length === 0) kind = FK_EMPTY;
    else if (f.length === 1 && (t[f.charCodeAt(0)] ?? 0) & (CH_LETTER | CH_DIGIT)) {
      kind = FK_WORD;
      FK_ONE[c] = f.charCodeAt(0);
    } else if ([...f].every((x) => !((t[x.charCodeAt(0)] ?? 0) & (CH_LETTER | CH_DIGIT)))) kind = FK_SEP;
    else {
      kind = FK_MULTI;
      FK_MULTI_OF.set(c, f);
    }
  }
  FK_KIND[c] = kind;
  return kind;
}

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
