/**
 * Direct-quotation extraction with speaker attribution.
 *
 * Algorithm (rule-based, after the usual quotation-attribution pipeline of news NLP tools,
 * e.g. Pareti 2015 / quootstrap / Stanford CoreNLP QuoteAnnotator, simplified):
 * 1. Quote marks are found and typed by class (« », „ “ ” ", ‹ ›, ‚ ‘ ’ '), direction decided by the
 *    mark itself or by flanking (space before = opening, space after = closing). Marks are paired
 *    with a stack per class; nested quotes stay inside their outer quote.
 *    A paragraph ending with an open quote either continues in the next paragraph's opening mark
 *    (one quote per paragraph) or runs into the next paragraph's closing mark (one quote).
 *    A closing mark with no opener in its paragraph opens at the paragraph start.
 *    Dash quotations ("– Text – said X", paragraph-initial "— Text") for dash languages.
 * 2. Each candidate is attributed: speech verb right after the quote ("», a déclaré X", "," X said"),
 *    inserted clause inside the quote ("— afirmó X —"), speech verb or cue before it in the sentence
 *    ("X said: «", "selon X"). The subject is the nearest name span; pronouns, role nouns and
 *    subject-less verbs are resolved to the most recent person (or a role bound to a name earlier,
 *    "le porte-parole ... Igor X"). Surnames resolve to the fullest form in the document / `opts`.
 * 3. Candidates shorter than 3 words, title-like ones, and short unattributed ones (scare quotes)
 *    are dropped.
 *
 * Pure and total: never throws (returns [] on internal error). Offsets are UTF-16 code units.
 */
import {
  NAME_STOPWORDS as NAME_STOPWORDS_,
  NAME_TITLES as NAME_TITLES_,
  ORG_STEMS,
  type SpeechTable,
  speechTable,
} from '../../rules/speech.ts';
import {
  CH_DIGIT as CH_DIGIT_,
  CH_LETTER as CH_LETTER_,
  CH_LOWER as CH_LOWER_,
  CH_MARK as CH_MARK_,
  CH_UPPER as CH_UPPER_,
  charTable as charTable_,
  isJsSpace as isJsSpace_,
  stripMarks as stripMarks_,
} from '../clean/normalize.ts';
import type { Quote } from '../schema.ts';
import { gazetteer as gazetteer_ } from './entities/gazetteer.ts';
import { nameKey as nameKey_ } from './entities/normalize.ts';

// Imported bindings copied to module constants: under the ESM-to-CJS transform the project runs
// with (tsx), every use of an imported name is a getter call, which costs ~8x in hot loops.
const NAME_STOPWORDS = NAME_STOPWORDS_;
const NAME_TITLES = NAME_TITLES_;
const CH_DIGIT = CH_DIGIT_;
const CH_LETTER = CH_LETTER_;
const CH_LOWER = CH_LOWER_;
const CH_MARK = CH_MARK_;
const CH_UPPER = CH_UPPER_;
const isJsSpace = isJsSpace_;
const charTable = charTable_;
const stripMarks = stripMarks_;
const gazetteer = gazetteer_;
const nameKey = nameKey_;
/** The Unicode class bits (CH_*) of every UTF-16 code unit. */
const TAB = charTable();

type Cls = 'G' | 'D' | 'g' | 'S';
type Role = 'o' | 'c' | 'a';
interface Mark {
  pos: number;
  len: number;
  cls: Cls;
  role: Role;
  para: number;
}
interface Para {
  start: number;
  end: number;
}
type Kind = 'pair' | 'open' | 'orphan' | 'dash';
interface Cand {
  start: number;
  end: number;
  /** Position of the opening mark (or quote start) and just past the closing mark. */
  outerStart: number;
  outerEnd: number;
  para: number;
  endPara: number;
  kind: Kind;
  /** For dash quotes: the attribution clause position found while delimiting. */
  dashVerbAt?: number;
  /** A whole-paragraph dash quote (trailingDashQuote): quotations inside it are part of it. */
  trailing?: boolean;
  /** A dash quote resuming after the previous one's closed attribution ("—Texto —dijo X—. Más texto"). */
  resumed?: boolean;
}
interface NameSpan {
  start: number;
  end: number;
  text: string;
  tokens: string[];
  /** tokInfo of each token */
  infos: TokInfo[];
  person: boolean;
  org: boolean;
  /** German: the span ended at an article ("Lawrow Berichte | des Westens"); a person only when known */
  artCut?: boolean;
}
interface VerbHit {
  start: number;
  end: number;
  text: string;
  cue: boolean;
  impersonal: boolean;
  gender: 'm' | 'f' | null;
  inQ: boolean;
  inv: boolean;
}
type Ref =
  | { t: 'name'; name: NameSpan }
  | {
      t: 'coref';
      pos: number;
      gender: 'm' | 'f' | null;
      role: string | null;
      org: boolean;
      /** the subject is an unnamed description ("the Democrat said"): only a person just introduced fits */
      desc?: boolean;
    }
  | { t: 'null' };
interface Attr {
  verb: string | null;
  ref: Ref | null;
  /** Position where the attribution was found (for recency of the resolved speaker). */
  at: number;
}

// ---------------------------------------------------------------- compiled per-language data

