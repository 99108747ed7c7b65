/**
 * Named entities (persons, organisations, locations) by rules, without a statistical model.
 *
 * Algorithm:
 * 1. Tokenise title and paragraphs; mark sentence-initial tokens (after . ! ? : ; quotes,
 *    dashes, line starts). Title-case headlines are treated as all sentence-initial.
 * 2. Gazetteer pass: longest run of 1-4 tokens starting with a capital whose key is a known
 *    place (countries in many languages, curated regions and major cities, German genitive -s)
 *    -> location; not when it ends an organisation's name ("Agência Brasil").
 * 3. Capitalised spans: runs of capitalised words (and acronyms) joined by in-name connectors
 *    ("de", "von", "al-"); "and"/"und"/"der"/"for" join only inside organisation names. A
 *    sentence-initial word is dropped when it is a function word, a role title, or is seen in
 *    lower case elsewhere. Organisation names take lower-case parts: a lower-case keyword before
 *    ("ministère russe des Affaires étrangères"), Romance adjectives after ("Nations unies"),
 *    Slavic adjective + keyword + genitive tail ("Державна служба України з надзвичайних
 *    ситуацій"); Slavic adjective + region noun is a place ("Запорізька область"). Spans are
 *    split at role titles, at a place glued to a name ("Эстонии Андрес Тамм") and at a second
 *    given name ("Си Цзиньпином Виктор Орбан").
 * 4. Classification: media list / organisation keyword / acronym -> organisation (a lone
 *    generic keyword such as "Sender" is nothing); gazetteer or a locative preposition before
 *    -> location, also for names listed with a place ("em Recife, Camaragibe e Olinda"); a
 *    multi-word name is a person only with evidence: a role cue, a given name first
 *    (`entities/names.ts`), or its surname standing alone elsewhere. A lone word is a person
 *    after a role title or next to a speech verb ("schreibt Kammerevert").
 * 5. Alias grouping on stemmed keys ("Орбана" -> "Орбан", "Konachenkov" -> "Igor
 *    Konachenkov"), acronyms join the organisation they abbreviate ("AP" / "Associated Press");
 *    the fullest, most frequent, shortest-inflected form names the group.
 * Rule tables: `lib/rules/entities.ts`. Pure, never throws (returns empty lists on error).
 * Cost: ~100 ms once per process (gazetteer and given names), then a few ms per article.
 */
import {
  ADJ_ENDINGS,
  ADMIN_WORDS,
  ARTICLES,
  CONNECTORS,
  DEMONYMS,
  LANGS,
  type Lang,
  LOC_CUES,
  MEDIA,
  NOUN_SUFFIXES,
  ORG_ADJECTIVES,
  ORG_COMPOUND_HEADS,
  ORG_COMPOUND_HEADS_LONE,
  ORG_COMPOUND_NOT,
  ORG_CUE_NOUNS,
  ORG_KEYWORDS,
  ORG_KEYWORDS_CAP_ONLY,
  ORG_PREFIX_DROP,
  ORG_QUOTE_HEADS,
  ORG_TAIL_CONNECTORS,
  PLACE_CUE_NOUNS,
  PLACE_HEADS,
  PROPER_KEYWORDS,
  ROLES,
  STOPWORDS,
} from '../../rules/entities.ts';
import { DATE_WORDS, KIN_WORDS, KNOWN_ORGS, KNOWN_PERSONS, NON_ORG_ACRONYMS } from '../../rules/known-entities.ts';
import { speechTable } from '../../rules/speech.ts';
import { isJsSpace as isJsSpace_ } from '../clean/normalize.ts';
import { gazetteer } from './entities/gazetteer.ts';
import { givenNames } from './entities/names.ts';
import { foldToken, nameKey, obliqueKey, stemToken, tokenKey } from './entities/normalize.ts';

/** Imported helpers used per character, copied to module constants (cheaper to read in hot loops). */
const isJsSpace = isJsSpace_;

export interface Entities {
  persons: string[];
  organizations: string[];
  locations: string[];
}

type Kind = 'per' | 'org' | 'loc';

/**
 * One distinct token text with its facts for one language's rules, built once per process
 * (`wordOf`). Fields marked lazy are
 * `undefined` until first asked for. A word is also the one `Piece` of the raw token equal to
 * its text (the common case: no elision, no possessive), so a token costs one lookup.
 */
interface Word extends Piece {
  t: string;
  low: string;
  cap: boolean;
  acr: boolean;
  /** One capital letter ("J"). */
  single: boolean;
  /** One capital letter with an optional dot ("J", "J."). */
  initial: boolean;
  /** Ends with . ! or ? ("U.S."). */
  endP: boolean;
  /** Number of the folded form (`LangRules.lowIds`), index of `LangRules.lowSeen`. */
  lowId: number;
  stop: boolean;
  conn: boolean;
  role: boolean;
  demonym: boolean;
  locCue: boolean;
  article: boolean;
  speech: boolean;
  /** German compound role title ("Außenministerin"), German rules only. */
  deHead: boolean;
  /** stop word, role title or demonym (a weak sentence-initial word, with `lw.seen`). */
  weakBase: boolean;
  /** lazy: tokenKey(t, lang) */
  tkey: string | undefined;
  /** lazy: tokenKey(t, 'en') */
  keyEn: string | undefined;
  /** lazy: isOrgKeyword(low) */
  org: boolean | undefined;
  /** lazy: a role title, inflected in ru/uk/bg/pl (`isRole`) */
  roleFull: boolean | undefined;
  /** lazy: a given name, stemmed in ru/uk/bg/pl (`isGivenName` without initials) */
  given: boolean | undefined;
  /** lazy: givenNames() holds the folded form */
  gn: boolean | undefined;
  /** lazy: gazetteer key of this one word (null: not a place) */
  place: string | null | undefined;
  /** lazy: opens some multi-word place name */
  starts: boolean | undefined;
  /** Holds a Cyrillic letter. */
  cyr: boolean;
  /** lazy: ends with a noun suffix (`NOUN_SUFFIXES`) */
  nounSuf: boolean | undefined;
  /** lazy: has an adjectival ending of the language (`ADJ_ENDINGS`) */
  adj: boolean | undefined;
  /** lazy: `loneFact` of the word standing alone */
  lone: number | undefined;
  /** A well-known organisation written in lower case ("n-tv", `KNOWN_LOWER`). */
  klow: boolean;
  /** lazy: a place acronym of the gazetteer ("USA") */
  gzAcr: boolean | undefined;
  /** lazy: nameKey(t, lang) */
  nkL: string | undefined;
  /** lazy: nameKey(t, 'en') */
  nkE: string | undefined;
  /** lazy: `INNER_CAP` matches ("PiS") */
  icap: boolean | undefined;
  /** lazy: obliqueKey(t, lang) (ru/uk/bg/pl rules only) */
  obl: string | undefined;
  /** lazy: all capital letters (`CAPS_WORD`) */
  caps: boolean | undefined;
  /** lazy: a compound with an institution head (`loneCompoundOrg`) */
  lorg: boolean | undefined;
}

/** One token of the article (text and facts on its `Word`). */
class Tok {
  constructor(
    /** The token's word facts. */
    public w: Word,
    /** UTF-16 start offset in `${title}\n\n${text}`. */
    public s: number,
    /** UTF-16 end offset (possessive included). */
    public e: number,
    public cap: boolean,
    public acr: boolean,
    /** Sentence-initial (or weak-capital position). */
    public sent: boolean,
    /** Only whitespace (no newline) between this token and the previous one. */
    public joined: boolean,
    /** Token ended with a possessive ('s), so a name ends here. */
    public poss: boolean,
    /** Index in the article's token list. */
    public i: number,
    /** An elided article or preposition ("L’" of "L’Arena"). */
    public el: boolean,
    /** A well-known organisation written in lower case (`Word.klow`). */
    public kl: boolean,
  ) {}
  /** Re-initialise a pooled token (same fields as the constructor). */
  set(
    w: Word,
    s: number,
    e: number,
    cap: boolean,
    acr: boolean,
    sent: boolean,
    joined: boolean,
    poss: boolean,
    i: number,
    el: boolean,
    kl: boolean,
  ): Tok {
    this.w = w;
    this.s = s;
    this.e = e;
    this.cap = cap;
    this.acr = acr;
    this.sent = sent;
    this.joined = joined;
    this.poss = poss;
    this.i = i;
    this.el = el;
    this.kl = kl;
    return this;
  }
  /** Token text (possessive 's removed). */
  get t(): string {
    return this.w.t;
  }
  /** Folded lower case. */
  get low(): string {
    return this.w.low;
  }
}

/**
 * Token objects reused between articles (a run keeps none after it returns; tokens are never
 * shared between runs), by index in the article's token list.
 */
const tokPool: Tok[] = [];
/** Token number `i` of the current article, from the pool (other arguments as `Tok`'s constructor). */
function tok(
  i: number,
  w: Word,
  s: number,
  e: number,
  cap: boolean,
  acr: boolean,
  sent: boolean,
  joined: boolean,
  poss: boolean,
  el: boolean,
  kl: boolean,
): Tok {
  const t = tokPool[i];
  if (t !== undefined) return t.set(w, s, e, cap, acr, sent, joined, poss, i, el, kl);
  const nt = new Tok(w, s, e, cap, acr, sent, joined, poss, i, el, kl);
  tokPool.push(nt);
  return nt;
}

/** A raw token split at an elision ("L’Arena" -> "L", "Arena"), possessive removed. */
interface Piece {
  /** The raw token (on the first piece). */
  key: string;
  /** The next piece of the same raw token. */
  next: Piece | undefined;
  w: Word;
  /** UTF-16 offset of the piece in the raw token. */
  off: number;
  /** UTF-16 length of the piece, possessive included. */
  len: number;
  poss: boolean;
}

interface LangRules {
  stop: Set<string>;
  conn: Set<string>;
  roles: Set<string>;
  orgKw: string[];
  /** `orgKw` entries of at most 4 characters (whole-key matches). */
  orgKwShort: Set<string>;
  /** `orgKw` entries of 5+ characters (prefix matches on the stem). */
  orgKwLong: Set<string>;
  /** Longest `orgKwLong` entry. */
  orgKwLongMax: number;
  /** `orgKw` entries with a plural/inflection ending stripped (`isGenericKeyword`). */
  orgKwBare: Set<string>;
  /** English keywords used in other languages' articles: whole-word matches only ("Press", not "Pressentis"). */
  orgKwExact: Set<string>;
  locCues: Set<string>;
  demonyms: Set<string>;
  cyrOrPl: boolean;
  lang: string;
  orgMemo: Map<string, boolean>;
  /** Articles/determiners (a noun follows them; names of people rarely do). */
  articles: Set<string>;
  /** Stemmed role titles (ru/uk/bg/pl). */
  roleStems: Set<string>;
  /** Speech verbs (built on first use). */
  speech?: Set<string>;
  /** Stemmed given names (inflecting languages only; empty elsewhere). */
  givenStems: Set<string>;
  /** Word facts by token text (see `Word`). */
  words: Map<string, Word>;
  /** Pieces by raw token text. */
  raws: RawTable;
  /** Number of each folded form (see `Word.lowId`). */
  lowIds: Map<string, number>;
  /** By `Word.lowId`: number of the last run that saw the form in lower case. */
  lowSeen: Int32Array;
  /** nameKey (article language and English) of well-known organisations and media (`KNOWN_ORGS`, `MEDIA`). */
  knownOrg: Set<string>;
  /** nameKey (article language and English) of well-known persons' lone names (`KNOWN_PERSONS`). */
  knownPer: Set<string>;
  /** Initials of the capitalised words of organisation forms (`group`), by form. */
  initials: Map<string, string>;
}

/** Strip of a plural / inflection ending used to compare a lone keyword noun with a keyword. */
const BARE_END = /(?:en|n|s|e|i|es)$/u;

const rulesCache = new Map<string, LangRules>();
function rulesFor(lang: string): LangRules {
  const hit = rulesCache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const set = (tab: Record<Lang, string[]>): Set<string> => new Set(ls.flatMap((l) => tab[l].map(foldToken)));
  const orgKw = [...new Set(ls.flatMap((l) => ORG_KEYWORDS[l].map((k) => tokenKey(k, lang))))];
  const orgKwLong = new Set(orgKw.filter((k) => k.length > 4));
  const r: LangRules = {
    stop: set(STOPWORDS),
    conn: set(CONNECTORS),
    roles: set(ROLES),
    orgKw,
    orgKwShort: new Set(orgKw.filter((k) => k.length <= 4)),
    orgKwLong,
    orgKwLongMax: Math.max(0, ...[...orgKwLong].map((k) => k.length)),
    orgKwBare: new Set(orgKw.map((k) => k.replace(BARE_END, ''))),
    orgKwExact: new Set(),
    locCues: set(LOC_CUES),
    demonyms: set(DEMONYMS),
    cyrOrPl: ['ru', 'uk', 'bg', 'pl'].includes(lang),
    lang,
    orgMemo: new Map(),
    articles: new Set(ls.flatMap((l) => ARTICLES[l] ?? [])),
    givenStems: new Set(),
    roleStems: new Set(),
    words: new Map(),
    raws: new RawTable(),
    lowIds: new Map(),
    lowSeen: new Int32Array(1024),
    // (media too, so that inflected forms match: "na Twitterze", "w Gazecie Wyborczej")
    knownOrg: keySet(
      [...KNOWN_ORGS, ...MEDIA].filter((x) => !KNOWN_EXACT.has(x) && !/^[\p{Lu}\p{N}.&-]+$/u.test(x)),
      lang,
    ),
    knownPer: keySet(KNOWN_PERSONS, lang),
    initials: new Map(),
  };
  if (r.cyrOrPl) for (const x of r.roles) if (x.length >= 4) r.roleStems.add(stemToken(x, lang));
  if (['ru', 'uk', 'bg', 'pl'].includes(lang)) for (const n of givenNames()) if (n.length >= 3) r.givenStems.add(stemToken(n, lang));
  // English cues are common in every language's articles (media names, quoted titles).
  if (lang !== 'en') {
    for (const k of ORG_KEYWORDS.en) if (k.length >= 5) r.orgKwExact.add(foldToken(k)).add(`${foldToken(k)}s`);
    for (const d of DEMONYMS.en) r.demonyms.add(d);
  }
  rulesCache.set(lang, r);
  return r;
}

