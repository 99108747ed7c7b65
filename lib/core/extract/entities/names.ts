/**
 * Given-name lexicon for person classification: the German, Italian and Spanish first-name
 * lists of the `gender-detection-from-name` package (about 13,500 names, Latin script) plus
 * the curated `GIVEN_NAMES` table of `lib/rules/entities.ts` (Cyrillic, Polish, Portuguese,
 * French, English forms). Keys are `foldToken` forms (lower case, Latin accents dropped).
 * Built lazily once per process (~25 ms); the package's English and French lists are not
 * loaded (70 ms and 60 ms to build, and noisier).
 */
import deNames from 'gender-detection-from-name/names/de.js';
import esNames from 'gender-detection-from-name/names/es.js';
import itNames from 'gender-detection-from-name/names/it.js';
import { GIVEN_NAMES, LANGS, STOPWORDS } from '../../../rules/entities.ts';
import { foldToken } from './normalize.ts';

let cached: Set<string> | null = null;

/** The set of folded given names (built on first use). Never throws. */
export function givenNames(): Set<string> {
  if (cached) return cached;
  const s = new Set<string>();
  for (const m of [deNames, itNames, esNames] as Map<string, string>[]) for (const k of m.keys()) s.add(foldToken(k));
  for (const l of LANGS) for (const n of GIVEN_NAMES[l]) s.add(foldToken(n));
  // function words, months and weekdays are never given names here ("May", "June", "Will")
  for (const l of LANGS) for (const n of STOPWORDS[l]) s.delete(foldToken(n));
  cached = s;
  return s;
}
