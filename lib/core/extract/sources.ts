/**
 * Sources the article attributes information to with a citing cue ("according to Reuters",
 * "selon l'AFP", "laut Frankfurter Rundschau", "по словам Орбана", "told NBC News").
 *
 * Algorithm: find each cue of `lib/rules/sources.ts` (word-bounded, case-insensitive); after
 * it, take the longest entity form of `extractEntityGroups` that starts there (reported by its
 * fullest name, so inflected "Орбана" gives "Виктор Орбан"), else skip articles, "agency"-like
 * and time words ("informó este miércoles el ...") and retry, else a capitalised run of up to
 * five words. A role word after the cue ("selon la présidente du parti") stands for the person
 * named next in the sentence, else the one named last before. "told"-like cues take only
 * organisations. Also: "X reported"/"X сообщил" (name right before the cue), pronoun cues
 * ("За його словами", "selon lui": the person named last), "as X said" ("come spiega
 * Orsini"), and "X, cited by Y" (X when an organisation). Places and demonyms are never
 * sources. Pure; never throws.
 */
import { DEMONYMS, LANGS, type Lang, ROLES } from '../../rules/entities.ts';
import {
  AFTER_CUES,
  ARTICLES,
  AS_WORDS,
  BEFORE_CUES,
  CITED_BY,
  INSTITUTION_NOUNS,
  INVERSION_OPENERS,
  NATIONAL_STEMS,
  PRONOUN_CUES,
  SKIP_WORDS,
  SPEECH_CUES,
  TIME_SKIP,
} from '../../rules/sources.ts';
import { speechTable } from '../../rules/speech.ts';
import { type EntityGroup, extractEntityGroups } from './entities.ts';

const esc = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');

/**
 * Cue regexes: global, Unicode, case-insensitive, each ending `(?![\p{L}])`. The word boundary
 * before a cue is checked by {@link cueMatches} rather than by a leading `(?<![\p{L}])`, which
 * keeps the regex engine from trying the lookbehind at every position (2.5x faster scans).
 * `citedBy` is the bare cue; {@link citedByStart} adds the comma and spaces before it.
 */