/** Known organisations matched as written: acronyms, codes, names starting in lower case ("n-tv"). */
const KNOWN_EXACT = new Set(KNOWN_ORGS.filter((x) => /^[\p{Lu}\p{N}.&-]+$/u.test(x) || /^\p{Ll}/u.test(x)));
/** Lower-case known organisations ("n-tv", "dpa"), by token text. */
const KNOWN_LOWER = new Set([...KNOWN_EXACT, ...MEDIA].filter((x) => /^\p{Ll}/u.test(x) && !x.includes(' ')));
/** Folded date words (`DATE_WORDS`). */
const DATE_SET = new Set(DATE_WORDS.map(foldToken));
/** Acronyms that are not organisations (`NON_ORG_ACRONYMS`), upper case. */
const NON_ORG = new Set(NON_ORG_ACRONYMS.map((x) => x.toUpperCase()));
/** Folded kinship nouns (`KIN_WORDS`). */
const KIN = new Set(KIN_WORDS.map(foldToken));
/** A code: letters then digits at the end ("MH17", "COVID-19", "CO2", "A320"). */
const CODE_RE = /^\p{L}[\p{L}.-]*-?\d+$/u;
/** A plural acronym ("VPNs", "NGOs"). */
const PLURAL_ACR = /^\p{Lu}{2,}s$/u;
/** A Roman numeral, with an ordinal ending ("XX", "XXe", "XIXth"). */
const ROMAN_RE = /^[IVXLC]+(?:e|er|ème|th|st|nd|rd|-?lea)?$/u;
/** nameKeys of `names` under the article's language and English. */
function keySet(names: string[], lang: string): Set<string> {
  const s = new Set<string>();
  for (const x of names) {
    s.add(nameKey(x, lang));
    s.add(nameKey(x, 'en'));
  }
  s.delete('');
  return s;
}

const ORG_ADJ = new Map(Object.entries(ORG_ADJECTIVES).map(([l, xs]) => [l, new Set(xs.map(foldToken))]));
const MEDIA_KEYS = new Set(MEDIA.map((m) => nameKey(m, 'en')));
const NOUN_SUFFIX_RE = new RegExp(`(?:${NOUN_SUFFIXES.join('|')})$`, 'u');
const ADJ_RE = new Map(Object.entries(ADJ_ENDINGS).map(([l, es]) => [l, new RegExp(`^\\p{L}{3,}?(?:${es.join('|')})$`, 'u')]));
/** Name particles that may stand inside a person's name. */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'du',
  'von',
  'van',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
]);

/** Nouns of administrative regions: "Запорізька область", "obwodzie charkowskim" (stemmed keys). */
const REGION_NOUNS = new Set(
  ['область', 'области', 'районі', 'район', 'край', 'краю', 'округ', 'oblast', 'obwód', 'województwo', 'powiat', 'област'].map((x) =>
    stemToken(x, /[а-я]/.test(x) ? 'ru' : 'pl'),
  ),
);
/** Genitive-looking endings (Cyrillic, Polish) for the tail of an organisation name. */
const GENITIVE_END = /(?:и|ы|а|я|ого|его|ой|ей|ів|ов|ев|их|ых|ії|ї|ій|ий|ам|ям|ами|ями|ciej|ej|ego|ych|ich|ów|y|i|a)$/u;
/** Polish adjective endings (any case), not the verb ending -ją ("ufają"). */
const PL_ADJ_END = /(?:[^j]ą|y|i|a|e|ej|ego|emu|ym|im|ych|ich)$/u;
/** Past-tense / infinitive endings (ru, uk, pl): a verb ends a name's lower-case tail. */
const VERB_END_RE = /(?:ли|ла|ло|ся|сь|ть|ти|ł|ła|li|ły|ać|ić|eć)$/u;
const PAST_MASC_RE = /(?:ил|ел|ал|ял|ыл|ув|ав|ив)$/u;
const VERB_END = { test: (low: string): boolean => VERB_END_RE.test(low) || (low.length >= 5 && PAST_MASC_RE.test(low)) };
/** Generic keyword nouns that do not make an organisation after a sentence-initial adjective. */
const WEAK_KW = new Set(
  ['канал', 'канали', 'каналы', 'група', 'группа', 'grupa', 'kanał', 'kanały', 'центр', 'рух', 'движение', 'фронт'].map((x) =>
    stemToken(x, /[а-яії]/.test(x) ? 'ru' : 'pl'),
  ),
);
/** "perto de Goma", "near to", "près de", "cerca de": a locative word + "of". */
/** Per-language lower-case sets of a `Partial<Record<Lang, string[]>>` table (folded). */
function langSets(tab: Partial<Record<Lang, string[]>>): Map<string, Set<string>> {
  return new Map(Object.entries(tab).map(([l, xs]) => [l, new Set((xs ?? []).map(foldToken))]));
}
const EMPTY_SET = new Set<string>();
const PLACE_HEAD = langSets(PLACE_HEADS);
const ORG_PREFIX = langSets(ORG_PREFIX_DROP);
const ORG_QUOTE = langSets(ORG_QUOTE_HEADS);
const ORG_CUE = langSets(ORG_CUE_NOUNS);
const ORG_TAIL_CONN = langSets(ORG_TAIL_CONNECTORS);
const ORG_CAP_ONLY = langSets(ORG_KEYWORDS_CAP_ONLY);
const PLACE_CUE = langSets(PLACE_CUE_NOUNS);
/** German compound heads as one suffix RegExp per language (built once). */
const ORG_COMPOUND_RE = new Map(
  Object.entries(ORG_COMPOUND_HEADS).map(([l, xs]) => [l, new RegExp(`\\p{L}{3,}(?:${(xs ?? []).map(foldToken).join('|')})$`, 'u')]),
);
/** German compound heads that make an organisation of a lone word (`ORG_COMPOUND_HEADS_LONE`, folded), and the exceptions. */
const ORG_LONE_HEADS = new Map(Object.entries(ORG_COMPOUND_HEADS_LONE).map(([l, xs]) => [l, (xs ?? []).map(foldToken)]));
const ORG_LONE_NOT = langSets(ORG_COMPOUND_NOT);
/** Whether a folded word is a compound with an institution head (three letters at least before it), not an exception. */
function loneCompoundOrg(low: string, lang: string): boolean {
  const heads = ORG_LONE_HEADS.get(lang);
  if (!heads || low.length < 6) return false;
  for (const h of heads) if (low.length - h.length >= 3 && low.endsWith(h)) return !ORG_LONE_NOT.get(lang)?.has(low);
  return false;
}
/** Opening quotation marks that may enclose an organisation's name after an organisation-type word. */
/** Whether a code unit is an opening quotation mark: « „ " “ */
function isOpenQ(c: number): boolean {
  return c === 0xab || c === 0x201e || c === 0x22 || c === 0x201c;
}
/** Whether a code unit is a closing quotation mark: » “ " ” */
function isCloseQ(c: number): boolean {
  return c === 0xbb || c === 0x201c || c === 0x22 || c === 0x201d;
}
const NEAR = new Set(['perto', 'cerca', 'près', 'pres', 'near', 'nahe', 'vicino', 'proximité', 'arredores', 'alrededores', 'outskirts']);
const NEAR_CONN = new Set(['de', 'of', 'di', 'do', 'da', 'du', 'des', 'del', 'von']);
/** German compound role titles: "Kommissionspräsidentin", "Außenministerin", "Regierungssprecher". */
const DE_ROLE_HEAD =
  /\p{L}{3,}(?:prasident|prasidentin|minister|ministerin|sprecher|sprecherin|chef|chefin|kanzler|kanzlerin|vorsitzender|vorsitzende|leiter|leiterin)$/u;
/** What stands between two items of a list: a comma or "and". */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:and|et|und|y|e|i|и|і|та|oraz|ou|o|or|или|або)\s+|\s*,\s*(?:and|et|und|y|e|i|и|і|та|oraz)\s+)$/u;
/** Connectors that join words only inside an organisation's name. */
const ORG_CONN = new Set(['and', 'on', 'for', 'et', 'pour', 'und', 'für', 'y', 'e', 'para', 'per', 'i', 'и', 'і', 'та']);
/** "and"-like connectors: one at most between the parts of a name ("NBC News and the AP" is two names). */
const AND_CONN = new Set(['and', 'et', 'und', 'y', 'e', 'i', 'и', 'і', 'та']);
/** Connectors opening a subject tail: "з питань", "по делам", "do spraw". */
const SUBJECT_CONN = new Set(['з', 'із', 'по', 'у', 'do']);
const CYR_RE = /[\u0400-\u04ff]/;
function sameScript(a: Tok, b: Tok): boolean {
  return a.w.cyr === b.w.cyr;
}

/** Elided prefixes written with a capital that open surnames before a capital ("D'Alema", "Dell'Utri"). */
const NAME_ELISION = new Set(['D', 'Dell']);
const ELISION = /^(l|d|j|n|s|c|m|t|qu|dell|all|nell|sull|dall|un|quell|nessun)['’](.+)$/i;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
/** Cheap pre-check for acronyms: two capitals or a capital and a digit among the first characters. */
const UPPER2 = /^[\p{Lu}\d.&-]{0,3}\p{Lu}[\p{Lu}\d.&-]/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2}|\p{Lu}\d)[\p{Lu}\d.&-]{2,8}$/u;
const PARTICLE = /^(al|el|ul|ad|an|as|ash|az|at|bin|ben|ibn)-\p{Lu}/u;
/** Gap classes (`gapClass`): only blanks; a dot then blanks; a sentence break. */
const GAP_WS = 1;
const GAP_DOT_WS = 2;
const GAP_BREAK = 4;
/** Break characters of a gap: . ! ? … : ; " « » “ ” „ ( ) [ ] — – and newline. */
const BREAK_CHARS = new Set([...'.!?…:;"«»“”„()[]—–\n'].map((c) => c.charCodeAt(0)));
/** Whether a code unit is a blank within a line (space, tab, no-break space). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
/**
 * Classes of the gap `src[a..b)` between two tokens, as bits: `GAP_WS` for /^[ \t\u00a0]+$/,
 * `GAP_DOT_WS` for /^\.[ \t\u00a0]+$/, `GAP_BREAK` for /[.!?…:;"«»“”„()[\]—–]|\s-\s|\n/.
 */
function gapClass(src: string, a: number, b: number): number {
  let allBlank = b > a;
  let brk = false;
  for (let k = a; k < b; k++) {
    const c = src.charCodeAt(k);
    if (!isBlank(c)) allBlank = false;
    if (BREAK_CHARS.has(c)) brk = true;
    else if (c === 45 && k > a && k + 1 < b && isJsSpace(src.charCodeAt(k - 1)) && isJsSpace(src.charCodeAt(k + 1))) brk = true;
  }
  let dotWs = false;
  if (b - a >= 2 && src.charCodeAt(a) === 46) {
    dotWs = true;
    for (let k = a + 1; k < b; k++) if (!isBlank(src.charCodeAt(k))) dotWs = false;
  }
  return (allBlank ? GAP_WS : 0) | (dotWs ? GAP_DOT_WS : 0) | (brk ? GAP_BREAK : 0);
}
const SINGLE_UPPER = /^\p{Lu}$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const END_PUNCT = /[.!?]$/;
const DIGITS = /^\d+$/;
/** Caches of `LangRules.words/raws` are emptied (between articles) beyond this many raw tokens. */
const WORD_CACHE_MAX = 200_000;
/** Number of the current run (stamps `Word.seen`). */
let runNo = 0;

/** Number of a folded form under rules `r` (assigned on first sight; `lowSeen` grows to hold it). */
function lowIdOf(low: string, r: LangRules): number {
  let id = r.lowIds.get(low);
  if (id === undefined) {
    id = r.lowIds.size;
    r.lowIds.set(low, id);
    if (id >= r.lowSeen.length) {
      const grown = new Int32Array(r.lowSeen.length * 2);
      grown.set(r.lowSeen);
      r.lowSeen = grown;
    }
  }
  return id;
}

