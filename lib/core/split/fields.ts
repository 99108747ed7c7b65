/**
 * Map the columns of a CSV row or the fields of a JSON object to record fields, with the
 * name table in lib/rules/columns.ts. Unknown fields are kept as `extra`.
 */
import { COLUMN_NAMES, type MappedField } from '../../rules/columns.ts';
import type { StatedMeta } from '../types.ts';

/** Normalise a field name: camelCase humps, `_ - .` and spaces -> single spaces, lower case. */
export function normalizeFieldName(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s/]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Which source field feeds which record field. */
export type FieldMapping = Partial<Record<MappedField, string>>;

const ORDER: MappedField[] = ['text', 'title', 'published', 'url', 'authors', 'outlet', 'language'];

/**
 * Choose, for each record field, the source field that holds it: exact name matches first
 * (in the table's order), then names ending with a table word (`CONTENT_TITLE` -> title);
 * top-level fields before nested paths (`raw.source.name`). A field is used once.
 * @param names available field names (nested paths joined with `.`)
 * @param override explicit choices (e.g. from CLI flags), applied first
 */
export function mapFields(names: readonly string[], override: FieldMapping = {}): FieldMapping {
  const mapping: FieldMapping = { ...override };
  const used = new Set(Object.values(mapping));
  // A nested `x.publisher.name` is also tried as `x publisher`.
  const norm = names.flatMap((n) => {
    const base = { name: n, norm: normalizeFieldName(n), depth: n.split('.').length };
    return base.depth > 1 && base.norm.endsWith(' name') ? [base, { ...base, norm: base.norm.slice(0, -5) }] : [base];
  });
  for (const field of ORDER) {
    if (mapping[field]) continue;
    const candidates = COLUMN_NAMES[field];
    let found: string | undefined;
    for (const depth of [1, 2, 3, 4]) {
      for (const pass of ['exact', 'suffix'] as const) {
        for (const c of candidates) {
          const hit = norm.find(
            (n) => n.depth === depth && !used.has(n.name) && (pass === 'exact' ? n.norm === c : n.norm.endsWith(` ${c}`)),
          );
          if (hit) {
            found = hit.name;
            break;
          }
        }
        if (found) break;
      }
      if (found) break;
    }
    if (found) {
      mapping[field] = found;
      used.add(found);
    }
  }
  return mapping;
}

/** A value as display text: strings trimmed, numbers as written, arrays joined by `, `. */
export function asText(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof v === 'object' && 'name' in (v as object)) return asText((v as { name: unknown }).name);
  return undefined;
}

/** Author lists: arrays as they are; strings split on `;`, ` and `, `|` or `,` between names. */
export function asAuthors(v: unknown): string[] | undefined {
  if (Array.isArray(v)) {
    const list = v.map(asText).filter((x): x is string => !!x);
    return list.length ? list : undefined;
  }
  const s = asText(v);
  if (!s) return undefined;
  const parts = s
    .split(/\s*(?:;|\||\band\b|\bund\b|\bet\b|,)\s*/)
    .map((x) => x.trim())
    .filter((x) => x.length > 1);
  return parts.length ? parts : undefined;
}

/** Flatten nested objects to `a.b.c` paths (arrays and scalars are leaves), up to `maxDepth`. */
export function flatten(
  obj: Record<string, unknown>,
  maxDepth = 4,
  prefix = '',
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && maxDepth > 1) flatten(v as Record<string, unknown>, maxDepth - 1, path, out);
    else out[path] = v;
  }
  return out;
}

/** Record-level values read from one row or object with a mapping. */
export interface MappedValues {
  text: string;
  meta: StatedMeta;
  /** Fields not used by the mapping (kept for the researcher). */
  extra: Record<string, unknown>;
}

/** Apply a mapping to one flattened row. */
export function applyMapping(row: Record<string, unknown>, mapping: FieldMapping): MappedValues {
  const get = (f: MappedField) => (mapping[f] ? row[mapping[f] as string] : undefined);
  const meta: StatedMeta = {};
  const title = asText(get('title'));
  if (title) meta.title = title.replace(/\s+/g, ' ');
  const published = asText(get('published'));
  if (published) meta.published = published;
  const url = asText(get('url'));
  if (url) meta.url = url;
  const authors = asAuthors(get('authors'));
  if (authors) meta.authors = authors;
  const outlet = asText(get('outlet'));
  if (outlet) meta.outlet = outlet;
  const language = asText(get('language'));
  if (language) meta.language = language;
  const used = new Set(Object.values(mapping));
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!used.has(k) && v !== '' && v != null) extra[k] = v;
  const raw = get('text');
  return { text: typeof raw === 'string' ? raw : (asText(raw) ?? ''), meta, extra };
}
