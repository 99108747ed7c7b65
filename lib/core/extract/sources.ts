/**
 * Sources the article attributes information to with a citing cue ("according to Reuters",
 * "selon l'AFP", "laut Frankfurter Rundschau", "по словам Орбана", "told NBC News").
 *
 * Algorithm: find each cue of `lib/rules/sources.ts` (word-bounded, case-insensitive); after
 * it skip articles and words like "agency"/"newspaper", then take the longest entity form of
 * `extractEntityGroups` that starts there (reported by its fullest name, so inflected
 * "Орбана" gives "Виктор Орбан"), else a capitalised run of up to six words. "X reported"
 * cues look backwards for an entity form ending right before. Pure; never throws.
 */
import { LANGS, type Lang } from '../../rules/entities.ts';
import { AFTER_CUES, BEFORE_CUES, SKIP_WORDS } from '../../rules/sources.ts';
import { type EntityGroup, extractEntityGroups } from './entities.ts';

const esc = (s: string): string =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');

interface Compiled {
  before: RegExp;
  after: RegExp;
  skip: Set<string>;
}
const cache = new Map<string, Compiled>();
function compiled(lang: string): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const ls: Lang[] = (LANGS as readonly string[]).includes(lang) ? [lang as Lang] : [...LANGS];
  const before = [...new Set(ls.flatMap((l) => BEFORE_CUES[l]))].sort((a, b) => b.length - a.length).map(esc);
  const after = [...new Set(ls.flatMap((l) => AFTER_CUES[l]))].sort((a, b) => b.length - a.length).map(esc);
  const c: Compiled = {
    before: new RegExp(`(?<![\\p{L}])(?:${before.join('|')})(?![\\p{L}])`, 'giu'),
    after: new RegExp(`(?<![\\p{L}])(?:${after.join('|')})(?![\\p{L}])`, 'giu'),
    skip: new Set(ls.flatMap((l) => SKIP_WORDS[l]).map((s) => s.toLowerCase())),
  };
  cache.set(lang, c);
  return c;
}

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

function run(text: string, lang: string, groups: EntityGroup[]): string[] {
  const c = compiled(lang);
  const forms: [string, string][] = [];
  for (const g of groups) for (const f of g.forms) forms.push([f, g.name]);
  forms.sort((a, b) => b[0].length - a[0].length);
  const out: string[] = [];
  const add = (s: string): void => {
    const t = s.trim().replace(/[.,;:]+$/, '');
    if (t && !out.includes(t)) out.push(t);
  };
  for (const m of text.matchAll(c.before)) {
    let pos = (m.index ?? 0) + m[0].length;
    // skip spaces, quotes and skip-words
    for (let guard = 0; guard < 4; guard++) {
      const sp = /^[\s"«»“”„'’]*/.exec(text.slice(pos));
      pos += sp?.[0].length ?? 0;
      const wm = /^([\p{L}]+)(['’]|\s)/u.exec(text.slice(pos));
      if (wm?.[1] && c.skip.has(wm[1].toLowerCase()) && !/^\p{Lu}{2,}$/u.test(wm[1])) {
        pos += wm[1].length + (wm[2] === "'" || wm[2] === '’' ? 1 : 0);
        continue;
      }
      if (wm?.[1] && /^(l|d|all)$/i.test(wm[1]) && /['’]/.test(wm[2] ?? '')) {
        pos += wm[1].length + 1;
        continue;
      }
      break;
    }
    const rest = text.slice(pos, pos + 160);
    const f = forms.find(([form]) => rest.startsWith(form) && !/^[\p{L}\p{N}]/u.test(rest.slice(form.length)));
    if (f) {
      add(f[1]);
      // "according to NBC News and the AP"
      const more = /^[\s,]+(?:and|et|und|y|e|i|и|і|та)\s+(?:the\s+|l['’]|la\s+|le\s+|der\s+|die\s+)?/iu.exec(rest.slice(f[0].length));
      if (more) {
        const rest2 = rest.slice(f[0].length + more[0].length);
        const f2 = forms.find(([form]) => rest2.startsWith(form) && !/^[\p{L}\p{N}]/u.test(rest2.slice(form.length)));
        if (f2) add(f2[1]);
      }
      continue;
    }
    const run = CAP_RUN.exec(rest);
    if (run) {
      const words = run[0].split(/\s+/).slice(0, 6).join(' ');
      if (!/^(?:The|Le|La|Les|Der|Die|Das|El|Il|Lo|O|A)$/u.test(words)) add(words);
    }
  }
  for (const m of text.matchAll(c.after)) {
    const head = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0).replace(/[\s,]+$/, '');
    const f = forms.find(([form]) => head.endsWith(form) && !/[\p{L}\p{N}]$/u.test(head.slice(0, -form.length)));
    if (f) add(f[1]);
  }
  return out;
}