/** Facts of one token text under rules `r` (cached; see `Word`). */
function wordOf(t: string, r: LangRules): Word {
  const hit = r.words.get(t);
  if (hit) return hit;
  const low = foldToken(t);
  const stop = r.stop.has(low);
  const role = r.roles.has(low);
  const demonym = r.demonyms.has(low);
  const deHead = r.lang === 'de' && DE_ROLE_HEAD.test(low);
  // (fields most read first: fewer cache lines per visit)
  const w: Word = {
    t,
    low,
    w: undefined as unknown as Word,
    cap: UPPER.test(t) || PARTICLE.test(t),
    acr: t.length >= 2 && t.length <= 8 && UPPER2.test(t) && ACRONYM.test(t) && !DIGITS.test(t),
    lowId: lowIdOf(low, r),
    stop,
    conn: r.conn.has(low),
    role,
    weakBase: stop || role || demonym,
    demonym,
    gzAcr: undefined,
    starts: undefined,
    place: undefined,
    org: undefined,
    roleFull: undefined,
    tkey: undefined,
    keyEn: undefined,
    locCue: r.locCues.has(low),
    article: r.articles.has(low),
    speech: speechVerbs(r).has(low),
    deHead,
    single: SINGLE_UPPER.test(t),
    initial: INITIAL.test(t),
    endP: END_PUNCT.test(t),
    cyr: CYR_RE.test(t),
    klow: KNOWN_LOWER.has(t),
    given: undefined,
    gn: undefined,
    lone: undefined,
    nkL: undefined,
    nkE: undefined,
    icap: undefined,
    obl: undefined,
    caps: undefined,
    lorg: undefined,
    nounSuf: undefined,
    adj: undefined,
    key: t,
    next: undefined,
    off: 0,
    len: t.length,
    poss: false,
  };
  w.w = w;
  r.words.set(t, w);
  return w;
}

/** Pieces of one raw token (elision split, possessive removed; cached by the caller in `LangRules.raws`). */
function piecesOf(raw: string, r: LangRules): Piece {
  const piece = (p: string, off: number, next: Piece | undefined): Piece => {
    const n = p.length;
    // possessive: /^(.+?)['’]s$/u
    const poss = n >= 3 && p.charCodeAt(n - 1) === 115 && (p[n - 2] === "'" || p[n - 2] === '’');
    return { key: raw, next, w: wordOf(poss ? p.slice(0, -2) : p, r), off, len: n, poss };
  };
  const el = raw.includes("'") || raw.includes('’') ? ELISION.exec(raw) : null;
  // (not a surname: "D'Alema", "D'Ormesson", "Dell'Utri" - capital "D'"/"Dell'" before a capital)
  if (el?.[1] && el[2] && !(NAME_ELISION.has(el[1]) && UPPER.test(el[2])))
    return piece(el[1], 0, piece(el[2], el[1].length + 1, undefined));
  const one = piece(raw, 0, undefined);
  return one.poss ? one : one.w;
}

/** Character classes of UTF-16 code units (BMP code points), filled on first sight: 0 unknown. */
const CLS = new Uint8Array(65536);
const CLS_OTHER = 1;
const CLS_LN = 2;
const CLS_LU = 3;
const LN_RE = /^[\p{L}\p{N}]$/u;
const LU_RE = /^\p{Lu}$/u;
/** Class of one code point (`CLS_*`): letter or number (`\p{L}`, `\p{N}`), upper-case letter, other. */
function classOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LU_RE.test(ch) ? CLS_LU : LN_RE.test(ch) ? CLS_LN : CLS_OTHER;
}
const astralCls = new Map<number, number>();
/**
 * Class of the code point at UTF-16 offset `p` of `s` (`CLS_*`); for a surrogate pair the
 * class is returned as a negative number (two code units).
 */
function clsAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c < 0xd800 || c > 0xdbff) {
    let k = CLS[c] as number;
    if (k === 0) k = CLS[c] = classOf(c);
    return k;
  }
  const d = s.charCodeAt(p + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return CLS_OTHER; // lone surrogate: not a letter
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let k = astralCls.get(cp);
  if (k === undefined) {
    k = classOf(cp);
    astralCls.set(cp, k);
  }
  return -k;
}
/** Joiners inside a token: ’ ' ʼ . & - */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 0x2bc || c === 46 || c === 38 || c === 45;
}

/** Entry flags of `RawTable` (facts of the first piece's word, and of the raw token). */
const F_CAP = 1;
const F_ACR = 2;
const F_SINGLE = 4;
const F_ENDP = 8;
/** The raw token has two pieces (elision). */
const F_SPLIT = 16;
/** The first piece ends with a possessive. */
const F_POSS = 32;
/** The first piece is a lower-case well-known organisation (`Word.klow`). */
const F_KLOW = 64;

/** Int32 cells per `RawTable` slot: hash, entry + 1 with the `F_*` flags in bits 24-31, pool offset, length. */
const SLOT = 4;
/** Mask of the entry + 1 in a slot's second cell (entries are far fewer: `WORD_CACHE_MAX`). */
const ENTRY_MASK = 0xffffff;

/**
 * Raw token texts -> pieces: an open-addressing hash table looked up by a range of the source,
 * so that a known token costs no substring and no object visit. A slot holds, in `SLOT`
 * consecutive cells of `slots` (16 bytes), the FNV-1a hash of the token's UTF-16 code units,
 * its entry + 1 (0: empty slot) with its `F_*` flags shifted left by 24, the offset of its text
 * in `pool` and its length; entries hold the first piece in `heads`, its word in `words` and the
 * `Word.lowId` of the first piece in `lowIds`. Load factor at most 1/2.
 */
class RawTable {
  slots = new Int32Array(SLOT << 13);
  mask = (1 << 13) - 1;
  pool = new Uint16Array(1 << 15);
  poolLen = 0;
  heads: Piece[] = [];
  words: Word[] = [];
  lowIds = new Int32Array(1 << 12);
  /** Number of entries. */
  get size(): number {
    return this.heads.length;
  }
  clear(): void {
    this.slots = new Int32Array(SLOT << 13);
    this.mask = (1 << 13) - 1;
    this.pool = new Uint16Array(1 << 15);
    this.poolLen = 0;
    this.heads = [];
    this.words = [];
    this.lowIds = new Int32Array(1 << 12);
  }
  /** Cell index (multiple of `SLOT`) of the slot of raw token `src[a..b)` with hash `h`, or -1. */
  find(src: string, a: number, b: number, h: number): number {
    const len = b - a;
    const { slots, pool, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const c = i * SLOT;
      if (slots[c + 1] === 0) return -1;
      if (slots[c] === h && slots[c + 3] === len) {
        const off = slots[c + 2] as number;
        let q = 0;
        while (q < len && pool[off + q] === src.charCodeAt(a + q)) q++;
        if (q === len) return c;
      }
    }
  }
  /** Add the raw token `src[a..b)` (hash `h`, not present) with its pieces; returns its slot's cell index. */
  add(src: string, a: number, b: number, h: number, head: Piece): number {
    const e = this.heads.length;
    const len = b - a;
    if (this.poolLen + len > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + len));
      p.set(this.pool);
      this.pool = p;
    }
    for (let q = 0; q < len; q++) this.pool[this.poolLen + q] = src.charCodeAt(a + q);
    const w = head.w;
    this.heads.push(head);
    this.words.push(w);
    if (e >= this.lowIds.length) {
      const l = new Int32Array(this.lowIds.length * 2);
      l.set(this.lowIds);
      this.lowIds = l;
    }
    this.lowIds[e] = w.lowId;
    if ((this.heads.length + 1) * 2 > this.mask) this.grow();
    let i = h & this.mask;
    while (this.slots[i * SLOT + 1] !== 0) i = (i + 1) & this.mask;
    const c = i * SLOT;
    const sl = this.slots;
    sl[c] = h;
    sl[c + 2] = this.poolLen;
    sl[c + 3] = len;
    const fl =
      (w.cap ? F_CAP : 0) |
      (w.acr ? F_ACR : 0) |
      (w.single ? F_SINGLE : 0) |
      (w.endP ? F_ENDP : 0) |
      (head.next ? F_SPLIT : 0) |
      (head.poss ? F_POSS : 0) |
      (w.klow ? F_KLOW : 0);
    sl[c + 1] = (e + 1) | (fl << 24);
    this.poolLen += len;
    return c;
  }
  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(SLOT * cap);
    this.mask = cap - 1;
    for (let c = 0; c < old.length; c += SLOT) {
      if (old[c + 1] === 0) continue;
      let j = (old[c] as number) & this.mask;
      while (this.slots[j * SLOT + 1] !== 0) j = (j + 1) & this.mask;
      this.slots.set(old.subarray(c, c + SLOT), j * SLOT);
    }
  }
}

/**
 * Tokenise `src` (the title, or the text) into `out`, offsets shifted by `base` (UTF-16) so
 * that they index `${title}\n\n${text}`. A token is what
 * `/(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'ʼ.&-][\p{L}\p{N}]+){0,}/gu` matches ("U.S.", "al-Assad",
 * "AT&T", "L’Arena"), scanned by hand with a per-code-unit class table. Tokens starting before
 * offset `titleEnd` (of `src`) are in a title-case headline (all capitalised words weak). Marks
 * the lower-case forms seen (`Word.seen = runNo` on `Word.lw`). A newline in a gap starts a
 * sentence, as the first token does.
 */
function tokenize(src: string, base: number, titleEnd: number, out: Tok[], r: LangRules): void {
  let prevEnd = 0;
  let first = true;
  const stamp = runNo;
  const len = src.length;
  const table = r.raws;
  let lowSeen = r.lowSeen;
  /** Facts of the previous token: one capital letter, ends with . ! ? */
  let prevSingle = false;
  let prevEndP = false;
  let p = 0;
  while (p < len) {
    // next letter or number
    let k = clsAt(src, p);
    if (k === CLS_OTHER || k === -CLS_OTHER) {
      p += k < 0 ? 2 : 1;
      continue;
    }
    const start = p;
    let q = p;
    // (?:\p{Lu}\.){2,}
    let reps = 0;
    for (;;) {
      const kq = q < len ? clsAt(src, q) : 0;
      const w = kq < 0 ? 2 : 1;
      if ((kq === CLS_LU || kq === -CLS_LU) && src.charCodeAt(q + w) === 46) {
        q += w + 1;
        reps++;
      } else break;
    }
    // FNV-1a hash of the token's code units (computed while scanning)
    let h = 0x811c9dc5 | 0;
    if (reps < 2) {
      // [\p{L}\p{N}]+(?:[’'ʼ.&-][\p{L}\p{N}]+)*
      q = p;
      for (;;) {
        while (q < len) {
          k = clsAt(src, q);
          if (k === CLS_OTHER || k === -CLS_OTHER) break;
          h = Math.imul(h ^ src.charCodeAt(q), 0x01000193);
          if (k < 0) {
            h = Math.imul(h ^ src.charCodeAt(q + 1), 0x01000193);
            q += 2;
          } else q++;
        }
        if (q + 1 < len) {
          const cj = src.charCodeAt(q);
          if (isJoiner(cj)) {
            const kj = clsAt(src, q + 1);
            if (kj !== CLS_OTHER && kj !== -CLS_OTHER) {
              h = Math.imul(h ^ cj, 0x01000193);
              q++;
              continue;
            }
          }
        }
        break;
      }
    } else for (let x = start; x < q; x++) h = Math.imul(h ^ src.charCodeAt(x), 0x01000193);
    const end = q;
    p = q;
    let ws: boolean;
    let dotWs: boolean;
    let brk: boolean;
    if (start - prevEnd === 1 && src.charCodeAt(prevEnd) === 32) {
      ws = true;
      dotWs = false;
      brk = false;
    } else {
      const g = gapClass(src, prevEnd, start);
      ws = (g & GAP_WS) !== 0;
      dotWs = (g & GAP_DOT_WS) !== 0;
      brk = (g & GAP_BREAK) !== 0;
    }
    let c = table.find(src, start, end, h);
    if (c < 0) {
      c = table.add(src, start, end, h, piecesOf(src.slice(start, end), r));
      lowSeen = r.lowSeen; // (grown by new words)
    }
    const slots = table.slots;
    const cell = slots[c + 1] as number;
    const e = (cell & ENTRY_MASK) - 1;
    const titleCase = start < titleEnd;
    const fl = cell >>> 24;
    if ((fl & F_SPLIT) === 0) {
      // one piece: facts from the entry's flags, the word is not visited
      const cap = (fl & F_CAP) !== 0;
      const acr = (fl & F_ACR) !== 0;
      const afterInitial = !first && prevSingle && dotWs;
      const sentStart = !afterInitial && (first || brk || prevEndP);
      if (!cap && !acr) lowSeen[table.lowIds[e] as number] = stamp;
      const ti = out.length;
      out.push(
        tok(
          ti,
          table.words[e] as Word,
          base + start,
          base + end,
          cap,
          acr,
          sentStart || (titleCase && cap),
          afterInitial || (!first && ws),
          (fl & F_POSS) !== 0,
          false,
          (fl & F_KLOW) !== 0,
        ),
      );
      prevSingle = (fl & F_SINGLE) !== 0;
      prevEndP = (fl & F_ENDP) !== 0;
    } else {
      let idx = 0;
      for (let pc: Piece | undefined = table.heads[e]; pc !== undefined; pc = pc.next, idx++) {
        const w = pc.w;
        const afterInitial = !first && prevSingle && dotWs;
        const sentStart = idx === 0 && !afterInitial && (first || brk || prevEndP);
        if (!w.cap && !w.acr) lowSeen[w.lowId] = stamp;
        const ti = out.length;
        out.push(
          tok(
            ti,
            w,
            base + start + pc.off,
            base + start + pc.off + pc.len,
            w.cap,
            w.acr,
            sentStart || (titleCase && w.cap),
            idx > 0 || afterInitial || (!first && ws),
            pc.poss,
            idx === 0,
            w.klow,
          ),
        );
        prevSingle = w.single;
        prevEndP = w.endP;
      }
    }
    first = false;
    prevEnd = end;
  }
}