interface Compiled {
  table: SpeechTable;
  verbRe: RegExp;
  /** Lowercase first words of every verb/aux/cue entry: the verb regex is tried only there. */
  first: Set<string>;
  /** A whole token that is a role noun (splits "Экс-премьер Британии Браун"). */
  roleWordRe: RegExp;
  roleRe: RegExp;
  orgRoleRe: RegExp;
  pronounRe: RegExp;
  /** Sticky copies of roleRe / orgRoleRe / pronounRe (corefIn tries them only where one can start). */
  corefRes: [RegExp, RegExp, RegExp];
  /** Per code unit (foldKey): bit 1/2/4 when a role / org-role / pronoun can start with it. */
  corefFirst: Uint8Array;
  /** findVerbs' pre-filter. */
  vf: VerbFilter;
  /** A complementiser ("that", "dass", "что") followed by at most six words at the end of the input; null when the table has none. */
  compRe: RegExp | null;
  /** A reported-speech marker word (table `reported`), unanchored; null when the table has none. */
  reportedRe: RegExp | null;
  /** A document noun (table `documents`, German compounds allowed), global; null when the table has none. */
  docRe: RegExp | null;
  /** An indefinite subject (table `indefinite`) opening the input after spaces/commas; null when none. */
  indefRe: RegExp | null;
  /** A spokesperson role word (table `spokes`, German compounds allowed), unanchored; null when none. */
  spokesRe: RegExp | null;
  /** nameKey of a token in this language (bounded). */
  keyCache: Map<string, string>;
  /** findNames' per-token facts (bounded). */
  tokCache: Map<string, TokInfo>;
  /** findNames' token table (tokAt). */
  tokTab: TokTable;
  /** One counter per name key (keyOf) in this language; cleared only between documents, with tokCache. */
  keyRecs: Map<string, KeyRec>;
}
const CACHE = new Map<string, Compiled>();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]): string =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map((x) => esc(x).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
const WB_L = '(?<![\\p{L}\\p{N}])';
const WB_R = '(?![\\p{L}\\p{N}])';

function compile(lang: string): Compiled {
  const key = lang.toLowerCase();
  const hit = CACHE.get(key);
  if (hit) return hit;
  const table = speechTable(key);
  const verbs = table.verbs.filter((v) => v !== 'so');
  // aux + optional adverb + verb (+ French inverted pronoun), or cue, or impersonal.
  const verbRe = new RegExp(
    `${WB_L}(?:(?<imp>${alt(table.impersonal)})|(?<cue>${alt(table.cues)})|(?:(?:${alt(table.aux)})\\s+(?:\\p{L}+(?:ment|ly|mente)\\s+)?)?(?<verb>${alt(verbs)})(?<inv>-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on))?)${WB_R}`,
    'iuy',
  );
  // German writes roles as compounds ("Bundesgesundheitsminister"): any letters may precede the role
  const roleWordRe = new RegExp(
    `^${key === 'de' ? '\\p{L}*?' : ''}(?:${alt(table.roles)})${SLAVIC.has(key) ? '[\\p{L}]{0,4}' : '(?:s|es|e|i|a|n|en|in)?'}$`,
    'iu',
  );
  const first = new Set<string>();
  for (const e of [...table.aux, ...verbs, ...table.cues, ...table.impersonal]) {
    const w = e.toLowerCase().replace(/’/g, "'").split(/\s+/)[0];
    if (w) first.add(w);
  }
  const roleRe = new RegExp(`${WB_L}(?:${alt(table.roles)})[\\p{L}-]*`, 'giu');
  const orgRoleRe = new RegExp(`${WB_L}(?:${alt(table.orgRoles)})[\\p{L}]*`, 'giu');
  const pronounRe = new RegExp(`${WB_L}(?:${alt(Object.keys(table.pronouns))})${WB_R}`, 'giu');
  const corefRes: [RegExp, RegExp, RegExp] = [
    new RegExp(roleRe.source, 'iuy'),
    new RegExp(orgRoleRe.source, 'iuy'),
    new RegExp(pronounRe.source, 'iuy'),
  ];
  const comps = table.complementisers ?? [];
  const elided = comps.filter((x) => /['’]$/u.test(x));
  const whole = comps.filter((x) => !/['’]$/u.test(x));
  const compAlt = [whole.length ? `(?:${alt(whole)})${WB_R}` : '', elided.length ? `(?:${alt(elided)})` : ''].filter(Boolean).join('|');
  const compRe = compAlt
    ? new RegExp(
        `${WB_L}${table.notComplementiser?.length ? `(?<!${WB_L}(?:${alt(table.notComplementiser)})\\s+)` : ''}(?:${compAlt})[\\s,]*(?:[^\\s.!?;:,«»“”„"]+(?:[\\s,]+[^\\s.!?;:,«»“”„"]+){0,5})?[\\s,]*$`,
        'iu',
      )
    : null;
  const corefFirst = new Uint8Array(0x10000);
  const lists = [table.roles, table.orgRoles, Object.keys(table.pronouns)];
  for (let k = 0; k < 3; k++) for (const x of lists[k] as string[]) markFirst(corefFirst, x, 1 << k);
  const c: Compiled = {
    table,
    verbRe,
    first,
    roleRe,
    roleWordRe,
    orgRoleRe,
    pronounRe,
    corefRes,
    corefFirst,
    tokCache: new Map(),
    tokTab: tokTable(),
    keyRecs: new Map(),
    keyCache: new Map(),
    vf: verbFilter(first, table, verbs),
    compRe,
    reportedRe: table.reported?.length ? new RegExp(`${WB_L}(?:${alt(table.reported)})${WB_R}`, 'iu') : null,
    docRe: table.documents?.length ? new RegExp(`${WB_L}${key === 'de' ? '\\p{L}*?' : ''}(?:${alt(table.documents)})\\p{L}*`, 'giu') : null,
    indefRe: table.indefinite?.length
      ? new RegExp(`^[\\s,]*(?:${alt(table.indefinite)})${SLAVIC.has(key) ? '\\p{L}*' : ''}(?![\\p{L}\\p{N}'’])`, 'iu')
      : null,
    spokesRe: table.spokes?.length ? new RegExp(`${key === 'de' ? '' : WB_L}(?:${alt(table.spokes)})`, 'iu') : null,
  };
  CACHE.set(key, c);
  return c;
}

/**
 * Case-insensitive key of a UTF-16 code unit: upper- then lower-cased when both stay one code unit,
 * else -1. Two characters that match each other under a `/iu` regex (simple case folding) have the
 * same key or one of them has -1, so the key can pre-filter where an `iu` alternation may start.
 */
const FOLD_KEY = new Int32Array(0x10000).fill(-2);
function foldKey(c: number): number {
  let v = FOLD_KEY[c] as number;
  if (v === -2) {
    const u = String.fromCharCode(c).toUpperCase();
    const l = u.toLowerCase();
    v = u.length === 1 && l.length === 1 ? l.charCodeAt(0) : -1;
    FOLD_KEY[c] = v;
  }
  return v;
}
/** Sets `bit` in `tab` (indexed by foldKey) for the first character of alternative `x` as alt() writes it (' also as ’); a first character without a key sets every entry. */
function markFirst(tab: Uint8Array, x: string, bit: number): void {
  const c = x.charCodeAt(0);
  if (Number.isNaN(c)) return;
  const k = foldKey(c);
  if (k < 0) {
    for (let i = 0; i < tab.length; i++) tab[i] = (tab[i] as number) | bit;
    return;
  }
  tab[k] = (tab[k] as number) | bit;
  if (c === 0x27 || c === 0x2019) {
    tab[0x27] = (tab[0x27] as number) | bit;
    tab[0x2019] = (tab[0x2019] as number) | bit;
  }
}

// ---------------------------------------------------------------- character helpers

// Quote marks (MARK_RE, matched by markAt): /&(?:laquo|raquo|bdquo|ldquo|rdquo|quot|#171|#187|#8222|#8220|#8221|#34);|Â[«»]|â€[œž\u009d]|[«»„“”"‟‹›‚‘’']/g
const MARK_INFO: Record<string, [Cls, Role]> = {
  '&laquo;': ['G', 'o'],
  '&raquo;': ['G', 'c'],
  '&#171;': ['G', 'o'],
  '&#187;': ['G', 'c'],
  '&bdquo;': ['D', 'o'],
  '&#8222;': ['D', 'o'],
  '&ldquo;': ['D', 'a'],
  '&#8220;': ['D', 'a'],
  '&rdquo;': ['D', 'a'],
  '&#8221;': ['D', 'a'],
  '&quot;': ['D', 'a'],
  '&#34;': ['D', 'a'],
  'Â«': ['G', 'o'],
  'Â»': ['G', 'c'],
  'â€œ': ['D', 'a'],
  'â€\u009d': ['D', 'a'],
  'â€ž': ['D', 'o'],
  '«': ['G', 'o'],
  '»': ['G', 'c'],
  '„': ['D', 'o'],
  '“': ['D', 'a'],
  '”': ['D', 'a'],
  '"': ['D', 'a'],
  '‟': ['D', 'a'],
  '‹': ['g', 'o'],
  '›': ['g', 'c'],
  '‚': ['S', 'o'],
  '‘': ['S', 'a'],
  '’': ['S', 'a'],
  "'": ['S', 'a'],
};
const isWordCh = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || isJsSpace(c.charCodeAt(0));
const OPEN_CTX = new Set(['(', '[', '{', '—', '–', '-', '/', '«', '„', '“', '‹', '‚', '‘', '"', "'", '\u00a0']);
const CLOSE_CTX = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '/', '»', '”', '“', '›', '’', '"', "'"]);
const DASHES = '—–―-';
const TOKEN_RE = /[\p{L}\p{N}]+/gu;
/** `s.match(TOKEN_RE)?.length ?? 0` (runs of letters/digits), by table look-up; astral text takes the regex. */
function countWords(s: string): number {
  const t = charTable();
  let n = 0,
    inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s.match(TOKEN_RE)?.length ?? 0;
    const w = ((t[c] ?? 0) & (CH_LETTER | CH_DIGIT)) !== 0;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
/** Folded strings (NFKD, marks stripped, lower case); names repeat, so results are kept (bounded). */
const FOLD_CACHE = new Map<string, string>();
/** Per code unit: 1 when NFKD leaves it alone and it is no mark (a string of such folds by lower-casing alone), 2 when not, 0 not yet known. */
const FOLD_PLAIN = new Uint8Array(0x10000);
const fold = (s: string): string => {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k = FOLD_PLAIN[c] as number;
    if (k === 0) {
      const ch = String.fromCharCode(c);
      k = c >= 0xd800 && c <= 0xdfff ? 2 : ch.normalize('NFKD') === ch && !((charTable()[c] ?? 0) & CH_MARK) ? 1 : 2;
      FOLD_PLAIN[c] = k;
    }
    if (k === 2) {
      plain = false;
      break;
    }
  }
  if (plain) return s.toLowerCase();
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    f = stripMarks(s.normalize('NFKD')).toLowerCase();
    if (FOLD_CACHE.size > 20000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
};

/**
 * The set of `text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}-]+/gu)` (words starting with a
 * lowercase letter), by one table-driven scan with the same left-to-right, non-overlapping
 * semantics; astral text takes the regex.
 */
function lowerWordSet(text: string): Set<string> {
  const t = charTable();
  const out = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; i++)
    if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdfff) return new Set(text.match(LOWER_WORD_RE) ?? []);
  const cont = (c: number): boolean => ((t[c] ?? 0) & (CH_LETTER | CH_MARK)) !== 0 || c === 0x2d;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (
      (t[c] ?? 0) & CH_LOWER &&
      (i === 0 || !((t[text.charCodeAt(i - 1)] ?? 0) & (CH_LETTER | CH_DIGIT))) &&
      i + 1 < n &&
      cont(text.charCodeAt(i + 1))
    ) {
      let j = i + 2;
      while (j < n && cont(text.charCodeAt(j))) j++;
      out.add(text.slice(i, j));
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
const LOWER_WORD_RE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}-]+/gu;

// ---------------------------------------------------------------- main

/**
 * Direct quotations in `text` (the cleaned body: paragraphs separated by "\n\n").
 * start/end are UTF-16 offsets of the quoted words (without quote marks) in `text`, so
 * `text.slice(start, end) === quote.text`. `lang` is ISO 639-1 or 'und' (all cue tables).
 * `opts.persons` / `opts.organizations`: fullest entity names found elsewhere, used to expand
 * surnames and to tell persons from organisations; optional.
 * Never throws.
 */
export function extractQuotes(text: string, lang: string, opts?: { persons?: string[]; organizations?: string[] }): Quote[] {
  try {
    return run(text, lang || 'und', opts ?? {});
  } catch {
    return [];
  }
}

/** Number of the document run is working on (KeyRec.doc). */
let docId = 0;
/** run's inside-quote mask, reused (run is not re-entered); a view of its first text.length bytes is the mask. */
let INQ_BUF = new Uint8Array(1 << 16);
function run(text: string, lang: string, opts: { persons?: string[]; organizations?: string[] }): Quote[] {
  if (!text) return [];
  const C = compile(lang);
  docId++;
  // key counters live in the token facts: all are dropped together, between documents
  if (C.keyRecs.size > 50000) {
    C.keyRecs.clear();
    C.tokCache.clear();
    C.tokTab.slots.fill(0);
    C.tokTab.n = 0;
  }
  const paras = splitParas(text);
  if (!paras.length) return [];
  const marks = scanMarks(text, paras);
  const { cands: markCands, inner } = pairMarks(text, paras, marks);
  // mask of characters inside any quote (used to ignore names/verbs inside quotes)
  if (INQ_BUF.length < text.length) INQ_BUF = new Uint8Array(text.length * 2);
  INQ_BUF.fill(0, 0, text.length);
  const inQ = INQ_BUF.subarray(0, text.length);
  for (const c of [...markCands, ...inner]) inQ.fill(1, c.start, c.end);
  let cands = markCands;
  const verbs = findVerbs(text, C, inQ, lang.toLowerCase());
  if (C.table.dashQuotes) {
    const dash = findDashQuotes(text, paras, cands, verbs, inQ);
    for (const d of dash) inQ.fill(1, d.start, d.end);
    const trail = dash.filter((d) => d.trailing);
    if (trail.length) cands = cands.filter((c) => !trail.some((d) => c.outerStart >= d.start && c.outerEnd <= d.end + 1));
    cands = [...cands, ...dash].sort((a, b) => a.start - b.start);
  }
  const names = findNames(text, inQ, opts, C, lang.toLowerCase());
  const ctx: Ctx = {
    lang: lang.toLowerCase(),
    stemHits: new Map(),
    canon: new Map(),
    keyCache: C.keyCache,
    text,
    paras,
    C,
    inQ,
    verbs,
    names,
    opts,
    cands,
    innerPairs: inner,
  };
  const out: {
    c: Cand;
    attr: Attr;
    keep: boolean;
    speaker: string | null;
    standalone: boolean;
  }[] = [];
  for (const n of names) {
    if (ctx.inQ[n.start]) continue;
    for (let j = 0; j < n.tokens.length; j++) {
      const r = keyRecTok(ctx, n.tokens[j] as string, n.infos[j] as TokInfo);
      if (r.doc !== docId) {
        r.doc = docId;
        r.n = 0;
      }
      r.n++;
    }
  }
  // attribute each candidate
  for (const c of cands) {
    const attr = attribute(ctx, c);
    out.push({ c, attr, keep: false, speaker: null, standalone: isStandalone(text, paras, c) });
  }
  // inheritance for adjacent quotes and paragraph chains
  for (let i = 0; i < out.length; i++) {
    const o = out[i];
    if (!o || o.attr.ref || o.attr.verb) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (o.c.kind === 'open' && next && next.c.para === o.c.para + 1) {
      const r = next.attr.ref;
      o.attr = { ...next.attr, ref: r && r.t === 'coref' ? { ...r, pos: o.c.outerStart } : r };
      if (!next.attr.ref && !next.attr.verb) o.attr = { verb: null, ref: null, at: o.c.end };
    }
    if (!o.attr.ref && !o.attr.verb && prev && adjacentToPrev(ctx, prev.c, o.c)) {
      o.attr = { verb: null, ref: prev.attr.ref, at: o.c.start };
    }
  }
  // second pass over 'open' chains whose continuation got attributed by inheritance
  for (let i = out.length - 2; i >= 0; i--) {
    const o = out[i];
    const next = out[i + 1];
    if (o && next && o.c.kind === 'open' && !o.attr.ref && next.c.para === o.c.para + 1 && next.attr.ref) {
      const r = next.attr.ref;
      o.attr = { ...next.attr, ref: r.t === 'coref' ? { ...r, pos: o.c.outerStart } : r };
    }
  }
  // keep / drop
  for (const o of out) {
    const qt = text.slice(o.c.start, o.c.end);
    const words = countWords(qt);
    if (words < 3) continue;
    if (titleLike(qt, words)) continue;
    const attributed = !!(o.attr.verb || (o.attr.ref && o.attr.ref.t === 'name'));
    const colon = colonIntro(text, paras, o.c);
    if (o.c.kind === 'dash' || o.c.kind === 'orphan') {
      o.keep = attributed || (colon && o.c.kind === 'dash') || (!!o.c.resumed && !!o.attr.ref);
    } else if (o.c.kind === 'open') {
      o.keep = words >= 3;
    } else {
      o.keep = attributed || colon || o.standalone || words >= 8 || !!o.attr.ref;
    }
  }
  // resolve speakers in document order (coreference uses earlier resolved speakers)
  const resolved: Resolved[] = [];
  let orgNames: Set<string> | null = null;
  let prevKept: (typeof out)[number] | null = null;
  for (const o of out) {
    if (!o.keep) {
      // a short partial quote (3-7 words) inside reported speech: kept when the speaker of the
      // previous kept quote is active in this or the previous paragraph and nobody else is named since
      const pk = prevKept;
      if (o.c.kind !== 'pair' || !pk?.speaker || o.c.para - pk.c.endPara > 1 || o.attr.ref || o.attr.verb) continue;
      const qt = text.slice(o.c.start, o.c.end);
      const words = countWords(qt);
      if (words < 3 || words > 7 || titleLike(qt, words)) continue;
      const others = namesIn(ctx, pk.c.outerEnd, o.c.outerStart).filter((n) => (n.person || n.org) && canonical(ctx, n) !== pk.speaker);
      if (others.length) continue;
      // reported-speech context: a marker word in the sentence, or the speaker named in it
      const ss = sentenceStart(ctx, o.c.outerStart);
      const se = sentenceEnd(ctx, o.c.outerEnd, o.c.endPara);
      const rr = ctx.C.reportedRe;
      const sent = text.slice(ss, se);
      if (!(rr?.test(sent) || namesIn(ctx, ss, se).some((n) => n.person && canonical(ctx, n) === pk.speaker))) continue;
      o.keep = true;
      o.speaker = pk.speaker;
      prevKept = o;
      continue;
    }
    const chained = prevKept && prevKept.c.kind === 'open' && o.c.para === prevKept.c.endPara + 1 && o.attr.ref?.t === 'coref';
    o.speaker = chained && prevKept ? prevKept.speaker : resolveRef(ctx, o.attr.ref, resolved, o.c);
    // an unattributed quote right after X's quotes (same or next paragraph, nobody else named
    // between) continues X's words: reported-speech paragraphs, "he added" context
    const pk = prevKept;
    if (!o.speaker && !o.attr.ref && !o.attr.verb && pk?.speaker && o.c.para - pk.c.endPara <= 1) {
      const others = namesIn(ctx, pk.c.outerEnd, o.c.outerStart).filter(
        (n) => (n.person || n.org) && n.start > pk.attr.at && canonical(ctx, n) !== pk.speaker,
      );
      if (!others.length) o.speaker = pk.speaker;
    }
    prevKept = o;
    if (o.speaker) {
      orgNames ??= new Set([...(opts.organizations ?? []), ...names.filter((n) => n.org).map((n) => n.text)].map(fold));
      const isOrg = orgNames.has(fold(o.speaker)) || (o.attr.ref?.t === 'name' && o.attr.ref.name.org);
      resolved.push({ pos: Math.max(o.attr.at, o.c.end), name: o.speaker, para: o.c.endPara, org: isOrg });
    }
  }
  anaphoricAttribution(ctx, out);
  interviewAnswers(ctx, out);
  // standalone (intertitle) quotes without attribution: borrow from the quote that repeats them
  const tokSets = new Map<Cand, Set<string>>();
  for (const o of out) {
    if (!o.keep || o.speaker || !o.standalone) continue;
    const toks = new Set(fold(text.slice(o.c.start, o.c.end)).match(TOKEN_RE) ?? []);
    let best: (typeof out)[number] | null = null;
    let bestScore = 0.5;
    for (const p of out) {
      if (p === o || !p.keep || !p.speaker) continue;
      let pt = tokSets.get(p.c);
      if (!pt) {
        pt = new Set(fold(text.slice(p.c.start, p.c.end)).match(TOKEN_RE) ?? []);
        tokSets.set(p.c, pt);
      }
      let n = 0;
      for (const t of toks) if (pt.has(t)) n++;
      const s = toks.size ? n / toks.size : 0;
      if (s > bestScore) {
        bestScore = s;
        best = p;
      }
    }
    if (!best) best = out.find((p) => p.keep && p.speaker && p.c.start > o.c.end && p.c.para <= o.c.para + 3) ?? null;
    if (best) o.speaker = best.speaker;
  }
  const quotes: Quote[] = [];
  for (const o of out) {
    if (!o.keep) continue;
    quotes.push({ text: text.slice(o.c.start, o.c.end), speaker: o.speaker, verb: o.attr.verb, start: o.c.start, end: o.c.end });
  }
  return quotes;
}

interface Ctx {
  lang: string;
  /** opts.persons and opts.organizations with their folded tokens (canonical0), built on first use. */
  pool?: { name: string; toks: string[]; org: boolean }[];
  /** opts.persons folded, built on first use. */
  knownPersons?: Set<string>;
  stemHits: Map<string, number[]>;
  canon: Map<NameSpan, string>;
  keyCache: Map<string, string>;
  text: string;
  paras: Para[];
  C: Compiled;
  inQ: Uint8Array;
  verbs: VerbHit[];
  names: NameSpan[];
  opts: { persons?: string[]; organizations?: string[] };
  cands: Cand[];
  innerPairs: Cand[];
}

// ---------------------------------------------------------------- paragraphs & marks

/** Lines of `text` (runs without "\n") that hold a non-space character, as UTF-16 [start, end). */
function splitParas(text: string): Para[] {
  const out: Para[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    for (let k = i; k < j; k++)
      if (!isJsSpace(text.charCodeAt(k))) {
        out.push({ start: i, end: j });
        break;
      }
    i = j + 1;
  }
  return out;
}

/** Occurrences of `g` (« or ») at the start of the text or after `\s`, followed by a letter or digit: `(?:^|\s)g[\p{L}\p{N}]` with flags gmu, counted. */
function countGuillemet(text: string, g: string): number {
  let k = 0;
  for (let i = text.indexOf(g); i >= 0; i = text.indexOf(g, i + 1)) {
    if (i > 0 && !isJsSpace(text.charCodeAt(i - 1))) continue;
    const c = text.charCodeAt(i + 1);
    if ((TAB[c] as number) & (CH_LETTER | CH_DIGIT)) k++;
    else if (c >= 0xd800 && c <= 0xdbff && /^[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3))) k++;
  }
  return k;
}
const ENTITY_MARKS = [
  '&laquo;',
  '&raquo;',
  '&bdquo;',
  '&ldquo;',
  '&rdquo;',
  '&quot;',
  '&#171;',
  '&#187;',
  '&#8222;',
  '&#8220;',
  '&#8221;',
  '&#34;',
];
/** Per code unit: 1 for a one-character quote mark of MARK_RE, 2 for the first character of a longer one (& Â â). */
const MARK_FIRST = new Uint8Array(0x10000);
for (const ch of '«»„“”"‟‹›‚‘’\'') MARK_FIRST[ch.charCodeAt(0)] = 1;
for (const ch of '&Ââ') MARK_FIRST[ch.charCodeAt(0)] = 2;
/** Where a MARK_RE match can start (its first characters). */
const MARK_CAND_RE = /[&\u00c2\u00e2«»„“”"‟‹›‚‘’']/g;
/** Length of the MARK_RE match at i (0 when none starts there). */
function markAt(text: string, i: number): number {
  const k = MARK_FIRST[text.charCodeAt(i)] as number;
  if (k === 1) return 1;
  if (k === 0) return 0;
  const c = text.charCodeAt(i);
  if (c === 0x26) {
    for (const e of ENTITY_MARKS) if (text.startsWith(e, i)) return e.length;
    return 0;
  }
  const d = text.charCodeAt(i + 1);
  if (c === 0xc2) return d === 0xab || d === 0xbb ? 2 : 0;
  if (d !== 0x20ac) return 0;
  const e = text.charCodeAt(i + 2);
  return e === 0x153 || e === 0x17e || e === 0x9d ? 3 : 0;
}

function scanMarks(text: string, paras: Para[]): Mark[] {
  const marks: Mark[] = [];
  // German-style »reversed« guillemets: » opens, « closes
  const rev = countGuillemet(text, '»');
  const reversed = rev >= 2 && rev > countGuillemet(text, '«') * 2;
  let pi = 0;
  // MARK_RE's matches, left to right and non-overlapping (markAt)
  MARK_CAND_RE.lastIndex = 0;
  for (let mc = MARK_CAND_RE.exec(text); mc; mc = MARK_CAND_RE.exec(text)) {
    const at = mc.index;
    const len = markAt(text, at);
    if (len === 0) continue;
    const m0 = len === 1 ? (text[at] as string) : text.slice(at, at + len);
    MARK_CAND_RE.lastIndex = at + len;
    while (pi < paras.length && (paras[pi] as Para).end <= at) pi++;
    const info = MARK_INFO[m0];
    if (!info || pi >= paras.length) continue;
    let [cls, role] = info;
    if (reversed && cls === 'G') role = role === 'o' ? 'c' : 'o';
    const prev = text[at - 1];
    const next = text[at + len];
    if (cls === 'S') {
      if (isWordCh(prev) && isWordCh(next)) continue; // apostrophe
      if (m0 === '‚' && isSpace(next)) continue;
    }
    marks.push({ pos: at, len, cls, role, para: pi });
  }
  return marks;
}

function decideRole(text: string, m: Mark, para: Para, pending: boolean): Role | null {
  if (m.role !== 'a') {
    // Spanish continuation: paragraph-initial » re-opens a quote
    if (m.cls === 'G' && m.role === 'c' && text.slice(para.start, m.pos).trim() === '' && isWordCh(text[m.pos + m.len])) return 'o';
    return m.role;
  }
  const prev = m.pos > para.start ? text[m.pos - 1] : undefined;
  const next = m.pos + m.len < para.end ? text[m.pos + m.len] : undefined;
  const openCtx = prev === undefined || isSpace(prev) || OPEN_CTX.has(prev);
  const closeCtx = next === undefined || isSpace(next) || CLOSE_CTX.has(next);
  if (openCtx && !closeCtx) return 'o';
  if (!openCtx && closeCtx) return 'c';
  if (m.cls === 'S') {
    if (openCtx && closeCtx) return null;
    return pending ? 'c' : null;
  }
  return pending ? 'c' : 'o';
}

function pairMarks(text: string, paras: Para[], marks: Mark[]): { cands: Cand[]; inner: Cand[] } {
  const pairs: Cand[] = [];
  const stack: { m: Mark; carried: boolean }[] = [];
  let mi = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Para;
    let sawMark = false;
    while (mi < marks.length && (marks[mi] as Mark).para === p) {
      const m = marks[mi] as Mark;
      mi++;
      const pending = stack.some((s) => s.m.cls === m.cls);
      const role = decideRole(text, m, para, pending);
      if (!role) continue;
      if (role === 'o') {
        stack.push({ m, carried: false });
      } else {
        let idx = -1;
        for (let k = stack.length - 1; k >= 0; k--) {
          if ((stack[k] as { m: Mark }).m.cls === m.cls) {
            idx = k;
            break;
          }
        }
        if (idx >= 0) {
          const o = (stack[idx] as { m: Mark }).m;
          stack.length = idx;
          pairs.push(mkCand(text, o.pos + o.len, m.pos, o.pos, m.pos + m.len, o.para, p, 'pair'));
        } else if (!sawMark && (m.cls === 'D' || m.cls === 'G')) {
          // closing mark with nothing open in its paragraph: quote from paragraph start
          let s = para.start;
          while (s < m.pos && (isSpace(text[s]) || DASHES.includes(text[s] as string))) s++;
          pairs.push(mkCand(text, s, m.pos, para.start, m.pos + m.len, p, p, 'orphan'));
        }
      }
      sawMark = true;
    }
    // end of paragraph: handle unclosed openers
    if (stack.length) {
      const bottom = stack[0] as { m: Mark; carried: boolean };
      const nextPara = paras[p + 1];
      let keepBottom = false;
      if (!bottom.carried && (bottom.m.cls === 'D' || bottom.m.cls === 'G') && nextPara) {
        const nm = marks[mi];
        const startsWithOpen =
          nm !== undefined &&
          nm.para === p + 1 &&
          nm.cls === bottom.m.cls &&
          text.slice(nextPara.start, nm.pos).trim() === '' &&
          decideRole(text, nm, nextPara, false) === 'o';
        if (startsWithOpen) {
          if (bottom.m.para === p) {
            pairs.push(mkCand(text, bottom.m.pos + bottom.m.len, para.end, bottom.m.pos, para.end, p, p, 'open'));
          }
        } else if (bottom.m.para === p) {
          keepBottom = true;
        }
      }
      stack.length = 0;
      if (keepBottom) stack.push({ m: bottom.m, carried: true });
    }
  }
  pairs.sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  // top-level vs nested
  const top: Cand[] = [];
  const inner: Cand[] = [];
  let lastEnd = -1;
  for (const c of pairs) {
    if (c.outerStart < lastEnd) inner.push(c);
    else {
      top.push(c);
      lastEnd = c.outerEnd;
    }
  }
  return { cands: top.filter((c) => c.end > c.start), inner };
}

function mkCand(text: string, s: number, e: number, os: number, oe: number, p: number, ep: number, kind: Kind): Cand {
  while (s < e && /[\s\u00a0]/u.test(text[s] as string)) s++;
  while (e > s && /[\s\u00a0,;]/u.test(text[e - 1] as string)) e--;
  return { start: s, end: e, outerStart: os, outerEnd: oe, para: p, endPara: ep, kind };
}

// ---------------------------------------------------------------- dash quotations

function findDashQuotes(text: string, paras: Para[], cands: Cand[], verbs: VerbHit[], inQ: Uint8Array): Cand[] {
  const out: Cand[] = [];
  const openRe = /(?:^|(?<=[.!?…:»"”“])\s*|(?<=[.!?…:])\s+)([—–―]|-(?=\s))\s*(?=[\p{Lu}\p{N}«„"“])/gu;
  /** Offset of the next DASH_ANY_RE match at or after the current paragraph's start (-1: none left). */
  DASH_ANY_RE.lastIndex = 0;
  let nextDash = DASH_ANY_RE.exec(text)?.index ?? -1;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Para;
    // openRe and TRAIL_DASH_RE need a dash that DASH_ANY_RE finds: a paragraph without one has no dash quote
    if (nextDash >= 0 && nextDash < para.start) {
      DASH_ANY_RE.lastIndex = para.start;
      nextDash = DASH_ANY_RE.exec(text)?.index ?? -1;
    }
    if (nextDash < 0 || nextDash >= para.end) continue;
    const pt = text.slice(para.start, para.end);
    /** The first dash after UTF-16 offset qs followed (within 3 words) by a speech verb: its offset (-1: none) and the verb's. */
    const closeAt = (qs: number): { end: number; verbAt?: number } => {
      CLOSE_DASH_RE.lastIndex = qs - para.start;
      for (let k = CLOSE_DASH_RE.exec(pt); k; k = CLOSE_DASH_RE.exec(pt)) {
        const after = para.start + k.index + k[0].length;
        if (inQ[para.start + k.index]) continue;
        const d = text[para.start + k.index + k[0].search(/[—–―-]/u)];
        if (d === '-' && !/\s-\s/u.test(k[0]) && k[0].trim() !== ',-') continue;
        const v = verbs.find((x) => x.start >= after && x.start <= after + 30 && !x.cue && !inQ[x.start]);
        if (v && countWords(text.slice(after, v.start)) <= 2) return { end: para.start + k.index, verbAt: v.start };
      }
      return { end: -1 };
    };
    openRe.lastIndex = 0;
    let from = 0;
    for (let m = openRe.exec(pt); m; m = openRe.exec(pt)) {
      const dashAt = para.start + m.index + m[0].indexOf(m[1] as string);
      if (dashAt < from || inQ[dashAt]) continue;
      if (cands.some((c) => dashAt >= c.outerStart && dashAt < c.outerEnd)) continue;
      const qs = para.start + m.index + m[0].length;
      // must be paragraph start, or after a sentence end / colon
      const before = text.slice(para.start, dashAt);
      if (before.trim() !== '' && !/[.!?…:»"”“]\s*$/u.test(before)) continue;
      // end: a dash followed (within 3 words) by a speech verb
      const ce = closeAt(qs);
      let end = ce.end;
      const verbAt = ce.verbAt;
      const paraInitial = before.trim() === '';
      const colon =
        /:\s*$/u.test(before) ||
        (paraInitial && p > 0 && /:\s*$/u.test(text.slice((paras[p - 1] as Para).start, (paras[p - 1] as Para).end)));
      if (end < 0) {
        if (!colon && !paraInitial) continue;
        end = para.end;
      }
      const c = mkCand(text, qs, end, dashAt, end, p, p, 'dash');
      while (c.end > c.start && /[\s,]/u.test(text[c.end - 1] as string)) c.end--;
      if (verbAt !== undefined) c.dashVerbAt = verbAt;
      if (c.end > c.start) {
        out.push(c);
        from = end;
      }
      // the attribution closed by a dash: the quotation resumes after it ("—Texto —lamentó X—. Si ...",
      // "— Текст, — сказал он, — продолжение"); each resumed piece may close with its own attribution
      let va = verbAt;
      while (va !== undefined) {
        RESUME_RE.lastIndex = va - para.start;
        const r = RESUME_RE.exec(pt);
        if (!r) break;
        const rs = para.start + r.index + r[0].length;
        const rd = para.start + r.index + r[0].search(/[—–―]/u);
        if (rs >= para.end || inQ[rs]) break;
        const nx = closeAt(rs);
        const rc = mkCand(text, rs, nx.end < 0 ? para.end : nx.end, rd, nx.end < 0 ? para.end : nx.end, p, p, 'dash');
        while (rc.end > rc.start && /[\s,]/u.test(text[rc.end - 1] as string)) rc.end--;
        if (nx.verbAt !== undefined) rc.dashVerbAt = nx.verbAt;
        rc.resumed = true;
        if (rc.end <= rc.start) break;
        out.push(rc);
        from = nx.end < 0 ? para.end : nx.end;
        va = nx.verbAt;
      }
    }
    if (from === 0) {
      const t = trailingDashQuote(text, para, p, verbs, inQ, cands);
      if (t) out.push(t);
    }
  }
  return out;
}

const CLOSE_DASH_RE = /,?\s*[—–―-]\s*/gu;
/** A dash openRe (a long dash, or a hyphen before a space) or TRAIL_DASH_RE (a dash after a space or closing quote) can start at. */
const DASH_ANY_RE = /[—–―]|-(?=\s)|(?<=[\s"”»])-/g;
/** From a dash attribution's verb: the clause up to a closing dash (no sentence end) and what follows it up to the resumed quotation. */
const RESUME_RE = /[^.!?…\n—–―]{0,80}?[—–―][.,;:]?\s+(?=[\p{L}\p{N}¿¡«„"“])/uy;
const TRAIL_DASH_RE = /(?<=[\s"”»])[—–―-]\s*(?=\p{Ll})/gu;
const SENT_END_RE = /[.!?…]\s+(?=[\p{Lu}\p{N}])/u;

/**
 * A paragraph without quote marks that ends in a dash attribution ("Text. Text - dodała Chawryło.",
 * "Текст – заявил он."): the text before the dash is the quotation. A first sentence that itself
 * carries a speech verb or cue ("Ekspertka podkreśliła, że ...") is indirect speech and is left out.
 * Returns null when the paragraph does not have that shape. Offsets are UTF-16 code units.
 */
function trailingDashQuote(text: string, para: Para, p: number, verbs: VerbHit[], inQ: Uint8Array, cands: Cand[]): Cand | null {
  const pt = text.slice(para.start, para.end);
  TRAIL_DASH_RE.lastIndex = 0;
  let dash = -1;
  for (let m = TRAIL_DASH_RE.exec(pt); m; m = TRAIL_DASH_RE.exec(pt)) dash = m.index;
  if (dash < 0) return null;
  const dAbs = para.start + dash;
  if (inQ[dAbs] || inQ[para.start]) return null;
  // a quotation in marks that opens a sentence and ends at the dash is the attributed one
  const qi = lowerBound(cands, dAbs) - 1;
  const q = cands[qi];
  if (q && q.outerEnd >= dAbs - 3 && /(?:^|[.!?…:])\s*$/u.test(text.slice(para.start, q.outerStart))) return null;
  let after = dAbs + 1;
  while (after < para.end && isHSpace(text.charCodeAt(after))) after++;
  let vi = lowerBound(verbs, after);
  let v = verbs[vi];
  while (v?.cue) v = verbs[++vi];
  if (!v || v.start > after + 30 || countWords(text.slice(after, v.start)) > 1) return null;
  // the attribution clause closes the paragraph: a few words, then the end
  const tail = text.slice(v.end, para.end);
  if (countWords(tail) > 5 || !/[.!?…]\s*$/u.test(tail) || /[.!?…]\s+\S/u.test(tail)) return null;
  let qs = para.start;
  const sm = SENT_END_RE.exec(pt.slice(0, dash));
  if (sm) {
    const firstEnd = para.start + sm.index + sm[0].length;
    const fv = verbs[lowerBound(verbs, para.start)];
    if (fv && fv.start < firstEnd) qs = firstEnd;
  }
  const c = mkCand(text, qs, dAbs, qs, dAbs, p, p, 'dash');
  c.dashVerbAt = v.start;
  c.trailing = true;
  return countWords(text.slice(c.start, c.end)) >= 3 ? c : null;
}

// ---------------------------------------------------------------- verbs, names

const PARTICIPLE_LANGS = new Set(['fr', 'it', 'es', 'pt']);
const PARTICIPLE_RE = /(?:é|ée|és|ées|ato|ata|ati|ito|ita|uto|uta|ado|ada|ido|ida|tto|sto|esso|so|it|is|dit|écrit|dicho|escrito|dito)$/u;

function findVerbs(text: string, C: Compiled, inQ: Uint8Array, lang: string): VerbHit[] {
  const out: VerbHit[] = [];
  const re = C.verbRe;
  const needAux = PARTICIPLE_LANGS.has(lang);
  let skipTo = 0;
  // words are runs of [\p{L}\p{N}'’-]; the verb regex is tried only at words whose lower-cased
  // form (’ as ') is a first word of a table entry, or begins with one followed by a hyphen
  const tryWord = (index: number, word: string, may = true): void => {
    let lw = word.toLowerCase();
    if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    if (!C.first.has(lw)) {
      const h = lw.indexOf('-');
      if (h <= 0 || !C.first.has(lw.slice(0, h))) return;
    }
    if (!may) return;
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) return;
    skipTo = m.index + m[0].length;
    const g = m.groups ?? {};
    const t = m[0];
    // bare past participles are mostly adjectival ("accusato di", "citée"): need an auxiliary
    if (needAux && g.verb && g.verb === t && PARTICIPLE_RE.test(t.toLowerCase()) && !/(?:ant|ando|endo|indo)$/u.test(t.toLowerCase())) {
      const prevWord = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1]?.toLowerCase() ?? '';
      if (!/^(?:a|ont|avait|est|ha|hanno|han|había|tem|tinha|foi|è|s['’]est)$/u.test(prevWord)) return;
    }
    let gender: 'm' | 'f' | null = null;
    const low = t.toLowerCase();
    const invPron = /-(?:t-)?(il|elle|ils|elles|on)(?![\p{L}])/u.exec(low);
    if (invPron?.[1] === 'elle') gender = 'f';
    else if (invPron?.[1] === 'il') gender = 'm';
    else if (/(?:ла|ła)$/u.test(low)) gender = 'f';
    else if (/(?:[^л]л|ł|ав|ив|ів)$/u.test(low)) gender = 'm';
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      cue: !!g.cue,
      impersonal: !!g.imp,
      gender,
      inQ: !!inQ[m.index],
      inv: !!g.inv || !!invPron,
    });
  };
  if (hasSurrogate(text)) {
    const wordRe = /[\p{L}\p{N}'’-]+/gu;
    for (let w = wordRe.exec(text); w; w = wordRe.exec(text)) if (w.index >= skipTo) tryWord(w.index, w[0]);
    return out;
  }
  // same words by table look-up, in two passes. Pass 1 records every word (run of
  // [\p{L}\p{N}'’-]) with flags from hashes of its lower-cased form (firstCode per character)
  // and of its case-folded form and prefixes ending before ' ’ - (foldCode per character; an
  // entry word that the regex matches there is such a prefix, or the whole word when more words
  // follow it). Pass 2 looks a word up (as tryWord did for every word) only when its hash is in
  // C.hFirst, and runs the regex there unless the table entries' words cannot follow at it
  // (see VerbFilter). Hash bit sets may answer "maybe" wrongly, never "no" wrongly.
  const tab = TAB;
  const n = text.length;
  if (W_FLAGS.length < n + 1) {
    W_STARTS = new Int32Array(n + 1);
    W_ENDS = new Int32Array(n + 1);
    W_FLAGS = new Int32Array(n + 1);
  }
  const starts = W_STARTS;
  const ends = W_ENDS;
  const flags = W_FLAGS;
  let nw = 0;
  const V = C.vf;
  const wf = V.flags;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (((tab[c] as number) & (CH_LETTER | CH_DIGIT)) === 0 && c !== 0x27 && c !== 0x2019 && c !== 0x2d) {
      i++;
      continue;
    }
    let j = i;
    let h1 = 0;
    let pre1 = 0; // first hyphen: 0 none yet, 1 at the word start, 2 after clean characters, 3 after a character without one-unit lower case
    let preHash = 0;
    let poison = false;
    let h2 = 0;
    let f = 0;
    for (; j < n; j++) {
      c = text.charCodeAt(j);
      if (((tab[c] as number) & (CH_LETTER | CH_DIGIT)) === 0 && c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      if (c === 0x27 || c === 0x2019 || c === 0x2d) {
        if (j > i) f |= (wf[(h2 ^ (h2 >>> 16)) & WF_MASK] as number) & F_PREFIX;
        if (c === 0x2d && pre1 === 0) {
          if (j === i) pre1 = 1;
          else {
            pre1 = poison ? 3 : 2;
            preHash = h1;
          }
        }
      }
      let a = LOWER_CODE[c] as number;
      if (a === -2) a = firstCode(c);
      if (a < 0) poison = true;
      h1 = (Math.imul(h1, 31) + a) | 0;
      let b = FOLD_CODE[c] as number;
      if (b === -2) b = foldCode(c);
      h2 = (Math.imul(h2, 31) + b) | 0;
    }
    f |= wf[(h2 ^ (h2 >>> 16)) & WF_MASK] as number;
    if (j - i >= 3) {
      const z = foldCode(text.charCodeAt(j - 1));
      const y = foldCode(text.charCodeAt(j - 2));
      if (
        (z === 0x79 && y === 0x6c) ||
        (j - i >= 5 &&
          z === 0x74 &&
          y === 0x6e &&
          foldCode(text.charCodeAt(j - 3)) === 0x65 &&
          foldCode(text.charCodeAt(j - 4)) === 0x6d) ||
        (j - i >= 6 &&
          z === 0x65 &&
          y === 0x74 &&
          foldCode(text.charCodeAt(j - 3)) === 0x6e &&
          foldCode(text.charCodeAt(j - 4)) === 0x65 &&
          foldCode(text.charCodeAt(j - 5)) === 0x6d)
      )
        f |= F_ADV;
    }
    if (poison || hasBit(V.first, h1) || pre1 === 3 || (pre1 === 2 && hasBit(V.first, preHash))) f |= F_FIRST;
    starts[nw] = i;
    ends[nw] = j;
    flags[nw] = f;
    nw++;
    i = j;
  }
  for (let w = 0; w < nw; w++) {
    const f = flags[w] as number;
    if (!(f & F_FIRST)) continue;
    const s0 = starts[w] as number;
    if (s0 < skipTo) continue;
    const f1 = w + 1 < nw ? (flags[w + 1] as number) : 0;
    let may =
      (f & F_VIC1) !== 0 ||
      ((f & F_VICM) !== 0 && (f1 & F_SECOND) !== 0) ||
      ((f & F_VICM3) !== 0 && (f1 & F_SEC3) !== 0 && ((w + 2 < nw ? (flags[w + 2] as number) : 0) & F_THIRD) !== 0);
    if (!may) {
      if (V.maxAux > 2) {
        for (let k = w + 1; !may && k <= w + V.maxAux + 1 && k < nw; k++) may = ((flags[k] as number) & F_VERB) !== 0;
      } else {
        // aux [adverb] verb, aux of one or two words
        may = verbAt(flags, nw, w + 1) || (V.maxAux === 2 && (f1 & F_AUX2) !== 0 && verbAt(flags, nw, w + 2));
      }
    }
    tryWord(s0, text.slice(s0, ends[w] as number), may);
  }
  return out;
}
/**
 * findVerbs' pre-filter over a language's verb regex: bit sets (hashSlot) of hashes (strHash) of
 * table words. `first`: the `first` words (lower case). Case-folded (foldCode): `vic1` the
 * one-word impersonal/cue/verb entries, `vicM` first and `second` second words of the two-word
 * ones, `vicM3`, `sec3`, `third` first, second and third words of the longer ones, `verb` first
 * words of verbs, `aux2` second words of two-word auxiliaries.
 */
interface VerbFilter {
  first: Uint32Array;
  vic1: Uint32Array;
  vicM: Uint32Array;
  second: Uint32Array;
  vicM3: Uint32Array;
  sec3: Uint32Array;
  third: Uint32Array;
  verb: Uint32Array;
  aux2: Uint32Array;
  maxAux: number;
  /** Per hashSlot of a case-folded hash: the F_* bits of vic1, second, verb, third (F_PREFIX), vicM, vicM3, sec3, aux2. */
  flags: Uint16Array;
}
function verbFilter(first: Set<string>, table: SpeechTable, verbs: string[]): VerbFilter {
  const set = (): Uint32Array => new Uint32Array(2048);
  const V: VerbFilter = {
    first: set(),
    vic1: set(),
    vicM: set(),
    second: set(),
    vicM3: set(),
    sec3: set(),
    third: set(),
    verb: set(),
    aux2: set(),
    maxAux: 0,
    flags: new Uint16Array(WF_MASK + 1),
  };
  const words = (e: string): string[] => e.split(/\s+/).filter(Boolean);
  for (const w of first) addBit(V.first, strHash(w, firstCode));
  for (const e of [...table.impersonal, ...table.cues, ...verbs]) {
    const ws = words(e);
    if (ws.length === 1) addBit(V.vic1, strHash(ws[0] as string, foldCode));
    else if (ws.length === 2) {
      addBit(V.vicM, strHash(ws[0] as string, foldCode));
      addBit(V.second, strHash(ws[1] as string, foldCode));
    } else if (ws.length > 2) {
      addBit(V.vicM3, strHash(ws[0] as string, foldCode));
      addBit(V.sec3, strHash(ws[1] as string, foldCode));
      addBit(V.third, strHash(ws[2] as string, foldCode));
    }
  }
  for (const e of verbs) addBit(V.verb, strHash(words(e)[0] ?? '', foldCode));
  for (const a of table.aux) {
    const ws = words(a);
    V.maxAux = Math.max(V.maxAux, ws.length);
    if (ws.length === 2) addBit(V.aux2, strHash(ws[1] as string, foldCode));
  }
  const sets: [Uint32Array, number][] = [
    [V.vic1, F_VIC1],
    [V.second, F_SECOND],
    [V.verb, F_VERB],
    [V.third, F_THIRD],
    [V.vicM, F_VICM],
    [V.vicM3, F_VICM3],
    [V.sec3, F_SEC3],
    [V.aux2, F_AUX2],
  ];
  for (const [b, bit] of sets)
    for (let w = 0; w < b.length; w++) {
      const x = b[w] as number;
      if (x !== 0)
        for (let k = 0; k < 32; k++)
          if ((x >>> k) & 1) V.flags[((w << 5) | k) & WF_MASK] = (V.flags[((w << 5) | k) & WF_MASK] as number) | bit;
    }
  return V;
}
/** findVerbs' word starts, ends and flags (the first nw entries), reused across calls. */
let W_STARTS = new Int32Array(1 << 14);
let W_ENDS = new Int32Array(1 << 14);
let W_FLAGS = new Int32Array(1 << 14);
/** findVerbs' "a verb (or adverb + verb) at word k" from the word flags (nw words). */
function verbAt(flags: Int32Array, nw: number, k: number): boolean {
  const f = k < nw ? (flags[k] as number) : 0;
  return (f & F_VERB) !== 0 || ((f & F_ADV) !== 0 && k + 1 < nw && ((flags[k + 1] as number) & F_VERB) !== 0);
}
/** VerbFilter.flags is indexed by the hashSlot folded to 14 bits (32 KB, stays in cache; slots share flags, which only adds "maybe"s). */
const WF_MASK = 0x3fff;
const F_FIRST = 1;
const F_VIC1 = 2;
const F_VERB = 4;
const F_VICM = 8;
const F_SECOND = 16;
const F_AUX2 = 32;
const F_ADV = 64;
const F_VICM3 = 128;
const F_SEC3 = 256;
const F_THIRD = 512;
const F_PREFIX = F_VIC1 | F_SECOND | F_VERB | F_THIRD;
/** Bit set of 2^16 bits indexed by a folded 32-bit hash. */
const hashSlot = (h: number): number => (h ^ (h >>> 16)) & 0xffff;
const hasBit = (set: Uint32Array, h: number): boolean => {
  const k = hashSlot(h);
  return (((set[k >>> 5] as number) >>> (k & 31)) & 1) === 1;
};
function addBit(set: Uint32Array, h: number): void {
  const k = hashSlot(h);
  set[k >>> 5] = (set[k >>> 5] as number) | (1 << (k & 31));
}
/** Hash of a string as findVerbs computes it with `code` per code unit. */
function strHash(s: string, code: (c: number) => number): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + code(s.charCodeAt(i))) | 0;
  return h;
}
/** Case-fold code of a code unit for the verb pre-filter (’ as ', foldKey, else the code unit itself). */
const FOLD_CODE = new Int32Array(0x10000).fill(-2);
function foldCode(c: number): number {
  let v = FOLD_CODE[c] as number;
  if (v === -2) {
    const k = foldKey(c);
    v = c === 0x2019 ? 0x27 : k < 0 ? c : k;
    FOLD_CODE[c] = v;
  }
  return v;
}

const SURROGATE_RE = /[\ud800-\udfff]/;
let surText = '';
let surHas = false;
/** Whether s has a UTF-16 surrogate (an astral character); the last answer is kept (findVerbs and findNames ask for the same text). */
const hasSurrogate = (s: string): boolean => {
  if (s !== surText) {
    surHas = SURROGATE_RE.test(s);
    surText = s;
  }
  return surHas;
};

/** Lower-case code unit of c as it appears in a lower-cased word (’ as '), -1 when that is not one code unit or depends on context (İ, Σ). */
const LOWER_CODE = new Int32Array(0x10000).fill(-2);
function firstCode(c: number): number {
  let v = LOWER_CODE[c] ?? -1;
  if (v === -2) {
    const l = String.fromCharCode(c).toLowerCase();
    v = c === 0x2019 ? 0x27 : l.length === 1 && c !== 0x3a3 ? l.charCodeAt(0) : -1;
    LOWER_CODE[c] = v;
  }
  return v;
}

// the leading look-ahead (a match starts with a capital or the a/e/b of "al-", "el-", "ben-"...)
// only lets the regex engine skip positions faster; it does not change the matches
const NAME_RE =
  /(?=[\p{Lu}abe])(?<![\p{L}\p{N}])(?:(?:al|el|ad|ben|bin|abu)-)?(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*)(?:(?:[ \t\u00a0]+(?:de|da|do|dos|das|di|del|della|dei|van|von|der|den|du|des|la|le|bin|ibn|al|el|of|the|los|las)){0,2}[ \t\u00a0]+(?:(?:al|el|ad|ben|bin|abu)-)?(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*))*/gu;
const SURNAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'van',
  'von',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'du',
]);
const DE_ARTICLES = new Set(['der', 'den', 'des', 'die', 'das', 'dem']);
/** Articles that open known names of media and organisations ("Le Figaro", "The Guardian", "Il Foglio"). */
const NAME_ARTICLES = new Set(['le', 'la', 'les', "l'", 'the', 'il', 'lo', 'el', 'los', 'las', 'der', 'die', 'das', 'o', 'a', 'os', 'as']);
const DE_PARTICLES = new Set(['von', 'van', 'zu', 'de', 'di', 'da', 'le', 'la', 'el', 'al', 'bin', 'ibn', 'du']);
/** Common-noun endings (German mostly): a span with such a token is not a person name. */
const NOUN_SUFFIX_RE =
  /(?:ung|ungen|heit|keit|schaft|tion|tionen|ismus|nahmen|ität|ment|ение|ание|ость|ство|ення|ання|ість|ość|stwo|enie|anie)$/u;
const CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'dei',
  'van',
  'von',
  'der',
  'den',
  'du',
  'des',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'of',
  'the',
  'los',
  'las',
]);

const ORG_SHORT = new Set(ORG_STEMS.filter((x) => x.length <= 3));
const ORG_PREFIX_RE = new RegExp(`^(?:${alt(ORG_STEMS.filter((x) => x.length > 3))})`, 'u');
function isOrgToken(t: string): boolean {
  const l = t.toLowerCase().replace(/\.$/, '');
  return ORG_SHORT.has(l) || ORG_PREFIX_RE.test(l);
}
/** Per language: token -> is a gazetteer place (bounded). */
const PLACE_CACHE = new Map<string, Map<string, boolean>>();

const PREPOSITIONS = new Set(
  (
    'da di a con per su tra fra with by from to of at in on for de à par pour sur avec chez von mit bei zu aus an auf für gegen ' +
    'con por para en sobre entre com por para em sobre z ze w we na o od do dla przez przy u в во на с со у к ко от из за о об по при ' +
    'від з із у в на до за по при про для через над під між'
  ).split(/\s+/),
);
const SLAVIC = new Set(['ru', 'uk', 'bg', 'pl']);
const INFLECTED = /[\u0400-\u04ff]/u;
const GERUND_RE = /(?:ant|ing|ando|endo|iendo|indo)$/u;

// ---- name spans: a hand-written NAME_RE matcher (texts without astral characters)

const NAME_PREFIXES = ['al', 'el', 'ad', 'ben', 'bin', 'abu'];
/** Lower-case connector words inside names ("de", "von", "bin"): the same list as CONNECTORS. */
const NAME_CONN_SET = CONNECTORS;
/** [ \t\u00a0] */
const isHSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
/** Length of the NAME_RE prefix "al-", "ben-"... at i, else 0. */
function namePrefix(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x61 && c !== 0x65 && c !== 0x62) return 0;
  if (text.charCodeAt(i + 2) !== 0x2d && text.charCodeAt(i + 3) !== 0x2d) return 0;
  for (const p of NAME_PREFIXES) if (text.startsWith(p, i) && text.charCodeAt(i + p.length) === 0x2d) return p.length + 1;
  return 0;
}
/** End of NAME_RE's name token at p (`\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*`), else -1. */
function nameToken(text: string, p: number, t: Uint8Array): number {
  const n = text.length;
  if (p >= n || !((t[text.charCodeAt(p)] ?? 0) & CH_UPPER)) return -1;
  if (text.charCodeAt(p + 1) === 0x2e) {
    let e = p + 2;
    for (;;) {
      let q = e;
      if (q < n && isJsSpace(text.charCodeAt(q))) q++;
      if (q + 1 < n && (t[text.charCodeAt(q)] ?? 0) & CH_UPPER && text.charCodeAt(q + 1) === 0x2e) e = q + 2;
      else return e;
    }
  }
  let e = p + 1;
  while (e < n && (t[text.charCodeAt(e)] ?? 0) & (CH_LOWER | CH_UPPER | CH_MARK)) e++;
  for (;;) {
    const c = text.charCodeAt(e);
    if ((c === 0x2d || c === 0x2019 || c === 0x27) && e + 1 < n && (t[text.charCodeAt(e + 1)] ?? 0) & (CH_LETTER | CH_MARK)) {
      e += 2;
      while (e < n && (t[text.charCodeAt(e)] ?? 0) & (CH_LETTER | CH_MARK)) e++;
    } else return e;
  }
}
/** `(?:(?:al|el|ad|ben|bin|abu)-)?` + name token at p: end, else -1. */
function namePart(text: string, p: number, t: Uint8Array): number {
  const k = namePrefix(text, p);
  if (k) {
    const e = nameToken(text, p + k, t);
    if (e >= 0) return e;
  }
  return nameToken(text, p, t);
}
/** End of a connector word (NAME_CONN_SET) at p when a [ \t\u00a0] follows it, else -1. */
function nameConn(text: string, p: number): number {
  let e = p;
  while (e < text.length && e - p < 6 && !isHSpace(text.charCodeAt(e))) e++;
  if (e >= text.length || !isHSpace(text.charCodeAt(e))) return -1;
  return NAME_CONN_SET.has(text.slice(p, e)) ? e : -1;
}
/**
 * End of the NAME_RE match starting at i (look-around checked by the caller), else -1: a name
 * part, then repeatedly ([ \t\u00a0]+ connector){0,2} [ \t\u00a0]+ name part. The regex's
 * backtracking order is followed (most connectors first; each repetition kept when it matches).
 */
function nameEnd(text: string, i: number, t: Uint8Array): number {
  let e = namePart(text, i, t);
  if (e < 0) return -1;
  const n = text.length;
  for (;;) {
    // positions after up to two "[ \t]+ connector" groups
    const starts: number[] = [e];
    let q = e;
    for (let k = 0; k < 2; k++) {
      let w = q;
      while (w < n && isHSpace(text.charCodeAt(w))) w++;
      if (w === q) break;
      const ce = nameConn(text, w);
      if (ce < 0) break;
      q = ce;
      starts.push(q);
    }
    let next = -1;
    for (let k = starts.length - 1; k >= 0 && next < 0; k--) {
      const s0 = starts[k] as number;
      let w = s0;
      while (w < n && isHSpace(text.charCodeAt(w))) w++;
      if (w === s0) continue;
      next = namePart(text, w, t);
    }
    if (next < 0) return e;
    e = next;
  }
}
/** Start and end of the next NAME_RE match at or after `from` (flat pair), or null. */
function nextName(text: string, from: number, t: Uint8Array): [number, number] | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const b = t[c] ?? 0;
    if (!(b & CH_UPPER) && c !== 0x61 && c !== 0x65 && c !== 0x62) continue;
    if (i > 0 && (t[text.charCodeAt(i - 1)] ?? 0) & (CH_LETTER | CH_DIGIT)) continue;
    const e = nameEnd(text, i, t);
    if (e >= 0) return [i, e];
  }
  return null;
}

