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
import { AFTER_CUES, AS_WORDS, BEFORE_CUES, CITED_BY, PRONOUN_CUES, SKIP_WORDS, TIME_SKIP } from '../../rules/sources.ts';
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
  roles: Set<string>;
  skip: Set<string>;
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
    roles: new Set(ls.flatMap((l) => ROLES[l]).map((x) => x.toLowerCase())),
    skip: new Set([...ls.flatMap((l) => SKIP_WORDS[l]), ...ls.flatMap((l) => TIME_SKIP[l])].map((x) => x.toLowerCase())),
  };
  cache.set(lang, c);
  return c;
}

/** Cues whose object is the addressee ("told", "a indiqué à", "gegenüber", "in an interview with"). */
const TOLD = /(?:^told|\s(?:à|a|ao|al|do|dla)$|gegenüber|interview|entretien|intervista|entrevista|rozmowie|интервью|інтерв)/iu;

const DEMONYM_SET = new Set(Object.values(DEMONYMS).flat());

const CAP_RUN =
  /^[\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}.&'’-]*|(?:de|of|the|du|des|von|der|di|do|da|dos|das|del|y|e|i|и|і)(?=\s+[\p{Lu}])))*/u;

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
      const i = f.form ? (lo > 0 ? (occ[lo - 1] as number) : -1) : text.lastIndexOf(f.form, at);
      if (i >= 0 && i + f.form.length <= at && i + f.form.length > bestEnd && at - i < 600) {
        best = f;
        bestEnd = i + f.form.length;
      }
    });
    return best;
  };
  const nameAfter = (from: number, orgOnly = false): void => {
    let pos = from;
    for (let guard = 0; guard < 6; guard++) {
      const sp = /^[\s"«»“”„'’,]*/.exec(text.slice(pos));
      pos += sp?.[0].length ?? 0;
      const f = formAt(text.slice(pos, pos + 160));
      if (f) {
        if (f.kind === 'location' || (orgOnly && f.kind === 'person')) return;
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
      if (wm?.[1] && c.skip.has(wm[1].toLowerCase()) && !/^\p{Lu}{2,}$/u.test(wm[1])) {
        pos += wm[1].length + (wm[2] === "'" || wm[2] === '’' ? 1 : 0);
        continue;
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
    const rest = text.slice(pos, pos + 160);
    const run = CAP_RUN.exec(rest);
    if (run) {
      const words = run[0].split(/\s+/).slice(0, 5).join(' ');
      if (/^(?:The|Le|La|Les|Der|Die|Das|El|Il|Lo|O|A)$/u.test(words)) return;
      // "according to Ukrainian officials": a demonym is not a source
      if (DEMONYM_SET.has((words.split(' ')[0] ?? '').toLowerCase())) return;
      if (forms.some((f) => f.kind === 'location' && words.startsWith(f.form))) return;
      add(words);
    }
  };
  // "told Reuters", "a indiqué à l'AFP", "dijo a este diario": the addressee must be an organisation
  for (const m of cueMatches(c.before, text)) nameAfter(m.index + m[0].length, TOLD.test(m[0]));
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
