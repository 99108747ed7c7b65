/**
 * HTML page -> one SourceDoc: metadata from JSON-LD, Open Graph and `<meta>`, main content
 * from Mozilla Readability (the algorithm of Firefox Reader View) run on a linkedom DOM,
 * rendered to paragraphs (one block element per paragraph).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BOILERPLATE_CUES } from '../../rules/boilerplate.ts';
import type { StatedMeta } from '../types.ts';

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

// Minimal structural view of the DOM nodes we walk (linkedom implements the DOM standard).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'TBODY',
  'THEAD',
  'FIGURE',
  'FIGCAPTION',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'FORM',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'SELECT', 'OPTION', 'INPUT', 'TEXTAREA']);

/**
 * Render a DOM subtree to paragraphs: text of inline runs joined, a paragraph break at each
 * block element; `<figcaption>` text goes to `captions` instead.
 */
function renderBlocks(root: DomNode, out: { paragraphs: string[]; captions: string[] }): void {
  let buf = '';
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.paragraphs.push(t);
    buf = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'FIGCAPTION') {
      flush();
      const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.captions.push(t);
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k) walk(k);
    }
    if (block) flush();
  };
  walk(root);
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
function jsonLdMeta(document: { querySelectorAll(sel: string): ArrayLike<DomNode> }): StatedMeta {
  const meta: StatedMeta = {};
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
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

/** Text of every block of a page (nav, header, footer included), for the audit trail of what was left out. */
function allBlocks(body: DomNode | null): string[] {
  if (!body) return [];
  const out = { paragraphs: [] as string[], captions: [] as string[] };
  renderBlocks(body, out);
  return [...out.paragraphs, ...out.captions];
}

/**
 * Extract metadata and main content from an HTML page.
 *
 * Metadata precedence: JSON-LD, then Open Graph / `article:` properties, then `<meta name>`,
 * `<link rel=canonical>`, `<html lang>`, `<title>`. Main content: Readability's article DOM,
 * or, when Readability finds nothing, the `<body>` without nav/header/footer/aside.
 *
 * @param html the decoded page
 * @returns metadata, paragraphs and captions; never throws (malformed HTML is parsed leniently)
 */
export function extractHtml(html: string): HtmlExtraction {
  // A fragment (an HTML cell of an export) gets a document around it, so it has a <body>.
  if (!/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)\b/i.test(html)) html = `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(html);
  const doc = document as unknown as {
    querySelector(sel: string): DomNode | null;
    querySelectorAll(sel: string): ArrayLike<DomNode>;
    documentElement: DomNode;
    body: DomNode | null;
    title: string;
  };
  const metaContent = (sel: string) => doc.querySelector(sel)?.getAttribute?.('content')?.trim() || undefined;
  const ld = jsonLdMeta(doc);
  const meta: StatedMeta = {
    title: ld.title ?? metaContent('meta[property="og:title"]') ?? metaContent('meta[name="twitter:title"]'),
    url:
      ld.url ??
      metaContent('meta[property="og:url"]') ??
      (doc.querySelector('link[rel="canonical"]')?.getAttribute?.('href')?.trim() || undefined),
    published:
      ld.published ??
      metaContent('meta[property="article:published_time"]') ??
      metaContent('meta[name="pubdate"]') ??
      metaContent('meta[name="date"]') ??
      metaContent('meta[itemprop="datePublished"]') ??
      metaContent('meta[name="DC.date.issued"]'),
    authors: ld.authors ?? (metaContent('meta[name="author"]') ? [metaContent('meta[name="author"]') as string] : undefined),
    outlet: ld.outlet ?? metaContent('meta[property="og:site_name"]') ?? metaContent('meta[name="application-name"]'),
    language: ld.language ?? (doc.documentElement.getAttribute?.('lang')?.trim() || undefined),
  };
  const titleEl = doc.querySelector('title');
  if (!meta.title && titleEl?.textContent) meta.title = titleEl.textContent.replace(/\s+/g, ' ').trim() || undefined;

  const out = { paragraphs: [] as string[], captions: [] as string[] };
  const removed: { text: string; reason: string }[] = [];
  // Before Readability mutates the DOM: every block, to list what the main content leaves out.
  const everything = allBlocks(doc.body);
  let article: { content?: string | null; title?: string | null; byline?: string | null } | null = null;
  try {
    // Readability mutates the DOM it is given; it is the last user of `document` here.
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 300 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const body = (inner as unknown as { body: DomNode | null }).body;
    if (body) renderBlocks(body, out);
    if (!meta.title && article.title) meta.title = article.title;
    if (!meta.authors?.length && article.byline) meta.authors = [article.byline.trim()];
  }
  if (out.paragraphs.length === 0) {
    const { document: again } = parseHTML(html);
    const body = (again as unknown as { body: DomNode | null; querySelectorAll(s: string): ArrayLike<DomNode & { remove(): void }> }).body;
    const chrome = (again as unknown as { querySelectorAll(s: string): ArrayLike<DomNode & { remove(): void }> }).querySelectorAll(
      'nav, header, footer, aside, form',
    );
    for (let i = 0; i < chrome.length; i++) {
      const el = chrome[i];
      if (!el) continue;
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) removed.push({ text: t, reason: 'navigation' });
      el.remove();
    }
    if (body) renderBlocks(body, out);
  }
  const kept = new Set([...out.paragraphs, ...out.captions]);
  const seen = new Set<string>();
  for (const t of everything) {
    if (kept.has(t) || seen.has(t) || removed.some((r) => r.text === t)) continue;
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
