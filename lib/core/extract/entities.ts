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
  ORG_KEYWORDS,
  PROPER_KEYWORDS,
  ROLES,
  STOPWORDS,
} from '../../rules/entities.ts';
import { speechTable } from '../../rules/speech.ts';
import { gazetteer } from './entities/gazetteer.ts';
import { givenNames } from './entities/names.ts';
import { foldToken, nameKey, stemToken, tokenKey } from './entities/normalize.ts';

export interface Entities {
  persons: string[];
  organizations: string[];
  locations: string[];
}

type Kind = 'per' | 'org' | 'loc';

interface Tok {
  /** Token text (possessive 's removed). */
  t: string;
  /** folded lower case */
  low: string;
  s: number;
  e: number;
  cap: boolean;
  acr: boolean;
  /** Sentence-initial (or weak-capital position). */
  sent: boolean;
  /** Only whitespace (no newline) between this token and the previous one. */
  joined: boolean;
  /** Token ended with a possessive ('s), so a name ends here. */
  poss: boolean;
  /** Index in the article's token list. */
  i: number;
  /** An elided article or preposition ("L’" of "L’Arena"). */
  el?: boolean;
}

interface LangRules {
  stop: Set<string>;
  conn: Set<string>;
  roles: Set<string>;
  orgKw: string[];
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
}