interface Compiled {
  before: RegExp;
  after: RegExp;
  pronoun: RegExp;
  as: RegExp;
  asName: RegExp;
  citedBy: RegExp;
  verbAfter: RegExp;
  verbAnywhere: RegExp;
  /** speech verbs (lower case, single-spaced), for "Lo afferma la Marina ucraina" */
  verbSet: Set<string>;
  /** last words of the speech verbs, and articles (lower case): the cheap test before `verbSet` */
  verbTail: Set<string>;
  /** words before an inverted speech verb ("Lo afferma ...", "Tak twierdzi ..."), lower case */
  openers: Set<string>;
  roles: Set<string>;
  skip: Set<string>;
  /** `BEFORE_CUES` that take only organisations (speech verbs), lower case, single-spaced */
  speech: Set<string>;
  /** national adjective stems, institution nouns, articles (lower case) */
  national: string[];
  institution: Set<string>;
  articles: Set<string>;
}
const cache = new Map<string, Compiled>();
const alt = (xs: string[]): string =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
function compiled(lang: string): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const verbs = speechTable(lang).verbs;
  const c: Compiled = {
    before: new RegExp(`(?:${alt(ls.flatMap((l) => BEFORE_CUES[l]))})(?![\\p{L}])`, 'giu'),
    after: new RegExp(`(?:${alt(ls.flatMap((l) => AFTER_CUES[l]))})(?![\\p{L}])`, 'giu'),
    pronoun: new RegExp(`(?:${alt(ls.flatMap((l) => PRONOUN_CUES[l]))})(?![\\p{L}])`, 'giu'),
    as: new RegExp(
      `(?:${alt(ls.flatMap((l) => AS_WORDS[l]))})\\s+(?:(?:l['’]a|l['’]|le|la|lo|il|ha|hat|a|sempre|also|already|ancora|bien|déjà|já|ya|уже|вже|już)\\s*)?(?:${alt(verbs)})(?![\\p{L}])`,
      'giu',
    ),
    asName: new RegExp(`(?:${alt(ls.flatMap((l) => AS_WORDS[l]))})\\s+`, 'giu'),
    citedBy: new RegExp(`(?:${alt(ls.flatMap((l) => CITED_BY[l]))})(?![\\p{L}])`, 'giu'),
    verbAfter: new RegExp(
      `^\\s*(?:(?:has|have|had|hat|ha|a|l['’]a|l['’]|le|la|lo|also|auch|anche|aussi|bereits|già|déjà|уже|вже)\\s+)?(?:${alt(verbs)})(?![\\p{L}])`,
      'iu',
    ),
    verbAnywhere: new RegExp(`(?<![\\p{L}])(?:${alt([...verbs, ...ls.flatMap((l) => AFTER_CUES[l])])})(?![\\p{L}])`, 'iu'),
    verbSet: new Set(verbs.map((v) => v.toLowerCase().replace(/\s+/g, ' '))),
    openers: new Set(ls.flatMap((l) => INVERSION_OPENERS[l])),
    verbTail: new Set([
      ...verbs.map((v) => v.toLowerCase().split(/\s+/).pop() ?? ''),
      ...'the le la les l der die das el los las il lo gli o os as a'.split(' '),
    ]),
    roles: new Set(ls.flatMap((l) => ROLES[l]).map((x) => x.toLowerCase())),
    speech: new Set(ls.flatMap((l) => SPEECH_CUES[l])),
    national: ls.flatMap((l) => NATIONAL_STEMS[l]),
    institution: new Set(ls.flatMap((l) => INSTITUTION_NOUNS[l])),
    articles: new Set(ls.flatMap((l) => ARTICLES[l]).map((x) => x.replace(/['’]$/, ''))),
    skip: new Set([...ls.flatMap((l) => SKIP_WORDS[l]), ...ls.flatMap((l) => TIME_SKIP[l])].map((x) => x.toLowerCase())),
  };
  cache.set(lang, c);
  return c;
}

/** Cues whose object is the addressee ("told", "a indiqué à", "gegenüber", "in an interview with"). */
const TOLD = /(?:^told|\s(?:à|a|ao|al|do|dla)$|gegenüber|interview|entretien|intervista|entrevista|rozmowie|интервью|інтерв)/iu;

const DEMONYM_SET = new Set(Object.values(DEMONYMS).flat());

const CAP_RUN =
  /^[\p{Lu}][\p{L}\p{N}.&'’-]*(?:[ \t\u00a0]+(?:[\p{Lu}\d][\p{L}\p{N}.&'’-]*|(?:de|of|the|du|des|von|der|di|do|da|dos|das|del|y|e|i|и|і)(?=[ \t\u00a0]+[\p{Lu}])))*/u;
/** A word that may end with a period inside a name: initials and dotted abbreviations ("U.S.", "B."). */
const ABBREV = /^(?:\p{L}\.)+$|^(?:Inc|Co|Jr|Sr|St|Mr|Dr|Ltd|Corp)\.$/u;

/** See the module doc. Never throws. */
export function extractSources(text: string, lang: string): string[] {
  try {
    return run(text ?? '', lang || 'und', extractEntityGroups('', text ?? '', lang || 'und'));
  } catch {
    return [];
  }
}

/** Same as `extractSources`, reusing entity groups already computed for the article. */
export function extractSourcesWith(text: string, lang: string, groups: EntityGroup[]): string[] {
  try {
    return run(text ?? '', lang || 'und', groups);
  } catch {
    return [];
  }
}

interface Form {
  form: string;
  name: string;
  kind: EntityGroup['kind'];
}

const IS_LETTER = /^\p{L}$/u;
const LETTER_BMP = new Uint8Array(0x10000);
/** Whether the code point ending right before UTF-16 offset `i` is a letter (`(?<=\p{L})`). */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return IS_LETTER.test(String.fromCharCode(h, c));
  }
  let k = LETTER_BMP[c] as number;
  if (k === 0) LETTER_BMP[c] = k = IS_LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/**
 * The matches of `re` (see {@link Compiled}) that do not follow a letter: what `(?<![\p{L}])re`
 * would match, scanning left to right (a match after a letter is dropped and the scan goes on
 * one unit further, as the lookbehind would).
 */
function cueMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (letterBefore(text, m.index)) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/**
 * Starts of the matches of `,?\s*(?:cue)(?![\p{L}])` (cue: `re`, see {@link Compiled}): each
 * cue match extended back over the white space and the comma before it, never into the
 * previous match.
 */
function citedByStarts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let floor = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let p = m.index;
    while (p > floor && /\s/.test(text[p - 1] as string)) p--;
    if (p > floor && text[p - 1] === ',') p--;
    out.push(p);
    floor = re.lastIndex;
  }
  return out;
}

/** Entity forms grouped by a key character, each group in the order of the whole list. */
function groupBy(forms: Form[], key: (f: Form) => number): Map<number, Form[]> {
  const by = new Map<number, Form[]>();
  for (const f of forms) {
    const k = key(f);
    const list = by.get(k);
    if (list) list.push(f);
    else by.set(k, [f]);
  }
  return by;
}

const NO_FORMS: Form[] = [];

/**
 * The word (letters, ' and ’) that ends before UTF-16 offset `i`, skipping white space, a comma
 * and an elided article's apostrophe ("l'"), lower case; '' when none within 40 units.
 */
function wordBefore(text: string, i: number): string {
  let e = i;
  const stop = Math.max(0, i - 40);
  while (e > stop && /[\s,]/.test(text[e - 1] as string)) e--;
  let b = e;
  while (b > stop && (letterBefore(text, b) || text[b - 1] === "'" || text[b - 1] === '’')) b--;
  return text.slice(b, e).toLowerCase().replace(/['’]$/, '');
}

/**
 * Per UTF-16 offset of `text`, 1 when it is inside quote marks of its paragraph: « » nest,
 * „ opens and “ closes in a paragraph that has a „ (German style), else “ opens and ” closes,
 * straight double quotes by parity. One pass over the text.
 */
function quoteMap(text: string): Uint8Array {
  const q = new Uint8Array(text.length + 1);
  let p = 0;
  while (p <= text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    const low = text.slice(p, e).includes('„');
    let guil = 0;
    let curly = 0;
    let straight = 0;
    for (let k = p; k < e; k++) {
      q[k] = guil > 0 || curly > 0 || straight % 2 === 1 ? 1 : 0;
      const ch = text.charCodeAt(k);
      if (ch === 0xab) guil++;
      else if (ch === 0xbb) guil--;
      else if (ch === 0x22) straight++;
      else if (ch === 0x201e) curly++;
      else if (ch === 0x201c) curly += low ? -1 : 1;
      else if (ch === 0x201d) curly--;
    }
    p = e + 1;
  }
  return q;
}

function run(text: string, lang: string, groups: EntityGroup[]): string[] {
  const c = compiled(lang);
  const forms: Form[] = [];
  for (const g of groups) for (const f of g.forms) forms.push({ form: f, name: g.name, kind: g.kind });
  forms.sort((a, b) => b.form.length - a.form.length);
  // candidates by first and by last UTF-16 unit (an empty form would match anywhere: no index)
  const indexed = !forms.some((f) => f.form === '');
  const byFirst = groupBy(forms, (f) => f.form.charCodeAt(0));
  const byLast = groupBy(forms, (f) => f.form.charCodeAt(f.form.length - 1));
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.trim().replace(/[.,;:]+$/, '');
    if (t && !out.includes(t)) out.push(t);
  };
  const formAt = (rest: string): Form | undefined =>
    (indexed ? (byFirst.get(rest.charCodeAt(0)) ?? NO_FORMS) : forms).find(
      (f) => rest.startsWith(f.form) && !/^[\p{L}\p{N}]/u.test(rest.slice(f.form.length)),
    );
  /** The form `head` ends with, not glued to a letter or digit before it. */
  const formEnding = (head: string): Form | undefined =>
    (indexed ? (byLast.get(head.charCodeAt(head.length - 1)) ?? NO_FORMS) : forms).find(
      (x) => head.endsWith(x.form) && !/[\p{L}\p{N}]$/u.test(head.slice(0, -x.form.length)),
    );
  // the name right after a cue: entity forms first (with their article: "Le Point"), else
  // after skipping articles, "agency"-like and time words; else a capitalised run
  const persons = forms.filter((f) => f.kind === 'person');
  // where each person form occurs (ascending), computed on first use
  let personAt: number[][] | undefined;
  const lastPersonBefore = (at: number): Form | undefined => {
    if (!personAt) {
      personAt = persons.map((f) => {
        const at: number[] = [];
        if (!f.form) return at;
        for (let i = text.indexOf(f.form); i >= 0; i = text.indexOf(f.form, i + 1)) at.push(i);
        return at;
      });
    }
    let best: Form | undefined;
    let bestEnd = -1;
    let bestStart = -1;
    persons.forEach((f, k) => {
      // text.lastIndexOf(f.form, at): the last occurrence starting at or before `at`
      const occ = personAt?.[k] ?? [];
      let lo = 0;
      let hi = occ.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((occ[mid] as number) <= at) lo = mid + 1;
        else hi = mid;
      }
      // the last occurrence outside quote marks ("« Je considère avec Matteo Salvini »")
      while (lo > 0 && inQuote((occ[lo - 1] as number) + f.form.length > at ? -1 : (occ[lo - 1] as number))) lo--;
      const i = f.form ? (lo > 0 ? (occ[lo - 1] as number) : -1) : text.lastIndexOf(f.form, at);
      if (i >= 0 && i + f.form.length <= at && i + f.form.length > bestEnd && at - i < 600) {
        best = f;
        bestEnd = i + f.form.length;
        bestStart = i;
      }
    });
    if (!best || c.verbAfter.test(text.slice(bestEnd, bestEnd + 60))) return best;
    // unless a speech verb follows it ("Marine Le Pen a affirmé"), the subject: the first
    // person named (outside quote marks) in that sentence ("Браун также утверждает, что ...
    // Владимир Путин ...")
    const head = text.slice(Math.max(0, bestStart - 300), bestStart);
    const cut = Math.max(head.lastIndexOf('\n'), ...['. ', '! ', '? '].map((x) => head.lastIndexOf(x)));
    const sentStart = bestStart - head.length + cut + 1;
    persons.forEach((f, k) => {
      for (const i of personAt?.[k] ?? []) {
        if (i >= bestStart) break;
        if (i >= sentStart && !inQuote(i)) {
          best = f;
          bestStart = i;
          break;
        }
      }
    });
    return best;
  };
  /**
   * Whether UTF-16 offset `i` is inside quote marks (see {@link quoteMap}, built on first use);
   * true for a negative `i`.
   */
  let quoted: Uint8Array | undefined;
  const inQuote = (i: number): boolean => {
    if (i < 0) return true;
    if (!quoted) quoted = quoteMap(text);
    return quoted[i] === 1;
  };
  /** Offset of the first word (not the first) of `s` where a person's form starts, or -1. */
  const personInside = (s: string): number => {
    for (let k = s.indexOf(' '); k > 0; k = s.indexOf(' ', k + 1)) {
      const f = formAt(s.slice(k + 1));
      if (f?.kind === 'person') return k;
    }
    return -1;
  };
  /** Whether a lower-case word is a national adjective ("ukrainian", "немецкой", "ucraina"). */
  const national = (w: string): boolean => c.national.some((st) => w.startsWith(st) && w.length > st.length);
  const nameAfter = (from: number, orgOnly = false): void => {
    let article = false;
    let afterNational = false;
    let pos = from;
    for (let guard = 0; guard < 6; guard++) {
      const sp = /^[\s"«»“”„'’,]*/.exec(text.slice(pos));
      pos += sp?.[0].length ?? 0;
      const f = formAt(text.slice(pos, pos + 160));
      if (f) {
        // "a statement from the Vatican", "selon le Kremlin": a place with an article, ending the clause
        if (f.kind === 'location') {
          if (article && !orgOnly && /^\s*(?:[.,;:)]|$)/u.test(text.slice(pos + f.form.length, pos + f.form.length + 3))) add(f.form);
          return;
        }
        if (orgOnly && f.kind === 'person') return;
        // "disse à AFP Evert van Zijtveld": an organisation form running into a person's name
        if (f.kind === 'organization') {
          const cut = personInside(f.form);
          if (cut > 0) {
            if (/^\p{Lu}/u.test(f.form)) add(f.form.slice(0, cut).replace(/\s+(?:de|of|du|des|von|der|di|da|do|del)$/u, ''));
            return;
          }
        }
        add(f.name);
        // "according to NBC News and the AP"
        const rest = text.slice(pos + f.form.length, pos + f.form.length + 160);
        const more = /^[\s,]+(?:and|et|und|y|e|i|и|і|та)\s+(?:the\s+|l['’]|la\s+|le\s+|der\s+|die\s+)?/iu.exec(rest);
        if (more) {
          const f2 = formAt(rest.slice(more[0].length));
          if (f2 && f2.kind !== 'location') add(f2.name);
        }
        return;
      }
      const wm = /^([\p{L}'’-]+?)(['’]|\s)/u.exec(text.slice(pos, pos + 40));
      const lw = wm?.[1]?.toLowerCase() ?? '';
      if (wm?.[1] && c.skip.has(lw) && !/^\p{Lu}{2,}$/u.test(wm[1])) {
        article = c.articles.has(lw);
        pos += wm[1].length + (wm[2] === "'" || wm[2] === '’' ? 1 : 0);
        continue;
      }
      article = false;
      // "the Ukrainian government", "il governo ucraino"; a national adjective alone is skipped
      // ("немецкой медиагруппе Funke")
      if (wm?.[1] && (national(lw) || c.institution.has(lw))) {
        const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(pos + wm[1].length, pos + wm[1].length + 40))?.[1] ?? '';
        const nl = next.toLowerCase();
        if ((national(lw) && c.institution.has(nl)) || (c.institution.has(lw) && national(nl))) {
          add(`${wm[1]} ${next}`);
          return;
        }
        if (national(lw)) {
          // only a known name may follow ("laut russischen Behörden" names no source)
          pos += wm[1].length;
          afterNational = true;
          continue;
        }
      }
      if (wm?.[1] && /^(l|d|all)$/i.test(wm[1]) && /['’]/.test(wm[2] ?? '')) {
        pos += wm[1].length + 1;
        continue;
      }
      // "selon la présidente du parti", "according to the spokesman": the person named last
      if (wm?.[1] && c.roles.has(wm[1].toLowerCase())) {
        if (orgOnly) return;
        // the holder named later in the sentence ("el comandante ..., coronel Hugo Callisaya"), else
        // the person named last before ("selon la présidente du parti")
        const sentence = /^[^.!?\n]*/u.exec(text.slice(pos, pos + 200))?.[0] ?? '';
        let ahead: Form | undefined;
        let at = Number.POSITIVE_INFINITY;
        for (const f of persons) {
          const i = sentence.indexOf(f.form);
          if (i >= 0 && i < at) {
            at = i;
            ahead = f;
          }
        }
        const p = ahead ?? lastPersonBefore(from);
        if (p) add(p.name);
        return;
      }
      break;
    }
    if (afterNational) return;
    const rest = text.slice(pos, pos + 160);
    const run = CAP_RUN.exec(rest);
    if (run) {
      // stop after a sentence end ("Ройтерс. Взети") and before a person's name ("AFP Evert van ...")
      const all = run[0].split(/\s+/).slice(0, 5);
      let n = 1;
      while (n < all.length && !(/\.$/.test(all[n - 1] as string) && !ABBREV.test(all[n - 1] as string))) n++;
      let words = all.slice(0, n).join(' ');
      const cut = personInside(words);
      if (cut > 0) words = words.slice(0, cut).trim();
      if (/^(?:The|Le|La|Les|Der|Die|Das|El|Il|Lo|O|A)$/u.test(words)) return;
      // "according to Ukrainian officials": a demonym is not a source
      if (DEMONYM_SET.has((words.split(' ')[0] ?? '').toLowerCase())) return;
      if (forms.some((f) => f.kind === 'location' && words.startsWith(f.form))) return;
      add(words);
    }
  };
  // "told Reuters", "a indiqué à l'AFP", "dijo a este diario": the addressee must be an organisation
  for (const m of cueMatches(c.before, text)) {
    nameAfter(m.index + m[0].length, TOLD.test(m[0]) || c.speech.has(m[0].toLowerCase().replace(/\s+/g, ' ')));
  }
  // "Lo afferma la Marina ucraina", "scrive Tetra Pak": a speech verb, then an organisation
  // (each organisation form looked up where it occurs, the words before it checked)
  const seenForm = new Set<string>();
  for (const f of forms) {
    if (f.kind !== 'organization' || !f.form || seenForm.has(f.form) || !/^\p{Lu}/u.test(f.form)) continue;
    seenForm.add(f.form);
    if (out.includes(f.name)) continue;
    for (let i = text.indexOf(f.form); i >= 0; i = text.indexOf(f.form, i + 1)) {
      // cheap test first: the word right before is a speech verb's last word or an article
      const prev = wordBefore(text, i);
      if (!prev || !c.verbTail.has(prev)) continue;
      if (letterBefore(text, i) || /^[\p{L}\p{N}]/u.test(text.slice(i + f.form.length, i + f.form.length + 1))) continue;
      const head = text
        .slice(Math.max(0, i - 48), i)
        .replace(/(?:^|\s)(?:the|le|la|les|l['’]|der|die|das|el|los|las|il|lo|gli|o|os|as|a)\s*$/iu, '')
        .replace(/[\s,]+$/u, '');
      const words = /(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+$/u.exec(head)?.[0].toLowerCase().split(/\s+/) ?? [];
      let hit = false;
      let verbLen = 0;
      for (let k = 0; k < words.length && !hit; k++) {
        hit = c.verbSet.has(words.slice(k).join(' '));
        if (hit) verbLen = words.slice(k).join(' ').length;
      }
      // inverted attribution only: after a quote or a comma ("», scrive Tetra Pak") or an
      // opener ("Lo afferma la Marina ucraina"), not "has called on the House"
      if (hit) {
        const before = head.slice(0, Math.max(0, head.length - verbLen)).replace(/\s+$/u, '');
        hit = /[,"»”“'’—–:-]$/u.test(before) || c.openers.has(/[\p{L}'’]+$/u.exec(before)?.[0].toLowerCase() ?? '');
      }
      if (hit && personInside(f.form) < 0) {
        add(f.name);
        break;
      }
    }
  }
  for (const m of cueMatches(c.as, text)) nameAfter(m.index + m[0].length);
  for (const m of cueMatches(c.after, text)) {
    // "Reuters reported", "Браун сообщил": the name ends right before the cue (no comma)
    const head = text.slice(Math.max(0, m.index - 120), m.index).replace(/\s+$/, '');
    const f = formEnding(head);
    if (f && f.kind !== 'location') add(f.name);
  }
  // "За його словами": the person named last before the cue
  for (const m of cueMatches(c.pronoun, text)) {
    const p = lastPersonBefore(m.index);
    if (p) add(p.name);
  }
  // "As Politico pointed out", "come Orsini ha spiegato": as-word, a name, a speech verb
  for (const m of cueMatches(c.asName, text)) {
    const pos = m.index + m[0].length;
    const rest = text.slice(pos, pos + 200);
    const f =
      formAt(rest.replace(/^(?:the|le|la|l['’]|der|die|das|il|el|o|a)\s*/iu, (x) => ' '.repeat(x.length)).trimStart()) ?? formAt(rest);
    if (!f || f.kind === 'location') continue;
    const idx = rest.indexOf(f.form);
    if (idx < 0 || idx > 5) continue;
    const tail = rest.slice(idx + f.form.length);
    // German puts the verb at the end of the clause: "wie das Ministerium in Moskau am 4. Mai mitteilte"
    const clause = lang === 'de' ? (/^[^,;:!?\n]{0,80}/u.exec(tail)?.[0] ?? '') : '';
    if (c.verbAfter.test(tail) || (clause && c.verbAnywhere.test(clause))) add(f.name);
  }
  // "Civil Defense, citée par Reuters": the cited organisation before the cue (a person cited
  // by an agency is a speaker, not a source)
  for (const at of citedByStarts(c.citedBy, text)) {
    const head = text.slice(Math.max(0, at - 120), at).replace(/\s+$/, '');
    const f = formEnding(head);
    if (f && f.kind === 'organization') add(f.name);
  }
  return out;
}
