/**
 * Persons' names after entity extraction: the nominative form of a name the article only gives
 * in an oblique case, a leading common noun dropped ("Заявление Владимира Зеленского" ->
 * "Владимир Зеленский"), and quotation speakers mapped to the entity's name ("Sylwii Spurek" ->
 * "Sylwia Spurek", "Konashenkov" kept when the article never names him otherwise).
 *
 * The case paradigms are data (`PERSON_CASES` in lib/rules/entities.ts); a paradigm applies
 * only when it turns the given name into a known given name (the lexicon of
 * `./entities/names.ts`), so nominative names and unknown words are never changed.
 */
import { type Lang, PERSON_CASES, QUANTIFIERS } from '../../rules/entities.ts';

const QUANTITY = new Set(QUANTIFIERS);

import { gazetteer } from './entities/gazetteer.ts';
import { givenNames } from './entities/names.ts';
import { foldToken, nameKey, tokenKey } from './entities/normalize.ts';
import type { EntityGroup } from './entities.ts';

const isGiven = (t: string): boolean => givenNames().has(foldToken(t));

/** `word` with the ending `from` (lower case) replaced by `to`, or null when it lacks it. */
function swapEnding(word: string, from: string, to: string): string | null {
  if (!word.toLowerCase().endsWith(from) || word.length - from.length < 2) return null;
  return word.slice(0, word.length - from.length) + to;
}

/**
 * The nominative of a person's name written in an oblique case, by the language's
 * `PERSON_CASES` table: the first paradigm that turns the first word into a known given name
 * also sets the case of the words after it. `name` unchanged when its first word already is a
 * known given name, when no paradigm fits, or for languages without a table.
 * @param name words separated by single spaces, e.g. "Бориса Джонсона"
 * @param lang ISO 639-1 code
 */
export function nominativeName(name: string, lang: string): string {
  const cases = PERSON_CASES[lang as Lang];
  if (!cases) return name;
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (words.length < 2 || isGiven(first)) return name;
  for (const c of cases) {
    let lemma: string | null = null;
    for (const [from, to] of c.given) {
      const x = swapEnding(first, from, to);
      if (x && isGiven(x)) {
        lemma = x;
        break;
      }
    }
    if (!lemma) continue;
    const rest = words.slice(1).map((w) => {
      for (const [from, to] of c.rest) {
        const x = swapEnding(w, from, to);
        if (x) return x;
      }
      return w;
    });
    return [lemma, ...rest].join(' ');
  }
  return name;
}

/**
 * A person's name without a leading capitalised common noun: three or more words whose first
 * is no given name while the second is one (after {@link nominativeName}'s paradigms), as in a
 * sentence-initial "Заявление Владимира Зеленского" or "Ministerpräsident Winfried Kretschmann";
 * of two names run together, the last (a known given name from the third word on starts it).
 */
export function withoutLeadingNoun(name: string, lang: string): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  // two names run together ("Михаила Горбачева Виктор Мироненко": the foundation of one, the other speaking)
  // (the first in an oblique case, so no given name as written: "Luiz Inacio Lula da Silva" stays whole)
  if (!isGiven(words[0] as string) && words.every((w) => /^\p{Lu}/u.test(w)))
    for (let i = 2; i < words.length - 1; i++) if (isGiven(words[i] as string)) return words.slice(i).join(' ');
  const [w0, w1] = words as [string, string];
  if (isGiven(w0) || !/^\p{Lu}\p{Ll}{2,}$/u.test(w0) || !/^\p{Lu}/u.test(w1)) return name;
  const second = words.slice(1).join(' ');
  if (isGiven(w1) || nominativeName(second, lang) !== second) return second;
  return name;
}

/**
 * A spelling key that unites the German, English, French and Polish transliterations of one
 * Slavic surname ("Konaschenkow", "Konashenkov"; "Lawrow", "Lavrov"): lower case, accents
 * dropped, sch/tsch/sz -> sh/ch, w -> v, j -> y, final -ow/-ew/-ij/-yj -> -ov/-ev/-iy/-iy.
 */
export function spellingKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/tsch/g, 'ch')
    .replace(/sch|sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(?:iy|yy|ii)$/, 'iy');
}

/** All letters capitals, five or more of them: a dateline's or a headline's shouting, not an acronym. */
function isShouted(name: string): boolean {
  return /^[\p{Lu}\s-]+$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 5 && !gazetteer().acronyms.has(name);
}

/** "NEW YORK" -> "New York", "ТАЛЛИН" -> "Таллин". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Same person (stem keys of every word of `a` among those of `b`, last words equal). */
function sameName(a: string, b: string, lang: string): boolean {
  const ka = a.split(' ').map((t) => tokenKey(t, lang));
  const kb = b.split(' ').map((t) => tokenKey(t, lang));
  return ka.at(-1) === kb.at(-1) && ka.every((k) => kb.includes(k));
}

