/**
 * Name keys: case- and accent-folded tokens with a light suffix-stripping stemmer for the
 * inflecting languages (ru/uk/bg by Cyrillic script, pl by language), so that
 * "Орбан/Орбана/Орбаном", "Putina/Putin", "Kijów/Kijowie" share one key. The stemmer is a
 * longest-ending strip that leaves at least three letters (after Snowball-style ending lists,
 * much reduced).
 */

const CYR_ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ою',
  'ею',
  'ях',
  'ах',
  'ой',
  'ей',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ый',
  'ий',
  'ым',
  'им',
  'ью',
  'ию',
  'ії',
  'ія',
  'ію',
  'ої',
  'ій',
  'ої',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'о',
  'ь',
  'й',
  'і',
  'ї',
  'є',
].sort((a, b) => b.length - a.length);

const PL_ENDINGS = [
  'owie',
  'owi',
  'ach',
  'ami',
  'ego',
  'emu',
  'ich',
  'ych',
  'iem',
  'ie',
  'ow',
  'em',
  'om',
  'ej',
  'ym',
  'im',
  'a',
  'y',
  'i',
  'u',
  'e',
  'o',
].sort((a, b) => b.length - a.length);

const CYR = /[\u0400-\u04ff]/;

const foldMemo = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, drop accents (Latin only: Cyrillic й/ї keep their marks), unify apostrophes. Memoised. */
export function foldToken(t: string): string {
  const hit = foldMemo.get(t);
  if (hit !== undefined) return hit;
  let out: string;
  if (ASCII.test(t)) out = t.toLowerCase().replace(/`/g, "'");
  else {
    const lower = t
      .toLowerCase()
      .replace(/[’‘`´ʼ]/g, "'")
      .replace(/ё/g, 'е');
    out = CYR.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  }
  if (foldMemo.size > 200000) foldMemo.clear();
  foldMemo.set(t, out);
  return out;
}

/** Stem one folded token (see module doc). */
export function stemToken(folded: string, lang: string): string {
  if (folded.length < 4) return folded;
  if (CYR.test(folded)) {
    for (const e of CYR_ENDINGS) {
      if (folded.endsWith(e) && folded.length - e.length >= 3) {
        let s = folded.slice(0, -e.length);
        // Ukrainian і/о alternation in the last syllable: Харків / Харкова
        s = s.replace(/і([бвгґджзклмнпрстфхцчшщ])$/, 'о$1');
        return s;
      }
    }
    return folded.replace(/і([бвгґджзклмнпрстфхцчшщ])$/, 'о$1');
  }
  if (lang === 'pl') {
    // locative -rze of a stem in -r: "Twitterze" / "Twitter", "Piotrze" / "Piotr"
    if (folded.endsWith('rze') && folded.length >= 6) return folded.slice(0, -2);
    for (const e of PL_ENDINGS) {
      if (folded.endsWith(e) && folded.length - e.length >= 3) return folded.slice(0, -e.length);
    }
  }
  return folded;
}

const keyMemo = new Map<string, Map<string, string>>();

/** Key of one token: folded and stemmed. Memoised per language. */
export function tokenKey(t: string, lang: string): string {
  let m = keyMemo.get(lang);
  if (!m) {
    m = new Map();
    keyMemo.set(lang, m);
  }
  const hit = m.get(t);
  if (hit !== undefined) return hit;
  const k = stemToken(foldToken(t), lang);
  if (m.size > 100000) m.clear();
  m.set(t, k);
  return k;
}

const NAME_TOKEN = /[\p{L}\p{N}]+(?:['’ʼ.-][\p{L}\p{N}]+)*/gu;
const nameMemo = new Map<string, Map<string, string>>();

/** Key of a whole name: its tokens' keys joined by one space. Memoised per language. */
export function nameKey(name: string, lang: string): string {
  let m = nameMemo.get(lang);
  if (!m) {
    m = new Map();
    nameMemo.set(lang, m);
  }
  const hit = m.get(name);
  if (hit !== undefined) return hit;
  const toks = name.match(NAME_TOKEN) ?? [];
  const k = toks.map((t) => tokenKey(t, lang)).join(' ');
  if (m.size > 100000) m.clear();
  m.set(name, k);
  return k;
}

/** Case endings of adjectives and nouns (Cyrillic), longest first, for `obliqueKey`. */
const CYR_OBLIQUE = [
  ...'ыми ими ами ями ого его ому ему ых их ым им ые ие ый ий ая яя ой ей ую юю ое ее ом ем ов ев ам ям ах ях ої ій ою ею ії ію ія ів'.split(
    ' ',
  ),
  ...'а я у ю е и ы о ь й і ї є'.split(' '),
].sort((a, b) => b.length - a.length);
/** Case endings of adjectives and nouns (Polish), longest first, for `obliqueKey`. */
const PL_OBLIQUE = 'owie iego iemu iej ego emu ych ich ymi imi ami ach ej ym im ów om ia ii ią ię ie ą ę a y i e o u'
  .split(' ')
  .sort((a, b) => b.length - a.length);

/**
 * A coarser key of one word for the case forms of multi-word place names in ru/uk/bg/pl
 * ("Соединенных Штатов" / "Соединенные Штаты", "Wielkiej Brytanii" / "Wielka Brytania"): folded,
 * the longest adjective or noun case ending stripped (at least four letters left). Other
 * languages: the folded word. Not memoised (callers cache it).
 */
export function obliqueKey(t: string, lang: string): string {
  const f = foldToken(t);
  const cyr = CYR.test(f);
  if (!cyr && lang !== 'pl') return f;
  for (const e of cyr ? CYR_OBLIQUE : PL_OBLIQUE) if (f.endsWith(e) && f.length - e.length >= 4) return f.slice(0, -e.length);
  return f;
}
