/**
 * HTML page -> one SourceDoc: metadata from JSON-LD, Open Graph and `<meta>`, main content
 * from our port of Mozilla Readability's scoring (lib/core/split/content.ts) on an htmlparser2
 * tree, rendered to paragraphs (one block element per paragraph).
 */
import { BOILERPLATE_CUES } from '../../rules/boilerplate.ts';
import { HTML_CUES } from '../../rules/html.ts';
import type { StatedMeta } from '../types.ts';
import { findMainContent, type HEl, type ParsedPage, parsePage } from './content.ts';

/** Result of HTML extraction, before cleaning. */
export interface HtmlExtraction {
  meta: StatedMeta;
  /** Main-content paragraphs in reading order. */
  paragraphs: string[];
  /** Figure captions found inside the main content (credit parts cut off). */
  captions: string[];
  /** Photo credit holders cut off the captions ("Photo: John Smith/Valley Post"). */
  credits: string[];
  /** Pieces dropped by the extractor, with reasons. */
  removed: { text: string; reason: string }[];
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'figure',
  'figcaption',
  'br',
  'hr',
  'address',
  'details',
  'summary',
  'form',
]);
/** class of a caption block that is not a `<figcaption>` ("wp-caption-text", "caption-full"). */
const RX_CAPTION = new RegExp(HTML_CUES.caption, 'i');
// Not rendered (the parser does not build scripts, styles, SVG and form controls at all).
const SKIP = new Set(['input']);

/**
 * Render subtrees to paragraphs: text of inline runs joined, a paragraph break at each block
 * element; `<figcaption>` text goes to `captions` instead. Dead nodes are skipped unless
 * `withDead` (the audit of the whole page).
 */
function renderBlocks(roots: HEl[], out: { paragraphs: string[]; captions: string[] }, withDead = false): void {
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.paragraphs.push(t);
    buf = '';
  };
  const caption = (node: HEl) => {
    let t = '';
    const walk = (n: HEl) => {
      for (const k of n.kids) {
        if (typeof k === 'string') t += k;
        else if (withDead || !k.dead) walk(k);
      }
    };
    walk(node);
    return t.replace(/\s+/g, ' ').trim();
  };
  const walk = (node: HEl) => {
    const name = node.tag;
    if (SKIP.has(name)) return;
    if (name === 'figcaption' || (node.attrs.class !== undefined && RX_CAPTION.test(node.attrs.class))) {
      flush();
      const t = caption(node);
      if (t) out.captions.push(t);
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const k of node.kids) {
      if (typeof k === 'string') buf += k;
      else if (withDead || !k.dead) walk(k);
    }
    if (block) flush();
  };
  for (const r of roots) walk(r);
  flush();
}

function firstString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return firstString(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return firstString((v as { name: unknown }).name);
  return undefined;
}

function names(v: unknown): string[] {
  if (v == null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => firstString(x)).filter((x): x is string => !!x);
}

const ARTICLE_TYPES = /(?:News)?Article|BlogPosting|Report|WebPage/;

/** Metadata from JSON-LD blocks (schema.org NewsArticle and kin). */
function jsonLdMeta(scripts: string[]): StatedMeta {
  const meta: StatedMeta = {};
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        stack.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]));
      const type = String(o['@type'] ?? '');
      if (!ARTICLE_TYPES.test(type)) continue;
      meta.title ??= firstString(o.headline) ?? firstString(o.name);
      meta.published ??= firstString(o.datePublished) ?? firstString(o.dateCreated);
      const authors = names(o.author);
      if (authors.length && !meta.authors) meta.authors = authors;
      meta.outlet ??= firstString(o.publisher);
      meta.url ??= firstString(o.url) ?? firstString(o.mainEntityOfPage && (o.mainEntityOfPage as Record<string, unknown>)['@id']);
      meta.language ??= firstString(o.inLanguage);
    }
  }
  return meta;
}

/** Photo-credit cues of every language table ("Photo:", "Foto:", "Фото:", ...) and ©. */
const CREDIT_CUE = new RegExp(
  `\\s*[-–—|/(]?\\s*(?:©|${[...new Set(Object.values(BOILERPLATE_CUES).flatMap((c) => c.credit ?? []))].join('|')})\\s*`,
  'iu',
);

/** Split "caption — Photo: holder" into the caption and the credit holder. */
export function splitCaptionCredit(caption: string): { caption: string; credit: string | null } {
  const m = CREDIT_CUE.exec(caption);
  if (!m) return { caption, credit: null };
  const holder = caption
    .slice(m.index + m[0].length)
    .replace(/[)\]\s.]+$/u, '')
    .trim();
  return {
    caption: caption
      .slice(0, m.index)
      .replace(/[\s,.;:–—-]+$/u, '')
      .trim(),
    credit: holder || null,
  };
}

/**
 * Readability's metadata byline sources (`dc:creator`, `author`, `parsely-author`,
 * `article:author` when not a URL): when one is present, no byline node is taken out of the text.
 */