/**
 * Person groups with nominative, noun-free names (see the module doc); groups whose names
 * become equal are merged (forms united, first kept). A one-word "person" that is the first
 * word of an organisation named in the article ("Przewodniczący Dumy" beside "Dumy
 * Państwowej") is dropped. A place written in capitals (a dateline's "ТАЛЛИН") gets the
 * gazetteer's form or capitalised words. Other kinds pass through. Never throws.
 */
export function tidyPersons(groups: EntityGroup[], lang: string): EntityGroup[] {
  const out: EntityGroup[] = [];
  const byName = new Map<string, EntityGroup>();
  // first words of the organisations' multi-word forms ("Dumy" of "Dumy Państwowej")
  const orgHeads = new Set<string>();
  for (const g of groups)
    if (g.kind === 'organization') for (const f of g.forms) if (f.includes(' ')) orgHeads.add(tokenKey(f.slice(0, f.indexOf(' ')), lang));
  for (const g of groups) {
    if (g.kind === 'location' && isShouted(g.name)) {
      // a dateline's capitals ("ТАЛЛИН, 5 мая"): the gazetteer's form, else capitalised words
      const display = gazetteer().places.get(nameKey(g.name, lang)) ?? titleCase(g.name);
      out.push({ ...g, name: display, forms: g.forms.includes(display) ? g.forms : [...g.forms, display] });
      continue;
    }
    if (g.kind !== 'person') {
      out.push(g);
      continue;
    }
    // a quantity and a plural noun ("Hunderte Menschen") names nobody
    if (QUANTITY.has(g.name.slice(0, Math.max(0, g.name.indexOf(' '))).toLowerCase())) continue;
    // one word that heads an organisation's name in this article is that organisation ("Przewodniczący Dumy")
    if (!g.name.includes(' ') && !isGiven(g.name) && orgHeads.has(tokenKey(g.name, lang))) continue;
    // a surname alone in another transliteration of a full name given elsewhere ("Konashenkov",
    // "Igor Konaschenkow"), or one word of exactly one full name ("Lula", "Luiz Inacio Lula da Silva")
    if (!g.name.includes(' ')) {
      const key = spellingKey(g.name);
      const k = tokenKey(g.name, lang);
      const fulls = groups.filter((o) => o.kind === 'person' && o.name.includes(' '));
      const inName = fulls.filter((o) => o.name.split(' ').some((t) => tokenKey(t, lang) === k));
      const full =
        inName.length === 1
          ? inName[0]
          : /^\p{Script=Cyrillic}/u.test(g.name)
            ? undefined
            : fulls.find((o) => spellingKey(o.name.slice(o.name.lastIndexOf(' ') + 1)) === key);
      if (full) {
        full.forms.push(...g.forms.filter((f) => !full.forms.includes(f)));
        continue;
      }
    }
    const name = nominativeName(withoutLeadingNoun(g.name, lang), lang);
    const seen = byName.get(name);
    if (seen) {
      for (const f of g.forms) if (!seen.forms.includes(f)) seen.forms.push(f);
      continue;
    }
    const tidy = name === g.name ? g : { ...g, name, forms: g.forms.includes(name) ? g.forms : [...g.forms, name] };
    byName.set(name, tidy);
    out.push(tidy);
  }
  return out;
}

/**
 * The entity name for a quotation's speaker: the person or organisation group that has the
 * speaker among its forms, or whose name contains the speaker's words (stem keys, same last
 * word) or, for one word, the one person's full name that holds it, else the speaker tidied
 * like a person's name; null for a place of the gazetteer
 * (coreference that ran to the last name, a place: "— говорит протестующая" after "Америки"). Null stays null. Never throws.
 */
export function speakerName(speaker: string | null, groups: EntityGroup[], lang: string): string | null {
  if (!speaker) return speaker;
  // a place is no speaker: coreference ran to the last name, and that name was a place
  const places = gazetteer();
  if (places.acronyms.has(speaker) || places.places.has(nameKey(speaker, lang))) return null;
  for (const g of groups) if (g.kind !== 'location' && (g.name === speaker || g.forms.includes(speaker))) return g.name;
  const tidy = nominativeName(withoutLeadingNoun(speaker, lang), lang);
  for (const g of groups) if (g.kind === 'person' && (g.name === tidy || sameName(tidy, g.name, lang))) return g.name;
  for (const g of groups) if (g.kind === 'person' && sameName(speaker, g.name, lang)) return g.name;
  // one word found in exactly one person's full name ("Lula" -> "Luiz Inacio Lula da Silva")
  if (!tidy.includes(' ')) {
    const k = tokenKey(tidy, lang);
    const hits = groups.filter(
      (g) => g.kind === 'person' && g.name.includes(' ') && g.name.split(' ').some((t) => tokenKey(t, lang) === k),
    );
    if (hits.length === 1) return (hits[0] as EntityGroup).name;
  }
  return tidy;
}