interface Span {
  toks: Tok[];
  text: string;
  kind: Kind | null;
  roleCue: boolean;
  locCue: boolean;
  /** A speech verb or "administration" word stands right before or after ("said Smith", "Smith sagte"). */
  speechCue: boolean;
  sentInitial: boolean;
  /** Typed a place only by a preposition before it ("a Biden" may be a person). */
  weakLoc: boolean;
  /** A cue noun of `ORG_CUE_NOUNS` introduces the span ("l'usine Verlaine Emballages"). */
  orgCue?: boolean;
  /** A role title follows after a comma, within three words ("Amin Nasser, chief executive of"). */
  roleAfter?: boolean;
  /** A cue noun of `PLACE_CUE_NOUNS` stands right before ("wsiami Olszanka"). */
  placeCue?: boolean;
  /** The token after the span (if joined to it). */
  next: Tok | undefined;
  /** lazy: nameKey of the text in the article's language / in English (`spanKey`; set once toks are final). */
  keyL?: string;
  keyE?: string;
}

const WS_RUN = /\s+/g;
const POSS_END = /['’]s$/u;
/**
 * Text of a span: `src` from its first token's start to its last token's end, whitespace runs
 * made one space, a final possessive 's dropped. Only the gaps between tokens can hold
 * whitespace, so the whitespace regex runs only when some gap is not one plain space. One
 * token's text is its word's (`Word.t`, equal to the source range with the possessive dropped).
 */
function spanText(toks: Tok[], src: string): string {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return '';
  // one token: its text is the word's (possessive dropped, elided article apart): the word's
  // string carries a cached hash for the Map and Set lookups of the span's text
  if (toks.length === 1) return first.w.t;
  let plain = true;
  for (let k = 1; k < toks.length && plain; k++) {
    const a = (toks[k - 1] as Tok).e;
    const b = (toks[k] as Tok).s;
    if (b - a !== 1 || src.charCodeAt(a) !== 32) {
      for (let q = a; q < b; q++) if (isJsSpace(src.charCodeAt(q))) plain = false;
    }
  }
  let s = src.slice(first.s, last.e);
  if (!plain) s = s.replace(WS_RUN, ' ');
  return s.charCodeAt(s.length - 1) === 115 ? s.replace(POSS_END, '') : s;
}

/** Joiners of `NAME_TOKEN` (normalize.ts): ' ’ ʼ . - */
function isNameJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 46 || c === 45;
}

/**
 * `nameKey(spanText(toks, src), lang)` computed from the tokens' words (each word's own nameKey,
 * cached on it, joined by spaces), or `undefined` when that would differ from the text's key:
 * a possessive before the last token, or two tokens with nothing or one name joiner between
 * them (an elision "L’Arena", "U.S.A"), which NAME_TOKEN reads as one token. `en`: English keys.
 */
function tokKeys(toks: Tok[], src: string, lang: string, en: boolean): string | undefined {
  let out = '';
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (k > 0) {
      const a = (toks[k - 1] as Tok).e;
      const b = t.s;
      if (b === a || (b - a === 1 && isNameJoiner(src.charCodeAt(a)))) return undefined;
      if ((toks[k - 1] as Tok).poss) return undefined;
    }
    const w = t.w;
    let v = en ? w.nkE : w.nkL;
    if (v === undefined) {
      v = nameKey(w.t, en ? 'en' : lang);
      if (en) w.nkE = v;
      else w.nkL = v;
    }
    if (!v) continue;
    out = out ? `${out} ${v}` : v;
  }
  return out;
}

/** `nameKey(sp.text, lang)` (or English keys with `en`), from the tokens when possible (`tokKeys`). */
function spanKey(sp: Span, src: string, lang: string, en: boolean): string {
  const hit = en ? sp.keyE : sp.keyL;
  if (hit !== undefined) return hit;
  const v = tokKeys(sp.toks, src, lang, en) ?? nameKey(sp.text, en ? 'en' : lang);
  if (en) sp.keyE = v;
  else sp.keyL = v;
  return v;
}

function isOrgKeyword(low: string, r: LangRules): boolean {
  const m = r.orgMemo.get(low);
  if (m !== undefined) return m;
  let v = isOrgKeywordRaw(low, r);
  // German "Koch-Institut", "EU-Kommission": a hyphenated compound ends with its head
  if (!v && r.lang === 'de') {
    const h = low.lastIndexOf('-');
    if (h > 0 && low.length - h > 4) v = isOrgKeywordRaw(low.slice(h + 1), r);
  }
  if (r.orgMemo.size < 50000) r.orgMemo.set(low, v);
  return v;
}

/** `isOrgKeyword` of a token (cached on its word). */
function org(t: Tok, r: LangRules): boolean {
  const w = t.w;
  let v = w.org;
  if (v === undefined) v = w.org = isOrgKeyword(w.low, r);
  return v;
}

/** Whether any token of `ts` is an organisation keyword. */
function anyOrg(ts: Tok[], r: LangRules): boolean {
  for (let k = 0; k < ts.length; k++) if (org(ts[k] as Tok, r)) return true;
  return false;
}

function isOrgKeywordRaw(low: string, r: LangRules): boolean {
  if (r.roles.has(low)) return false;
  if (r.lang === 'de' && DE_ROLE_HEAD.test(low)) return false;
  if (r.orgKwExact.has(low)) return true;
  const st = stemToken(low, r.lang);
  // some keyword k: k.length <= 4 ? st === k || low === k : st.startsWith(k)
  if (r.orgKwShort.has(st) || r.orgKwShort.has(low)) return true;
  const max = Math.min(st.length, r.orgKwLongMax);
  for (let n = 5; n <= max; n++) {
    if (!r.orgKwLong.has(st.slice(0, n))) continue;
    // German compounds name their head last: "Regierungsmaschine" is a plane, not a government
    if (r.lang !== 'de' || st.length - n <= 3) return true;
  }
  return false;
}

const PROPER_KW = new Set(PROPER_KEYWORDS.map(foldToken));
/** A lone keyword noun ("Sender", "Organisation", "Consiglio"): the keyword itself, inflected at most. */
function isGenericKeyword(t: Tok, r: LangRules): boolean {
  if (PROPER_KW.has(t.low) || PROPER_KW.has(stemToken(t.low, r.lang))) return false;
  // a German compound names its institution ("Verteidigungsministerium", "Außenministerium")
  if (t.low.length >= 14) return false;
  if (!org(t, r)) return false;
  const st = stemToken(t.low, r.lang);
  // some keyword k: st === k || low === k || bare(low) === bare(k)
  if (r.orgKwShort.has(st) || r.orgKwLong.has(st) || r.orgKwShort.has(t.low) || r.orgKwLong.has(t.low)) return true;
  if (r.orgKwBare.has(t.low.replace(BARE_END, ''))) return true;
  return r.orgKwExact.has(t.low);
}

/** Speech verbs (single words) of the article's language, lower case. */
function speechVerbs(r: LangRules): Set<string> {
  if (!r.speech)
    r.speech = new Set(
      [...speechTable(r.lang).verbs, ...(ADMIN_WORDS[r.lang as Lang] ?? [])].filter((v) => !v.includes(' ')).map(foldToken),
    );
  return r.speech;
}

/** Whether a speech verb stands right before or right after the span (see `Span.speechCue`). */
function speechCueAt(ts: Tok[], toks: Tok[], r: LangRules): boolean {
  const f = ts[0];
  const l = ts[ts.length - 1];
  if (!f || !l) return false;
  const prev = toks[f.i - 1];
  const next = toks[l.i + 1];
  // German puts verbs last in subordinate clauses: "... Medienvielfalt plädiert"
  const afterOk = r.lang !== 'de' || !f.joined || f.sent;
  return (!!prev && f.joined && prev.w.speech) || (afterOk && !!next && next.joined && next.w.speech);
}

/** A role title, inflected in ru/uk/bg/pl ("председателем", "prezydenta"). */
function isRole(t: Tok, r: LangRules): boolean {
  const w = t.w;
  let v = w.roleFull;
  if (v === undefined) v = w.roleFull = w.role || (r.cyrOrPl && r.roleStems.has(stemToken(w.low, r.lang))) || w.deHead;
  return v;
}

/** Whether givenNames() holds the token's folded form. */
function inGiven(t: Tok): boolean {
  const w = t.w;
  let v = w.gn;
  if (v === undefined) v = w.gn = givenNames().has(w.low);
  return v;
}

/** A token that is a given name (or an initial "J."), folded and, in ru/uk/bg/pl, stemmed. */
function isGivenName(t: Tok, r: LangRules): boolean {
  const w = t.w;
  if (w.initial) return !t.el;
  let v = w.given;
  if (v === undefined) {
    const gn = givenNames();
    const h = w.low.indexOf('-');
    v = w.given = gn.has(w.low) || (h > 0 && gn.has(w.low.slice(0, h))) || r.givenStems.has(stemToken(w.low, r.lang));
  }
  return v;
}

/** tokenKey of a token in the article's language (cached). */
function keyL(t: Tok, lang: string): string {
  const w = t.w;
  let v = w.tkey;
  if (v === undefined) v = w.tkey = tokenKey(w.t, lang);
  return v;
}

/** tokenKey of a token under English rules (cached). */
function keyE(t: Tok): string {
  const w = t.w;
  let v = w.keyEn;
  if (v === undefined) v = w.keyEn = tokenKey(w.t, 'en');
  return v;
}

/** One entity with every surface form seen (for sources / quote speakers). */
export interface EntityGroup {
  kind: 'person' | 'organization' | 'location';
  /** Fullest form (the name reported in `extractEntities`). */
  name: string;
  /** Every form seen in the article, including `name`. */
  forms: string[];
}

/** See the module doc. Never throws. */
export function extractEntities(title: string, text: string, lang: string): Entities {
  const out: Entities = { persons: [], organizations: [], locations: [] };
  for (const g of extractEntityGroups(title, text, lang)) {
    if (g.kind === 'person') out.persons.push(g.name);
    else if (g.kind === 'organization') out.organizations.push(g.name);
    else out.locations.push(g.name);
  }
  return out;
}

/** Entities with their surface forms, in order of first mention. Never throws. */
export function extractEntityGroups(title: string, text: string, lang: string): EntityGroup[] {
  try {
    return run(title ?? '', text ?? '', lang || 'und');
  } catch {
    return [];
  }
}

/** Scratch "token already in a span" marks of `run`, reused between articles. */
let usedBuf = new Uint8Array(8192);