/** Occurrences of one name key in document `doc` (run's docId). */
interface KeyRec {
  doc: number;
  n: number;
}
/** Per-token facts used by findNames (memoised per language, see tokInfo). */
interface TokInfo {
  /** t.toLowerCase() without a final '.' */
  low: string;
  fold: string;
  stop: boolean;
  title: boolean;
  role: boolean;
  conn: boolean;
  acronym: boolean;
  org: boolean;
  /** /\p{Lu}{2}/, a digit or a common-noun suffix: not a person-name token */
  odd: boolean;
  /** all capitals, more than one code unit */
  caps: boolean;
  /** length of an elided article ("L'", "Dell'"), 0 when none */
  el: number;
  /** the token after the elision starts with a capital */
  elUpper: boolean;
  /** t.toLowerCase() */
  lc: string;
  /** plainLowerHash(t) (findNames' member pre-filter) */
  ph: number | null;
  /** is a gazetteer place (findNames' isPlace before the persons check), set on first use */
  place?: boolean;
  /** the counter of keyOf(t) (keyRecTok), set on first use */
  keyRec?: KeyRec;
}
const ELISION_RE = /^(?:[LDJ]|Qu|Dell|All|Nell|Sull|Dall)['’]/u;
function tokInfo(C: Compiled, t: string): TokInfo {
  let r = C.tokCache.get(t);
  if (r === undefined) {
    const low = t.toLowerCase().replace(/\.$/, '');
    const el = ELISION_RE.exec(t)?.[0].length ?? 0;
    r = {
      low,
      fold: fold(t),
      stop: NAME_STOPWORDS.has(low),
      title: NAME_TITLES.has(low),
      role: C.roleWordRe.test(low),
      conn: CONNECTORS.has(t),
      acronym: t.length >= 2 && ((t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) || /^\p{Lu}{2,}-/u.test(t)),
      org: isOrgToken(t),
      odd: /\p{Lu}{2}/u.test(t) || /\d/u.test(t) || NOUN_SUFFIX_RE.test(t),
      caps: t === t.toUpperCase() && t.length > 1,
      el,
      elUpper: el > 0 && /^\p{Lu}/u.test(t.slice(el)),
      lc: t.toLowerCase(),
      ph: plainLowerHash(t),
    };
    if (C.tokCache.size > 50000) C.tokCache.clear();
    C.tokCache.set(t, r);
  }
  return r;
}

/** Sentence start before a name at s: `s === 0` or the (up to) 3 characters before it end with [.!?…:«»"“”„\n] and white space. */
function sentenceInitialAt(text: string, s: number): boolean {
  if (s === 0) return true;
  for (let j = s - 1; j >= Math.max(0, s - 3); j--) {
    const c = text.charCodeAt(j);
    if (SENT_INITIAL_CH.has(c)) return true;
    if (!isJsSpace(c)) return false;
  }
  return false;
}
const SENT_INITIAL_CH = new Set([...'.!?…:«»"“”„\n'].map((c) => c.charCodeAt(0)));

const unit = (c: number): number => c;
/** lowerWordBits' result, reused (one document's findNames at a time). */
const LOWER_BITS = new Uint32Array(2048);
/** A code unit LOWER_WORD_RE's `[\p{L}\p{M}-]` takes. */
const lowerCont = (c: number): boolean => ((TAB[c] as number) & (CH_LETTER | CH_MARK)) !== 0 || c === 0x2d;
/**
 * Bit set (2^16 bits, see hashSlot) of the hashes (strHash with code units as they are) of the
 * words of `text.match(LOWER_WORD_RE)` (text without astral characters), by the same left-to-right
 * scan as lowerWordSet. A word whose bit is clear is not one of them; see isLowerWord.
 */
function lowerWordBits(text: string): Uint32Array {
  const bits = LOWER_BITS;
  bits.fill(0);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((TAB[c] as number) & CH_LOWER && (i === 0 || !((TAB[text.charCodeAt(i - 1)] as number) & (CH_LETTER | CH_DIGIT))) && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if ((TAB[d] as number) & (CH_LETTER | CH_MARK) || d === 0x2d) {
        let h = (Math.imul(c, 31) + d) | 0;
        let j = i + 2;
        for (; j < n; j++) {
          const e = text.charCodeAt(j);
          if (!((TAB[e] as number) & (CH_LETTER | CH_MARK)) && e !== 0x2d) break;
          h = (Math.imul(h, 31) + e) | 0;
        }
        addBit(bits, h);
        i = j;
        continue;
      }
    }
    i++;
  }
  return bits;
}
/**
 * Whether `w` is one of the words of `text.match(LOWER_WORD_RE)` (text without astral characters;
 * `bits` from lowerWordBits). An occurrence of w is such a word when the scan starts a match there
 * (a lower-case letter not after a letter/digit, and no earlier match start in the same run of
 * `[\p{L}\p{M}-]`, which would cover it) and the run ends right after it.
 */
