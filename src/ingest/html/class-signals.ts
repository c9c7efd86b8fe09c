import type { RemovedKind } from '../../model/index.js';

/**
 * What an element's `class` and `id` say about it. Names are split into tokens ("storyBody
 * share-bar" → story, body, share, bar) and also read as one compact string ("sharebar"), because
 * sites write both `related-links` and `relatedlinks`. Short words only match as whole tokens ("ad"
 * must not fire inside "header" or "shadow"); long words may match inside a compound.
 */
export interface ClassSignal {
  /** +1 content-like ("article-body", "entry-content"), -1 boilerplate-like, 0 neutral. */
  readonly polarity: -1 | 0 | 1;
  /** The boilerplate kind the name suggests, when it suggests one. */
  readonly kind: RemovedKind | null;
  /** The name marks a picture caption ("wp-caption-text", "image-caption"). */
  readonly caption: boolean;
  /** The name marks a photo credit ("photo-credit", "copyright"). */
  readonly credit: boolean;
}

export const NEUTRAL_SIGNAL: ClassSignal = Object.freeze({
  polarity: 0,
  kind: null,
  caption: false,
  credit: false,
});

interface KindRule {
  readonly kind: RemovedKind;
  readonly tokens: readonly string[];
  readonly compounds: readonly string[];
}

/** Order matters: the first rule that matches names the kind ("comment-share" is a comment block). */
const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'comment',
    tokens: ['comments', 'comment', 'reply', 'replies', 'respond', 'kommentare'],
    compounds: ['comment', 'disqus', 'discussion'],
  },
  { kind: 'cookie', tokens: ['cmp', 'gdpr'], compounds: ['cookie', 'consent'] },
  {
    kind: 'advertisement',
    tokens: [
      'ad',
      'ads',
      'adv',
      'advert',
      'adverts',
      'dfp',
      'gpt',
      'banner',
      'anzeige',
      'werbung',
      'pub',
      'publicite',
      'commercial',
    ],
    compounds: [
      'advert',
      'sponsor',
      'adslot',
      'adunit',
      'adcontainer',
      'adwrapper',
      'adbox',
      'googlead',
      'doubleclick',
      'promoted',
      'werbung',
      'anzeige',
    ],
  },
  {
    kind: 'share',
    tokens: ['social', 'facebook', 'twitter', 'whatsapp', 'pinterest', 'linkedin'],
    compounds: ['share', 'sharing', 'social', 'addthis', 'sociable', 'shariff'],
  },
  {
    kind: 'promo',
    tokens: ['cta', 'paywall', 'signup', 'login', 'register'],
    compounds: [
      'newsletter',
      'subscribe',
      'subscription',
      'signup',
      'promo',
      'paywall',
      'donate',
      'membership',
    ],
  },
  {
    kind: 'related',
    // Not "tag" or "category" alone: WordPress puts "tag-travel category-news" on the post itself;
    // not "readmore": sites put it on a collapsed article body.
    tokens: ['tags', 'topics', 'keywords', 'trending', 'popular', 'recirc'],
    compounds: [
      'related',
      'recommend',
      'outbrain',
      'taboola',
      'mostread',
      'mostpopular',
      'trending',
      'morestories',
      'seealso',
      'alsoread',
      'tagcloud',
      'taglist',
      'nextarticle',
      'prevnext',
    ],
  },
  {
    kind: 'navigation',
    tokens: [
      'nav',
      'navbar',
      'menu',
      'menus',
      'pagination',
      'pager',
      'skip',
      'topbar',
      'breadcrumbs',
      'masthead',
      'jump',
    ],
    compounds: ['navigation', 'breadcrumb', 'masthead', 'submenu', 'navbar', 'topnav', 'sitenav', 'mainnav'],
  },
  {
    kind: 'legal',
    tokens: ['footer', 'foot', 'copyright', 'disclaimer', 'legal', 'impressum', 'imprint', 'colophon'],
    compounds: ['footer', 'disclaimer', 'impressum'],
  },
  {
    kind: 'widget',
    // Not "hidden" or "print" as parts of a name: Drupal marks every field "field--label-hidden",
    // recipe sites name steps "tip-print-step". Whole hiding classes are checked apart.
    tokens: [
      'sidebar',
      'widget',
      'widgets',
      'aside',
      'rail',
      'toolbar',
      'tools',
      'utility',
      'modal',
      'popup',
      'overlay',
      'offscreen',
      'combx',
      'shoutbox',
      'skyscraper',
      'shopping',
    ],
    compounds: ['sidebar', 'widget', 'toolbar', 'popup', 'sidebox', 'skyscraper'],
  },
  {
    kind: 'byline',
    tokens: ['byline', 'author', 'authors', 'autor', 'meta', 'contributor'],
    compounds: ['byline', 'authorinfo', 'authorbio', 'articlemeta', 'postmeta', 'entrymeta'],
  },
  {
    kind: 'dateline',
    tokens: ['date', 'time', 'timestamp', 'published', 'dateline', 'datum', 'posted'],
    compounds: ['dateline', 'timestamp', 'pubdate', 'publishdate'],
  },
];