const rulesCache = new Map<string, LangRules>();
function rulesFor(lang: string): LangRules {
  const hit = rulesCache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const set = (tab: Record<Lang, string[]>): Set<string> => new Set(ls.flatMap((l) => tab[l].map(foldToken)));
  const r: LangRules = {
    stop: set(STOPWORDS),
    conn: set(CONNECTORS),
    roles: set(ROLES),
    orgKw: [...new Set(ls.flatMap((l) => ORG_KEYWORDS[l].map((k) => tokenKey(k, lang))))],
    orgKwExact: new Set(),
    locCues: set(LOC_CUES),
    demonyms: set(DEMONYMS),
    cyrOrPl: ['ru', 'uk', 'bg', 'pl'].includes(lang),
    lang,
    orgMemo: new Map(),
    articles: new Set(ls.flatMap((l) => ARTICLES[l] ?? [])),
    givenStems: new Set(),
    roleStems: new Set(),
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
  return CYR_RE.test(a.t) === CYR_RE.test(b.t);
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'ʼ.&-][\p{L}\p{N}]+)*/gu;
const ELISION = /^(l|d|j|n|s|c|m|t|qu|dell|all|nell|sull|dall|un|quell|nessun)['’](.+)$/i;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
/** Cheap pre-check for acronyms: two capitals or a capital and a digit among the first characters. */
const UPPER2 = /^[\p{Lu}\d.&-]{0,3}\p{Lu}[\p{Lu}\d.&-]/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2}|\p{Lu}\d)[\p{Lu}\d.&-]{2,8}$/u;
const PARTICLE = /^(al|el|ul|ad|an|as|ash|az|at|bin|ben|ibn)-\p{Lu}/u;
const BREAK_GAP = /[.!?…:;"«»“”„()[\]—–]|\s-\s|\n/;

function tokenize(par: string, titleCase: boolean, offset: number, out: Tok[]): void {
  let prevEnd = 0;
  let first = true;
  for (const m of par.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const gap = par.slice(prevEnd, start);
    const pieces: [string, number][] = [];
    const el = ELISION.exec(raw);
    if (el?.[1] && el[2]) {
      pieces.push([el[1], start]);
      pieces.push([el[2], start + el[1].length + 1]);
    } else pieces.push([raw, start]);
    pieces.forEach(([p, ps], idx) => {
      let t = p;
      let poss = false;
      const pm = /^(.+?)['’]s$/u.exec(t);
      if (pm?.[1]) {
        t = pm[1];
        poss = true;
      }
      const prevTok = out[out.length - 1];
      const afterInitial = !first && /^\p{Lu}$/u.test(prevTok?.t ?? '') && /^\.[ \t\u00a0]+$/.test(gap);
      const sentStart = idx === 0 && !afterInitial && (first || BREAK_GAP.test(gap) || /[.!?]$/.test(prevTok?.t ?? ''));
      const acr = t.length >= 2 && t.length <= 8 && UPPER2.test(t) && ACRONYM.test(t) && !/^\d+$/.test(t);
      const cap = UPPER.test(t) || PARTICLE.test(t);
      out.push({
        t,
        low: foldToken(t),
        s: offset + ps,
        e: offset + ps + p.length,
        cap,
        acr,
        sent: sentStart || (titleCase && cap),
        joined: idx > 0 || afterInitial || (!first && /^[ \t\u00a0]+$/.test(gap)),
        poss,
        i: out.length,
        el: pieces.length > 1 && idx === 0,
      });
    });
    first = false;
    prevEnd = start + raw.length;
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
  weakLoc?: boolean;
  /** The token after the span (if joined to it). */
  next?: Tok;
}

function spanText(toks: Tok[], src: string): string {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return '';
  return src
    .slice(first.s, last.e)
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/u, '');
}

function isOrgKeyword(low: string, r: LangRules): boolean {
  const m = r.orgMemo.get(low);
  if (m !== undefined) return m;
  const v = isOrgKeywordRaw(low, r);
  if (r.orgMemo.size < 50000) r.orgMemo.set(low, v);
  return v;
}

function isOrgKeywordRaw(low: string, r: LangRules): boolean {
  if (r.roles.has(low)) return false;
  if (r.lang === 'de' && DE_ROLE_HEAD.test(low)) return false;
  if (r.orgKwExact.has(low)) return true;
  const st = stemToken(low, r.lang);
  for (const k of r.orgKw) {
    if (k.length <= 4 ? st === k || low === k : st.startsWith(k)) return true;
  }
  return false;
}

const PROPER_KW = new Set(PROPER_KEYWORDS.map(foldToken));
/** A lone keyword noun ("Sender", "Organisation", "Consiglio"): the keyword itself, inflected at most. */
function isGenericKeyword(t: Tok, r: LangRules): boolean {
  if (PROPER_KW.has(t.low) || PROPER_KW.has(stemToken(t.low, r.lang))) return false;
  // a German compound names its institution ("Verteidigungsministerium", "Außenministerium")
  if (t.low.length >= 14) return false;
  if (!isOrgKeyword(t.low, r)) return false;
  const st = stemToken(t.low, r.lang);
  for (const k of r.orgKw)
    if (st === k || t.low === k || t.low.replace(/(?:en|n|s|e|i|es)$/u, '') === k.replace(/(?:en|n|s|e|i|es)$/u, '')) return true;
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
  const vs = speechVerbs(r);
  const prev = toks[f.i - 1];
  const next = toks[l.i + 1];
  // German puts verbs last in subordinate clauses: "... Medienvielfalt plädiert"
  const afterOk = r.lang !== 'de' || !f.joined || f.sent;
  return (!!prev && f.joined && vs.has(prev.low)) || (afterOk && !!next && next.joined && vs.has(next.low));
}

function nextTok(sp: Span): Tok | undefined {
  return sp.next;
}

/** A role title, inflected in ru/uk/bg/pl ("председателем", "prezydenta"). */
function isRole(t: Tok, r: LangRules): boolean {
  return r.roles.has(t.low) || (r.cyrOrPl && r.roleStems.has(stemToken(t.low, r.lang))) || (r.lang === 'de' && DE_ROLE_HEAD.test(t.low));
}

/** A token that is a given name (or an initial "J."), folded and, in ru/uk/bg/pl, stemmed. */
function isGivenName(t: Tok, r: LangRules): boolean {
  if (/^\p{Lu}\.?$/u.test(t.t)) return !t.el;
  const gn = givenNames();
  if (gn.has(t.low)) return true;
  const h = t.low.indexOf('-');
  if (h > 0 && gn.has(t.low.slice(0, h))) return true;
  return r.givenStems.has(stemToken(t.low, r.lang));
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

function run(title: string, text: string, lang: string): EntityGroup[] {
  const r = rulesFor(lang);
  const gz = gazetteer();
  const src = `${title}\n\n${text}`;
  const toks: Tok[] = [];
  const titleWords = title.match(/[\p{L}]+/gu) ?? [];
  const titleCaps = titleWords.filter((x) => UPPER.test(x)).length;
  const titleCase = titleWords.length >= 4 && titleCaps / titleWords.length > 0.6;
  let off = 0;
  for (const par of src.split(/\n/)) {
    tokenize(par, off === 0 && titleCase, off, toks);
    off += par.length + 1;
  }
  // lower-case vocabulary of the article: a capitalised word also seen in lower case is a common word
  const lowerSeen = new Set<string>();
  for (const t of toks) if (!t.cap && !t.acr) lowerSeen.add(t.low);
  const weak = (t: Tok): boolean => r.stop.has(t.low) || r.roles.has(t.low) || lowerSeen.has(t.low) || r.demonyms.has(t.low);

  const spans: Span[] = [];
  const used = new Uint8Array(toks.length);
  const keyOf = (ts: Tok[]): string => ts.map((t) => tokenKey(t.t, lang)).join(' ');
  const placeKey = (ts: Tok[]): string | undefined => {
    const k1 = keyOf(ts);
    if (gz.places.has(k1)) return k1;
    const k2 = ts.map((t) => tokenKey(t.t, 'en')).join(' ');
    if (gz.places.has(k2)) return k2;
    // German genitive: "Russlands", "Deutschlands", "Moskaus"
    if (lang === 'de' && k1.endsWith('s')) {
      const k3 = k1.slice(0, -1);
      if (gz.places.has(k3)) return k3;
    }
    return undefined;
  };
  const mk = (ts: Tok[], kind: Kind | null, i: number): Span => {
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    const prev3 = toks[i - 3];
    const cueToks = [prev, prev2, prev3].filter((x): x is Tok => !!x);
    return {
      toks: ts,
      text: spanText(ts, src),
      kind,
      roleCue: ts.length === 1 ? !!prev && ts[0]?.joined === true && isRole(prev, r) : cueToks.some((x) => isRole(x, r)),
      locCue:
        !!prev &&
        ts[0]?.joined === true &&
        (r.locCues.has(prev.low) || (NEAR_CONN.has(prev.low) && !!prev2 && prev.joined && r.locCues.has(prev2.low) && NEAR.has(prev2.low))),
      speechCue: speechCueAt(ts, toks, r),
      next: (() => {
        const l = ts[ts.length - 1];
        const n = l ? toks[l.i + 1] : undefined;
        return n?.joined ? n : undefined;
      })(),
      sentInitial: ts[0]?.sent ?? false,
    };
  };

  // 2. gazetteer pass (longest match, up to 4 tokens, first token capitalised)
  for (let i = 0; i < toks.length; i++) {
    const t0 = toks[i];
    if (!t0 || !(t0.cap || t0.acr)) continue;
    if (gz.acronyms.has(t0.t)) {
      spans.push(mk([t0], 'loc', i));
      used[i] = 1;
      continue;
    }
    // only a token that opens some place name can start a multi-word match
    const k0 = tokenKey(t0.t, lang);
    const maxN = gz.starts.has(k0) || gz.starts.has(tokenKey(t0.t, 'en')) ? 4 : 1;
    for (let n = maxN; n >= 1; n--) {
      const ts = toks.slice(i, i + n);
      if (ts.length < n || ts.slice(1).some((x) => !x.joined)) continue;
      if (n > 1 && !(ts[n - 1]?.cap || ts[n - 1]?.acr) && ts.slice(1).every((x) => !x.cap)) {
        // allow "Arabie saoudite", but not a capital word + common words in general
        if (n > 2) continue;
      }
      if (placeKey(ts) === undefined) continue;
      if (n === 1 && r.demonyms.has(t0.low)) break;
      // the end of an organisation's name: "Agência Brasil", "Radio France" (not "Ministère ... de France")
      const before = toks[i - 1];
      if (before && t0.joined && before.cap && !before.acr && isOrgKeyword(before.low, r) && !r.roles.has(before.low)) break;
      // "New" alone etc: a one-word match must not be a weak sentence-initial word
      if (n === 1 && t0.sent && r.stop.has(t0.low)) continue;
      // part of a longer capitalised name ("Jordan Peterson", "Kivu do Norte")? let the span pass decide
      const next = toks[i + n];
      if (next?.joined && next.cap && !next.acr && !gz.places.has(tokenKey(next.t, lang)) && !r.conn.has(next.low)) {
        // a place followed by another capitalised word: only a place if that word is an org/common word
        if (!isOrgKeyword(next.low, r)) break;
        break;
      }
      spans.push(mk(ts, 'loc', i));
      for (let j = i; j < i + n; j++) used[j] = 1;
      i += n - 1;
      break;
    }
  }

  // 3. capitalised spans
  for (let i = 0; i < toks.length; i++) {
    const t0 = toks[i];
    if (!t0 || used[i] || !(t0.cap || t0.acr)) continue;
    // lower-case organisation keyword right before ("ministère russe des Affaires étrangères")
    const ts: Tok[] = [t0];
    let j = i + 1;
    while (j < toks.length) {
      const t = toks[j];
      if (!t?.joined || used[j]) break;
      const last = ts[ts.length - 1];
      if (last?.poss) break;
      if (t.cap || t.acr) {
        if (r.demonyms.has(t.low) && !isOrgKeyword(ts[0]?.low ?? '', r)) break;
        if (t.sent && weak(t)) break;
        ts.push(t);
        j++;
        continue;
      }
      // initials: "George W. Bush"
      if (/^\p{Lu}$/u.test(last?.t ?? '') && t.cap) {
        ts.push(t);
        j++;
        continue;
      }
      if (r.conn.has(t.low)) {
        // connectors, possibly two ("de la"), then a capitalised word
        let k = j;
        const conns: Tok[] = [];
        while (k < toks.length && toks[k]?.joined && r.conn.has(toks[k]?.low ?? '') && conns.length < 2) {
          const c = toks[k];
          if (c) conns.push(c);
          k++;
        }
        const after = toks[k];
        // "and"/"und"/"der"/"for"...: only inside an organisation's name ("Prawo i Sprawiedliwość",
        // "Partei der Arbeit"), never between two names or German nouns ("Einfluss der Sender")
        // "L’Arena di Massimo Giletti": a full name after the connector starts a new name
        const after2 = toks[k + 1];
        if (after && givenNames().has(after.low) && after2?.joined && after2.cap && !used[k + 1]) break;
        // German "von der Leyen": particles after a given name
        const deParticles = conns.every((c, ci) => c.low === 'von' || c.low === 'van' || (ci > 0 && (c.low === 'der' || c.low === 'den')));
        const orgOnly = conns.some((c) => ORG_CONN.has(c.low)) || (lang === 'de' && !(deParticles && ts.some((x) => isGivenName(x, r))));
        // a place closing an organisation's name: "Ministerio de Defensa de Rusia", "Bank of England"
        const placeIdx =
          after && used[k] && ts.some((x) => isOrgKeyword(x.low, r)) && !(toks[k + 1]?.joined && toks[k + 1]?.cap)
            ? spans.findIndex((x) => x.kind === 'loc' && x.toks.length === 1 && x.toks[0] === after)
            : -1;
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
          !r.stop.has(after.low) &&
          (!orgOnly || ts.some((x) => isOrgKeyword(x.low, r))) &&
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
    const adjs = ORG_ADJ.get(lang);
    if (adjs) {
      const kwNear =
        ts.some((x) => isOrgKeyword(x.low, r)) ||
        [1, 2, 3].some((b) => {
          const x = toks[i - b];
          return !!x && !x.cap && isOrgKeyword(x.low, r);
        });
      let n = 0;
      while (kwNear && n < 2 && toks[j]?.joined && !toks[j]?.cap && adjs.has(toks[j]?.low ?? '') && !used[j]) {
        ts.push(toks[j] as Tok);
        j++;
        n++;
      }
    }
    // initials continuation across ". " (tokenizer marks the next token sentence-initial)
    for (let k = 0; k < ts.length; k++)
      if (/^\p{Lu}$/u.test(ts[k]?.t ?? '')) {
        const nx = ts[k + 1];
        if (nx) nx.sent = false;
      }
    // Cyrillic / Polish: capitalised adjective(s) + lower-case adjectives + a keyword noun
    // ("Запорізької обласної військової адміністрації" -> org, "Запорізькій області" -> place)
    let forced: Kind | null = null;
    if (r.cyrOrPl && !isOrgKeyword((ts[ts.length - 1] as Tok).low, r) && !(ts.length === 1 && t0.sent && weak(t0))) {
      let k = j;
      const low: Tok[] = [];
      let hit: Kind | null = null;
      while (k < toks.length && low.length < 3) {
        const t = toks[k];
        if (
          !t?.joined ||
          used[k] ||
          t.cap ||
          t.acr ||
          r.stop.has(t.low) ||
          r.roles.has(t.low) ||
          !sameScript(t, t0) ||
          VERB_END.test(t.low)
        )
          break;
        low.push(t);
        k++;
        if (isOrgKeyword(t.low, r))
          hit = ts.length === 1 && t0.sent && low.length === 1 && WEAK_KW.has(stemToken(t.low, lang)) ? null : 'org';
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
    const kwIdx = ts.findIndex((t) => isOrgKeyword(t.low, r));
    if (r.cyrOrPl && kwIdx === ts.length - 1 && forced !== 'loc') {
      const kw = ts[kwIdx] as Tok;
      let k = j;
      const tail: Tok[] = [];
      while (k < toks.length && tail.length < 3) {
        const t = toks[k];
        if (!t?.joined || used[k] || r.stop.has(t.low) || t.cap || t.acr || !sameScript(t, kw)) break;
        tail.push(t);
        k++;
      }
      const capAfter = toks[k];
      const placeAfter = used[k] ? spans.findIndex((x) => x.kind === 'loc' && x.toks.length === 1 && x.toks[0] === capAfter) : -1;
      if (
        capAfter?.joined &&
        (capAfter.acr || (capAfter.cap && GENITIVE_END.test(capAfter.low) && !isGivenName(capAfter, r))) &&
        (!used[k] || placeAfter >= 0) &&
        !r.stop.has(capAfter.low)
      ) {
        if (placeAfter >= 0) spans.splice(placeAfter, 1);
        ts.push(...tail, capAfter);
        j = k + 1;
        // "... України з надзвичайних ситуацій", "... по чрезвычайным ситуациям"
        const c = toks[j];
        if (c?.joined && SUBJECT_CONN.has(c.low)) {
          const more: Tok[] = [];
          let q = j + 1;
          while (q < toks.length && more.length < 2) {
            const t = toks[q];
            if (!t?.joined || t.cap || t.acr || r.stop.has(t.low)) break;
            more.push(t);
            q++;
          }
          const endTok = toks[q];
          if (more.length && (!endTok?.joined || r.stop.has(endTok.low) || endTok.cap)) {
            ts.push(c, ...more);
            j = q;
          }
        }
      } else if (tail.length >= 1 && tail.length <= 3) {
        // keep the genitive words only: "Міністерство оборони", not "... повідомило"
        let n = 0;
        while (n < tail.length && GENITIVE_END.test((tail[n] as Tok).low) && !VERB_END.test((tail[n] as Tok).low)) n++;
        if (n) {
          ts.push(...tail.slice(0, n));
          j += n;
        }
      }
    }
    for (let k = i; k < j; k++) used[k] = 1;
    // drop weak leading tokens (sentence-initial common words, role titles)
    let roleLead = false;
    while (ts.length) {
      const f = ts[0];
      if (!f) break;
      const isConn = r.conn.has(f.low) && !f.cap;
      const isRole =
        (r.roles.has(f.low) || (lang === 'de' && DE_ROLE_HEAD.test(f.low))) && (ts[1]?.cap ?? false) && !(ts[1] && r.conn.has(ts[1].low));
      const isWeakStart = f.sent && weak(f) && !(f.acr && !r.stop.has(f.low));
      const isDemonym = r.demonyms.has(f.low) && !(ts[1] && isOrgKeyword(ts[1].low, r));
      if (isRole) roleLead = true;
      if (isConn || isRole || isWeakStart || isDemonym) ts.shift();
      else break;
    }
    // split at role titles inside the run ("CIA Director Mike Pompeo") and after a leading
    // acronym that stands before a plain name ("AFP Victor X")
    const pieces: { ts: Tok[]; role: boolean; orgOnly: boolean }[] = [];
    let cur: Tok[] = [];
    let curRole = roleLead;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k] as Tok;
      if (k > 0 && t.cap && r.roles.has(t.low) && ts[k + 1]?.cap) {
        pieces.push({ ts: cur, role: curRole, orgOnly: true });
        cur = [];
        curRole = true;
        continue;
      }
      cur.push(t);
    }
    pieces.push({ ts: cur, role: curRole, orgOnly: false });
    const first = pieces[0];
    if (first && first.ts.length >= 3 && first.ts[0]?.acr && !first.ts.slice(1).some((t) => t.acr || isOrgKeyword(t.low, r))) {
      const head = first.ts.slice(0, 1);
      pieces.splice(0, 1, { ts: head, role: false, orgOnly: false }, { ts: first.ts.slice(1), role: first.role, orgOnly: false });
    }
    // two names glued together: "Си Цзиньпином Виктор Орбан", "Negócios Estrangeiros Jean-Pierre Mbuyi"
    for (let q = 0; q < pieces.length; q++) {
      const pq = pieces[q];
      if (!pq || pq.ts.length < 3 || pq.ts.some((t) => t.acr || isOrgKeyword(t.low, r))) continue;
      for (let k = 1; k <= pq.ts.length - 2; k++) {
        const a = pq.ts[k - 1] as Tok;
        const b = pq.ts[k] as Tok;
        const right = pq.ts.slice(k);
        if (
          b.cap &&
          givenNames().has(b.low) &&
          !isGivenName(a, r) &&
          !r.conn.has(a.low) &&
          right.length <= 3 &&
          right.every((t) => t.cap && !r.conn.has(t.low))
        ) {
          pieces.splice(q, 1, { ts: pq.ts.slice(0, k), role: pq.role, orgOnly: false }, { ts: right, role: false, orgOnly: false });
          break;
        }
      }
    }
    for (const pc of pieces) {
      const pt = pc.ts;
      // "January the Council", "Monday's": a leading function word / month / weekday before a connector
      while (pt.length > 1 && r.stop.has(pt[0]?.low ?? '') && !pt[0]?.acr && r.conn.has(pt[1]?.low ?? '') && !pt[1]?.cap) pt.shift();
      while (pt.length && r.conn.has(pt[0]?.low ?? '') && !pt[0]?.cap) pt.shift();
      while (pt.length && r.conn.has(pt[pt.length - 1]?.low ?? '')) pt.pop();
      if (!pt.length) continue;
      // "ministre de l'Intérieur Paul Verdier", "Minister of Defence John Smith": drop the portfolio word
      const p0 = pt[0] as Tok;
      const pc1 = toks[p0.i - 1];
      const pc2 = toks[p0.i - 2];
      const pc3 = toks[p0.i - 3];
      if (
        pt.length >= 3 &&
        pc1 &&
        r.conn.has(pc1.low) &&
        [pc2, pc3].some((x) => x && r.roles.has(x.low)) &&
        !pt.some((t) => isOrgKeyword(t.low, r))
      ) {
        pt.shift();
        pc.role = true;
      }
      // a place glued to a name: "Эстонии Андрес Тамм", "Verbündeten Russlands"
      if (pt.length >= 2 && !pt.some((t) => isOrgKeyword(t.low, r) || t.acr)) {
        const h = pt[0] as Tok;
        if (placeKey([h]) !== undefined && !givenNames().has(h.low) && !(pt.length === 2 && pt[1]?.poss)) {
          spans.push(mk([h], 'loc', h.i));
          pt.shift();
        } else {
          const l = pt[pt.length - 1] as Tok;
          if (placeKey([l]) !== undefined && !isGivenName(h, r) && !r.conn.has(pt[pt.length - 2]?.low ?? '')) {
            spans.push(mk([l], 'loc', l.i));
            pt.pop();
          }
        }
      }
      const sp = mk(pt, forced && pc === pieces[pieces.length - 1] ? forced : null, (pt[0] as Tok).i);
      if (pc.role) sp.roleCue = true;
      if (pc.orgOnly && !pt.some((t) => t.acr || isOrgKeyword(t.low, r)) && placeKey(pt) === undefined) continue;
      // lower-case org keyword (+ adjectives) before: "ministère russe des Affaires étrangères"
      const startIdx = (pt[0] as Tok).i;
      const extendable = pt.length === 1 || pt.some((t) => isOrgKeyword(t.low, r)) || pt.slice(1).every((t) => !t.cap);
      if (pt.every((t) => r.stop.has(t.low))) continue;
      for (let back = 2; extendable && back <= 4; back++) {
        const b = toks[startIdx - back];
        if (!b || b.cap) break;
        const between = toks.slice(startIdx - back + 1, startIdx + 1);
        if (between.some((x) => !x.joined)) break;
        if (isOrgKeyword(b.low, r) && !r.stop.has(b.low)) {
          const conn = toks[startIdx - 1];
          if (conn && r.conn.has(conn.low)) {
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
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Tok;
      // (not "von der Leyen": an article after a name particle)
      const p2 = toks[i - 2];
      if (t.cap && t.joined && r.articles.has((toks[i - 1] as Tok).low) && !(p2 && (p2.low === 'von' || p2.low === 'van')))
        articled.add(t.low);
    }
  }
  // lone capitalised words inside sentences (surname evidence)
  // (a capitalised word standing alone inside a sentence, not after a German article)
  const surnames = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!t.cap || t.sent || t.acr) continue;
    const p = toks[i - 1];
    const n = toks[i + 1];
    if (p && t.joined && (p.cap || p.acr) && !p.sent) continue;
    if (p && t.joined && (p.cap || p.acr) && p.sent && !weak(p)) continue;
    if (n?.joined && (n.cap || n.acr)) continue;
    if (p && r.articles.has(p.low)) continue;
    // inside a name with a connector: "Kivu do Norte", "Luigi di Maio"
    const p2 = toks[i - 2];
    if (p && t.joined && p.joined && r.conn.has(p.low) && p2 && (p2.cap || p2.acr)) continue;
    surnames.add(tokenKey(t.t, lang));
  }
  for (const sp of spans) {
    if (sp.kind) continue;
    sp.kind = classify(sp, r, lang, placeKey, articled, surnames);
  }

  // coordination: "em Recife, Camaragibe e Olinda" - an untyped name listed with a place is a place
  const byStart = [...spans].sort((a, b) => (a.toks[0]?.i ?? 0) - (b.toks[0]?.i ?? 0));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < byStart.length; k++) {
      const sp = byStart[k] as Span;
      if (sp.kind) continue;
      const a = byStart[k - 1];
      const b = byStart[k + 1];
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

  // 5. grouping
  return group(spans, lang, r);
}

function classify(
  sp: Span,
  r: LangRules,
  lang: string,
  placeKey: (ts: Tok[]) => string | undefined,
  articled: Set<string>,
  surnames: Set<string>,
): Kind | null {
  const ts = sp.toks;
  const k = nameKey(sp.text, 'en');
  if (MEDIA_KEYS.has(k)) return 'org';
  if (ts.length === 1 && !ts[0]?.acr && isGenericKeyword(ts[0] as Tok, r)) return null;
  if (ts.some((t) => isOrgKeyword(t.low, r))) return 'org';
  if (placeKey(ts) !== undefined) return 'loc';
  if (ts.length === 1) {
    const t = ts[0] as Tok;
    if (r.demonyms.has(t.low)) return null;
    if (t.acr) return t.t.length <= 8 ? 'org' : null;
    if (/^(?=.{2,4}$)\p{Lu}\p{Ll}*\p{Lu}/u.test(t.t)) return 'org'; // "PiS", "SoS"

    if (isOrgKeyword(t.low, r) || r.stop.has(t.low) || r.roles.has(t.low)) return null;
    if (sp.roleCue) return 'per';
    // "Officials said": a sentence-initial word needs to be seen inside a sentence too
    if (sp.speechCue && !(r.articles.size && articled.has(t.low)) && (!t.sent || surnames.has(tokenKey(t.t, lang)))) return 'per';
    // German "nach Angaben der Polizei": a noun phrase, not a place
    // German capitalises every noun ("in Erscheinung", "in Panik", "zum ersten Mal"): there a lone
    // word after "in" must not look like a common noun (seen after an article, noun suffix, plural -en/-s)
    const nx = sp.toks[0] ? nextTok(sp) : undefined;
    const deNoun =
      lang === 'de' &&
      ((!!nx && r.articles.has(nx.low)) ||
        articled.has(t.low) ||
        NOUN_SUFFIX_RE.test(t.low) ||
        /(?:en|ik|iz|ung|ei|s)$/u.test(t.low) ||
        t.low.length <= 3);
    if (sp.locCue && !deNoun) {
      sp.weakLoc = true;
      return 'loc';
    }
    return null; // decided later (alias of a person) or dropped
  }
  const words = ts.filter((t) => t.cap || t.acr);
  if (ts.some((t) => t.acr && t.t.length > 1 && !/^\p{Lu}\.?$/u.test(t.t)) && !ts.every((t) => t.acr)) return 'org';
  if (ts.every((t) => t.acr)) return 'org';
  // "El Alto", "La Paz": a capitalised article opens a place (media names are in the list)
  if (!sp.sentInitial && r.stop.has(ts[0]?.low ?? '') && ts[0]?.cap) return 'loc';
  if (ts.length > 4 || words.length > 4) return ts.length <= 6 && isGivenName(ts[0] as Tok, r) && !ts.some((t) => t.acr) ? 'per' : 'org';
  if (ts.some((t) => NOUN_SUFFIX_RE.test(t.low))) return null;
  const adj = ADJ_RE.get(lang);
  if (adj && ts.slice(0, -1).some((t) => adj.test(t.low))) return 'org';
  if (r.articles.size && ts.some((t) => articled.has(t.low))) return null;
  if (ts.some((t) => r.conn.has(t.low) && !PARTICLES.has(t.low))) return null;
  // "em Jaboatão dos Guararapes", "in Port Elmsley": a locative preposition before a name
  // that does not open with a given name
  if (sp.locCue && !isGivenName(ts[0] as Tok, r) && !sp.roleCue) {
    sp.weakLoc = true;
    return 'loc';
  }
  if (words.length >= 2) {
    // evidence: a role cue, a given name first, or the surname used alone elsewhere
    if (sp.roleCue || isGivenName(ts[0] as Tok, r) || surnames.has(tokenKey(ts[ts.length - 1]?.t ?? '', lang))) return 'per';
    return null;
  }
  void lang;
  return null;
}

interface Group {
  kind: Kind;
  forms: Map<string, number>;
  keys: string[];
  keyStr: string;
  order: number;
}

function group(spans: Span[], lang: string, r: LangRules): EntityGroup[] {
  const kOf = (s: string): string[] => nameKey(s, lang).split(' ').filter(Boolean);
  const groups: Group[] = [];
  const findGroup = (keys: string[], kind: Kind | null): Group | undefined => {
    const ks = keys.join(' ');
    const exact = groups.find((g) => (kind === null || g.kind === kind) && g.keyStr === ks);
    if (exact) return exact;
    return undefined;
  };
  // multi-token first so that lone surnames attach to full names
  const ordered = spans.map((s, i) => ({ s, i })).sort((a, b) => b.s.toks.length - a.s.toks.length || a.i - b.i);
  const pending: Span[] = [];
  for (const { s, i } of ordered) {
    const keys = kOf(s.text);
    if (!keys.length) continue;
    // lone word / short form ending with a known person's surname
    const alias = groups.find(
      (g) =>
        g.kind === 'per' &&
        keys.length < g.keys.length &&
        keys[keys.length - 1] === g.keys[g.keys.length - 1] &&
        keys.every((x) => g.keys.includes(x)),
    );
    if (alias && (s.kind !== 'loc' || s.weakLoc)) {
      alias.forms.set(s.text, (alias.forms.get(s.text) ?? 0) + 0);
      continue;
    }
    if (!s.kind) {
      pending.push(s);
      continue;
    }
    const g = findGroup(keys, s.kind) ?? findGroup(keys, null);
    if (g) {
      g.forms.set(s.text, (g.forms.get(s.text) ?? 0) + 1);
      continue;
    }
    groups.push({ kind: s.kind, forms: new Map([[s.text, 1]]), keys, keyStr: keys.join(' '), order: i });
  }
  // unknown lone words: keep when they match an existing group by key (any kind)
  for (const s of pending) {
    const keys = kOf(s.text);
    const ks = keys.join(' ');
    const g = groups.find((x) => x.keyStr === ks);
    if (g) g.forms.set(s.text, (g.forms.get(s.text) ?? 0) + 1);
  }
  // an acronym standing for an organisation named in full: "AP" / "Associated Press",
  // "СБУ" / "Служба безпеки України" (initials of the capitalised words)
  const initials = (name: string): string =>
    (name.match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((x) => /^\p{Lu}/u.test(x) && !r.stop.has(foldToken(x)))
      .map((x) => x.charAt(0))
      .join('')
      .toUpperCase();
  for (let a = 0; a < groups.length; a++) {
    const ga = groups[a] as Group;
    if (ga.kind !== 'org' || ga.forms.size !== 1) continue;
    const acr = [...ga.forms.keys()][0] ?? '';
    if (!/^[\p{Lu}]{2,6}$/u.test(acr)) continue;
    const full = groups.find(
      (g) => g !== ga && g.kind === 'org' && [...g.forms.keys()].some((f) => f.includes(' ') && initials(f) === acr),
    );
    if (full) {
      full.forms.set(acr, ga.forms.get(acr) ?? 1);
      groups.splice(a, 1);
      a--;
    }
  }
  // a person whose name is a single acronym-less word with no role cue is not kept; drop persons
  // that are also places by key
  const out: EntityGroup[] = [];
  const gz = gazetteer();
  groups.sort((a, b) => a.order - b.order);
  for (const g of groups) {
    const forms = [...g.forms.entries()];
    const maxTok = Math.max(...forms.map(([f]) => f.split(/\s+/).length));
    const best = forms
      .filter(([f]) => f.split(/\s+/).length === maxTok)
      .sort((a, b) => {
        const ga = gz.places.get(nameKey(a[0], lang)) === a[0] ? 1 : 0;
        const gb = gz.places.get(nameKey(b[0], lang)) === b[0] ? 1 : 0;
        return gb - ga || b[1] - a[1] || a[0].length - b[0].length;
      })[0]?.[0];
    if (!best) continue;
    const nom = g.kind === 'loc' ? gz.places.get(nameKey(best, lang)) : undefined;
    if (nom && nameKey(nom, lang) === nameKey(best, lang) && foldToken(nom) !== foldToken(best) && !g.forms.has(nom)) g.forms.set(nom, 0);
    out.push({
      kind: g.kind === 'per' ? 'person' : g.kind === 'org' ? 'organization' : 'location',
      name: nom && g.forms.has(nom) ? nom : best,
      forms: [...g.forms.keys()],
    });
  }
  void r;
  return out;
}