function run(title: string, text: string, lang: string): EntityGroup[] {
  const r = rulesFor(lang);
  if (r.raws.size > WORD_CACHE_MAX) {
    r.raws.clear();
    r.words.clear();
    r.lowIds.clear();
    r.lowSeen = new Int32Array(1024);
  }
  const stamp = ++runNo;
  const gz = gazetteer();
  const src = `${title}\n\n${text}`;
  const toks: Tok[] = [];
  const titleWords = title.match(/[\p{L}]+/gu) ?? [];
  const titleCaps = titleWords.filter((x) => UPPER.test(x)).length;
  const titleCase = titleWords.length >= 4 && titleCaps / titleWords.length > 0.6;
  // title and text apart (flat strings): the newlines between them start a sentence anyway
  const nl = title.indexOf('\n');
  tokenize(title, 0, titleCase ? (nl < 0 ? title.length : nl) : 0, toks, r);
  tokenize(text, title.length + 2, 0, toks, r);
  const n = toks.length;
  // lower-case vocabulary of the article (marked by tokenize): a capitalised word also seen in
  // lower case is a common word
  const lowSeen = r.lowSeen;
  const weak = (t: Tok): boolean => t.w.weakBase || lowSeen[t.w.lowId] === stamp;

  const spans: Span[] = [];
  if (usedBuf.length < n + 8) usedBuf = new Uint8Array(Math.max(n + 8, 2 * usedBuf.length));
  const used = usedBuf;
  used.fill(0, 0, n + 8);
  /** placeKey of tokens i..i+len-1 (see `placeOf`). */
  // (a multi-word key is a place only if its first word opens some multi-word place name)
  const placeKey = (ts: Tok[]): string | undefined =>
    ts.length === 1
      ? placeOf(ts[0] as Tok, lang, gz.places)
      : mayOpenPlace(ts[0] as Tok, lang, gz.starts)
        ? placeKeyOf(ts, 0, ts.length, lang, gz.places)
        : undefined;
  const portfolioAdj = ORG_ADJ.get(lang);
  const mk = (ts: Tok[], kind: Kind | null, i: number): Span => {
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    const joined0 = ts[0]?.joined === true;
    let roleCue: boolean;
    if (ts.length === 1) roleCue = !!prev && joined0 && (isRole(prev, r) || KIN.has(prev.low));
    else {
      // a role title up to three tokens before, in the same sentence ("minister. W Gazecie ..." is no cue),
      // or up to six over a portfolio or organisation with one lower-case word at most ("ministro degli
      // Esteri russo Serghiei Lavrov", "le directeur général de l'OMS, Tedros Adhanom Ghebreyesus")
      roleCue = false;
      let lowers = 0;
      let capsOver = false;
      for (let b = 1; b <= 6 && !roleCue; b++) {
        const x = toks[i - b];
        if (!x) break;
        if (isRole(x, r)) roleCue = b <= 3 || capsOver;
        else if (x.sent) break;
        else {
          // (portfolio adjectives do not count: "ministre des Affaires étrangères norvégienne Anniken Huitfeldt")
          if (!x.cap && !x.acr && !x.w.conn && !x.w.stop && !portfolioAdj?.has(x.low)) lowers++;
          if (x.cap || x.acr) capsOver = true;
          if (lowers > 1 && b >= 3) break;
        }
      }
      if (roleCue && ts[0]?.sent && !(prev && isRole(prev, r))) roleCue = false;
    }
    const l = ts[ts.length - 1];
    const nx = l ? toks[l.i + 1] : undefined;
    // cue nouns before: "l'usine X", "la empresa concesionaria, X" (one adjective, a comma at most)
    let orgCue = false;
    const oc = ORG_CUE.get(lang);
    if (oc && prev && !prev.cap) {
      const gap0 = src.slice(prev.e, ts[0]?.s ?? prev.e).trim();
      if (gap0 === '' || gap0 === ',')
        orgCue = oc.has(prev.low) || (!!prev2 && !prev2.cap && prev.joined && !prev.w.stop && !prev.w.conn && oc.has(prev2.low));
    }
    const pcs = PLACE_CUE.get(lang);
    const placeCue = !!pcs && !!prev && joined0 && !prev.cap && pcs.has(prev.low);
    // "Амин Насър, главен изпълнителен директор", "Penny Wong, the foreign minister": a role after a comma
    let roleAfter = false;
    if (ts.length >= 2 && l && src.charCodeAt(l.e) === 44) {
      for (let b = 1; b <= 3 && !roleAfter; b++) {
        const x = toks[l.i + b];
        if (!x || (b > 1 && !x.joined) || x.cap) break;
        if (isRole(x, r)) roleAfter = true;
      }
    }
    return {
      orgCue,
      roleAfter,
      placeCue,
      toks: ts,
      text: spanText(ts, src),
      kind,
      roleCue,
      locCue:
        !!prev &&
        joined0 &&
        (prev.w.locCue || (NEAR_CONN.has(prev.low) && !!prev2 && prev.joined && prev2.w.locCue && NEAR.has(prev2.low))),
      speechCue: speechCueAt(ts, toks, r),
      sentInitial: ts[0]?.sent ?? false,
      weakLoc: false,
      next: nx?.joined ? nx : undefined,
    };
  };
  /** Index in `spans` of the one-token place span of token `t` (-1: none). */
  const locSpanOf = (t: Tok | undefined): number => spans.findIndex((x) => x.kind === 'loc' && x.toks.length === 1 && x.toks[0] === t);

  // 2. gazetteer pass (longest match, up to 4 tokens, first token capitalised)
  for (let i = 0; i < n; i++) {
    const t0 = toks[i] as Tok;
    if (!(t0.cap || t0.acr)) continue;
    // shouted text ("PO PIERWSZE, NIE ZABIJAJ!"): a run of all-capital words (most capitals are followed by a lower-case word)
    const t1 = toks[i + 1];
    if (t1?.joined && (t1.cap || t1.acr) && capsWord(t0.w)) {
      unshout(toks, i, src, gz.acronyms, lang, gz.places);
      if (!(t0.cap || t0.acr)) continue;
    }
    const w0 = t0.w;
    let ga = w0.gzAcr;
    if (ga === undefined) ga = w0.gzAcr = gz.acronyms.has(w0.t);
    if (ga) {
      spans.push(mk([t0], 'loc', i));
      used[i] = 1;
      continue;
    }
    // only a token that opens some place name can start a multi-word match
    const oblStart = r.cyrOrPl && gz.oblStarts.has(oblOf(t0, lang));
    const maxN = startsPlace(t0, lang, gz.starts) || oblStart ? 4 : 1;
    for (let len = maxN; len >= 1; len--) {
      if (i + len > n) continue;
      let gapped = false;
      for (let k = i + 1; k < i + len; k++) if (!(toks[k] as Tok).joined) gapped = true;
      if (gapped) continue;
      if (len > 2) {
        const last = toks[i + len - 1] as Tok;
        if (!(last.cap || last.acr)) {
          let anyCap = false;
          for (let k = i + 1; k < i + len; k++) if ((toks[k] as Tok).cap) anyCap = true;
          // allow "Arabie saoudite", but not a capital word + common words in general
          if (!anyCap) continue;
        }
      }
      let pk = len === 1 ? placeOf(t0, lang, gz.places) : placeKeyOf(toks, i, len, lang, gz.places);
      // "Соединенных Штатов", "Wielkiej Brytanii": a case form of a multi-word place name
      let oblName: string | undefined;
      if (pk === undefined && len >= 2 && oblStart) {
        let ok = oblOf(t0, lang);
        for (let k = i + 1; k < i + len; k++) ok += ` ${oblOf(toks[k] as Tok, lang)}`;
        oblName = gz.oblique.get(ok);
        if (oblName !== undefined) pk = nameKey(oblName, lang);
      }
      if (pk === undefined) continue;
      // "Vatican", "Евросоюз", "Kremlin": well-known organisations that gazetteers list as places
      if (r.knownOrg.has(pk)) break;
      if (len === 1 && t0.w.demonym) break;
      // the end of an organisation's name: "Agência Brasil", "Radio France" (not "Ministère ... de France")
      const before = toks[i - 1];
      if (before && t0.joined && before.cap && !before.acr && org(before, r) && !before.w.role) break;
      // "New" alone etc: a one-word match must not be a weak sentence-initial word
      if (len === 1 && t0.sent && t0.w.stop) continue;
      // "Fernanda Lima", "Paris Hilton"? a given name right before makes the place word a surname
      if (before && t0.joined && before.cap && !before.acr && !before.w.stop && inGiven(before) && !placeOf(before, lang, gz.places)) break;
      // part of a longer capitalised name ("Jordan Peterson", "Kivu do Norte")? let the span pass decide
      const next = toks[i + len];
      if (next?.joined && next.cap && !next.acr && !gz.places.has(keyL(next, lang)) && !next.w.conn) break;
      const ps = mk(toks.slice(i, i + len), 'loc', i);
      // (grouped with the listed form: "Wielkiej Brytanii" / "Wielka Brytania")
      if (oblName !== undefined) {
        ps.keyL = pk;
        ps.keyE = nameKey(oblName, 'en');
      }
      spans.push(ps);
      for (let j = i; j < i + len; j++) used[j] = 1;
      i += len - 1;
      break;
    }
  }

  // 3. capitalised spans
  const adjs = ORG_ADJ.get(lang);
  for (let i = 0; i < n; i++) {
    const t0 = toks[i] as Tok;
    if (used[i]) continue;
    if (!(t0.cap || t0.acr)) {
      // "n-tv", "dpa": well-known organisations written in lower case
      if (t0.kl) {
        spans.push(mk([t0], 'org', i));
        used[i] = 1;
      }
      continue;
    }
    // lower-case organisation keyword right before ("ministère russe des Affaires étrangères")
    const ts: Tok[] = [t0];
    let j = i + 1;
    // компания «Теплосеть-Север», ТОВ «Будпроект-Захід», движение «Наш двор»: a quoted name after an
    // organisation-type word is the organisation's whole name (lower-case words included)
    let quoted = false;
    const qp = toks[i - 1];
    if (qp && isOpenQ(src.charCodeAt(t0.s - 1)) && qp.e <= t0.s - 1 && src.slice(qp.e, t0.s - 1).trim() === '') {
      const heads = ORG_QUOTE.get(lang);
      if ((heads?.has(qp.w.low) ?? false) || (!qp.cap && org(qp, r))) {
        for (let k = i; k < n && k < i + 5; k++) {
          const t = toks[k] as Tok;
          if (used[k] || (k > i && !t.joined)) break;
          if (isCloseQ(src.charCodeAt(t.e))) {
            for (let q = i + 1; q <= k; q++) ts.push(toks[q] as Tok);
            j = k + 1;
            quoted = true;
            break;
          }
        }
      }
    }
    while (j < n && !quoted) {
      const t = toks[j] as Tok;
      const last = ts[ts.length - 1] as Tok;
      // (but "Wirtschafts- und Korruptionsstaatsanwaltschaft": a German compound cut short before "und")
      if (used[j] || (!t.joined && !(lang === 'de' && src.charCodeAt(last.e) === 45 && last.e + 2 === t.s && AND_CONN.has(t.low)))) break;
      if (last.poss) break;
      if (t.cap || t.acr) {
        if (t.w.demonym && !org(ts[0] as Tok, r)) break;
        // "Amnesty International Эми О'Доннел": a change of script ends a name
        if (t.w.cyr !== last.w.cyr) break;
        if (t.sent && weak(t)) break;
        // "Länder Mitte November", "Trump Monday": a date word ends a name (not "Plácido Domingo")
        if (DATE_SET.has(t.low)) {
          const nx = toks[j + 1];
          if (!isGivenName(last, r) || (!!nx && (DATE_SET.has(nx.low) || DIGITS.test(nx.t)))) break;
        }
        ts.push(t);
        j++;
        continue;
      }
      if (t.w.conn) {
        // connectors, possibly two ("de la"), then a capitalised word
        let k = j;
        const conns: Tok[] = [];
        while (k < n && ((toks[k] as Tok).joined || k === j) && (toks[k] as Tok).w.conn && conns.length < 2) {
          conns.push(toks[k] as Tok);
          k++;
        }
        const after = toks[k];
        // "and"/"und"/"der"/"for"...: only inside an organisation's name ("Prawo i Sprawiedliwość",
        // "Partei der Arbeit"), never between two names or German nouns ("Einfluss der Sender")
        // "L’Arena di Massimo Giletti": a full name after the connector starts a new name
        const after2 = toks[k + 1];
        if (after && inGiven(after) && after2?.joined && after2.cap && !used[k + 1]) break;
        // German "von der Leyen": particles after a given name
        const deParticles = conns.every((c, ci) => c.low === 'von' || c.low === 'van' || (ci > 0 && (c.low === 'der' || c.low === 'den')));
        const orgOnly = conns.some((c) => ORG_CONN.has(c.low)) || (lang === 'de' && !(deParticles && ts.some((x) => isGivenName(x, r))));
        // "Wirtschafts- und Korruptionsstaatsanwaltschaft": a German compound cut short before "und"/"oder"
        const cut = lang === 'de' && conns.length === 1 && src.charCodeAt(last.e) === 45 && AND_CONN.has(conns[0]?.low ?? '');
        // a place closing an organisation's name: "Ministerio de Defensa de Rusia", "Bank of England"
        const placeIdx = after && used[k] && anyOrg(ts, r) && !(after2?.joined && after2?.cap) ? locSpanOf(after) : -1;
        if (placeIdx >= 0 && after) {
          spans.splice(placeIdx, 1);
          ts.push(...conns, after);
          j = k + 1;
          break;
        }
        if (
          after?.joined &&
          (after.cap || after.acr) &&
          !used[k] &&
          !after.w.stop &&
          (!orgOnly || cut || anyOrg(ts, r)) &&
          conns.length <= (orgOnly && (lang === 'de' || conns.some((c) => AND_CONN.has(c.low))) ? 1 : 2)
        ) {
          ts.push(...conns, after);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // Romance languages: a lower-case adjective ends an organisation's name ("Nations unies")
    if (adjs) {
      const a = toks[j];
      if (a?.joined && !a.cap && adjs.has(a.low) && !used[j]) {
        let kwNear = anyOrg(ts, r);
        for (let b = 1; !kwNear && b <= 3; b++) {
          const x = toks[i - b];
          kwNear = !!x && !x.cap && org(x, r);
        }
        let m = 0;
        while (kwNear && m < 2 && toks[j]?.joined && !toks[j]?.cap && adjs.has(toks[j]?.low ?? '') && !used[j]) {
          ts.push(toks[j] as Tok);
          j++;
          m++;
        }
      }
    }
    // "Organisation mondiale de la santé", "Cour des comptes", "Corte dei conti": a capitalised
    // keyword (+ adjectives) goes on through "de la"/"des"/"dei" to one lower-case noun (+ adjectives)
    const tailConn = ORG_TAIL_CONN.get(lang);
    if (tailConn && adjs) {
      // (the last capitalised word is the keyword, only adjectives after it: "La Cour", "Organisation mondiale")
      let q = ts.length - 1;
      while (q > 0 && !(ts[q] as Tok).cap && adjs.has((ts[q] as Tok).low)) q--;
      const kw = ts[q] as Tok;
      const plain = kw.cap && !kw.acr && org(kw, r);
      let k = j;
      while (plain && k < n && k < j + 2 && toks[k]?.joined && !toks[k]?.cap && tailConn.has(toks[k]?.low ?? '')) k++;
      const noun = toks[k];
      if (
        plain &&
        k > j &&
        noun?.joined &&
        !used[k] &&
        !noun.cap &&
        !noun.acr &&
        noun.t.length >= 3 &&
        !noun.w.stop &&
        !noun.w.conn &&
        !DATE_SET.has(noun.low) &&
        !DIGITS.test(noun.t)
      ) {
        // (not before a capitalised name: "Conseil de sécurité" ends there, "Tribunal de grande instance de Paris" is left alone)
        for (let x = j; x <= k; x++) ts.push(toks[x] as Tok);
        j = k + 1;
        let m = 0;
        while (m < 2 && toks[j]?.joined && !toks[j]?.cap && adjs.has(toks[j]?.low ?? '') && !used[j]) {
          ts.push(toks[j] as Tok);
          j++;
          m++;
        }
        // "Conseil des droits de l'Homme": connectors and one capitalised common word (not a
        // name of its own: "Conseil de sécurité de l'ONU", "... de France" end before it)
        let c = j;
        while (c < n && c < j + 2 && toks[c]?.joined && !toks[c]?.cap && tailConn.has(toks[c]?.low ?? '')) c++;
        const cw = toks[c];
        if (
          c > j &&
          cw?.joined &&
          cw.cap &&
          !cw.acr &&
          !used[c] &&
          !cw.w.stop &&
          !org(cw, r) &&
          placeOf(cw, lang, gz.places) === undefined &&
          !(toks[c + 1]?.joined && toks[c + 1]?.cap)
        ) {
          for (let x = j; x <= c; x++) ts.push(toks[x] as Tok);
          j = c + 1;
        }
      }
    }
    // initials continuation across ". " (tokenizer marks the next token sentence-initial)
    for (let k = 0; k < ts.length; k++)
      if ((ts[k] as Tok).w.single) {
        const nx = ts[k + 1];
        if (nx) nx.sent = false;
      }
    // Cyrillic / Polish: capitalised adjective(s) + lower-case adjectives + a keyword noun
    // ("Запорізької обласної військової адміністрації" -> org, "Запорізькій області" -> place)
    let forced: Kind | null = quoted ? 'org' : null;
    if (r.cyrOrPl && !org(ts[ts.length - 1] as Tok, r) && !(ts.length === 1 && t0.sent && weak(t0))) {
      let k = j;
      const low: Tok[] = [];
      let hit: Kind | null = null;
      while (k < n && low.length < 3) {
        const t = toks[k] as Tok;
        if (!t.joined || used[k] || t.cap || t.acr || t.w.stop || t.w.role || !sameScript(t, t0) || VERB_END.test(t.low)) break;
        low.push(t);
        k++;
        // "Rosjanie ufają telewizji": a non-adjective before the keyword ends the run
        if (lang === 'pl' && !org(t, r) && !PL_ADJ_END.test(t.t)) break;
        if (org(t, r)) hit = ts.length === 1 && t0.sent && low.length === 1 && WEAK_KW.has(stemToken(t.low, lang)) ? null : 'org';
        else if (REGION_NOUNS.has(stemToken(t.low, lang))) hit = 'loc';
        if (hit) break;
      }
      if (hit) {
        ts.push(...low);
        j = k;
        forced = hit;
      }
    }
    // Cyrillic / Polish organisation keyword with a lower-case genitive tail
    if (r.cyrOrPl && forced !== 'loc' && ts.findIndex((t) => org(t, r)) === ts.length - 1) {
      const kw = ts[ts.length - 1] as Tok;
      let k = j;
      const tail: Tok[] = [];
      while (k < n && tail.length < 3) {
        const t = toks[k] as Tok;
        if (!t.joined || used[k] || t.w.stop || t.cap || t.acr || !sameScript(t, kw)) break;
        tail.push(t);
        k++;
      }
      const capAfter = toks[k];
      const placeAfter = used[k] ? locSpanOf(capAfter) : -1;
      if (
        capAfter?.joined &&
        (capAfter.acr || (capAfter.cap && GENITIVE_END.test(capAfter.low) && !isGivenName(capAfter, r))) &&
        (!used[k] || placeAfter >= 0) &&
        !capAfter.w.stop
      ) {
        if (placeAfter >= 0) spans.splice(placeAfter, 1);
        ts.push(...tail, capAfter);
        j = k + 1;
        // "... України з надзвичайних ситуацій", "... по чрезвычайным ситуациям"
        const c = toks[j];
        if (c?.joined && SUBJECT_CONN.has(c.low)) {
          const more: Tok[] = [];
          let q = j + 1;
          while (q < n && more.length < 2) {
            const t = toks[q] as Tok;
            if (!t.joined || t.cap || t.acr || t.w.stop) break;
            more.push(t);
            q++;
          }
          const endTok = toks[q];
          if (more.length && (!endTok?.joined || endTok.w.stop || endTok.cap)) {
            ts.push(c, ...more);
            j = q;
          }
        }
      } else if (tail.length >= 1 && tail.length <= 3) {
        // keep the genitive words only: "Міністерство оборони", not "... повідомило"
        let g = 0;
        while (g < tail.length && GENITIVE_END.test((tail[g] as Tok).low) && !VERB_END.test((tail[g] as Tok).low)) g++;
        if (g) {
          ts.push(...tail.slice(0, g));
          j += g;
        }
      }
    }
    for (let k = i; k < j; k++) used[k] = 1;
    // drop weak leading tokens (sentence-initial common words, role titles)
    let roleLead = false;
    while (ts.length) {
      const f = ts[0] as Tok;
      const f1 = ts[1];
      const isConn = f.w.conn && !f.cap;
      const isRoleT = (f.w.role || f.w.deHead) && (f1?.cap ?? false) && !f1?.w.conn;
      const isWeakStart = !quoted && f.sent && weak(f) && !(f.acr && !f.w.stop);
      const isDemonym = f.w.demonym && !(f1 && org(f1, r));
      // "Spółka Bałtyk Wiatr": a generic company word before the name is not part of it
      const isPrefix = !!f1?.cap && !f1.w.conn && (ORG_PREFIX.get(lang)?.has(f.w.low) ?? false);
      if (isPrefix && !forced) forced = 'org';
      if (isRoleT) roleLead = true;
      if (isConn || isRoleT || isWeakStart || isDemonym || isPrefix) ts.shift();
      else break;
    }
    // split at role titles inside the run ("CIA Director Mike Pompeo") and after a leading
    // acronym that stands before a plain name ("AFP Victor X")
    const pieces: { ts: Tok[]; role: boolean; orgOnly: boolean }[] = [];
    let cur: Tok[] = [];
    let curRole = roleLead;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k] as Tok;
      if (k > 0 && t.cap && t.w.role && ts[k + 1]?.cap) {
        pieces.push({ ts: cur, role: curRole, orgOnly: true });
        cur = [];
        curRole = true;
        continue;
      }
      cur.push(t);
    }
    pieces.push({ ts: cur, role: curRole, orgOnly: false });
    const first = pieces[0];
    if (first && first.ts.length >= 3 && first.ts[0]?.acr && !first.ts.slice(1).some((t) => t.acr || org(t, r))) {
      const head = first.ts.slice(0, 1);
      pieces.splice(0, 1, { ts: head, role: false, orgOnly: false }, { ts: first.ts.slice(1), role: first.role, orgOnly: false });
    }
    // two names glued together: "Си Цзиньпином Виктор Орбан", "Negócios Estrangeiros Jean-Pierre Mbuyi"
    for (let q = 0; q < pieces.length; q++) {
      const pq = pieces[q];
      if (!pq || pq.ts.length < 3 || pq.ts.some((t) => t.acr || org(t, r))) continue;
      for (let k = 1; k <= pq.ts.length - 2; k++) {
        const a = pq.ts[k - 1] as Tok;
        const b = pq.ts[k] as Tok;
        if (b.cap && inGiven(b) && !isGivenName(a, r) && !a.w.conn && pq.ts.length - k <= 3) {
          const right = pq.ts.slice(k);
          if (right.every((t) => t.cap && !t.w.conn)) {
            pieces.splice(q, 1, { ts: pq.ts.slice(0, k), role: pq.role, orgOnly: false }, { ts: right, role: false, orgOnly: false });
            break;
          }
        }
      }
    }
    for (const pc of pieces) {
      const pt = pc.ts;
      // "January the Council", "Monday's": a leading function word / month / weekday before a connector
      while (pt.length > 1 && (pt[0] as Tok).w.stop && !(pt[0] as Tok).acr && (pt[1] as Tok).w.conn && !(pt[1] as Tok).cap) pt.shift();
      while (pt.length && (pt[0] as Tok).w.conn && !(pt[0] as Tok).cap) pt.shift();
      while (pt.length && (pt[pt.length - 1] as Tok).w.conn) pt.pop();
      // "Medical Association Dr": a title abbreviation ends no name
      while (
        pt.length > 1 &&
        (pt[pt.length - 1] as Tok).w.role &&
        (pt[pt.length - 1] as Tok).t.length <= 4 &&
        !(pt[pt.length - 1] as Tok).acr
      )
        pt.pop();
      if (!pt.length) continue;
      // "ministre de l'Intérieur Paul Verdier", "Minister of Defence John Smith": drop the portfolio word
      const p0 = pt[0] as Tok;
      const pc1 = toks[p0.i - 1];
      const pc2 = toks[p0.i - 2];
      const pc3 = toks[p0.i - 3];
      if (pt.length >= 3 && pc1 && pc1.w.conn && ((!!pc2 && pc2.w.role) || (!!pc3 && pc3.w.role)) && !anyOrg(pt, r)) {
        pt.shift();
        pc.role = true;
      }
      // a place glued to a name: "Эстонии Андрес Тамм", "Verbündeten Russlands"
      if (pt.length >= 2 && forced !== 'org' && !pt.some((t) => org(t, r) || t.acr)) {
        const h = pt[0] as Tok;
        if (placeOf(h, lang, gz.places) !== undefined && !inGiven(h) && !(pt.length === 2 && pt[1]?.poss)) {
          spans.push(mk([h], 'loc', h.i));
          pt.shift();
        } else {
          const l = pt[pt.length - 1] as Tok;
          if (placeOf(l, lang, gz.places) !== undefined && !isGivenName(h, r) && !(pt[pt.length - 2] as Tok).w.conn) {
            spans.push(mk([l], 'loc', l.i));
            pt.pop();
          }
        }
      }
      if (pc.orgOnly && !pt.some((t) => t.acr || org(t, r)) && placeKey(pt) === undefined) continue;
      if (pt.every((t) => t.w.stop)) continue;
      const sp = mk(pt, forced && pc === pieces[pieces.length - 1] ? forced : null, (pt[0] as Tok).i);
      if (pc.role) sp.roleCue = true;
      // lower-case org keyword (+ adjectives) before: "ministère russe des Affaires étrangères"
      const startIdx = (pt[0] as Tok).i;
      let extendable = pt.length === 1 || anyOrg(pt, r);
      if (!extendable) {
        extendable = true;
        for (let k = 1; k < pt.length; k++) if ((pt[k] as Tok).cap) extendable = false;
      }
      for (let back = 2; extendable && back <= 4; back++) {
        const b = toks[startIdx - back];
        if (!b || b.cap) break;
        let gapped = false;
        for (let k = startIdx - back + 1; k <= startIdx; k++) if (!(toks[k] as Tok).joined) gapped = true;
        if (gapped) break;
        if (org(b, r) && !b.w.stop && !ORG_CAP_ONLY.get(lang)?.has(b.low)) {
          const conn = toks[startIdx - 1];
          if (conn?.w.conn) {
            sp.toks = [...toks.slice(startIdx - back, startIdx), ...pt];
            sp.text = spanText(sp.toks, src);
            sp.kind = 'org';
          }
          break;
        }
      }
      spans.push(sp);
    }
  }

  // 4. classification
  // capitalised words seen right after an article (German common nouns)
  const articled = new Set<string>();
  if (r.articles.size) {
    for (let i = 1; i < n; i++) {
      const t = toks[i] as Tok;
      // (not "von der Leyen": an article after a name particle)
      const p2 = toks[i - 2];
      if (t.cap && t.joined && (toks[i - 1] as Tok).w.article && !(p2 && (p2.low === 'von' || p2.low === 'van'))) articled.add(t.low);
    }
  }
  // lone capitalised words inside sentences (surname evidence)
  // (a capitalised word standing alone inside a sentence, not after a German article)
  const surnames = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Tok;
    if (!t.cap || t.sent || t.acr) continue;
    const p = toks[i - 1];
    const nx = toks[i + 1];
    if (p && t.joined && (p.cap || p.acr) && !p.sent) continue;
    if (p && t.joined && (p.cap || p.acr) && p.sent && !weak(p)) continue;
    if (nx?.joined && (nx.cap || nx.acr)) continue;
    if (p?.w.article) continue;
    // inside a name with a connector: "Kivu do Norte", "Luigi di Maio"
    const p2 = toks[i - 2];
    if (p && t.joined && p.joined && p.w.conn && p2 && (p2.cap || p2.acr)) continue;
    surnames.add(keyL(t, lang));
  }
  for (const sp of spans) {
    if (sp.kind) continue;
    sp.kind = classify(sp, r, lang, placeKey, articled, surnames, src);
  }

  // coordination: "em Recife, Camaragibe e Olinda" - an untyped name listed with a place is a place
  let inOrder = true;
  for (let k = 1; k < spans.length && inOrder; k++)
    if (((spans[k - 1] as Span).toks[0]?.i ?? 0) > ((spans[k] as Span).toks[0]?.i ?? 0)) inOrder = false;
  let byStart = spans;
  if (!inOrder) {
    // stable sort by first token: keys "start * 2^20 + index" sorted as numbers (a comparator
    // sort of a fresh index array deoptimised `run` on every article)
    const m = spans.length;
    const keys = new Float64Array(m);
    for (let q = 0; q < m; q++) keys[q] = ((spans[q] as Span).toks[0]?.i ?? 0) * 1048576 + q;
    keys.sort();
    byStart = new Array<Span>(m);
    for (let q = 0; q < m; q++) byStart[q] = spans[(keys[q] as number) % 1048576] as Span;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < byStart.length; k++) {
      const sp = byStart[k] as Span;
      if (sp.kind) continue;
      const a = byStart[k - 1];
      const b = byStart[k + 1];
      if (a?.kind !== 'loc' && b?.kind !== 'loc') continue;
      const f = sp.toks[0] as Tok;
      const l = sp.toks[sp.toks.length - 1] as Tok;
      if (isGivenName(f, r)) continue;
      const listed = (x: Span | undefined, left: boolean): boolean => {
        if (x?.kind !== 'loc') return false;
        const gap = left ? src.slice((x.toks[x.toks.length - 1] as Tok).e, f.s) : src.slice(l.e, (x.toks[0] as Tok).s);
        return LIST_GAP.test(gap);
      };
      if (listed(a, true) || listed(b, false)) {
        sp.kind = 'loc';
        sp.weakLoc = true;
      }
    }
  }

  // coordination with organisations and persons: "outlets such as RIA Novosti, Izvestia and
  // Rossiyskaya Gazeta", "Politico, Der Spiegel (Germany), Yle (Finland)" - an untyped name listed
  // with organisations is one; "derrotou Napoleão Bonaparte e Adolf Hitler" - an untyped name of two
  // or three words listed with a person's full name is a person
  coordinate(byStart, toks, src, r);

  // 5. grouping
  return group(spans, lang, r, src);
}

