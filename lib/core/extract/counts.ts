/**
 * Reported figures of people affected ("au moins 150 civils ont été tués" ->
 * {value: 150, object: 'civils', kind: 'killed', text: 'au moins 150 civils ont été tués'}).
 *
 * Algorithm: per sentence ("U.S." and "3.5" do not end one), each number (digits with
 * thousands separators, "1,5 million", "3 mln", small number words and their inflected or
 * collective forms: "трьох", "четверо") is read with the word after it as its object
 * (capitalised modifiers skipped: "three U.S. Army colonels"). Numbers followed by units,
 * money, percentages, time spans, dates ("14 de diciembre") or ages ("24-річний"), and bare
 * years, are skipped. A figure after a subset word ("entre ellas nueve policías") takes the
 * kind of the cue before it.
 * The kind comes from the nearest kind cue (lib/rules/counts.ts) in the next six or the
 * previous four words of the same sentence; without a cue, a people noun as object gives
 * `other`, anything else is dropped. One entry per (value, kind), first mention kept.
 * Pure; never throws.
 */

import {
  type CountKind,
  KIND_CUES,
  NOT_PEOPLE,
  NUMBER_FORMS,
  NUMBER_WORDS,
  PEOPLE_NOUNS,
  SCALES,
  SUBSET_WORDS,
} from '../../rules/counts.ts';
import { LANGS, type Lang } from '../../rules/entities.ts';
import type { Count } from '../schema.ts';

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

interface Tables {
  cues: [CountKind, string][];
  people: string[];
  numWords: Map<string, number>;
  notPeople: Set<string>;
}