function isLowerWord(text: string, bits: Uint32Array, w: string): boolean {
  const L = w.length;
  if (L < 2 || !hasBit(bits, strHash(w, unit))) return false;
  if (!((TAB[w.charCodeAt(0)] as number) & CH_LOWER)) return false;
  for (let q = 1; q < L; q++) if (!lowerCont(w.charCodeAt(q))) return false;
  const n = text.length;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (i + L < n && lowerCont(text.charCodeAt(i + L))) continue;
    if (i > 0 && (TAB[text.charCodeAt(i - 1)] as number) & (CH_LETTER | CH_DIGIT)) continue;
    let r = i;
    while (r > 0 && lowerCont(text.charCodeAt(r - 1))) r--;
    let covered = false;
    for (let j = r; j < i && !covered; j++)
      covered =
        ((TAB[text.charCodeAt(j)] as number) & CH_LOWER) !== 0 &&
        (j === 0 || ((TAB[text.charCodeAt(j - 1)] as number) & (CH_LETTER | CH_DIGIT)) === 0) &&
        lowerCont(text.charCodeAt(j + 1));
    if (!covered) return true;
  }
  return false;
}
/** Per code unit: its lower case when a string of "plain" characters (see fold) lower-cases unit by unit to it, else -1; -2 not yet known. */
const PLAIN_LOWER = new Int32Array(0x10000).fill(-2);
/** strHash(fold(s), unit) when fold(s) is s lower-cased unit by unit, else null. */
function plainLowerHash(s: string): number | null {
  return plainLowerHashAt(s, 0, s.length);
}
/** plainLowerHash(s.slice(from, to)) without the slice. */
function plainLowerHashAt(s: string, from: number, to: number): number | null {
  let h = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let v = PLAIN_LOWER[c] as number;
    if (v === -2) {
      const ch = String.fromCharCode(c);
      const l = ch.toLowerCase();
      v =
        (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || l.length !== 1 || ch.normalize('NFKD') !== ch || (charTable()[c] ?? 0) & CH_MARK
          ? -1
          : l.charCodeAt(0);
      PLAIN_LOWER[c] = v;
    }
    if (v < 0) return null;
    h = (Math.imul(h, 31) + v) | 0;
  }
  return h;
}