/** A list gap with a conjunction (see `LIST_GAP`). */
const CONJ_GAP = /\s(?:and|et|und|y|e|i|и|і|та|oraz|ou|o|or|или|або)\s/u;
/** An article ending a list gap ("and the "), dropped before `LIST_GAP` is tested. */
const GAP_ARTICLE_END = /\s(?:the|la|le|les|der|die|das|den|el|los|las|il|lo|gli|os|as)\s+$/u;
/** A parenthesis with what it holds, and the blanks before it ("Der Spiegel (Germany), Yle"). */
const PAREN_RE = /\s*\([^()\n]*\)/gu;
/** Whether the span stands in parentheses: "(Germany)". */
function inParens(sp: Span, src: string): boolean {
  const f = sp.toks[0] as Tok;
  const l = sp.toks[sp.toks.length - 1] as Tok;
  return src.charCodeAt(f.s - 1) === 40 && src.charCodeAt(l.e) === 41;
}
/**
 * Types untyped spans by the list they stand in (see the call in `run`): the nearest span on
 * either side that is not in parentheses, when the text between is a list gap (`LIST_GAP`, with
 * parenthesised asides dropped). An organisation neighbour makes an organisation of any untyped
 * name that neither opens with a given name nor ends with a person's surname of the article; a
 * person neighbour of two or more words makes a person of a name of two or three capitalised
 * words, listed by a conjunction. A list is a conjunction on one side or list gaps on both (a
 * comma alone is an apposition: "the head of WHO, Tedros Adhanom"). Two passes, so that a list
 * is typed through ("A, B and C"). `byStart`: spans by first token; `toks`: the article's tokens.
 * Mutates span kinds.
 */