const cache = new Map<string, Tables>();
function tables(lang: string): Tables {
  const hit = cache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const cues: [CountKind, string][] = [];
  const people: string[] = [];
  const numWords = new Map<string, number>();
  for (const l of ls) {
    for (const [k, stems] of Object.entries(KIND_CUES[l]) as [CountKind, string[]][]) for (const s of stems) cues.push([k, fold(s)]);
    for (const p of PEOPLE_NOUNS[l]) people.push(fold(p));
    // value 1 words double as articles: skip them
    NUMBER_WORDS[l].forEach((wd, i) => {
      if (i > 0) numWords.set(fold(wd), i + 1);
    });
    for (const [wd, v] of Object.entries(NUMBER_FORMS[l] ?? {})) {
      // apostrophe variants: п'ять / п’ять / пʼять
      for (const a of ["'", '’', 'ʼ']) numWords.set(fold(wd.replace(/'/g, a)), v);
    }
  }
  const t: Tables = { cues, people, numWords, notPeople: new Set(NOT_PEOPLE.map(fold)) };
  cache.set(lang, t);
  return t;
}

const TOKEN_RE = /\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[\p{L}][\p{L}\p{M}'’ʼ-]*|[%$€£]/gu;
/** A sentence: a period inside "U.S." / "3.5" / "J. Smith" does not end it. */
const SENTENCE_RE = /(?:[^\n.!?]|[.!?](?=[\p{L}\d])|(?<=(?:^|[\s(.])\p{Lu})\.)+[.!?]*/gu;
const SUBSET = new Set(SUBSET_WORDS.map(fold));
const DATE_PREP = new Set(['de', 'del', 'di', 'of', 'do', 'da']);
const QUALIFIERS =
  /(?:at least|more than|over|up to|nearly|almost|about|around|au moins|plus de|près de|environ|jusqu'à|mindestens|mehr als|über|rund|etwa|fast|al menos|más de|cerca de|casi|almeno|oltre|più di|circa|quasi|pelo menos|mais de|cerca de|quase|не менее|более|около|почти|по меньшей мере|свыше|щонайменше|понад|близько|майже|щонайменш|co najmniej|ponad|około|prawie|blisko|najmniej)\s*$/iu;
const MONTHS =
  /^(jan|feb|fev|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aou|aoû|sep|oct|nov|dec|déc|dez|ene|gen|giu|lug|ago|set|ott|dic|janv|févr|stycz|lut|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud|январ|феврал|март|апрел|мая|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)/u;

interface T {
  raw: string;
  low: string;
  s: number;
  e: number;
}

function parseNumber(raw: string): number | null {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** See the module doc. `text` is the cleaned body (title may be prepended). Never throws. */
export function extractCounts(text: string, lang: string): Count[] {
  try {
    return run(text ?? '', lang || 'und');
  } catch {
    return [];
  }
}

function run(text: string, lang: string): Count[] {
  const tb = tables(lang);
  const out: Count[] = [];
  const seen = new Set<string>();
  for (const sm of text.matchAll(SENTENCE_RE)) {
    const sent = sm[0];
    const base = sm.index ?? 0;
    if (!/\d|\p{L}/u.test(sent)) continue;
    const toks: T[] = [];
    for (const m of sent.matchAll(TOKEN_RE)) {
      const s = m.index ?? 0;
      toks.push({ raw: m[0], low: fold(m[0]), s, e: s + m[0].length });
    }
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as T;
      let value: number | null = null;
      let isDigit = false;
      if (/^\d/.test(t.raw)) {
        value = parseNumber(t.raw);
        isDigit = true;
      } else value = tb.numWords.get(t.low) ?? null;
      if (value === null) continue;
      let j = i + 1;
      const scale = toks[j] && SCALES[toks[j]?.low ?? ''];
      if (scale) {
        value *= scale;
        j++;
      }
      // "3 000 000" already joined; "1,5 mln" handled by parse + scale
      const next = toks[j];
      if (!next) continue;
      const prev = toks[i - 1];
      if (tb.notPeople.has(next.low) || /^[%$€£]/.test(next.raw)) continue;
      if (prev && /^[$€£]$/.test(prev.raw)) continue;
      if (MONTHS.test(next.low) && next.low.length <= 9) continue;
      // "14 de diciembre", "3 of March"
      const next2 = toks[j + 1];
      if (DATE_PREP.has(next.low) && next2 && MONTHS.test(next2.low) && next2.low.length <= 10) continue;
      if (isDigit && value >= 1900 && value <= 2100 && !/[ .,]/.test(t.raw)) continue;
      if (/^\d/.test(next.raw)) continue;
      // the char right after the number: "150-" ranges, "%"
      const after = sent.slice(t.e, t.e + 2);
      if (/^\s?%/.test(after) || /^[:/]/.test(after)) continue;
      // "24-річному", "5-year-old", "24-jährige": ages and other compounds
      if (isDigit && /^-\p{L}/u.test(after)) continue;
      // kind: the nearest cue, after (6 words, not past another number) or before (4 words)
      let kind: CountKind | 'other' | null = null;
      let cueIdx = -1;
      let fwd = -1;
      for (let k = j; k < Math.min(toks.length, j + 7); k++) {
        const tk = toks[k] as T;
        if (k > j && /^\d/.test(tk.raw)) break;
        if (cueOf(tk.low, tb)) {
          fwd = k;
          break;
        }
      }
      let bwd = -1;
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (/^\d/.test((toks[k] as T).raw) || tb.numWords.has((toks[k] as T).low)) break;
        if (cueOf((toks[k] as T).low, tb)) {
          bwd = k;
          break;
        }
      }
      // a cue that follows an earlier number belongs to that number ("12 injured and 3 killed")
      // ... unless a subset word stands between ("23 wounded, among them nine police officers")
      const subset = bwd >= 0 && toks.slice(bwd + 1, i).some((x) => SUBSET.has(x.low));
      for (let k = bwd - 1; bwd >= 0 && !subset && k >= Math.max(0, bwd - 5); k--) {
        const tk = toks[k] as T;
        if (/^\d/.test(tk.raw) || tb.numWords.has(tk.low)) {
          bwd = -1;
          break;
        }
      }
      if (fwd >= 0 && (bwd < 0 || fwd - i <= i - bwd)) cueIdx = fwd;
      else if (bwd >= 0) cueIdx = bwd;
      if (cueIdx >= 0) kind = cueOf((toks[cueIdx] as T).low, tb);
      const isPeople = (x: T | undefined): boolean => !!x && tb.people.some((p) => x.low === p || (p.length > 4 && x.low.startsWith(p)));
      let objIsPeople = isPeople(next);
      // "three U.S. Army colonels": capitalised modifiers before the people noun
      let obj = next;
      for (let k = j + 1; !objIsPeople && k < Math.min(toks.length, j + 4); k++) {
        const tk = toks[k] as T;
        if (isPeople(tk) && toks.slice(j, k).every((x) => /^\p{Lu}/u.test(x.raw))) {
          objIsPeople = true;
          obj = tk;
        }
      }
      const nextCue = cueOf(next.low, tb);
      if (!kind) {
        if (!objIsPeople || !isDigit) continue;
        kind = 'other';
      }
      if (!isDigit && !objIsPeople && !nextCue) continue;
      const key = `${value}|${kind}`;
      if (seen.has(key) || (kind === 'other' && [...seen].some((k) => k.startsWith(`${value}|`)))) continue;
      seen.add(key);
      const q = QUALIFIERS.exec(sent.slice(0, t.s));
      const from = q ? q.index : t.s;
      const to = Math.max(next.e, cueIdx >= 0 ? (toks[cueIdx] as T).e : next.e);
      out.push({ value, object: obj.raw, kind: kind as Count['kind'], text: sent.slice(from, to).trim() });
      void base;
    }
  }
  return out;
}

function cueOf(low: string, tb: Tables): CountKind | null {
  for (const [k, stem] of tb.cues) {
    if (stem.length <= 3 ? low === stem : low.startsWith(stem)) return k;
  }
  return null;
}