/**
 * findNames' current name span being collected: start and end (UTF-16 offsets), text and facts
 * (tokInfo) of its first CUR_N tokens, in arrays reused across calls (findNames is not re-entered).
 */
const CUR_S: number[] = [];
const CUR_E: number[] = [];
const CUR_T: string[] = [];
const CUR_I: TokInfo[] = [];
let CUR_N = 0;
function curPush(s: number, e: number, t: string, i: TokInfo): void {
  CUR_S[CUR_N] = s;
  CUR_E[CUR_N] = e;
  CUR_T[CUR_N] = t;
  CUR_I[CUR_N] = i;
  CUR_N++;
}
/** findNames: the tokens collected in CUR_* as a name span (connectors at either end dropped) pushed to `raw`; the span is emptied. */
function flushName(text: string, raw: NameSpan[]): void {
  let a = 0;
  let b = CUR_N;
  while (b > a && CONNECTORS.has(CUR_T[b - 1] as string)) b--;
  while (b > a && CONNECTORS.has(CUR_T[a] as string)) a++;
  if (b > a) {
    const s0 = CUR_S[a] as number;
    const e0 = CUR_E[b - 1] as number;
    const tokens: string[] = [];
    const infos: TokInfo[] = [];
    for (let k = a; k < b; k++) {
      tokens.push(CUR_T[k] as string);
      infos.push(CUR_I[k] as TokInfo);
    }
    raw.push({ start: s0, end: e0, text: text.slice(s0, e0), tokens, infos, person: false, org: false });
  }
  CUR_N = 0;
}
/** findNames' tokens of one name match (start, end, text, facts), reused across calls. */
const TOK_S: number[] = [];
const TOK_E: number[] = [];
const TOK_T: string[] = [];
const TOK_I: TokInfo[] = [];
/**
 * Per language: tokens (text and tokInfo) in an open-addressing table keyed by their code-unit
 * hash (strHash with `unit`), so that findNames finds a token's facts from its offsets without
 * slicing it. Bounded: emptied when full.
 */
interface TokTable {
  slots: Int32Array;
  hash: number[];
  t: string[];
  i: TokInfo[];
  n: number;
}
const TOK_TABLE_BITS = 16;
function tokTable(): TokTable {
  return { slots: new Int32Array(1 << TOK_TABLE_BITS), hash: [], t: [], i: [], n: 0 };
}
/** Entry of the token text[s, e) (hash h) in T, added (with tokInfo) when missing. */
function tokAt(T: TokTable, C: Compiled, text: string, s: number, e: number, h: number): number {
  const mask = (1 << TOK_TABLE_BITS) - 1;
  const L = e - s;
  let k = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const x = T.slots[k] as number;
    if (x === 0) break;
    const y = x - 1;
    if (T.hash[y] === h) {
      const t = T.t[y] as string;
      if (t.length === L) {
        let q = 0;
        while (q < L && t.charCodeAt(q) === text.charCodeAt(s + q)) q++;
        if (q === L) return y;
      }
    }
    k = (k + 1) & mask;
  }
  if (T.n >= (1 << TOK_TABLE_BITS) / 2) {
    T.slots.fill(0);
    T.n = 0;
    k = (h ^ (h >>> 15)) & mask;
  }
  const t = text.slice(s, e);
  const y = T.n++;
  T.hash[y] = h;
  T.t[y] = t;
  T.i[y] = tokInfo(C, t);
  T.slots[k] = y + 1;
  return y;
}

function findNames(
  text: string,
  inQ: Uint8Array,
  opts: { persons?: string[]; organizations?: string[] },
  C: Compiled,
  lang: string,
): NameSpan[] {
  const raw: NameSpan[] = [];
  const orgSet = new Set((opts.organizations ?? []).map(fold));
  const perSet = new Set((opts.persons ?? []).map(fold));
  const astral = hasSurrogate(text);
  const tab = charTable();
  let lowerWords: Set<string> | null = null;
  let lowerBits: Uint32Array | null = null;
  const lowerMemo = new Map<string, boolean>();
  const isLower = (w: string): boolean => {
    if (astral) {
      lowerWords ??= lowerWordSet(text);
      return lowerWords.has(w);
    }
    lowerBits ??= lowerWordBits(text);
    let r = lowerMemo.get(w);
    if (r === undefined) {
      r = isLowerWord(text, lowerBits, w);
      lowerMemo.set(w, r);
    }
    return r;
  };
  // membership of a folded string in perSet / orgSet: strings that fold by per-character lower-casing
  // are first tested against hashes of the sets' members (hashes never miss a member)
  const setHashes = new Set<number>();
  for (const x of perSet) setHashes.add(strHash(x, unit));
  for (const x of orgSet) setHashes.add(strHash(x, unit));
  /** [perSet.has(fold(x)), orgSet.has(fold(x))] as bits 1 and 2. */
  const member = (x: string): number => {
    const h = plainLowerHash(x);
    if (h !== null && !setHashes.has(h)) return 0;
    const f = fold(x);
    return (perSet.has(f) ? 1 : 0) | (orgSet.has(f) ? 2 : 0);
  };
  /** member(t) of a token t with facts `x`. */
  const memberTok = (x: TokInfo): number => {
    if (x.ph !== null && !setHashes.has(x.ph)) return 0;
    return (perSet.has(x.fold) ? 1 : 0) | (orgSet.has(x.fold) ? 2 : 0);
  };
  let places: Map<string, string> | null = null;
  try {
    places = gazetteer().places;
  } catch {
    places = null;
  }
  let placeCache = PLACE_CACHE.get(lang);
  if (!placeCache) {
    placeCache = new Map();
    PLACE_CACHE.set(lang, placeCache);
  }
  const isPlace = (t: string): boolean => {
    if (!places || member(t) & 1) return false;
    let r = placeCache.get(t);
    if (r === undefined) {
      try {
        r = places.has(nameKey(t, lang));
      } catch {
        r = false;
      }
      if (placeCache.size > 50000) placeCache.clear();
      placeCache.set(t, r);
    }
    return r;
  };
  /** isPlace(t) of a token t with facts `x` (the gazetteer answer kept in x). */
  const isPlaceTok = (t: string, x: TokInfo): boolean => {
    if (!places || memberTok(x) & 1) return false;
    let r = x.place;
    if (r === undefined) {
      try {
        r = places.has(nameKey(t, lang));
      } catch {
        r = false;
      }
      x.place = r;
    }
    return r;
  };
  const TT = C.tokTab;
  const onMatch = (ms: number, me: number): void => {
    let nt = 0;
    for (let i = ms; i < me; ) {
      while (i < me && isJsSpace(text.charCodeAt(i))) i++;
      if (i >= me) break;
      let j = i + 1;
      let h = text.charCodeAt(i);
      for (; j < me; j++) {
        const c = text.charCodeAt(j);
        if (isJsSpace(c)) break;
        h = (Math.imul(h, 31) + c) | 0;
      }
      const e = tokAt(TT, C, text, i, j, h);
      TOK_S[nt] = i;
      TOK_E[nt] = j;
      TOK_T[nt] = TT.t[e] as string;
      TOK_I[nt] = TT.i[e] as TokInfo;
      nt++;
      i = j;
    }
    // a one-token match is that token: its member() from the token facts
    const whole = nt === 1 ? (TOK_I[0] as TokInfo) : null;
    // sentence-initial token: drop when it is a capitalised common word
    let t0 = 0;
    if (nt > 0 && sentenceInitialAt(text, TOK_S[0] as number)) {
      const fi = TOK_I[0] as TokInfo;
      const low = fi.lc;
      if (!(memberTok(fi) & 1) && (isLower(low) || (nt > 1 && (GERUND_RE.test(low) || NOUN_SUFFIX_RE.test(low))))) t0 = 1;
    }
    CUR_N = 0;
    let known: boolean;
    if (whole) known = memberTok(whole) !== 0;
    else {
      const h = plainLowerHashAt(text, ms, me);
      known = h !== null && !setHashes.has(h) ? false : member(text.slice(ms, me)) !== 0;
    }
    const lastK = nt - 1;
    const many = nt - t0 > 1;
    for (let k = t0; k < nt; k++) {
      const tt = TOK_T[k] as string;
      const info = TOK_I[k] as TokInfo;
      if (info.el) {
        flushName(text, raw);
        if (!info.elUpper) continue;
        const rest = tt.slice(info.el);
        curPush((TOK_S[k] as number) + info.el, TOK_E[k] as number, rest, tokInfo(C, rest));
        continue;
      }
      if (info.conn) {
        // German articles join a name only after "von"/"van"/"zu" ("von der Leyen"), else they end it
        // ("Klaus Stöhr der Lauterbach widersprach")
        const pv = CUR_N > 0 ? CUR_T[CUR_N - 1] : undefined;
        if (lang === 'de' && DE_ARTICLES.has(tt) && pv !== 'von' && pv !== 'van' && pv !== 'zu') {
          const before = raw.length;
          flushName(text, raw);
          if (raw.length > before) (raw[raw.length - 1] as NameSpan).artCut = true;
          continue;
        }
        curPush(TOK_S[k] as number, TOK_E[k] as number, tt, info);
        continue;
      }
      // German capitalises nouns: a stop word (month, weekday) ends a span anywhere ("Anfang Dezember")
      // (a known name keeps its leading article: "Le Figaro", "The Guardian")
      if (
        (info.stop && !(known && NAME_ARTICLES.has(info.lc)) && (CUR_N === 0 || lang === 'de')) ||
        info.title ||
        (!known && info.role && !(memberTok(info) & 1))
      ) {
        flushName(text, raw);
        continue;
      }
      if (!known && (info.acronym || (many && CUR_N === 0 && k !== lastK && isPlaceTok(tt, info)))) {
        // acronyms and place names stand alone
        flushName(text, raw);
        curPush(TOK_S[k] as number, TOK_E[k] as number, tt, info);
        flushName(text, raw);
        continue;
      }
      curPush(TOK_S[k] as number, TOK_E[k] as number, tt, info);
    }
    flushName(text, raw);
  };
  if (astral) {
    NAME_RE.lastIndex = 0;
    for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) onMatch(m.index, m.index + m[0].length);
  } else {
    for (let m = nextName(text, 0, tab); m; m = nextName(text, m[1], tab)) onMatch(m[0], m[1]);
  }
  for (const n of raw) {
    // organisation names continued by lowercase genitives ("Служба безпеки України")
    if (SLAVIC.has(lang) && n.tokens.length === 1 && isOrgToken(n.tokens[0] as string) && (n.tokens[0] as string).length >= 5) {
      const ext = /^(?:[ \t\u00a0]+\p{Ll}[\p{L}’'-]*){1,2}[ \t\u00a0]+\p{Lu}[\p{L}’'-]*/u.exec(text.slice(n.end, n.end + 80));
      if (ext) {
        n.end += ext[0].length;
        n.text = text.slice(n.start, n.end);
        n.tokens = n.text.split(/\s+/);
        n.infos = n.tokens.map((t) => tokInfo(C, t));
      }
    }
    const one = n.tokens.length === 1 ? (n.infos[0] as TokInfo) : null;
    const mb = one ? memberTok(one) : member(n.text);
    let allCaps = true;
    let anyOrg = false;
    let ci = -1;
    let oddTok = false;
    for (let k = 0; k < n.tokens.length; k++) {
      const x = n.infos[k] as TokInfo;
      if (!x.caps) allCaps = false;
      if (x.org) anyOrg = true;
      if (x.conn && ci < 0) ci = k;
      if (x.odd) oddTok = true;
    }
    const place = one ? isPlaceTok(n.text, one) : n.tokens.length <= 3 && isPlace(n.text);
    n.org = (mb & 2) !== 0 || (!(mb & 1) && (anyOrg || (allCaps && n.tokens.length === 1)));
    const particles = lang === 'de' ? DE_PARTICLES : SURNAME_PARTICLES;
    const badConn = ci >= 0 && (!particles.has(n.tokens[ci] as string) || ci !== n.tokens.length - 2);
    // a truncated compound ("Schutz von Meinungs- und Medienvielfalt") is no person
    const trunc = text.charCodeAt(n.end) === 0x2d && isJsSpace(text.charCodeAt(n.end + 1));
    n.person =
      (mb & 1) !== 0 ||
      (!n.org && !place && !badConn && !oddTok && !trunc && !n.artCut && n.tokens.length >= 2 && n.tokens.length <= 5 && !allCaps);
  }
  // surnames of known persons count as persons
  const surnames = new Set<string>();
  for (const n of raw) {
    const last = n.tokens[n.tokens.length - 1] as string;
    const li = n.infos[n.infos.length - 1] as TokInfo;
    if (n.person && n.tokens.length >= 2 && !isPlaceTok(last, li)) surnames.add(li.fold);
  }
  for (const p of opts.persons ?? []) {
    const t = p.trim().split(/\s+/);
    if (t.length) surnames.add(fold(t[t.length - 1] as string));
  }
  for (const n of raw) {
    if (
      !n.person &&
      !n.org &&
      n.tokens.length === 1 &&
      surnames.has((n.infos[0] as TokInfo).fold) &&
      !isPlaceTok(n.tokens[0] as string, n.infos[0] as TokInfo)
    )
      n.person = true;
  }
  void inQ;
  return raw;
}

