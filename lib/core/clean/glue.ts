/**
 * Repair of words glued at element joins in scraped text.
 *
 * Two kinds of joins are handled (algorithm: own heuristics, tuned to be conservative):
 * - a lowercase letter glued to a known cue word ("surTelegram", "людейФото:") -> a space;
 * - a paragraph boundary lost between two elements: a sentence end glued to the next sentence
 *   ("Новости.Стороны", "informe.Síguenos") or a word glued to a capitalised word
 *   ("взглядКак", "warunkKamień") -> the line is split into pieces.
 * URLs, e-mail addresses, @handles, #hashtags, domain-like names ("Газеты.Ru", "Pravda.Ru"),
 * initials ("U.S.") and known camel-cased brands ("WhatsApp") are left alone.
 */
import { CAMEL_BRANDS, GLUE_RIGHT_WORDS, NETWORKS } from '../../rules/boilerplate.ts';
import { CH_DIGIT, CH_LOWER, CH_UPPER, charTable } from './normalize.ts';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const RIGHT_WORD_RE = new RegExp(`(?<=\\p{Ll})(?=(?:${GLUE_RIGHT_WORDS.map(escapeRe).join('|')})(?![\\p{Ll}]))`, 'gu');
/** Prefilter of RIGHT_WORD_RE: the cue words alone (a plain literal alternation scans several times faster). */
const RIGHT_WORD_ANY = new RegExp(GLUE_RIGHT_WORDS.map(escapeRe).join('|'), 'u');

const BRANDS_LOWER = new Set(CAMEL_BRANDS.map((b) => b.toLowerCase()));

/** Domain-like endings that follow a dot without being a new sentence ("Pravda.Ru"). */
const TLD = new Set([
  'ru',
  'com',
  'net',
  'org',
  'info',
  'ua',
  'pl',
  'uk',
  'eu',
  'io',
  'tv',
  'su',
  'рф',
  'pt',
  'br',
  'kz',
  'bg',
  'fr',
  'online',
  'news',
  'media',
  'ch',
  'nl',
  'gov',
  'edu',
  'ру',
  'ком',
]);

// sentence glue: letter (>=2 letters word) + [.!?…] + optional closing/opening quote + capital + lowercase
const SENT_GLUE_RE = /(?<=\p{L}\p{Ll}|\p{Lu}{2}|[\p{Ll}][)»"”’])([.!?…]+)(?=["“«„]?\p{Lu}\p{Ll})/gu;

/** Abbreviations after which a dot glued to a capital is not a sentence end ("St.Petersburg"). */
const ABBREV = new Set([
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'gen',
  'col',
  'sgt',
  'lt',
  'jr',
  'sr',
  'vs',
  'no',
  'nr',
  'ul',
  'al',
  'pl',
  'mgr',
  'inż',
  'hr',
  'sz',
  'ks',
  'abp',
  'bp',
  'ave',
  'mt',
  'ft',
  'dept',
  'gov',
  'sen',
  'rep',
  'rev',
  'ing',
  'dott',
  'avv',
  'sig',
  'sra',
  'sr',
  'dña',
  'dña',
  'ул',
  'им',
  'пр',
  'проф',
  'акад',
  'ген',
  'г',
  'гг',
  'тов',
  'св',
  'вул',
  'просп',
  'пл',
  'бул',
]);
// word glue: >=4 lowercase letters + capital + lowercase ("взглядКак")
const CAMEL_GLUE_RE = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll})/gu;

/** The whitespace-delimited token around position i. */
function tokenAt(s: string, i: number): string {
  let a = i,
    b = i;
  while (a > 0 && !isSpace(s.charCodeAt(a - 1))) a--;
  while (b < s.length && !isSpace(s.charCodeAt(b))) b++;
  return s.slice(a, b);
}
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

function isProtectedToken(tok: string): boolean {
  return (
    /https?:|www\.|@|#|\.(?:com|org|net)\b|\/\//i.test(tok) ||
    (/\d/.test(tok.replace(/^[^\p{L}]+|[^\p{L}\d]+$/gu, '')) && /\p{L}\d|\d\p{L}/u.test(tok))
  );
}

/** Insert a space where a lowercase letter is glued to a known cue word ("surTelegram"). */
export function spaceGluedCueWords(s: string): string {
  if (!RIGHT_WORD_ANY.test(s)) return s;
  return s.replace(RIGHT_WORD_RE, (_m, off: number) => (isProtectedToken(tokenAt(s, off)) || isBrandAt(s, off) ? '' : ' '));
}

function isBrandAt(s: string, off: number): boolean {
  const tok = tokenAt(s, off)
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .toLowerCase();
  return BRANDS_LOWER.has(tok);
}

/**
 * Split a line at lost paragraph boundaries. Returns the pieces (trimmed, non-empty), in order;
 * a line without glue comes back as one piece.
 */