const POSITIVE_TOKENS = new Set([
  'body',
  'main',
  'post',
  'page',
  'text',
  'hentry',
  'news',
  'artikel',
  'inhalt',
  'contenido',
  'texte',
  'story',
  'article',
  'content',
  'entry',
]);
const POSITIVE_COMPOUNDS = [
  'article',
  'content',
  'entry',
  'story',
  'blog',
  'artikel',
  'inhalt',
  'textbody',
  'bodytext',
  'maintext',
];
const CAPTION_COMPOUNDS = ['caption', 'bildunterschrift', 'legende', 'legend'];
const CREDIT_COMPOUNDS = ['credit', 'copyright', 'photographer', 'fotograf', 'quelle', 'source'];

const cache = new Map<string, ClassSignal>();

function tokenize(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/** Whole class names that hide an element from sight ("hidden", "sr-only", "visually-hidden"). */
const HIDING_CLASSES = new Set([
  'hidden',
  'hide',
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screenreader',
  'offscreen',
  'is-hidden',
]);

function compute(name: string): ClassSignal {
  const tokens = tokenize(name);
  if (tokens.length === 0) return NEUTRAL_SIGNAL;
  if (name.split(/\s+/).some((className) => HIDING_CLASSES.has(className.toLowerCase()))) {
    return { polarity: -1, kind: 'widget', caption: false, credit: false };
  }
  const tokenSet = new Set(tokens);
  const compact = tokens.join('');
  let kind: RemovedKind | null = null;
  for (const rule of KIND_RULES) {
    if (
      rule.tokens.some((token) => tokenSet.has(token)) ||
      rule.compounds.some((compound) => compact.includes(compound))
    ) {
      kind = rule.kind;
      break;
    }
  }
  const positive =
    tokens.some((token) => POSITIVE_TOKENS.has(token)) ||
    POSITIVE_COMPOUNDS.some((compound) => compact.includes(compound));
  const caption = CAPTION_COMPOUNDS.some((compound) => compact.includes(compound));
  const credit = CREDIT_COMPOUNDS.some((compound) => compact.includes(compound));
  // "article-header", "story-tools": a content word names where the block sits, the other word what
  // it is; the boilerplate word wins for removal, but the pair stays neutral for container scoring.
  const polarity = kind !== null ? (positive ? 0 : -1) : positive ? 1 : 0;
  return { polarity, kind, caption, credit };
}

/** The signal of an element's combined `class` and `id` (memoised: pages repeat the same names). */
export function classSignal(classAndId: string): ClassSignal {
  if (classAndId.length === 0) return NEUTRAL_SIGNAL;
  let signal = cache.get(classAndId);
  if (signal === undefined) {
    signal = compute(classAndId);
    if (cache.size > 50_000) cache.clear();
    cache.set(classAndId, signal);
  }
  return signal;
}
