/**
 * Cues of the HTML main-content extractor (lib/core/split/content.ts). Every entry is the SOURCE
 * of a regular expression, compiled once with the flag `i` (`iu` for the word lists). Class/id
 * cues are language independent (markup vocabulary); the word lists that match a whole block's
 * text carry one entry per language. The cue sets start from Mozilla Readability's REGEXPS
 * (Apache-2.0, https://github.com/mozilla/readability), the same published heuristics.
 */
export const HTML_CUES = {
  /** class+id of blocks that are almost never the article (menus, comments, banners): dropped before scoring. */
  unlikely:
    '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote',
  /** class+id that saves an `unlikely` block ("main-header-content"). */
  maybe: 'and|article|body|column|content|main|shadow',
  /** class or id of a content container: +25 to its score. */
  positive: 'article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story',
  /** class or id of page furniture: -25 to its score. */
  negative:
    '-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget',
  /** class+id of a byline element (taken as the byline and left out of the text). */
  byline: 'byline|author|dateline|writtenby|p-author',
  /** class+id of share bars (dropped inside the content when shorter than 500 characters). */
  share: '(?:\\b|_)(?:share|sharedaddy)(?:\\b|_)',
  /** URLs of embedded videos (an embed with one of them is content, not an ad). */
  video:
    '\\/\\/(?:www\\.)?(?:(?:dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|(?:archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)',
  /** class of a caption that is not a `<figcaption>` (rendered as a caption, not a paragraph). */
  caption: 'caption',
} as const;

/** ARIA roles of blocks that are never the article. */
export const UNLIKELY_ROLES: readonly string[] = ['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog'];

/** Whole-block texts of ad labels, per language (a block saying only this is dropped). */
export const AD_LABELS: Record<string, readonly string[]> = {
  en: ['ad', 'advertising', 'advertisement'],
  fr: ['pub', 'publicité'],
  de: ['werb', 'werbung'],
  zh: ['广告'],
  ru: ['реклама'],
  es: ['anuncio'],
};

/** Whole-block texts of loading indicators, per language (optionally followed by "..." or "…"). */
export const LOADING_LABELS: Record<string, readonly string[]> = {
  en: ['loading'],
  zh: ['正在加载'],
  ru: ['загрузка'],
  fr: ['chargement'],
  es: ['cargando'],
};