function coordinate(byStart: Span[], toks: Tok[], src: string, r: LangRules): void {
  let perLast: Set<string> | undefined;
  const oa = ORG_ADJ.get(r.lang);
  for (let pass = 0, changed = true; pass < 2 && changed; pass++) {
    changed = false;
    for (let k = 0; k < byStart.length; k++) {
      const sp = byStart[k] as Span;
      if (sp.kind || inParens(sp, src)) continue;
      let a = k - 1;
      while (a >= 0 && inParens(byStart[a] as Span, src)) a--;
      let b = k + 1;
      while (b < byStart.length && inParens(byStart[b] as Span, src)) b++;
      const left = byStart[a];
      const right = byStart[b];
      if (!listable(left) && !listable(right)) continue;
      const f = sp.toks[0] as Tok;
      const l = sp.toks[sp.toks.length - 1] as Tok;
      const gl = left ? listGap(src, (left.toks[left.toks.length - 1] as Tok).e, f.s, false) : 0;
      const gr = right ? listGap(src, l.e, (right.toks[0] as Tok).s, true) : 0;
      // a list, not an apposition ("the head of WHO, Tedros ..."): a conjunction on one side, or list gaps on both
      const list = gl === 2 || gr === 2 || (gl === 1 && gr === 1);
      if (!list) continue;
      const kl = gl ? left?.kind : null;
      const kr = gr ? right?.kind : null;
      if ((kl === 'per' && gl === 2) || (kr === 'per' && gr === 2)) {
        const multi = sp.toks.length >= 2 && sp.toks.length <= 3 && sp.toks.every((t) => t.cap && !t.acr && !t.w.conn && !oa?.has(t.low));
        // (not a German noun phrase after an article: "des Weißen Hauses und Olaf Scholz")
        if (multi && !toks[f.i - 1]?.w.article) {
          sp.kind = 'per';
          changed = true;
        }
        continue;
      }
      if (kl !== 'org' && kr !== 'org') continue;
      // (not a German noun after an article: "Folge des Streiks")
      // (nor part of a name cut apart: "Russia Today", "Rossija 24")
      const before = toks[f.i - 1];
      const after = toks[l.i + 1];
      if (isGivenName(f, r) || (sp.sentInitial && sp.toks.length === 1 && !gl) || before?.w.article) continue;
      // (nor the first half of a shared head: "Industrial and Commercial Bank of China")
      if (kl !== 'org' && gr === 2 && right?.toks.slice(1).some((t) => org(t, r))) continue;
      if ((f.joined && before && (before.cap || before.acr)) || (after?.joined && (after.cap || after.acr || DIGITS.test(after.t))))
        continue;
      if (!perLast) {
        perLast = new Set();
        for (const x of byStart) if (x.kind === 'per') perLast.add((x.toks[x.toks.length - 1] as Tok).low);
      }
      if (!perLast.has(l.low)) {
        sp.kind = 'org';
        changed = true;
      }
    }
  }
}

/** Whether a span can type its list neighbours (`coordinate`): an organisation, or a person of two words or more. */
function listable(x: Span | undefined): boolean {
  return x !== undefined && (x.kind === 'org' || (x.kind === 'per' && x.toks.length >= 2));
}

/**
 * The list gap `src[from, to)` between two items (`coordinate`): 0 none, 1 a comma, 2 a
 * conjunction ("and", "e", "und"). Parenthesised asides are dropped, and before the next item
 * (`beforeNext`) an article too ("Yle (Finland) and the BBC").
 */
function listGap(src: string, from: number, to: number, beforeNext: boolean): number {
  if (to - from > 40 || to < from) return 0;
  let gap = src.slice(from, to);
  if (gap.includes('(')) gap = gap.replace(PAREN_RE, '');
  if (beforeNext && gap.length > 4) gap = gap.replace(GAP_ARTICLE_END, ' ');
  if (!LIST_GAP.test(gap)) return 0;
  return CONJ_GAP.test(gap) ? 2 : 1;
}

/** An all-capital word of letters only ("W", "NIE", "PIERWSZE"). */
const CAPS_WORD = /^\p{Lu}+$/u;
/** Whether the word matches `CAPS_WORD` (cached on it). */
function capsWord(w: Word): boolean {
  let v = w.caps;
  if (v === undefined) v = w.caps = CAPS_WORD.test(w.t);
  return v;
}
/**
 * Shouted text is no run of acronyms: in a run of two or more all-capital words separated by
 * one blank ("PO PIERWSZE, NIE ZABIJAJ!"), starting at token `i`, when the run has three words or
 * one unknown word of five letters or more, the unknown words lose their acronym and capital
 * marks (known organisations, places and place acronyms such as "NATO", "EUROPA", "USA" keep
 * them). Mutates `toks`; linear in the run.
 */
function unshout(toks: Tok[], i: number, src: string, placeAcr: Set<string>, lang: string, places: Map<string, string>): void {
  const n = toks.length;
  let j = i + 1;
  while (j < n) {
    const t = toks[j] as Tok;
    if (!t.joined || !(t.acr || t.cap) || !capsWord(t.w)) break;
    // (a comma between: "PO PIERWSZE, NIE ZABIJAJ" is two runs; joined means blanks only)
    if (src.charCodeAt(t.s - 1) !== 32 || (toks[j - 1] as Tok).e !== t.s - 1) break;
    j++;
  }
  if (j - i < 2) return;
  let long = j - i >= 3;
  for (let k = i; k < j && !long; k++) {
    const t = toks[k] as Tok;
    if (t.t.length >= 5 && !KNOWN_EXACT.has(t.t) && !placeAcr.has(t.t)) long = true;
  }
  if (!long) return;
  for (let k = i; k < j; k++) {
    const t = toks[k] as Tok;
    if (KNOWN_EXACT.has(t.t) || placeAcr.has(t.t) || placeOf(t, lang, places) !== undefined) continue;
    t.acr = false;
    t.cap = false;
  }
}

/** `obliqueKey` of a token's text (cached on its word). */
function oblOf(t: Tok, lang: string): string {
  const w = t.w;
  let v = w.obl;
  if (v === undefined) v = w.obl = obliqueKey(w.t, lang);
  return v;
}

/** Gazetteer key of one token, in the article's language or English, German genitive -s dropped (cached). */
function placeOf(t: Tok, lang: string, places: Map<string, string>): string | undefined {
  const w = t.w;
  let v = w.place;
  if (v === undefined) v = w.place = placeKeyOf([t], 0, 1, lang, places) ?? null;
  return v ?? undefined;
}

/** Gazetteer key of tokens `ts[i..i+len)` (see `placeOf`), undefined when no place. */
function placeKeyOf(ts: Tok[], i: number, len: number, lang: string, places: Map<string, string>): string | undefined {
  let k1 = keyL(ts[i] as Tok, lang);
  for (let k = i + 1; k < i + len; k++) k1 += ` ${keyL(ts[k] as Tok, lang)}`;
  if (places.has(k1)) return k1;
  let k2 = keyE(ts[i] as Tok);
  for (let k = i + 1; k < i + len; k++) k2 += ` ${keyE(ts[k] as Tok)}`;
  if (places.has(k2)) return k2;
  // German genitive: "Russlands", "Deutschlands", "Moskaus"
  if (lang === 'de' && k1.endsWith('s')) {
    const k3 = k1.slice(0, -1);
    if (places.has(k3)) return k3;
  }
  return undefined;
}

/**
 * Whether a multi-word key starting with this token can be a place: it opens some multi-word
 * place name (`startsPlace`), or one of its keys holds a space (then `starts` does not apply).
 */
function mayOpenPlace(t: Tok, lang: string, starts: Set<string>): boolean {
  return startsPlace(t, lang, starts) || keyL(t, lang).includes(' ') || keyE(t).includes(' ');
}

/** Whether the token opens a multi-word place name (cached). */
function startsPlace(t: Tok, lang: string, starts: Set<string>): boolean {
  const w = t.w;
  let v = w.starts;
  if (v === undefined) v = w.starts = starts.has(keyL(t, lang)) || starts.has(keyE(t));
  return v;
}

function classify(
  sp: Span,
  r: LangRules,
  lang: string,
  placeKey: (ts: Tok[]) => string | undefined,
  articled: Set<string>,
  surnames: Set<string>,
  src: string,
): Kind | null {
  const ts = sp.toks;
  const k = spanKey(sp, src, lang, true);
  if (MEDIA_KEYS.has(k)) return 'org';
  // well-known organisations ("Onu", "Евросоюза", "Vatican") and persons ("Poutine", "Staline")
  if (KNOWN_EXACT.has(sp.text) || r.knownOrg.has(k) || r.knownOrg.has(spanKey(sp, src, lang, false))) return 'org';
  if (ts.length === 1 && lang === 'de') {
    // "G20-Treffen", "NATO-Gipfel": a German compound opening with a known organisation's acronym names it
    const x = (ts[0] as Tok).t;
    const h = x.indexOf('-');
    if (h >= 2 && h <= 6 && UPPER2.test(x)) {
      const head = x.slice(0, h);
      if (KNOWN_EXACT.has(head) && ACRONYM.test(head)) {
        sp.text = head;
        sp.keyL = nameKey(head, lang);
        sp.keyE = nameKey(head, 'en');
        return 'org';
      }
    }
  }
  if (ts.length === 1) {
    const lone = loneFact(ts[0] as Tok, r, lang);
    if (lone === LONE_PER) return 'per';
    if (lone === LONE_JUNK) return null;
  }
  if (ts.length === 1 && !ts[0]?.acr && isGenericKeyword(ts[0] as Tok, r)) return null;
  if (anyOrg(ts, r)) return 'org';
  if (placeKey(ts) !== undefined) return 'loc';
  if (sp.orgCue && !isGivenName(ts[0] as Tok, r)) return 'org';
  if (sp.placeCue && !isGivenName(ts[0] as Tok, r)) {
    sp.weakLoc = true;
    return 'loc';
  }
  if (ts.length >= 2) {
    // "Fahrgastverband Oberland", "Verkehrsbetriebe Kellheim": a compound ending in an organisation head
    const cre = ORG_COMPOUND_RE.get(lang);
    if (cre) for (const t of ts) if (t.cap && cre.test(t.w.low)) return 'org';
    // "River Wendle", "Borgo San Teodoro", "Ribeirão das Garças": a place-type head opens a place
    const f = ts[0] as Tok;
    const l = ts[ts.length - 1] as Tok;
    if (f.cap && l.cap && (PLACE_HEAD.get(lang) ?? EMPTY_SET).has(f.w.low)) return 'loc';
  }
  if (ts.length === 1) {
    const t = ts[0] as Tok;
    if (t.w.demonym) return null;
    if (t.acr) return t.t.length <= 8 ? 'org' : null;
    if (innerCap(t.w)) return 'org'; // "PiS", "SoS"
    // "Finanzministerium", "Weltärztebund": a compound with an institution's head
    let lc = t.w.lorg;
    if (lc === undefined) lc = t.w.lorg = loneCompoundOrg(t.w.low, lang);
    if (lc) return 'org';

    if (org(t, r) || t.w.stop || t.w.role) return null;
    if (sp.roleCue) return 'per';
    // "Officials said": a sentence-initial word needs to be seen inside a sentence too
    if (sp.speechCue && !(r.articles.size && articled.has(t.low)) && (!t.sent || surnames.has(keyL(t, lang)))) return 'per';
    // German "nach Angaben der Polizei": a noun phrase, not a place
    // German capitalises every noun ("in Erscheinung", "in Panik", "zum ersten Mal"): there a lone
    // word after "in" must not look like a common noun (seen after an article, noun suffix, plural -en/-s)
    const nx = sp.next;
    const deNoun =
      lang === 'de' &&
      ((!!nx && nx.w.article) || articled.has(t.low) || nounSuffixed(t) || /(?:en|ik|iz|ung|ei|s)$/u.test(t.low) || t.low.length <= 3);
    if (sp.locCue && !deNoun) {
      sp.weakLoc = true;
      return 'loc';
    }
    return null; // decided later (alias of a person) or dropped
  }
  let words = 0;
  let anyAcr = false;
  let allAcr = true;
  for (const t of ts) {
    if (t.cap || t.acr) words++;
    if (t.acr && t.t.length > 1 && !t.w.initial) anyAcr = true;
    if (!t.acr) allAcr = false;
  }
  if (anyAcr && !allAcr) return 'org';
  if (allAcr) return 'org';
  // "El Alto", "La Paz": a capitalised article opens a place (media names are in the list)
  if (!sp.sentInitial && ts[0]?.w.stop && ts[0]?.cap) return 'loc';
  if (ts.length > 4 || words > 4) return ts.length <= 6 && isGivenName(ts[0] as Tok, r) && !ts.some((t) => t.acr) ? 'per' : 'org';
  if (ts.some(nounSuffixed)) return null;
  const adj = ADJ_RE.get(lang);
  // (not a given name with an adjective-like ending: "Andrzej", "Maciej")
  if (adj) for (let q = 0; q < ts.length - 1; q++) if (adjEnded(ts[q] as Tok, adj) && !isGivenName(ts[q] as Tok, r)) return 'org';
  // (a given name first keeps a person: "Karl Lauterbach" also in "der Lauterbach widersprach")
  if (r.articles.size && ts.some((t) => articled.has(t.low)) && !isGivenName(ts[0] as Tok, r)) return null;
  if (ts.some((t) => t.w.conn && !PARTICLES.has(t.low))) return null;
  // "em Jaboatão dos Guararapes", "in Port Elmsley": a locative preposition before a name
  // that does not open with a given name
  if (sp.locCue && !isGivenName(ts[0] as Tok, r) && !sp.roleCue) {
    sp.weakLoc = true;
    return 'loc';
  }
  // "Negócios Estrangeiros", "Affaires étrangères": a portfolio, not a person
  const oa = ORG_ADJ.get(lang);
  if (oa) for (const t of ts) if (oa.has(t.low)) return null;
  if (words >= 2) {
    // "Festa del Lavoro", "Journée de la Terre": a connector inside a name that does not open with
    // a given name makes a title, not a person
    if (!isGivenName(ts[0] as Tok, r) && ts.some((t) => t.w.conn && !t.cap)) return null;
    // evidence: a role cue, a given name first, or the surname used alone elsewhere
    if (sp.roleCue || sp.roleAfter || isGivenName(ts[0] as Tok, r) || surnames.has(keyL(ts[ts.length - 1] as Tok, lang))) return 'per';
    // "said Priya Nandakumar, the ...": two or three plain capitalised words right after a speech verb
    if (sp.speechCue && !sp.sentInitial && ts.length <= 3 && words === ts.length && !ts.some((t) => t.acr || t.w.stop)) return 'per';
    return null;
  }
  return null;
}