function metaByline(page: ParsedPage): string | undefined {
  const values: Record<string, string> = {};
  for (const m of page.metas) {
    const content = m.content.trim();
    if (!content) continue;
    const prop =
      m.property &&
      /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/i.exec(m.property);
    if (prop) values[prop[0].toLowerCase().replace(/\s/g, '')] = content;
    else if (
      m.name &&
      /^\s*(?:(?:dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?(?:author|creator|pub-date|description|title|site_name)\s*$/i.test(
        m.name,
      )
    )
      values[m.name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':')] = content;
  }
  const articleAuthor =
    values['article:author'] && !/^[a-z][a-z+.-]*:\/\//i.test(values['article:author']) ? values['article:author'] : undefined;
  return values['dc:creator'] ?? values['dcterm:creator'] ?? values.author ?? values['parsely-author'] ?? articleAuthor;
}

/**
 * Extract metadata and main content from an HTML page or fragment.
 *
 * Metadata precedence: JSON-LD, then Open Graph / `article:` properties, then `<meta name>`,
 * `<link rel=canonical>`, `<html lang>`, `<title>`. Main content: Readability's algorithm
 * (lib/core/split/content.ts), or, when it finds nothing, the `<body>` without
 * nav/header/footer/aside/form. Every block of the page left out is listed in `removed`
 * ('not-main-content', or 'navigation' for the fallback's chrome), captions too ('caption').
 *
 * @param html the decoded page
 * @returns metadata, paragraphs and captions; never throws (malformed HTML is parsed leniently)
 */
export function extractHtml(html: string): HtmlExtraction {
  // A fragment (an HTML cell of an export) gets a document around it, so it has a <body>.
  if (!/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)\b/i.test(html)) html = `<!doctype html><html><body>${html}</body></html>`;
  const page = parsePage(html);
  const metaOf = (key: 'property' | 'name' | 'itemprop', value: string) => {
    for (const m of page.metas) if (m[key] === value) return m.content.trim() || undefined;
    return undefined;
  };
  const ld = jsonLdMeta(page.jsonLd);
  const docTitle = page.title?.replace(/\s+/g, ' ').trim() || undefined;
  const meta: StatedMeta = {
    title: ld.title ?? metaOf('property', 'og:title') ?? metaOf('name', 'twitter:title'),
    url: ld.url ?? metaOf('property', 'og:url') ?? (page.canonical?.trim() || undefined),
    published:
      ld.published ??
      metaOf('property', 'article:published_time') ??
      metaOf('name', 'pubdate') ??
      metaOf('name', 'date') ??
      metaOf('itemprop', 'datePublished') ??
      metaOf('name', 'DC.date.issued'),
    authors: ld.authors ?? (metaOf('name', 'author') ? [metaOf('name', 'author') as string] : undefined),
    outlet: ld.outlet ?? metaOf('property', 'og:site_name') ?? metaOf('name', 'application-name'),
    language: ld.language ?? (page.htmlLang?.trim() || undefined),
  };
  if (!meta.title && docTitle) meta.title = docTitle;

  const out = { paragraphs: [] as string[], captions: [] as string[] };
  const removed: { text: string; reason: string }[] = [];
  // Before the extractor marks nodes: every block, to list what the main content leaves out.
  const everything = { paragraphs: [] as string[], captions: [] as string[] };
  renderBlocks([page.body], everything, true);
  const statedByline = ld.authors?.length ? ld.authors.join(', ') : metaByline(page);
  let main: ReturnType<typeof findMainContent> = null;
  try {
    main = findMainContent(page, { title: meta.title ?? '', hasByline: !!statedByline, charThreshold: 300 });
  } catch {
    main = null;
  }
  if (main) {
    renderBlocks(main.blocks, out);
    const byline = statedByline ?? main.byline;
    if (!meta.authors?.length && byline?.trim()) meta.authors = [byline.trim()];
  }
  if (out.paragraphs.length === 0) {
    const again = parsePage(html);
    const chrome = new Set(['nav', 'header', 'footer', 'aside', 'form']);
    const strip = (e: HEl) => {
      for (const k of e.kids) {
        if (typeof k === 'string') continue;
        if (chrome.has(k.tag)) {
          const t = { paragraphs: [] as string[], captions: [] as string[] };
          renderBlocks([k], t);
          const text = [...t.paragraphs, ...t.captions].join(' ');
          if (text) removed.push({ text, reason: 'navigation' });
          k.dead = true;
        } else strip(k);
      }
    };
    strip(again.body);
    renderBlocks([again.body], out);
  }
  const kept = new Set([...out.paragraphs, ...out.captions]);
  const seen = new Set<string>();
  const navigation = new Set(removed.map((r) => r.text));
  for (const t of [...everything.paragraphs, ...everything.captions]) {
    if (kept.has(t) || seen.has(t) || navigation.has(t)) continue;
    seen.add(t);
    removed.push({ text: t, reason: 'not-main-content' });
  }
  const captions: string[] = [];
  const credits: string[] = [];
  for (const c of out.captions) {
    removed.push({ text: c, reason: 'caption' });
    const split = splitCaptionCredit(c);
    if (split.caption) captions.push(split.caption);
    if (split.credit) credits.push(split.credit);
  }
  return { meta, paragraphs: out.paragraphs, captions: [...new Set(captions)], credits: [...new Set(credits)], removed };
}
