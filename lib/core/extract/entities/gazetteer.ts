/**
 * Place gazetteer for entity classification: country names in the covered languages (from the
 * `i18n-iso-countries` package, which ships local names and common aliases) plus the curated
 * continents and regions (`EXTRA_PLACES`) and major cities (`CITIES`) of `lib/rules/entities.ts`. Keys are folded with
 * `nameKey` so inflected Slavic forms ("России", "Rosji") hit their nominative entry.
 * Built lazily once per process (~10 ms).
 */
import bg from 'i18n-iso-countries/langs/bg.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import { CITIES, EXTRA_PLACES, LANGS, LOC_ACRONYMS } from '../../../rules/entities.ts';
import { nameKey, obliqueKey } from './normalize.ts';

interface CountryLocale {
  locale: string;
  countries: Record<string, string | string[]>;
}
const LOCALES: CountryLocale[] = [bg, de, en, es, fr, it, pl, pt, ru, uk] as CountryLocale[];

/** Names that are country names in some language but far more often something else. */
const AMBIGUOUS = new Set(['chad', 'jersey', 'georgia', 'jordan', 'guinea', 'turkey', 'niger', 'man', 'us', 'oman', 'peru', 'china']);

export interface Gazetteer {
  /** nameKey of a place name -> the name as listed (nominative). */
  places: Map<string, string>;
  /** Exact-case acronyms of places (USA, РФ). */
  acronyms: Set<string>;
  /** Key of the first token of every multi-word place name ("new", "buenos"). */
  starts: Set<string>;
  /** `obliqueKey`s (joined by spaces) of multi-word place names of ru/uk/bg/pl -> the name as listed. */
  oblique: Map<string, string>;
  /** `obliqueKey` of the first word of every `oblique` name. */
  oblStarts: Set<string>;
}

const SLAVIC = new Set(['ru', 'uk', 'bg', 'pl']);

let cached: Gazetteer | null = null;

/** The shared gazetteer (built on first use). Never throws. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, string>();
  const acronyms = new Set<string>(LOC_ACRONYMS);
  const oblique = new Map<string, string>();
  const oblStarts = new Set<string>();
  const add = (name: string, lang: string): void => {
    const n = name.trim();
    if (!n) return;
    if (/^[\p{Lu}.]{2,6}$/u.test(n)) {
      acronyms.add(n);
      return;
    }
    if (AMBIGUOUS.has(n.toLowerCase()) && lang === 'en') return;
    const display = n.charAt(0).toUpperCase() + n.slice(1);
    for (const k of [nameKey(n, lang), nameKey(n, 'en')]) if (k && !places.has(k)) places.set(k, display);
    const ws = n.split(' ');
    if (ws.length >= 2 && SLAVIC.has(lang)) {
      const ks = ws.map((x) => obliqueKey(x, lang));
      const ok = ks.join(' ');
      if (!oblique.has(ok)) oblique.set(ok, display);
      oblStarts.add(ks[0] as string);
    }
  };
  for (const loc of LOCALES) {
    for (const v of Object.values(loc.countries)) {
      for (const raw of Array.isArray(v) ? v : [v]) {
        // "КНР (Китайская Народная Республика)", "Congo, The Democratic Republic of the"
        for (const part of raw.split(/[(),]/)) add(part, loc.locale);
      }
    }
  }
  for (const lang of LANGS) for (const p of EXTRA_PLACES[lang]) add(p.replace(/_/g, ' '), lang);
  for (const lang of LANGS) for (const p of CITIES[lang]) add(p.replace(/_/g, ' '), lang);
  const starts = new Set<string>();
  for (const k of places.keys()) {
    const sp = k.indexOf(' ');
    if (sp > 0) starts.add(k.slice(0, sp));
  }
  cached = { places, acronyms, starts, oblique, oblStarts };
  return cached;
}