// ---------------------------------------------------------------- attribution

const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'prof',
  'jr',
  'sr',
  'no',
  'vs',
  'ds',
  'ok',
  'tj',
  'np',
  'ul',
  'im',
  'hl',
  'inż',
  'mgr',
  'ks',
  'płk',
  'gen',
  'lt',
  'col',
  'sgt',
  'gov',
  'ca',
  'approx',
  'etc',
  'ul',
  'т',
  'г',
  'гг',
  'им',
  'тыс',
  'млн',
  'млрд',
  'ред',
  'ст',
  'с',
  'mln',
  'mld',
  'tys',
  'ok',
  'zł',
]);

function isBoundary(text: string, i: number): boolean {
  // text[i] is sentence punctuation; boundary if followed by space and a non-lowercase char
  const c = text.charCodeAt(i);
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) return false;
  const t = charTable();
  const n = text.length;
  if (i + 1 < n && !isJsSpace(text.charCodeAt(i + 1))) return false;
  let j = i + 1;
  while (j < n && isJsSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x0a) j++;
  if (j < n && (t[text.charCodeAt(j)] ?? 0) & CH_LOWER) return false;
  if (c === 0x2e) {
    let k = i - 1;
    while (k >= 0 && (t[text.charCodeAt(k)] ?? 0) & CH_LETTER) k--;
    if (k === i - 2 && (t[text.charCodeAt(i - 1)] ?? 0) & CH_UPPER) return false; // initial
    if (i - k - 1 <= 6 && ABBREV.has(text.slice(k + 1, i).toLowerCase())) return false;
  }
  return true;
}

function paraOf(paras: Para[], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paras[mid] as Para).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sentenceStart(ctx: Ctx, pos: number): number {
  const { text, paras, inQ } = ctx;
  const ps = (paras[paraOf(paras, pos)] as Para).start;
  for (let i = pos - 1; i >= ps; i--) {
    if (inQ[i]) continue;
    if (isBoundary(text, i)) return i + 1;
  }
  return ps;
}

function sentenceEnd(ctx: Ctx, pos: number, para?: number): number {
  const { text, paras, inQ } = ctx;
  const pe = (paras[para ?? paraOf(paras, Math.max(0, pos - 1))] as Para).end;
  for (let i = pos; i < pe; i++) {
    if (inQ[i]) continue;
    if (isBoundary(text, i)) return i + 1;
  }
  return pe;
}

/** Index of the first element with start >= pos (arrays sorted by start). */
function lowerBound(xs: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Spans of a start-sorted list that lie inside [s,e) and outside quotations. */
function spansIn<T extends { start: number; end: number }>(ctx: Ctx, xs: T[], s: number, e: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(xs, s); i < xs.length; i++) {
    const x = xs[i] as T;
    if (x.start >= e) break;
    if (x.end <= e && !ctx.inQ[x.start]) out.push(x);
  }
  return out;
}
function verbsIn(ctx: Ctx, s: number, e: number): VerbHit[] {
  return spansIn(ctx, ctx.verbs, s, e);
}
function namesIn(ctx: Ctx, s: number, e: number): NameSpan[] {
  return spansIn(ctx, ctx.names, s, e);
}

/** Pronoun, role noun or organisation-role noun in [s,e) (the one nearest to `near`), as a coreference reference. */
function corefIn(ctx: Ctx, s: number, e: number, verb: VerbHit | null, near: 'start' | 'end' = 'start'): Ref | null {
  if (e <= s) return null;
  const { text, inQ } = ctx;
  const seg = text.slice(s, e);
  const first = ctx.C.corefFirst;
  const tab = charTable();
  // the hit nearest to `near`: same as scanning seg with the global regexes (roleRe, orgRoleRe,
  // pronounRe, each left to right without overlaps), keeping hits outside quotes, sorting them
  // stably by position and taking the first or last. A match can only start where its first
  // character fits (corefFirst) and, but at s, after a non-letter/digit (the regexes' look-behind).
  let bi = -1;
  let bk = -1;
  let bw = '';
  for (let k = 0; k < 3; k++) {
    const re = ctx.C.corefRes[k] as RegExp;
    const bit = 1 << k;
    let i = s;
    const stop = near === 'start' && bi >= 0 ? bi + 1 : e;
    while (i < stop) {
      const c = text.charCodeAt(i);
      const fk = foldKey(c);
      if (
        (fk < 0 || ((first[fk] as number) & bit) !== 0) &&
        (i === s || ((tab[text.charCodeAt(i - 1)] ?? 0) & (CH_LETTER | CH_DIGIT)) === 0 || isSurrogate(text.charCodeAt(i - 1)))
      ) {
        re.lastIndex = i - s;
        const m = re.exec(seg);
        if (m) {
          if (!inQ[i]) {
            if (near === 'start') {
              if (bi < 0 || i < bi) {
                bi = i;
                bk = k;
                bw = m[0];
              }
              break;
            }
            if (i >= bi) {
              bi = i;
              bk = k;
              bw = m[0];
            }
          }
          i += m[0].length;
          continue;
        }
      }
      i++;
    }
  }
  if (bi < 0) return null;
  const w = bw.toLowerCase();
  const t = ctx.C.table;
  if (bk === 2) {
    const g = t.pronouns[w] ?? null;
    return { t: 'coref', pos: s, gender: g === 'n' || g === null ? (verb?.gender ?? null) : g, role: null, org: false };
  }
  if (bk === 1) return { t: 'coref', pos: s, gender: null, role: w, org: true };
  return { t: 'coref', pos: s, gender: verb?.gender ?? null, role: w, org: false };
}
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Choose the subject among names: person-like ones first, organisations next; unknown single words never. */
function pickName(ns: NameSpan[], prefer: 'last' | 'first'): NameSpan | null {
  const persons = ns.filter((n) => n.person);
  const pool = persons.length ? persons : ns.filter((n) => n.org);
  return (prefer === 'last' ? pool[pool.length - 1] : pool[0]) ?? null;
}