// = /[.!?…]["“«„]?\p{Lu}|\p{Ll}\p{Lu}/u, written to look for the (rarer) capital first
const QUICK_GLUE_RE = /\p{Lu}(?<=(?:[.!?…]["“«„]?|\p{Ll})\p{Lu})/u;

/**
 * `QUICK_GLUE_RE.test(line)` by table look-up (a capital after a lowercase letter, or after a
 * sentence end with an optional opening quote); lines with astral characters take the regex.
 */
export function hasGlueHint(line: string): boolean {
  const t = charTable();
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return QUICK_GLUE_RE.test(line);
    if (i === 0 || !((t[c] ?? 0) & CH_UPPER)) continue;
    const b = line.charCodeAt(i - 1);
    if ((t[b] ?? 0) & CH_LOWER || isSentenceEnd(b)) return true;
    if (i >= 2 && isOpenQuote(b) && isSentenceEnd(line.charCodeAt(i - 2))) return true;
  }
  return false;
}
/** [.!?…] */
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** ["“«„] */
const isOpenQuote = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0xab || c === 0x201e;

export function splitGlued(line: string): string[] {
  if (!hasGlueHint(line)) return [line];
  const cuts: number[] = [];
  for (const m of line.matchAll(SENT_GLUE_RE)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 1);
    const left = tokenAt(line, m.index ?? 0);
    if (isProtectedToken(left)) continue;
    const leftWord = /(\p{L}+)$/u.exec(line.slice(0, m.index ?? 0))?.[1] ?? '';
    if (ABBREV.has(leftWord.toLowerCase())) continue;
    const right = /^["“«„]?(\p{L}+)/u.exec(line.slice(at))?.[1] ?? '';
    const afterRight = line.slice(at).replace(/^["“«„]?\p{L}+/u, '');
    if (TLD.has(right.toLowerCase()) && !/^\p{L}/u.test(afterRight)) continue;
    cuts.push(at);
  }
  for (const m of line.matchAll(CAMEL_GLUE_RE)) {
    const at = m.index ?? 0;
    const tok = tokenAt(line, at);
    if (isProtectedToken(tok)) continue;
    const word = tok.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (BRANDS_LOWER.has(word.toLowerCase())) continue;
    // PascalCase words ("SuperMario", "BlackRock") are names, not joins: the head must start lowercase
    const head = /(\p{L}+)$/u.exec(line.slice(0, at))?.[1] ?? '';
    if (/^\p{Lu}\p{Ll}+$/u.test(head)) continue;
    cuts.push(at);
  }
  if (!cuts.length) return [line];
  cuts.sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of cuts) {
    if (c <= prev) continue;
    out.push(line.slice(prev, c));
    prev = c;
  }
  out.push(line.slice(prev));
  return out.map((p) => p.trim()).filter(Boolean);
}

const BRAND_RE = new RegExp(CAMEL_BRANDS.map(escapeRe).join('|'), 'gu');
const NETWORK_GLUE_RE = new RegExp(`(?<=^|[\\s\\p{Ll}])(?:${NETWORKS.map(escapeRe).join('|')})(?=\\p{Lu}\\p{Ll})`, 'gu');
const LOWER_UPPER_RE = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})/gu;

/**
 * Split a line at every lowercase->uppercase join, keeping camel-cased brands whole
 * ("CompartirTuitearWhatsAppEnviar por correo" -> ["Compartir","Tuitear","WhatsApp","Enviar por correo"]).
 * Used only to test whether a line is a run of glued button labels.
 */
export function splitAllCamel(line: string): string[] {
  const ranges: [number, number][] = [];
  for (const m of line.matchAll(BRAND_RE)) ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const cuts = new Set<number>();
  for (const m of line.matchAll(LOWER_UPPER_RE)) {
    const at = m.index ?? 0;
    if (!ranges.some(([a, b]) => at > a && at < b)) cuts.add(at);
  }
  // a network name glued to the next label ("Partilhar no XEnviar por e-mail")
  for (const m of line.matchAll(NETWORK_GLUE_RE)) cuts.add((m.index ?? 0) + m[0].length);
  for (const [a, b] of ranges) {
    cuts.add(a);
    cuts.add(b);
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of sorted) {
    out.push(line.slice(prev, c));
    prev = c;
  }
  out.push(line.slice(prev));
  return out.map((p) => p.trim()).filter(Boolean);
}

const LOWER_UPPER_ONE_RE = /[\p{Ll}\p{N}]\p{Lu}/u;
/** `/[\p{Ll}\p{N}]\p{Lu}/u.test(s)` (a lowercase letter or digit glued to a capital), by table look-up; strings with astral characters take the regex. */
export function hasLowerUpper(s: string): boolean {
  const t = charTable();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LOWER_UPPER_ONE_RE.test(s);
    if (i > 0 && (t[c] ?? 0) & CH_UPPER && (t[s.charCodeAt(i - 1)] ?? 0) & (CH_LOWER | CH_DIGIT)) return true;
  }
  return false;
}