/** Two to four characters, a capital, lower-case letters, a capital ("PiS", "SoS"). */
const INNER_CAP = /^(?=.{2,4}$)\p{Lu}\p{Ll}*\p{Lu}/u;
/** Whether the word matches `INNER_CAP` (cached on it). */
function innerCap(w: Word): boolean {
  let v = w.icap;
  if (v === undefined) v = w.icap = INNER_CAP.test(w.t);
  return v;
}

const LONE_NONE = 0;
const LONE_PER = 1;
const LONE_JUNK = 2;
/**
 * What a token standing alone is by the tables (cached on its word): `LONE_PER` a well-known
 * person ("Poutine"), `LONE_JUNK` a code, Roman numeral, unit or plural acronym ("MH17",
 * "COVID-19", "XXe", "GW", "VPNs"), else `LONE_NONE`.
 */
function loneFact(t: Tok, r: LangRules, lang: string): number {
  const w = t.w;
  let v = w.lone;
  if (v === undefined) {
    const x = w.t;
    if (r.knownPer.has(keyL(t, lang)) || r.knownPer.has(keyE(t))) v = LONE_PER;
    else if (CODE_RE.test(x) || ROMAN_RE.test(x) || NON_ORG.has(x.toUpperCase()) || PLURAL_ACR.test(x)) v = LONE_JUNK;
    else v = LONE_NONE;
    w.lone = v;
  }
  return v;
}

/** Whether the token ends with a noun suffix (`NOUN_SUFFIXES`; cached). */
function nounSuffixed(t: Tok): boolean {
  const w = t.w;
  let v = w.nounSuf;
  if (v === undefined) v = w.nounSuf = NOUN_SUFFIX_RE.test(w.low);
  return v;
}

/** Whether the token has an adjectival ending of the language (`adj` from `ADJ_RE`; cached per language's words). */
function adjEnded(t: Tok, adj: RegExp): boolean {
  const w = t.w;
  let v = w.adj;
  if (v === undefined) v = w.adj = adj.test(w.low);
  return v;
}

/** `Group.keys` of groups other than persons (never read). */
const NO_KEYS: string[] = [];

interface Group {
  kind: Kind;
  forms: Map<string, number>;
  /** Key parts (persons only; `NO_KEYS` otherwise). */
  keys: string[];
  keyStr: string;
  order: number;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;
/** An acronym form that may stand for an organisation named in full ("AP", "СБУ"). */
const ACR_FORM = /^[\p{Lu}]{2,6}$/u;

function group(spans: Span[], lang: string, r: LangRules, src: string): EntityGroup[] {
  const groups: Group[] = [];
  /** Groups by key string, in creation order. */
  const byKey = new Map<string, Group[]>();
  /** Person groups by last key, in creation order. */
  const perByLast = new Map<string, Group[]>();
  /** nameKey(form, lang) of the span texts seen. */
  const formKey = new Map<string, string>();
  const findGroup = (ks: string, kind: Kind | null): Group | undefined => {
    const list = byKey.get(ks);
    if (!list) return undefined;
    if (kind === null) return list[0];
    for (const g of list) if (g.kind === kind) return g;
    return undefined;
  };
  /** Key string of a span: its nameKey with empty parts dropped (`nameKeys(text).join(' ')`). */
  const keyOf = (s: Span): string => {
    const raw = spanKey(s, src, lang, false);
    formKey.set(s.text, raw);
    if (raw === '' || raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32 || raw.includes('  '))
      return raw.split(' ').filter(Boolean).join(' ');
    return raw;
  };
  // multi-token first so that lone surnames attach to full names (stable: by length, then order)
  let maxLen = 0;
  for (const s of spans) if (s.toks.length > maxLen) maxLen = s.toks.length;
  const ordered: number[] = [];
  for (let len = maxLen; len >= 0; len--)
    for (let i = 0; i < spans.length; i++) if ((spans[i] as Span).toks.length === len) ordered.push(i);
  const pending: string[] = [];
  for (const i of ordered) {
    const s = spans[i] as Span;
    const ks = keyOf(s);
    if (!ks) continue;
    // lone word / short form ending with a known person's surname
    const sp = ks.lastIndexOf(' ');
    const lastKey = sp < 0 ? ks : ks.slice(sp + 1);
    const cands = perByLast.get(lastKey);
    let keys: string[] | undefined;
    if (cands) {
      keys = ks.split(' ');
      const kk = keys;
      const alias = cands.find((g) => kk.length < g.keys.length && kk.every((x) => g.keys.includes(x)));
      // ("Lima disse": a place word that speaks is the surname of "Fernanda Lima")
      if (alias && (s.kind !== 'loc' || s.weakLoc || s.speechCue)) {
        alias.forms.set(s.text, (alias.forms.get(s.text) ?? 0) + 0);
        continue;
      }
    }
    if (!s.kind) {
      pending.push(s.text, ks);
      continue;
    }
    const g = findGroup(ks, s.kind) ?? findGroup(ks, null);
    if (g) {
      g.forms.set(s.text, (g.forms.get(s.text) ?? 0) + 1);
      continue;
    }
    const forms = new Map<string, number>();
    forms.set(s.text, 1);
    // (keys are read only for persons: `perByLast`)
    const ng: Group = { kind: s.kind, forms, keys: s.kind === 'per' ? (keys ?? ks.split(' ')) : NO_KEYS, keyStr: ks, order: i };
    groups.push(ng);
    const bl = byKey.get(ks);
    if (bl) bl.push(ng);
    else byKey.set(ks, [ng]);
    if (ng.kind === 'per') {
      const pl = perByLast.get(lastKey);
      if (pl) pl.push(ng);
      else perByLast.set(lastKey, [ng]);
    }
  }
  // unknown lone words: keep when they match an existing group by key (any kind)
  for (let q = 0; q < pending.length; q += 2) {
    const g = findGroup(pending[q + 1] as string, null);
    const text = pending[q] as string;
    if (g) g.forms.set(text, (g.forms.get(text) ?? 0) + 1);
  }
  // an acronym standing for an organisation named in full: "AP" / "Associated Press",
  // "СБУ" / "Служба безпеки України" (initials of the capitalised words)
  // (Romance names also by all their content words: "Organisation mondiale de la santé" / "OMS")
  const initialsMemo = r.initials;
  const initials = (name: string): string => {
    let v = initialsMemo.get(name);
    if (v === undefined) {
      const ws = (name.match(WORD_RUN) ?? []).filter((x) => !r.stop.has(foldToken(x)));
      v = ws
        .filter((x) => UPPER_START.test(x))
        .map((x) => x.charAt(0))
        .join('')
        .toUpperCase();
      if (ORG_TAIL_CONN.has(lang) && ws.some((x) => !UPPER_START.test(x)))
        v += ` ${ws
          .map((x) => x.charAt(0))
          .join('')
          .toUpperCase()}`;
      if (initialsMemo.size > 50000) initialsMemo.clear();
      initialsMemo.set(name, v);
    }
    return v;
  };
  for (let a = 0; a < groups.length; a++) {
    const ga = groups[a] as Group;
    if (ga.kind !== 'org' || ga.forms.size !== 1) continue;
    const acr = (ga.forms.keys().next().value as string | undefined) ?? '';
    if (!ACR_FORM.test(acr)) continue;
    const full = groups.find((g) => {
      if (g === ga || g.kind !== 'org') return false;
      for (const f of g.forms.keys()) {
        if (!f.includes(' ')) continue;
        const ini = initials(f);
        if (ini === acr || (ini.length > acr.length && ini.endsWith(` ${acr}`))) return true;
      }
      return false;
    });
    if (full) {
      full.forms.set(acr, ga.forms.get(acr) ?? 1);
      groups.splice(a, 1);
      a--;
    }
  }
  // German genitive of a one-word organisation: "des Weltärztebundes" / "der Weltärztebund"
  if (lang === 'de') {
    for (let a = 0; a < groups.length; a++) {
      const ga = groups[a] as Group;
      const ks = ga.keyStr;
      if (ga.kind !== 'org' || ks.length < 6 || ks.charCodeAt(ks.length - 1) !== 115 || ks.includes(' ')) continue;
      const base = findGroup(ks.slice(0, -1), 'org') ?? (ks.endsWith('es') ? findGroup(ks.slice(0, -2), 'org') : undefined);
      if (!base || base === ga || !groups.includes(base)) continue;
      for (const [f, c] of ga.forms) base.forms.set(f, (base.forms.get(f) ?? 0) + c);
      base.order = Math.min(base.order, ga.order);
      groups.splice(a, 1);
      a--;
    }
  }
  // a person whose name is a single acronym-less word with no role cue is not kept; drop persons
  // that are also places by key
  const out: EntityGroup[] = [];
  const gz = gazetteer();
  const keyOfForm = (f: string): string => formKey.get(f) ?? nameKey(f, lang);
  /** Words of a form (forms hold single spaces only: `spanText`). */
  const words = (f: string): number => {
    let c = 1;
    for (let q = f.indexOf(' '); q >= 0; q = f.indexOf(' ', q + 1)) c++;
    return c;
  };
  groups.sort((a, b) => a.order - b.order);
  for (const g of groups) {
    let best: string | undefined;
    if (g.forms.size === 1) best = g.forms.keys().next().value as string;
    else {
      const forms = [...g.forms.entries()];
      let maxTok = 0;
      for (const [f] of forms) maxTok = Math.max(maxTok, words(f));
      best = forms
        .filter(([f]) => words(f) === maxTok)
        .sort((a, b) => {
          const ga = gz.places.get(keyOfForm(a[0])) === a[0] ? 1 : 0;
          const gb = gz.places.get(keyOfForm(b[0])) === b[0] ? 1 : 0;
          return gb - ga || b[1] - a[1] || a[0].length - b[0].length;
        })[0]?.[0];
    }
    if (!best) continue;
    const nom = g.kind === 'loc' ? gz.places.get(keyOfForm(best)) : undefined;
    if (nom && nameKey(nom, lang) === keyOfForm(best) && foldToken(nom) !== foldToken(best) && !g.forms.has(nom)) g.forms.set(nom, 0);
    out.push({
      kind: g.kind === 'per' ? 'person' : g.kind === 'org' ? 'organization' : 'location',
      name: nom && g.forms.has(nom) ? nom : best,
      forms: [...g.forms.keys()],
    });
  }
  return out;
}