/** Cut a post-verb clause at a relative clause (", qui", ", who", ", который", ...). */
function clauseCut(text: string, s: number, e: number): number {
  const seg = text.slice(s, e);
  const m =
    /,\s*(?:qui|que|who|which|whose|cuyo|cuya|quien|che|cui|welche|который|которая|которые|który|która|które|котрий|яка|які|de \d+ (?:ans|años|anos))(?![\p{L}])|\s\(/u.exec(
      seg,
    );
  return m ? s + m.index : e;
}

/** Subject after an inverted verb: first person followed by an apposition (", lowercase"), else the last person. */
function postSubject(text: string, ns: NameSpan[]): NameSpan | null {
  const all = ns.filter((n) => n.person);
  // "sagte X am Montag in Bad Kellheim": a name governed by a preposition is no subject
  const free = all.filter(
    (n) => !PREPOSITIONS.has(PREV_WORD_ANY_RE.exec(text.slice(Math.max(0, n.start - 20), n.start))?.[1]?.toLowerCase() ?? ''),
  );
  const persons = free.length ? free : all;
  for (const n of persons) if (/^,\s*\p{Ll}/u.test(text.slice(n.end, n.end + 4))) return n;
  return persons[persons.length - 1] ?? null;
}

function coref(c: Cand, v: VerbHit | null, r: Ref | null): Ref {
  if (r && r.t === 'coref') return { ...r, pos: c.outerStart };
  return { t: 'coref', pos: c.outerStart, gender: v?.gender ?? null, role: null, org: false };
}

/** Only punctuation and spaces between a quote's closing mark and the verb that follows it. */
const SPLIT_GAP_RE = /^[\s,;:–—-]*$/u;
function attribute(ctx: Ctx, c: Cand): Attr {
  const { text, paras } = ctx;
  // ---- 1. attribution right after the quote
  let aStart = c.outerEnd;
  const para = paras[c.endPara] as Para;
  let aEnd = sentenceEnd(ctx, aStart, c.endPara);
  const nextQ = ctx.cands.find((x) => x.outerStart >= c.outerEnd && x !== c);
  if (nextQ && nextQ.outerStart < aEnd) aEnd = nextQ.outerStart;
  if (
    text
      .slice(aStart, para.end)
      .trim()
      .replace(/^[.,;:!?…]+$/u, '') === ''
  ) {
    const np = paras[c.endPara + 1];
    if (np && /^\s*[—–―-]/u.test(text.slice(np.start, np.end))) {
      aStart = np.start;
      aEnd = sentenceEnd(ctx, np.start, c.endPara + 1);
      const nq = ctx.cands.find((x) => x.outerStart >= np.start);
      if (nq && nq.outerStart < aEnd) aEnd = nq.outerStart;
    }
  }
  if (c.kind === 'dash' && c.dashVerbAt !== undefined) aStart = c.end;
  const qText = text.slice(c.start, c.end);
  const endsSentence = /[.!?…]["'”»]?\s*$/u.test(qText);
  const firstCh = text.slice(aStart, aEnd).trimStart()[0];
  const attached = firstCh !== undefined && !(endsSentence && /\p{Lu}/u.test(firstCh));
  const maxTok = attached ? 5 : 2;
  if (ctx.C.table.verbs.includes('so')) {
    const so = /^[\s,]*so\s+/u.exec(text.slice(aStart, aEnd));
    if (so) {
      const ns = namesIn(ctx, aStart + so[0].length, clauseCut(text, aStart + so[0].length, aEnd));
      const n = ns[0];
      if (n && n.start - (aStart + so[0].length) < 40) return { verb: 'so', ref: { t: 'name', name: n }, at: n.end };
      // "so der renommierte Virologe": the person introduced earlier with that role
      const sAt = aStart + so[0].length;
      const cr = corefIn(ctx, sAt, Math.min(aEnd, sAt + 40), null, 'start');
      if (cr && cr.t === 'coref' && (cr.role || cr.gender)) return { verb: 'so', ref: coref(c, null, cr), at: c.outerEnd };
    }
  }
  for (const v of verbsIn(ctx, aStart, aEnd)) {
    if (v.cue) continue;
    const pre = text.slice(aStart, v.start);
    if (countWords(pre) > maxTok) break;
    // "«...» y anunció ...": a coordinated predicate of the sentence's subject, not an attribution
    if (
      /^[\s,;]*(?:y|e|and|et|und|и|і|й|i|a|oraz|ed|ma|but|mais|pero|aber|но|але|ale|then|puis)\s/iu.test(`${pre} `) &&
      countWords(pre) >= 1
    )
      break;
    if (v.impersonal) return { verb: v.text, ref: impersonalRef(ctx, v, c), at: v.end };
    if (v.inv) return { verb: v.text, ref: coref(c, v, null), at: v.end };
    const cut = clauseCut(text, v.end, aEnd);
    const n1 = pickName(namesIn(ctx, aStart, v.start), 'last');
    if (n1) return { verb: v.text, ref: { t: 'name', name: n1 }, at: v.end };
    const postN = namesIn(ctx, v.end, cut);
    const n2 = postSubject(text, postN);
    if (n2) return { verb: v.text, ref: { t: 'name', name: n2 }, at: n2.end };
    const crPre = corefIn(ctx, aStart, v.start, v, 'end');
    // "said a protester", "a déclaré un habitant": nobody named; "said a Kremlin spokesman": the organisation
    if (!crPre && ctx.C.indefRe?.test(text.slice(v.end, cut))) {
      const subj = text.slice(v.end, Math.min(cut, v.end + 60));
      const org = postN.find((n) => n.org && n.start < v.end + 60);
      if (org && ctx.C.spokesRe?.test(subj)) return { verb: v.text, ref: { t: 'name', name: org }, at: v.end };
      return { verb: v.text, ref: { t: 'null' }, at: v.end };
    }
    const cr = crPre ?? corefIn(ctx, v.end, cut, v, 'start');
    if (cr && cr.t === 'coref') {
      const org = postN.find((n) => n.org);
      if (org && cr.org) return { verb: v.text, ref: { t: 'name', name: org }, at: v.end };
      return { verb: v.text, ref: coref(c, v, cr), at: v.end };
    }
    const org = postN.find((n) => n.org);
    if (org && org.start - v.end < 60) return { verb: v.text, ref: { t: 'name', name: org }, at: v.end };
    if (countWords(pre) >= 2)
      return {
        verb: v.text,
        ref: { t: 'coref', pos: c.outerStart, gender: v.gender ?? null, role: null, org: false, desc: true },
        at: v.end,
      };
    return { verb: v.text, ref: coref(c, v, null), at: v.end };
  }
  // ---- 2. clause inserted inside the quote between dashes ("— afirmó X —")
  {
    const re = /[—–―-]\s*/gu;
    for (let m = re.exec(qText); m; m = re.exec(qText)) {
      const s = c.start + m.index + m[0].length;
      const v = ctx.verbs.find((x) => x.start >= s && x.start <= s + 25 && !x.cue);
      if (!v || countWords(text.slice(s, v.start)) > 1) continue;
      const rest = qText.slice(v.end - c.start);
      const dm = /[—–―-]|[.!?]\s/u.exec(rest);
      const e = dm ? v.end + dm.index : c.end;
      if (v.impersonal) return { verb: v.text, ref: impersonalRef(ctx, v, c), at: e };
      const ns = ctx.names.filter((n) => n.start >= v.end && n.end <= e);
      const n = pickName(ns, 'last');
      if (n) return { verb: v.text, ref: { t: 'name', name: n }, at: n.end };
      return { verb: v.text, ref: coref(c, v, corefIn(ctx, v.end, e, v)), at: e };
    }
  }
  // ---- 3. speech verb or cue before the quote in the same sentence (or in the paragraph before, ending with ':')
  let bStart = sentenceStart(ctx, c.outerStart);
  let bEnd = c.outerStart;
  const paraStart = (paras[c.para] as Para).start;
  if (text.slice(paraStart, c.outerStart).trim() === '' && c.para > 0) {
    const pp = paras[c.para - 1] as Para;
    if (/:\s*$/u.test(text.slice(pp.start, pp.end))) {
      bEnd = pp.end;
      bStart = sentenceStart(ctx, pp.end - 1);
    }
  }
  const bv = verbsIn(ctx, bStart, bEnd);
  const lastV = bv[bv.length - 1];
  if (lastV) {
    if (lastV.impersonal) return { verb: lastV.text, ref: impersonalRef(ctx, lastV, c), at: c.outerStart };
    if (lastV.cue) {
      const inCue = corefIn(ctx, lastV.start, lastV.end, null);
      if (inCue) return { verb: lastV.text, ref: coref(c, null, inCue), at: c.outerStart };
      const e = Math.min(bEnd, lastV.end + 80);
      const ns = namesIn(ctx, lastV.end, e);
      const per = ns.find((n) => n.person && countWords(text.slice(lastV.end, n.start)) <= 4);
      if (per) return { verb: lastV.text, ref: { t: 'name', name: per }, at: per.end };
      // "Selon le Kremlin, l'ex-ministre …": the organisation right after the cue speaks, not the role noun after it
      const org0 = ns.find((x) => x.org && countWords(text.slice(lastV.end, x.start)) <= 1);
      if (org0) return { verb: lastV.text, ref: { t: 'name', name: org0 }, at: org0.end };
      const cr = corefIn(ctx, lastV.end, Math.min(e, lastV.end + 40), null);
      if (cr) return { verb: lastV.text, ref: coref(c, null, cr), at: c.outerStart };
      const n = ns.find((x) => (x.org || x.person) && countWords(text.slice(lastV.end, x.start)) <= 3);
      if (n) return { verb: lastV.text, ref: { t: 'name', name: n }, at: n.end };
      return { verb: lastV.text, ref: null, at: c.outerStart };
    } else {
      if (lastV.inv) return { verb: lastV.text, ref: coref(c, lastV, null), at: c.outerStart };
      // subject before the verb (skip parenthetical ", lowercase ... ,"), else after it
      const preNames = namesIn(ctx, bStart, lastV.start).filter((n) => !inParenthetical(text, bStart, n, lastV.start, n.person));
      const n1 = pickName(preNames, 'last');
      const crPre = corefIn(ctx, n1 ? n1.end : bStart, lastV.start, lastV, 'end');
      if (n1 && !(crPre && crPre.t === 'coref' && !crPre.role)) return { verb: lastV.text, ref: { t: 'name', name: n1 }, at: c.outerStart };
      if (crPre) return { verb: lastV.text, ref: coref(c, lastV, crPre), at: c.outerStart };
      const postNames = namesIn(ctx, lastV.end, clauseCut(text, lastV.end, bEnd));
      const n2 = postNames.find((n) => n.person) ?? null;
      if (n2) return { verb: lastV.text, ref: { t: 'name', name: n2 }, at: c.outerStart };
      const crPost = corefIn(ctx, lastV.end, bEnd, lastV, 'start');
      if (crPost) return { verb: lastV.text, ref: coref(c, lastV, crPost), at: c.outerStart };
      const org = preNames.filter((n) => n.org).pop();
      if (org) return { verb: lastV.text, ref: { t: 'name', name: org }, at: c.outerStart };
      // "«A», fügte er hinzu, «B»": the words before the verb are the first piece of the quote
      const split = ctx.cands.some(
        (x) => x !== c && x.outerEnd <= lastV.start && x.outerEnd >= bStart && SPLIT_GAP_RE.test(text.slice(x.outerEnd, lastV.start)),
      );
      if (split) return { verb: lastV.text, ref: coref(c, lastV, null), at: c.outerStart };
      // an unnamed subject ("pro-Russian channels called it ...") attributes to nobody
      if (countWords(text.slice(bStart, lastV.start)) >= 2) return { verb: lastV.text, ref: { t: 'null' }, at: c.outerStart };
      return { verb: lastV.text, ref: coref(c, lastV, null), at: c.outerStart };
    }
  }
  // ---- 4. cue (or near verb) later in the same sentence (partial quotes)
  for (const v of verbsIn(ctx, aStart, aEnd)) {
    if (!v.cue && countWords(text.slice(aStart, v.start)) > 8) break;
    if (v.impersonal) return { verb: v.text, ref: impersonalRef(ctx, v, c), at: v.end };
    const e = clauseCut(text, v.end, aEnd);
    const inCue = v.cue ? corefIn(ctx, v.start, v.end, null) : null;
    if (inCue) return { verb: v.text, ref: coref(c, null, inCue), at: v.end };
    const ns = namesIn(ctx, v.end, Math.min(e, v.end + 80));
    const per = ns.find((n) => n.person);
    if (per) return { verb: v.text, ref: { t: 'name', name: per }, at: per.end };
    const org0 = v.cue ? ns.find((x) => x.org && countWords(text.slice(v.end, x.start)) <= 1) : undefined;
    if (org0) return { verb: v.text, ref: { t: 'name', name: org0 }, at: v.end };
    const cr = corefIn(ctx, v.end, Math.min(e, v.end + 60), v);
    if (cr) return { verb: v.text, ref: coref(c, v, cr), at: v.end };
    const org = ns.find((n) => n.org);
    if (org && v.cue) return { verb: v.text, ref: { t: 'name', name: org }, at: v.end };
  }
  // ---- 4b. complementiser right before the quote ("X wusste zu berichten, dass \"...\""):
  // the subject of the sentence (first person before the complementiser, else a pronoun/role
  // at its start, else an organisation opening the sentence)
  {
    const re = ctx.C.compRe;
    const from = Math.max(bStart, bEnd - 120);
    const m = re && bEnd - bStart > 3 ? re.exec(text.slice(from, bEnd)) : null;
    if (m) {
      const ce = from + m.index;
      const ns = namesIn(ctx, bStart, ce).filter((n) => !inParenthetical(text, bStart, n, ce, n.person));
      const per = ns.find((n) => n.person);
      // a pronoun or role noun opening the sentence is its subject even when a person is named later
      const lead = bStart + (LEAD_WORDS_RE.exec(text.slice(bStart, bStart + 60))?.[0].length ?? 0);
      const cr = corefIn(ctx, bStart, Math.min(per ? per.start : ce, lead), null, 'start');
      if (cr) return { verb: null, ref: coref(c, null, cr), at: c.outerStart };
      if (per) return { verb: null, ref: { t: 'name', name: per }, at: c.outerStart };
      const org = ns.find((n) => n.org && countWords(text.slice(bStart, n.start)) <= 3);
      if (org) return { verb: null, ref: { t: 'name', name: org }, at: c.outerStart };
    }
  }
  // ---- 5. colon intro without a verb ("Réponse de l'ambassadeur X : «...»", "X weiter:")
  if (/:\s*$/u.test(text.slice(bStart, bEnd))) {
    const ns = namesIn(ctx, bStart, bEnd);
    let n = pickName(ns, 'last');
    // "X, der Lauterbach widersprach:": a name inside a relative clause is its object; the head speaks
    const k = n ? ns.indexOf(n) : -1;
    const head = k > 0 ? (ns[k - 1] as NameSpan) : null;
    if (n && head?.person && RELATIVE_RE.test(text.slice(head.end, n.start).replace(/^[\s,]+/u, ''))) n = head;
    if (n) return { verb: null, ref: { t: 'name', name: n }, at: c.outerStart };
    const cr = corefIn(ctx, bStart, bEnd, null, 'end');
    if (cr) return { verb: null, ref: coref(c, null, cr), at: c.outerStart };
  }
  return { verb: null, ref: null, at: c.outerStart };
}

/**
 * Reference of an impersonal cue ("si legge in una nota", "heißt es in dem Bericht", "говорится в
 * сообщении МИД"): with a document noun (table `documents`) within three words after the cue or
 * right before it, the name following that noun ("nota di Fitch"), else the organisation named last
 * before the quote in its paragraph or the previous one (the document's author); else nobody.
 */
function impersonalRef(ctx: Ctx, v: VerbHit, c: Cand): Ref {
  const re = ctx.C.docRe;
  if (!re) return { t: 'null' };
  const { text } = ctx;
  let docEnd = -1;
  const after = text.slice(v.end, v.end + 40);
  re.lastIndex = 0;
  const ma = re.exec(after);
  if (ma && countWords(after.slice(0, ma.index)) <= 3) docEnd = v.end + ma.index + ma[0].length;
  if (docEnd < 0) {
    const from = Math.max(sentenceStart(ctx, v.start), v.start - 50);
    const before = text.slice(from, v.start);
    re.lastIndex = 0;
    let mb = re.exec(before);
    while (mb && countWords(before.slice(mb.index + mb[0].length)) > 3) mb = re.exec(before);
    if (mb) docEnd = from + mb.index + mb[0].length;
  }
  if (docEnd < 0) return { t: 'null' };
  const n = namesIn(ctx, docEnd, docEnd + 40).find(
    (x) => (x.org || x.person) && countWords(text.slice(docEnd, x.start)) <= 3 && !/[.!?;,:«»"“”„]/u.test(text.slice(docEnd, x.start)),
  );
  if (n) return { t: 'name', name: n };
  const ps = (ctx.paras[Math.max(0, c.para - 1)] as Para).start;
  const upTo = Math.min(c.outerStart, v.start);
  for (let i = lowerBound(ctx.names, upTo) - 1; i >= 0; i--) {
    const x = ctx.names[i] as NameSpan;
    if (x.start < ps) break;
    if (x.org && x.end <= upTo && !ctx.inQ[x.start]) return { t: 'name', name: x };
  }
  return { t: 'null' };
}

/** The first three words of a sentence (with their separators). */
const LEAD_WORDS_RE = /^[\s,]*(?:[^\s,]+[\s,]+){0,2}[^\s,]+/u;

const RELATIVE_RE =
  /^(?:qui|que|dont|who|whose|which|cuyo|cuya|cuyos|quien|que|che|cui|il cui|la cui|der|die|dessen|deren|который|которого|которая|чей|чья|który|którego|która|którą|котрий|котра|яка|чий|whose|cujo|cuja|que)(?![\p{L}])/u;

function inParenthetical(text: string, from: number, n: NameSpan, verbAt: number, person: boolean): boolean {
  // name inside ", <lowercase>... ," or "(...)" between sentence start and the verb; persons only
  // when the inserted clause is a relative clause ("La alianza X, cuyo candidato Y ..., calificó")
  const left = text.slice(from, n.start);
  const right = text.slice(n.end, verbAt);
  const lc = left.lastIndexOf(',');
  if (lc >= 0 && right.includes(',')) {
    const after = left.slice(lc + 1).trimStart();
    if (after && /^\p{Ll}/u.test(after) && (!person || RELATIVE_RE.test(after))) return true;
  }
  const lp = left.lastIndexOf('(');
  if (lp >= 0 && !left.slice(lp).includes(')') && right.includes(')')) return true;
  return false;
}

function adjacentToPrev(ctx: Ctx, prev: Cand, c: Cand): boolean {
  if (c.para !== prev.endPara && !(c.para === prev.endPara + 1)) return false;
  const between = ctx.text.slice(prev.outerEnd, c.outerStart);
  if (c.para === prev.endPara) {
    // only the previous quote's attribution clause (and a short clause about the speaker) lies between
    const ss = sentenceStart(ctx, c.outerStart);
    if (countWords(ctx.text.slice(ss, c.outerStart)) !== 0) return false;
    const n = countWords(between);
    if (n <= 15) return true;
    if (n > 40) return false;
    const ns = namesIn(ctx, prev.outerEnd, c.outerStart).filter((x) => x.person);
    return ns.length <= 1;
  }
  return countWords(between) === 0;
}

/**
 * Attribution by the next sentence (`anaphoric` openers of the speech table): "Alcuni politici
 * stanno “cercando di minacciare” la Russia. Lo ha detto il vicepresidente …, Dmitri Medvedev"
 * gives the quotation without speaker or verb right before the opener's sentence, and those of
 * the next sentences of the paragraph while nobody else is named, to the first person or
 * organisation named in the opener's sentence. Sets `speaker` in place.
 */
function anaphoricAttribution(ctx: Ctx, out: { c: Cand; attr: Attr; keep: boolean; speaker: string | null; standalone: boolean }[]): void {
  const openers = ctx.C.table.anaphoric?.map((x) => x.replace(/’/g, "'"));
  if (!openers?.length) return;
  const { text, inQ } = ctx;
  /** The speaker named by an opener sentence starting at `p` (after white space), or null. */
  const openerAt = (p: number, pi: number): NameSpan | null => {
    const para = ctx.paras[pi] as Para;
    while (p < para.end && /\s/u.test(text[p] ?? '')) p++;
    if (p >= para.end || inQ[p]) return null;
    const head = text
      .slice(p, p + 48)
      .toLowerCase()
      .replace(/’/g, "'");
    if (!openers.some((x) => head.startsWith(x))) return null;
    // a person first ("il vicepresidente del Consiglio di sicurezza, Dmitri Medvedev"), else an organisation
    // the subject stands right after the opener: a person within 100 UTF-16 units, an organisation within 40
    const named = namesIn(ctx, p, sentenceEnd(ctx, p + 1, pi)).filter((n) => !inQ[n.start]);
    return named.find((n) => n.person && n.start - p <= 100) ?? named.find((n) => n.org && n.start - p <= 40) ?? null;
  };
  for (const o of out) {
    if (o.speaker || o.attr.verb || o.attr.ref) continue;
    // a partial quotation left out as unattributed (3+ words) is kept when the next sentence attributes it
    const partial = !o.keep && o.c.kind === 'pair' && countWords(text.slice(o.c.start, o.c.end)) >= 3;
    if (!o.keep && !partial) continue;
    // the sentence after the quotation opens with the attribution
    let who = openerAt(sentenceEnd(ctx, o.c.outerEnd, o.c.endPara), o.c.endPara);
    if (who) o.keep = true;
    // or one of the two sentences before it in the paragraph did, and nobody else was named since
    if (!who && o.keep) {
      const ps = (ctx.paras[o.c.para] as Para).start;
      let s = sentenceStart(ctx, o.c.outerStart);
      for (let k = 0; k < 3 && s > ps && !who; k++) {
        s = sentenceStart(ctx, s - 1);
        const w = openerAt(s, o.c.para);
        if (w && !namesIn(ctx, w.end, o.c.outerStart).some((n) => (n.person || n.org) && canonical(ctx, n) !== canonical(ctx, w))) who = w;
      }
    }
    if (who) o.speaker = canonical(ctx, who);
  }
}

/**
 * Interview answers: kept quotations without speaker or verb that fill their paragraph right
 * after a question paragraph (its text ends in "?" and is no quotation). With two or more of
 * them the text is an interview, and they are the interviewee's: the person named last before
 * the first such question (the introduction: "secondo Pavel Luzin, … l'analista"). Sets
 * `speaker` in place; nothing when the introduction names no person.
 */
function interviewAnswers(ctx: Ctx, out: { c: Cand; attr: Attr; keep: boolean; speaker: string | null; standalone: boolean }[]): void {
  const { text, paras, inQ } = ctx;
  const isQuestion = (pi: number): boolean => {
    const p = paras[pi];
    if (!p || inQ[p.start]) return false;
    const s = text.slice(p.start, p.end).trimEnd();
    return s.endsWith('?') && !inQ[p.start + s.length - 1];
  };
  const answers = out.filter((o) => o.keep && !o.speaker && !o.attr.verb && o.standalone && o.c.para > 0 && isQuestion(o.c.para - 1));
  if (answers.length < 2) return;
  const firstQ = paras[(answers[0] as (typeof answers)[number]).c.para - 1] as Para;
  let who: NameSpan | undefined;
  for (const n of ctx.names) if (n.person && n.end <= firstQ.start && !inQ[n.start]) who = n;
  if (!who) return;
  const name = canonical(ctx, who);
  for (const a of answers) a.speaker = name;
}

function isStandalone(text: string, paras: Para[], c: Cand): boolean {
  if (c.kind !== 'pair' || c.para !== c.endPara) return false;
  const p = paras[c.para] as Para;
  return text.slice(p.start, c.outerStart).trim() === '' && /^[\s.!?…]*$/u.test(text.slice(c.outerEnd, p.end));
}

function colonIntro(text: string, paras: Para[], c: Cand): boolean {
  const p = paras[c.para] as Para;
  const before = text.slice(p.start, c.outerStart);
  if (/:\s*[—–-]?\s*$/u.test(before)) return true;
  if (before.trim() === '' && c.para > 0) {
    const pp = paras[c.para - 1] as Para;
    return /:\s*$/u.test(text.slice(pp.start, pp.end));
  }
  return false;
}

function titleLike(q: string, words: number): boolean {
  if (words > 6) return false;
  const toks = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content = toks.filter((t) => (!CONNECTORS.has(t) && !NAME_STOPWORDS.has(t.toLowerCase())) || /^\p{Lu}/u.test(t));
  if (!content.length) return false;
  const caps = content.filter((t) => /^[\p{Lu}\p{N}]/u.test(t)).length;
  return caps / content.length >= 0.75;
}

// ---------------------------------------------------------------- coreference & canonical names

/** Guessed gender of a person name from its given name (true: female), Slavic-style endings only; null: unknown. */
const FEMALE = new Map<string, boolean | null>();
const femaleName = (n: string, lang: string): boolean | null => {
  const key = SLAVIC.has(lang) ? `1${n}` : `0${n}`;
  let r = FEMALE.get(key);
  if (r === undefined) {
    r = femaleName0(n, lang);
    if (FEMALE.size > 20000) FEMALE.clear();
    FEMALE.set(key, r);
  }
  return r;
};
const femaleName0 = (n: string, lang: string): boolean | null => {
  const first = fold(n.split(/\s+/)[0] ?? '');
  if (/[aая]$/u.test(first)) return true;
  if (/[бвгджзйклмнпрстфхцчшщ]$/u.test(first)) return false;
  if (SLAVIC.has(lang) && /[bcdfghjklłmnprstwzż]$/u.test(first)) return false;
  return null;
};

interface Resolved {
  pos: number;
  name: string;
  para: number;
  org: boolean;
}

const PREV_WORD_RE = /(\p{Ll}+)\s+$/u;
/** The word right before a position (any case), for PREPOSITIONS look-ups. */
const PREV_WORD_ANY_RE = /(\p{L}+)\s+$/u;
const APPOSITION_RE = /^,\s*[\p{Ll}\p{N}]/u;

/** A name is in subject position when it is the first name of its sentence and not governed by a preposition. */
function subjectPosition(ctx: Ctx, n: NameSpan): boolean {
  const ss = sentenceStart(ctx, n.start);
  if (namesIn(ctx, ss, n.start).some((m) => m.person)) return false;
  const before = ctx.text.slice(Math.max(0, n.start - 25), n.start);
  if (/\(\s*$/u.test(before)) return false;
  const prev = /(\S+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (PREPOSITIONS.has(prev.replace(/[^\p{L}]/gu, ''))) return false;
  // "over the Mueller report": article + name + lowercase noun is a modifier
  const pw = PREV_WORD_RE.exec(before)?.[1];
  return !(pw && NAME_STOPWORDS.has(pw) && NEXT_LOWER_RE.test(ctx.text.slice(n.end, n.end + 3)));
}
const NEXT_LOWER_RE = /^\s\p{Ll}/u;

function genderOk(name: string, g: 'm' | 'f' | null, lang = ''): boolean {
  if (!g) return true;
  const f = femaleName(name, lang);
  return f === null || f === (g === 'f');
}

function resolveRef(ctx: Ctx, ref: Ref | null, resolved: Resolved[], c: Cand): string | null {
  if (!ref || ref.t === 'null') return null;
  if (ref.t === 'name') return canonical(ctx, ref.name);
  const pos = ref.pos;
  const para = paraOf(ctx.paras, pos);
  const wantOrg = ref.org;
  const prevRes = resolved.filter(
    (r) => r.pos <= Math.max(pos, c.outerStart) + 1 && r.org === wantOrg && genderOk(r.name, ref.gender, ctx.lang),
  );
  // (1) a speaker already quoted in this paragraph
  const samePara = prevRes.filter((r) => r.para === para || r.para === c.para).pop();
  if (samePara && !ref.role) return samePara.name;
  // (2) the role noun bound to a name earlier ("le porte-parole ... Igor X")
  if (ref.role) {
    const stem = ref.role.slice(0, Math.max(4, ref.role.length - 2));
    let best = boundRole(ctx, stem, pos, wantOrg);
    // a synonym of the role bound earlier ("l'élue" -> "la maire ..., Sophie Garnier")
    if (!best) {
      const low = ref.role.toLowerCase();
      for (const g of ctx.C.table.roleGroups ?? []) {
        // a multi-word member ("chef de l'état") matches only a role word that begins with it, never a stem ("cheffe")
        if (!g.some((m) => low.startsWith(m) || (!m.includes(' ') && m.startsWith(stem.toLowerCase())))) continue;
        for (const m of g) {
          const b = boundRole(ctx, m, pos, wantOrg);
          if (b && (!best || b.start > best.start)) best = b;
        }
      }
    }
    if (best && (!samePara || best.end > samePara.pos - 400)) return canonical(ctx, best);
    if (samePara) return samePara.name;
    const lr = prevRes[prevRes.length - 1];
    if (!wantOrg && lr && para - lr.para <= 3) return lr.name;
  }
  if (wantOrg) {
    const orgs = ctx.names.filter((n) => n.org && n.end <= pos && !ctx.inQ[n.start]);
    const o = orgs[orgs.length - 1];
    return o ? canonical(ctx, o) : (prevRes.pop()?.name ?? null);
  }
  // an unnamed speaker introduced just before ("Another resident, who asked not to be named, said ...")
  if (!ref.role && anonymousBefore(ctx, c)) return null;
  const mentions = namesIn(ctx, 0, pos).filter((n) => n.person);
  // a described subject ("the Democrat said"): the person last named in this or the previous
  // paragraph, else nobody (never the document's most salient person)
  if (ref.desc) {
    const n = mentions[mentions.length - 1];
    return n && para - paraOf(ctx.paras, n.start) <= 1 ? canonical(ctx, n) : null;
  }
  // (3) a person in subject position earlier in the same paragraph
  for (let i = mentions.length - 1; i >= 0; i--) {
    const n = mentions[i] as NameSpan;
    if (paraOf(ctx.paras, n.start) !== para) break;
    const name = canonical(ctx, n);
    if (subjectPosition(ctx, n) && genderOk(name, ref.gender, ctx.lang)) return name;
  }
  const lastRes = prevRes[prevRes.length - 1];
  // (3b) the last person named in the three previous paragraphs (after the last speaker), when it was
  // introduced as a sentence subject: "Peter Malak, a teacher, ... He calls himself ... he said"
  // Objects named after it in its own paragraph are passed over ("Jason Cox, ... who voted for Trump");
  // a person named in a later paragraph blocks it.
  let laterPara = -1;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const n = mentions[i] as NameSpan;
    const np = paraOf(ctx.paras, n.start);
    if (para - np > 3 || (lastRes && n.start <= lastRes.pos) || (laterPara >= 0 && laterPara !== np)) break;
    // "over the Mueller report": a name after a lowercase article/stop word is a modifier, not a subject
    const pw = PREV_WORD_RE.exec(ctx.text.slice(Math.max(0, n.start - 20), n.start))?.[1];
    if (pw && NAME_STOPWORDS.has(pw)) continue;
    const name = canonical(ctx, n);
    // only persons the entity step confirmed, or opening a sentence with an apposition ("Peter Malak, a 42-year-old"):
    // a capitalised pair alone is not enough ("Insect Allies")
    if (
      !knownPerson(ctx, name) &&
      !(APPOSITION_RE.test(ctx.text.slice(n.end, n.end + 6)) && ctx.text.slice(sentenceStart(ctx, n.start), n.start).trim() === '')
    ) {
      laterPara = np;
      continue;
    }
    if (subjectPosition(ctx, n)) {
      if (genderOk(name, ref.gender, ctx.lang)) return name;
      break;
    }
    laterPara = np;
  }
  // (4) the last speaker of the previous paragraphs
  if (lastRes && para - lastRes.para <= 3) return lastRes.name;
  // (5) the most salient person of the last paragraphs (frequency of the surname), ties: most recent
  let best5: string | null = null;
  let score5 = -1;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const n = mentions[i] as NameSpan;
    if (para - paraOf(ctx.paras, n.start) > 3 && best5) break;
    const name = canonical(ctx, n);
    if (!genderOk(name, ref.gender, ctx.lang)) continue;
    const sc = keyFreq(ctx, n.tokens[n.tokens.length - 1] as string, n.infos[n.infos.length - 1] as TokInfo);
    if (sc > score5) {
      score5 = sc;
      best5 = name;
    }
  }
  if (best5) return best5;
  return lastRes?.name ?? null;
}

/**
 * The name a role noun (by its lowercase stem) is bound to before UTF-16 offset pos: the name in
 * apposition before a mention ("Katarzyna Chawryło, ekspertka ...") or right after it ("la maire
 * de la commune, Sophie Garnier"); the last such binding, else null.
 */
function boundRole(ctx: Ctx, stem: string, pos: number, wantOrg: boolean): NameSpan | null {
  // the matches of /stem[\p{L}-]*/ in text.slice(0, pos): the whole-text matches that start
  // with the stem before pos, cut at pos
  const hits = stemHits(ctx, stem);
  let best: NameSpan | null = null;
  for (let h = 0; h < hits.length; h += 2) {
    const at = hits[h] as number;
    if (at + stem.length > pos) break;
    if (ctx.inQ[at]) continue;
    const after = Math.min(hits[h + 1] as number, pos);
    let n: NameSpan | null = null;
    // apposition after the name: "Katarzyna Chawryło, ekspertka ..."
    const pi = lowerBound(ctx.names, at) - 1;
    const pn = ctx.names[pi];
    if (pn?.person && !wantOrg && !ctx.inQ[pn.start] && /^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u.test(ctx.text.slice(pn.end, at))) {
      best = pn;
      continue;
    }
    for (let j = lowerBound(ctx.names, after); j < ctx.names.length; j++) {
      const x = ctx.names[j] as NameSpan;
      if (x.start > after + 50) break;
      if (!ctx.inQ[x.start] && (wantOrg ? x.org : x.person)) {
        n = x;
        break;
      }
    }
    if (!n || countWords(ctx.text.slice(after, n.start)) > 4 || /[.!?;]/u.test(ctx.text.slice(after, n.start))) continue;
    best = n;
  }
  return best;
}

/** Start and end offsets (flat pairs) of the matches of /(?<![\p{L}\p{N}])stem[\p{L}-]*\/giu in the whole text, memoised per document. */
const STEM_RE = new Map<string, RegExp>();
function stemHits(ctx: Ctx, stem: string): number[] {
  let hits = ctx.stemHits.get(stem);
  if (!hits) {
    hits = [];
    let re = STEM_RE.get(stem);
    if (!re) {
      re = new RegExp(`${WB_L}${esc(stem)}[\\p{L}-]*`, 'iuy');
      if (STEM_RE.size > 2000) STEM_RE.clear();
      STEM_RE.set(stem, re);
    }
    // the global regex's matches, by trying the sticky one only where a match can start: a
    // code unit with the stem's first foldKey (or without a key), after a non-letter/digit
    const text = ctx.text;
    const n = text.length;
    const k0 = foldKey(stem.charCodeAt(0));
    // every stem character must meet one with the same foldKey (or one without a key): checked
    // before the regex when the stem has keys and no surrogates
    const sl = stem.length;
    const keys: number[] = [];
    for (let j = 0; j < sl; j++) keys.push(isSurrogate(stem.charCodeAt(j)) ? -1 : foldKey(stem.charCodeAt(j)));
    const exact = !keys.some((k) => k < 0);
    const tab = TAB;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let fk = FOLD_KEY[c] as number;
      if (fk === -2) fk = foldKey(c);
      if (
        (fk === k0 || fk < 0 || k0 < 0) &&
        (i === 0 || ((tab[text.charCodeAt(i - 1)] as number) & (CH_LETTER | CH_DIGIT)) === 0 || isSurrogate(text.charCodeAt(i - 1)))
      ) {
        if (exact) {
          let j = 1;
          for (; j < sl && i + j < n; j++) {
            const d = text.charCodeAt(i + j);
            let dk = FOLD_KEY[d] as number;
            if (dk === -2) dk = foldKey(d);
            if (dk !== keys[j] && dk >= 0) break;
          }
          if (j < sl) {
            i++;
            continue;
          }
        }
        re.lastIndex = i;
        const m = re.exec(text);
        if (m) {
          hits.push(i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
      i++;
    }
    ctx.stemHits.set(stem, hits);
  }
  return hits;
}

function anonymousBefore(ctx: Ctx, c: Cand): boolean {
  const ss = sentenceStart(ctx, c.outerStart);
  const p = ctx.paras[c.para] as Para;
  if (ss <= p.start) return false;
  const ps = sentenceStart(ctx, ss - 1);
  const v = verbsIn(ctx, ps, ss).find((x) => !x.cue && !x.impersonal);
  if (!v) return false;
  if (ctx.names.some((n) => n.start >= ps && n.end <= v.start && !ctx.inQ[n.start] && (n.person || n.org))) return false;
  const r = corefIn(ctx, ps, v.start, v, 'start');
  return !!r && r.t === 'coref' && !!r.role && !r.org;
}

const initials = (s: string): string =>
  (s.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => /^\p{Lu}/u.test(w) || w.length > 3)
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');

/** The counter (C.keyRecs) of keyOf(ctx, t) of a token t with facts `x` (kept in x: both are per language). */
function keyRecTok(ctx: Ctx, t: string, x: TokInfo): KeyRec {
  let r = x.keyRec;
  if (r === undefined) {
    const k = keyOf(ctx, t);
    r = ctx.C.keyRecs.get(k);
    if (r === undefined) {
      r = { doc: -1, n: 0 };
      ctx.C.keyRecs.set(k, r);
    }
    x.keyRec = r;
  }
  return r;
}
/** How many tokens of names outside quotes in this document share the name key of token t (facts `x`). */
function keyFreq(ctx: Ctx, t: string, x: TokInfo): number {
  const r = keyRecTok(ctx, t, x);
  return r.doc === docId ? r.n : 0;
}
function keyOf(ctx: Ctx, t: string): string {
  let k = ctx.keyCache.get(t);
  if (k === undefined) {
    try {
      k = nameKey(t, ctx.lang);
    } catch {
      k = fold(t);
    }
    if (ctx.keyCache.size > 50000) ctx.keyCache.clear();
    ctx.keyCache.set(t, k);
  }
  return k;
}

/** Fullest person name in the document ending with the surname form `sur` (ties: the given name that recurs most). */
function bestFull(ctx: Ctx, sur: string, minTokens: number): string | null {
  let best: string | null = null;
  let bestScore = -1;
  const fs = fold(sur);
  for (const m of ctx.names) {
    if (!m.person || m.tokens.length <= minTokens || ctx.inQ[m.start]) continue;
    if ((m.infos[m.infos.length - 1] as TokInfo).fold !== fs) continue;
    // in inflected languages skip forms whose given name looks oblique ("Ірини Вакуленко")
    const first = (m.infos[0] as TokInfo).fold;
    if (INFLECTED.test(first) && /(?:ого|ому|ой|ей|ом|ем|ым|им|ы|и|у|ю)$/u.test(first) && !/(?:ий|ій)$/u.test(first)) continue;
    const freq = keyFreq(ctx, m.tokens[0] as string, m.infos[0] as TokInfo);
    const score = m.tokens.length * 1000 + freq;
    if (score > bestScore) {
      bestScore = score;
      best = m.text;
    }
  }
  return best;
}

/** Fullest form of a name: from `opts`, else the longest document form with the same surname. Memoised. */
function canonical(ctx: Ctx, n: NameSpan): string {
  const hit = ctx.canon.get(n);
  if (hit !== undefined) return hit;
  const r = canonical0(ctx, n);
  ctx.canon.set(n, r);
  return r;
}

/** canonical0's pool entry of an entity name ('p' or 'o' + the name): entries are never modified (bounded). */
const POOL_CACHE = new Map<string, { name: string; toks: string[]; org: boolean }>();
function canonical0(ctx: Ctx, n: NameSpan): string {
  const f = fold(n.text);
  const ft: string[] = f.match(TOKEN_RE) ?? [];
  const last = ft[ft.length - 1];
  if (!last) return n.text;
  if (!ctx.pool) {
    const np = ctx.opts.persons?.length ?? 0;
    const names = [...(ctx.opts.persons ?? []), ...(ctx.opts.organizations ?? [])];
    ctx.pool = names.map((x, i) => {
      const org = i >= np;
      const ck = `${org ? 'o' : 'p'}${x}`;
      const hit = POOL_CACHE.get(ck);
      if (hit) return hit;
      let name = x;
      // "Cardinal O’Malley" -> "O’Malley": a title never makes a person name fuller
      if (!org) {
        const ws = x.trim().split(/\s+/);
        let k = 0;
        while (k < ws.length - 1 && NAME_TITLES.has((ws[k] as string).toLowerCase().replace(/\.$/, ''))) k++;
        if (k) name = ws.slice(k).join(' ');
      }
      const e = { name, toks: fold(name).match(TOKEN_RE) ?? [], org };
      if (POOL_CACHE.size > 20000) POOL_CACHE.clear();
      POOL_CACHE.set(ck, e);
      return e;
    });
  }
  // acronym -> full organisation name with those initials
  if (n.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(n.text)) {
    const full = [...(ctx.opts.organizations ?? []), ...ctx.names.filter((m) => m.org && m.tokens.length > 1).map((m) => m.text)].find(
      (o) => initials(o) === n.text,
    );
    if (full) return full;
  }
  let best = null as string | null;
  let bestLen = 0;
  for (const { name: cand, toks: ct, org } of ctx.pool) {
    // a person mention is never completed into an organisation name ("Trump" -> "Presidência de Trump")
    if (ct.length < ft.length || (org && !n.org && ct.length > ft.length && ct[0] !== ft[0])) continue;
    // a lone surname is not completed through a connector ("Trump" -> "Presidência de Trump")
    if (ft.length === 1 && ct.length > 2 && CONNECTORS.has(ct[ct.length - 2] as string)) continue;
    const cl = ct[ct.length - 1] ?? '';
    const lastOk =
      cl === last ||
      (last.length >= 4 && cl.length >= 4 && cl.slice(0, -2) === last.slice(0, -2) && Math.abs(cl.length - last.length) <= 3);
    if (!lastOk || !ft.every((t, i) => i === ft.length - 1 || ct.includes(t))) continue;
    if (!best || ct.length > bestLen) {
      best = cand;
      bestLen = ct.length;
    }
  }
  if (best && bestLen === 1 && ft.length === 1) return givenFull(ctx, n, last) ?? best;
  if (best) return best;
  if (n.org) return n.text;
  let sur = n.tokens[n.tokens.length - 1] as string;
  if (INFLECTED.test(sur) || SLAVIC.has(ctx.lang)) {
    // inflected languages: the most frequent standalone form of the surname is taken as nominative
    const key = keyOf(ctx, sur);
    const counts = new Map<string, number>();
    for (const m of ctx.names) {
      if (m.tokens.length !== 1 || ctx.inQ[m.start]) continue;
      const t = m.tokens[0] as string;
      if (keyOf(ctx, t) === key) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top && top[0] !== sur) {
      const full = bestFull(ctx, top[0], 1);
      return full ?? top[0];
    }
    sur = top?.[0] ?? sur;
  }
  const full = bestFull(ctx, sur, n.tokens.length);
  const fullToks: string[] = full ? (fold(full).match(TOKEN_RE) ?? []) : [];
  if (full && (n.tokens.length === 1 || ft.every((t) => fullToks.includes(t)))) return full;
  return givenFull(ctx, n, last) ?? n.text;
}

/** Whether `name` (a canonical form) is one of `opts.persons` (folded comparison; memoised per document). */
function knownPerson(ctx: Ctx, name: string): boolean {
  ctx.knownPersons ??= new Set((ctx.opts.persons ?? []).map(fold));
  return ctx.knownPersons.has(fold(name));
}

/** The one fuller person name of the document starting with the lone given name `first` of `n` ("Саломе" -> "Саломе Зурабишвили"); null when none or several. */
function givenFull(ctx: Ctx, n: NameSpan, first: string): string | null {
  if (n.tokens.length !== 1 || n.org) return null;
  let hit: string | null = null;
  for (const m of ctx.names) {
    if (!m.person || m.tokens.length < 2 || ctx.inQ[m.start] || (m.infos[0] as TokInfo).fold !== first) continue;
    if (hit !== null && fold(hit) !== fold(m.text)) return null;
    hit = m.text;
  }
  for (const x of ctx.pool ?? []) {
    if (x.org || x.toks.length < 2 || x.toks[0] !== first) continue;
    if (hit !== null && fold(hit) !== fold(x.name)) return null;
    hit = x.name;
  }
  return hit;
}
