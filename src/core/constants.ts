/**
 * Every selector, pattern and threshold the core uses, each with the reason it exists.
 * Sections are owned by the module named in their heading; keep each constant next to its reason.
 */

// ---------------------------------------------------------------------------
// Detection (detect.ts)
// ---------------------------------------------------------------------------

/** Weights and thresholds of `detectArticle`. Calibrated on datasets readability/, l3s-gn1/, rtl-dev/ and tests/fixtures/detect-*. */
export const DETECT = {
  /** `isArticle` is `score >= threshold`: one strong signal (rich paragraphs) plus one weak one, or metadata plus some text. */
  threshold: 3,
  /** schema.org Article type in JSON-LD: publishers set it on article pages for Google News, rarely elsewhere. */
  jsonLdArticle: 3,
  /** Listing types (CollectionPage, SearchResultsPage, ItemList as the main entity) say the page is a front, not an article. */
  jsonLdListing: -3,
  /** Microdata itemtype Article: same meaning as JSON-LD but older sites; not added on top of JSON-LD. */
  microdataArticle: 2,
  /** og:type=article: set by most CMSs on article pages, but some set it everywhere, so it is weaker. */
  ogArticle: 2,
  /** Exactly one <article> element (a page of many <article> cards is a listing). */
  singleArticleElement: 1,
  /** <article> cards, each with little text: a front page or section front. */
  manyArticleCards: -2,
  /** Cards from this count on mean a listing (related-story boxes rarely hold more than 2 cards). */
  manyArticleCardsMin: 4,
  /** Prose spread over this many <article>s is a front's teasers (an article page has its text in one). */
  proseCardsMin: 3,
  proseCardsPoints: -3,
  /** …unless one <article> holds this share of the prose mass: that is the story, the others are comments or teasers. */
  proseCardsMaxShare: 0.5,
  /** A <main> element helps a little: it marks where the content is, on articles and fronts alike. */
  mainElement: 0.5,
  /** Paragraphs shorter than this (weighted chars) are captions, teasers, bylines: Readability's `minContentLength`. */
  minParagraphChars: 140,
  /** Σ sqrt(len - minParagraphChars) over paragraphs: Readability's `isProbablyReaderable` says yes at 20. */
  massWeak: 10,
  massGood: 20,
  massRich: 40,
  /** Points for those mass levels; below `massNone` the page has no body text at all. */
  massNone: 3,
  massNonePoints: -3,
  massPoorPoints: -1,
  massWeakPoints: 1,
  /** At Readability's own level, text alone makes an article; negative signals (URL, cards, scatter) must then say listing. */
  massGoodPoints: 3,
  massRichPoints: 4,
  /** One CJK character carries about as much text as 3 Latin letters (a Chinese word is ~1.5 chars, an English one ~6 with its space). */
  cjkWeight: 3,
  /** Longer than any word of a spaced script (German compounds stay under 40): a longer run is a URL, base64 or binary junk, not prose. */
  maxWordChars: 45,
  /** A Hangul syllable block is 2–3 letters, and Korean puts spaces between words: weigh it 2. */
  hangulWeight: 2,
  /** Share of a block's text inside links above which it is a menu or teaser list, not prose. */
  paragraphLinkDensityMax: 0.5,
  /** Page-wide, when prose is weak: link text outside prose over prose. Fronts are mostly headline links. */
  pageLinkRatioListing: 1.5,
  pageLinkRatioPoints: -2,
  /** Minimum anchor text (chars) for the page-wide ratio to mean anything: a tiny page is judged by its text. */
  pageLinkRatioMinLinkChars: 2000,
  /** URL shape points. A site root is almost never an article; listing paths rarely are. */
  urlRoot: -3,
  urlListing: -2,
  urlArticle: 1,
  /** A slug has this many hyphen/underscore-separated words or more (e.g. /us-says-trade-talks-resume). */
  urlSlugMinWords: 4,
  /** The text walk stops descending here: Chrome's parser nests at most 512 deep, and a hostile page must not overflow the stack. */
  maxDepth: 512,
  /** Only this many <script type=application/ld+json> blocks are parsed: huge pages sometimes carry dozens. */
  maxJsonLdScripts: 20,
  /** JSON-LD blocks larger than this are skipped: parsing them would blow the per-page budget. */
  maxJsonLdChars: 200_000,
} as const;

/** schema.org types (and subtypes) that mean a single article. Lower-cased, without the schema.org prefix. */
export const DETECT_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'satiricalarticle', 'scholarlyarticle',
  'techarticle', 'report', 'socialmediaposting', 'liveblogposting', 'medicalscholarlyarticle', 'advertisercontentarticle',
  'review', 'recipe', 'howto',
]);

/** schema.org types that mean a listing page when they describe the page itself. */
export const DETECT_LISTING_TYPES: ReadonlySet<string> = new Set([
  'collectionpage', 'searchresultspage', 'itemlist', 'profilepage',
]);

/** Inline elements: their text belongs to the block around them (a <p> with <a>, <b>, <span> inside is one block). */
export const DETECT_INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

/** Text inside these is not page text (scripts, styles, templates; <noscript> is parsed as text when scripts are on). */
export const DETECT_SKIP_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button']);

/**
 * Prose inside these is navigation, footers, side boxes, hidden boxes: not the page's. Not <form>: ASP.NET
 * WebForms pages wrap the whole page in one.
 */
export const DETECT_BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);
export const DETECT_BOILERPLATE_ROLES: ReadonlySet<string> = new Set(['navigation', 'contentinfo', 'complementary']);

/**
 * URL shapes. Asked of the lower-cased path and query (detect/url.ts), so no `i` flag: V8 compiles a
 * case-insensitive pattern several times slower, and detection runs on every page load.
 */

/** URL paths of listings: tag/category/author/archive pages, pagination, account and app pages. */
export const DETECT_LISTING_PATH =
  /\/(?:tags?|category|categories|topics?|section|sections|author|authors|archives?|search|feed|label|labels|user|users|login|signin|signup|account|cart|checkout|settings)(?:\/|$)|\/page\/\d+/;

/** Query parameters of search results (a numeric value is an id: story.asp?S=7565791): a listing, whatever else the URL says. */
export const DETECT_SEARCH_QUERY = /(?:^|&)(?:q|s|query|search|searchterm|keywords?)=(?!\d+(?:&|$))[^&]/;

/** Query parameters of listings: tag/category filters and numbered pages. */
export const DETECT_LISTING_QUERY = /(?:^|&)(?:tag|cat|category|page=\d|pg=\d)/;

/** Query parameters that name one stored item (story.html?id=…, index.php?article=…, ?p=123 in WordPress, any 5+ digit value). */
export const DETECT_ITEM_QUERY =
  /(?:^|&)(?:(?:id|p|nid|aid|sid|article|story|storyid|newsid|postid|filename|item|itemid|[a-z_]*article[a-z_]*id)=[^&]|[a-z_]+=\d{5,}(?:&|$))/;

/** A date in the path (/2024/05/12/, /2024-05-12-) is how news CMSs file articles. */
export const DETECT_DATE_PATH = /\/(?:19|20)\d{2}[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)/;

/** A long numeric id in the path (/news/123456, article-98765.html) marks one stored item. */
export const DETECT_ID_PATH = /(?:\/|[-_])\d{5,}(?:[/._-]|$)/;

// ---------------------------------------------------------------------------
// Language, direction and reading time (lang.ts)
// ---------------------------------------------------------------------------

export const LANG = {
  /** Only the first characters of the text are scanned for scripts and stop words: 4,000 characters (a page of text) decide them, at a few µs. */
  sampleChars: 4_000,
  /** Fewer strong letters than this and the text says nothing about its language (a caption, a title). */
  minLetters: 40,
  /** A declared language is bogus when the text's main script is another one with at least this share of strong letters. */
  overrideShare: 0.6,
  /** Direction from text: RTL when this share of strong letters is Arabic/Hebrew/etc. (mixed pages quote Latin names and numbers). */
  rtlShare: 0.3,
  /** Kana among Han+Kana above this share means Japanese (Chinese has none; Japanese prose has 30–60 %). */
  kanaShareJa: 0.1,
  /** Persian ی ک vs Arabic ي ك ة ى: the Persian forms must outnumber the Arabic ones by this factor (Arabic quotes in Persian text). */
  arabicScriptMargin: 2,
  /** پ چ ژ گ never occur in Arabic words; Persian prose has them at ~2 % of letters, Arabic at most in a few foreign names. */
  persianOnlyShare: 0.004,
  /** ٹ ڈ ڑ ں ے occur in neither Arabic nor Persian; Urdu prose has them at several % of letters. */
  urduOnlyShare: 0.01,
  /** Ukrainian і ї є ґ (not in Russian) at this share of Cyrillic letters mean Ukrainian (~6 % in Ukrainian prose). */
  ukrainianShare: 0.02,
  /** Language from markup but text nearly without RTL letters (below this share): the markup language is a template default. */
  rtlShareMin: 0.1,
  /**
   * Stop-word guess for Latin text: characters and tokens looked at, minimum share of hits, and lead over the
   * runner-up. 1,500 characters (about 250 words, a third of them stop words) decide as well as 4,000 did on
   * the 1,228 dataset pages (one more right, none lost), at a third of the cost.
   */
  stopWordChars: 1_500,
  stopWordTokens: 2_000,
  stopWordMinShare: 0.08,
  stopWordLead: 1.3,
  /** Thai/Lao/Khmer/Myanmar have no spaces; without Intl.Segmenter a word is about this many characters (Thai averages ~4–5). */
  seaCharsPerWord: 4.5,
} as const;

/**
 * Primary language subtags written right to left (CLDR character order): Arabic, Persian, Hebrew (and deprecated
 * `iw`), Urdu, Pashto, Sorani, Yiddish (and `ji`), Dhivehi, Sindhi, Uyghur, Syriac, Aramaic, N'Ko, and the
 * Perso-Arabic-script languages of Iran, Afghanistan and Pakistan (Balochi, Kashmiri, Mazanderani, Gilaki, Luri, Dari…).
 */
export const RTL_LANGS: ReadonlySet<string> = new Set([
  'ar', 'fa', 'he', 'iw', 'ur', 'ps', 'ckb', 'yi', 'ji', 'dv', 'sd', 'ug', 'syr', 'arc', 'nqo', 'bal', 'ks',
  'mzn', 'glk', 'lrc', 'luz', 'azb', 'prs', 'pnb', 'sam', 'sdh', 'bqi', 'khw', 'bgn',
]);

/**
 * Silent reading speed, words per minute, for adults reading prose in their native language.
 * Source: Trauzettel-Klosinski S., Dietz K., "Standardized Assessment of Reading Performance: The New International
 * Reading Speed Texts IReST", Investigative Ophthalmology & Visual Science 53(9), 2012 (17 languages, mean per language).
 * Languages the study does not cover use `default` (Brysbaert 2019's meta-analysis gives 238 wpm for English
 * non-fiction; 200 is a conservative round figure), or a closely related language noted beside them.
 */
export const READING_WPM: Readonly<Record<string, number>> = {
  default: 200,
  ar: 138, en: 228, nl: 202, fi: 161, fr: 195, de: 179, he: 187, it: 188, pl: 166, pt: 181, ru: 184,
  sl: 180, es: 218, sv: 199, tr: 166,
  /** Persian and Urdu: not measured; Arabic-script words of similar length, so Arabic's speed. */
  fa: 138, ur: 138,
  /** Ukrainian and Belarusian: not measured; Cyrillic and close to Russian. */
  uk: 184, be: 184,
};

/**
 * Characters per minute for languages written without spaces, where `countWords` counts characters
 * (IReST 2012: Chinese 255, Japanese 357 characters per minute).
 */
export const READING_CPM: Readonly<Record<string, number>> = {
  zh: 255, ja: 357,
};

/**
 * Frequent function words per language, for guessing the language of Latin-script text without markup.
 * Each list avoids words shared by most of the others (e.g. "a", "en", "de") so a hit counts.
 */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'it', 'this', 'are', 'have', 'from', 'you', 'not', 'be', 'by', 'he', 'which'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'dans', 'pas', 'qui', 'sur', 'avec', 'au', 'il', 'ce', 'sont', 'aux', 'mais'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auch', 'auf', 'dem', 'für', 'des', 'im', 'wird'],
  es: ['el', 'los', 'las', 'del', 'una', 'por', 'con', 'para', 'es', 'se', 'lo', 'como', 'más', 'pero', 'su', 'al', 'fue', 'sus', 'ha', 'y'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'não', 'uma', 'em', 'para', 'com', 'por', 'é', 'mais', 'ao', 'seu', 'sua', 'foi', 'são', 'e'],
  it: ['il', 'gli', 'della', 'che', 'di', 'è', 'per', 'non', 'una', 'con', 'sono', 'del', 'anche', 'nel', 'alla', 'le', 'si', 'più', 'dei', 'ha'],
};

// ---------------------------------------------------------------------------
// Extraction (extract/)
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Live-page clutter: comment sections and ads to hide (locate.ts)
// ---------------------------------------------------------------------------

/**
 * Roots that comment systems create, by id, class, attribute or frame source. Each is the documented root
 * of one widget, so matching them never catches article text: WordPress core (`#comments`, `#respond`,
 * `.comment-list`), Disqus, Facebook comments, OpenWeb/Spot.IM, Vuukle, Coral, wpDiscuz, wpDiscuz's
 * `wc-comment-*` items. One list for the reader (extract/clean-comments.ts) and the live-page hider
 * (locate.ts), matched by comment-widgets.ts without a selector engine (jsdom's is slow).
 */
export const COMMENT_WIDGETS = {
  ids: ['comments', 'respond', 'disqus_thread', 'spot-im-root', 'vuukle-comments', 'coral_thread', 'wpdiscuz', 'wpd-threads', 'wpdcom', 'comment-section'],
  /** Widgets that number their roots (`disqus_thread_2`, `coral-talk-1`, `wc-comment-42`). */
  idPrefixes: ['disqus', 'coral', 'wc-comment'],
  classes: [
    'comments-area', 'comment-respond', 'comment-list', 'commentlist', 'fb-comments', 'vuukle-comments', 'vuukle-powerbar',
    'coral-thread', 'wpdiscuz_wrapper', 'wpdiscuz_top_clearing', 'wpd-thread-list', 'comment-section', 'comments-section',
  ],
  attributes: ['data-spotim-module', 'data-spot-im-module', 'data-openweb-ad'],
  /** Comment plugins embedded as frames, by a fragment of their `src`. */
  frameSources: ['facebook.com/plugins/comments'],
} as const;

/** Longer text than this is prose, not a section heading or label ("Comments (1,234)" fits easily). */
export const COMMENT_HEADING_MAX_CHARS = 80;

/**
 * Ad-network slots: AdSense's `<ins class="adsbygoogle">`, Google Publisher Tag ids (`div-gpt-ad-*`,
 * `google_ads_iframe_*`), AdSense slot attributes, and the IAB sizes that ad plugins put in class names.
 * The reader's cleaning reads these from attributes (it asks every element: clean-ads.ts); the live-page
 * hider queries them as the first AD_SELECTORS.
 */
export const AD_NETWORK_MARKUP = {
  insClass: 'adsbygoogle',
  idPrefixes: ['div-gpt-ad', 'google_ads'],
  attributes: ['data-ad-slot', 'data-ad-client'],
  classFragments: ['ad-300x250', 'ad-728x90'],
} as const;

/**
 * Ad slots on the live page (locate.ts): AD_NETWORK_MARKUP as selectors, DoubleClick frames, common slot
 * classes and sponsored-content widgets (Taboola, Outbrain). Class words are matched whole (`.ad-slot`, not
 * `[class*=ad]`), so "shadow" or "header" never match; only the IAB sizes are class fragments.
 */
export const AD_SELECTORS = [
  `ins.${AD_NETWORK_MARKUP.insClass}`,
  ...AD_NETWORK_MARKUP.idPrefixes.map((prefix) => `[id^="${prefix}"]`),
  ...AD_NETWORK_MARKUP.attributes.map((name) => `[${name}]`),
  ...AD_NETWORK_MARKUP.classFragments.map((fragment) => `[class*="${fragment}"]`),
  'iframe[src*="doubleclick.net"]',
  'iframe[src*="googlesyndication.com"]',
  '[data-ad-unit]',
  '[data-google-query-id]',
  '.ad-slot',
  '.adslot',
  '.ad-container',
  '.ad-wrapper',
  '.ad-unit',
  '.ad-banner',
  '.advert',
  '.advertisement',
  '.sponsored-content',
  '.OUTBRAIN',
  '.trc_related_container',
  '[id^="taboola-"]',
];

/** Where the article is, before anything is copied (extract/scope.ts). */
export const SCOPE = {
  /** Text runs shorter than this are labels, bylines and menu items, not prose. */
  minTextChars: 40,
  /** Below this much prose the page gives no reliable signal: the whole page is used. */
  minTotalChars: 600,
  /** Past this many text nodes the walk stops and the whole page is used (its own budgets then apply). */
  maxTextNodes: 60_000,
  /** The region holds at least this share of the page's prose (the rest: comments, teasers, footers). */
  share: 0.7,
  /** Beyond the clutter names: teaser lists and consent texts hold long text that is not the article. */
  extraNotArticleTokens: ['testimonial', 'testimonials', 'teaser', 'teasers', 'dsgvo', 'privacy'],
  /** Clutter names that metered sites put on the article's own wrapper (`<div class="paywall">` around the story). */
  articleMarkTokens: ['paywall'] as readonly string[],
  /** A carousel is never the article even when its class also says `content` (`avia-content-slider`). */
  carouselTokens: ['carousel', 'slider', 'slideshow', 'swiper', 'flexslider'],
  /** The first headlines looked at when widening the region to the article's header. */
  maxHeadlines: 3,
  /** Widen to the headline's and the region's common ancestor only if it adds at most this much prose (a standfirst, not a thread). */
  headlineGrowth: 1.25,
  /** Levels climbed above the paragraphs' own wrapper, so the lede, lead figure and subheads beside it stay in. */
  climb: 1,
} as const;

/** Budgets: past them the pipeline stops refining and flags the result `partial`. */
export const EXTRACT_BUDGET = {
  /** Default time budget: generous, a real page takes tens of milliseconds. */
  timeBudgetMs: 5_000,
  /**
   * Deeper nesting is flattened to text: recursive DOM code (serializers, jsdom's cloneNode) overflows the
   * stack near 10,000 levels, and Readability's conditional cleaning is quadratic in depth. Real articles
   * nest a few dozen levels (browsers' parsers cap nesting at 512).
   */
  maxDepth: 120,
  /**
   * Past this many elements the rest of the page is cut off before scoring (result flagged partial):
   * Readability's cost grows faster than linearly and cannot be interrupted. News pages have a few thousand.
   */
  maxElements: 12_000,
  /** Readability's retry loop re-parses the body; above this many elements we run it once, without retries. */
  maxElemsForRetries: 60_000,
  /** Shorter results than this (characters; a short CJK article has 150) trigger the retry with light cleaning. */
  minTextChars: 140,
  /** The retry keeps more clutter, so it wins only when it is this many times longer. */
  retryMinGain: 1.5,
} as const;

/** Options passed to Readability, the scorer we stand on. */
export const READABILITY_OPTIONS = {
  /**
   * Readability's own default. Below it Readability retries with a heuristic switched off, which
   * recovers paragraphs it wrongly stripped (e.g. in a `.banners-contenido` wrapper); a lower value
   * (250 was tried) accepts those truncated first attempts and measured worse on trafilatura-dev.
   */
  charThreshold: 500,
  /**
   * Readability would walk the article once more to drop class names. They mean nothing in the reader
   * view, and the sanitizer, which every page's HTML passes before an extension page renders it, drops
   * them all (`FORBID_ATTR` in sanitize.ts): one walk, not two.
   */
  keepClasses: true,
} as const;

/**
 * Class/id tokens (split on space, `-`, `_`) that mark a whole block as clutter.
 * Tokens, not substrings, so `.shadow` never matches `ad` and `.comment-content` is judged as a whole.
 */
export const CLUTTER_TOKENS: Readonly<Record<string, readonly string[]>> = {
  // Ad networks and slots; `ad`/`ads` are safe as whole tokens only.
  ads: ['ad', 'ads', 'adsbygoogle', 'advert', 'advertisement', 'adverts', 'advertising', 'adslot', 'adsense', 'adunit', 'dfp', 'gpt', 'sponsored', 'sponsor', 'taboola', 'outbrain', 'promoted', 'banner', 'mpu', 'leaderboard', 'skyscraper', 'billboard', 'werbung', 'anzeige', 'publicite'],
  // Share bars render icon fonts as letters (e.g. "UUUIIII") when CSS is missing.
  share: ['share', 'shares', 'sharing', 'sharebar', 'sharedaddy', 'social', 'socials', 'follow', 'addthis', 'addtoany', 'a2a', 'sociable', 'shareaholic', 'sharethis', 'heateor', 'ssba'],
  // Print/PDF/e-mail widgets ("Print Friendly, PDF & Email").
  print: ['printfriendly', 'print', 'pdf', 'pf', 'printer', 'wpptopdfenh'],
  // Link lists that lead away from the article.
  related: ['related', 'relatedposts', 'yarpp', 'crp', 'jp', 'mostread', 'most', 'popular', 'trending', 'recommended', 'recommendations', 'readmore', 'also', 'more', 'latest', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager'],
  // Newsletter, subscription, paywall and consent prompts.
  subscribe: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'mc4wp', 'mailchimp', 'cookie', 'cookies', 'consent', 'gdpr', 'optin', 'paywall', 'popup', 'modal'],
  // Site chrome and post furniture.
  // `noprint`: what the site itself leaves out of the printed article.
  chrome: ['nav', 'navbar', 'navigation', 'menu', 'sidebar', 'widget', 'widgets', 'footer', 'masthead', 'tags', 'tagcloud', 'taglist', 'tag', 'authorbox', 'bio', 'skip', 'toolbar', 'noprint'],
};

/**
 * Combinations of two tokens that are clutter only together (`most` + `read`, `author` + `box`).
 * A lone `most`, `more` or `author` token is too common in article markup to act on.
 */
export const CLUTTER_TOKEN_PAIRS: readonly (readonly [string, string, string])[] = [
  ['related', 'most', 'read'], ['related', 'most', 'popular'], ['related', 'most', 'viewed'], ['related', 'read', 'also'],
  ['related', 'read', 'more'], ['related', 'more', 'stories'], ['related', 'you', 'may'], ['chrome', 'author', 'box'],
  ['chrome', 'about', 'author'], ['chrome', 'author', 'bio'], ['chrome', 'post', 'tags'], ['chrome', 'entry', 'tags'],
  ['chrome', 'entry', 'meta'], ['share', 'share', 'buttons'], ['print', 'email', 'button'],
  ['chrome', 'no', 'print'], ['chrome', 'hidden', 'print'], ['chrome', 'print', 'none'],
];

/** Lone tokens above that are only weak evidence: act on them only when the block is small. */
export const WEAK_CLUTTER_TOKENS: ReadonlySet<string> = new Set([
  'most', 'more', 'also', 'latest', 'popular', 'tag', 'tags', 'bio', 'widget', 'widgets', 'banner', 'social', 'follow', 'print', 'pf', 'pdf', 'modal', 'popup', 'menu', 'skip', 'toolbar', 'jp', 'crp', 'gpt', 'consent', 'mpu',
]);

/** Class/id tokens that say "this is the article": never remove such a block on weak evidence. */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article', 'content', 'entry', 'main', 'post', 'story', 'body', 'text', 'hentry', 'prose',
]);

/** Tags whose whole subtree is chrome, wherever they sit outside the article. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'FOOTER', 'ASIDE', 'DIALOG']);
/** ARIA roles of chrome: menus, navigation, sidebars, banners, dialogs. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'menubar', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search',
]);
/**
 * A test of lower-cased text, for long lists of words in many languages. The same list as a case-insensitive
 * (`i`) pattern costs V8 milliseconds to compile on a page's first use, in the reader's cold path and on every
 * page the hider scans: it expands every letter of every alternative to all its case forms (with `u`, to
 * Unicode's). Lower-casing the text costs microseconds. The pattern is written in lower case (a unit test
 * checks); `exec` matches in the lower-cased text.
 */
export interface LowerCaseTest {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  readonly pattern: RegExp;
}

/**
 * `gate`: a cheap test that every text the pattern matches passes (a word or a character it cannot match
 * without), asked of the lower-cased text first. A pattern is compiled on its first use, which costs the reader's
 * first extraction on a page up to a millisecond for a long one; behind a gate, pages with no line that could
 * match never compile it.
 */
function lowerCaseTest(pattern: RegExp, gate?: (lower: string) => boolean): LowerCaseTest {
  const test = (text: string): boolean => {
    const lower = text.toLowerCase();
    return (!gate || gate(lower)) && pattern.test(lower);
  };
  return { pattern, test, exec: (text) => pattern.exec(text.toLowerCase()) };
}

/**
 * Heading (or short label) words that open a comment section, in the languages the reader must handle:
 * English, Arabic, French, Spanish, German, Portuguese, Italian, Russian, Turkish, Persian, Urdu, Hebrew,
 * Chinese, Japanese. One pattern for the reader (clean-comments.ts) and for hiding on the live page
 * (locate.ts). Anchored, and only asked of short text (COMMENT_HEADING_MAX_CHARS), so a sentence that merely
 * talks about comments never matches; a count may come before or after ("12 comments", "1 تعليق",
 * "Commentaires (3)", "(3) Comments").
 */
export const COMMENT_HEADING = lowerCaseTest(new RegExp(
  '^[\\s#(\\[\\-–]*(?:[\\d٠-٩۰-۹.,]+[)\\]]?\\s*)?(?:' + [
    'talkbacks?(?:\\s*[-–:].{0,40})?|(?:add|post) your (?:comments?|opinion)|have your say(?: on this (?:article|story))?|do you have comments on this (?:story|article)\\??|thanks for your comments.{0,60}|no comments(?: yet| at the moment| so far)?|be the first to comment|comments are closed|(?:one|no|\\d+) (?:comments?|responses?|repl(?:y|ies))(?: (?:to|on) .{1,120})?',
    '(?:\\d+\\s*)?(?:comments?|responses?|replies|reader comments|user comments|leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|join the (?:discussion|conversation)|discussion|comment rules|comment policy|what do you think\\??|your (?:views|comments)(?: on this (?:story|article))?\\??)',
    'تعليقا?ت?|التعليقات|تعليق واحد|[اأإ]ضافة تعليق|[اأ]ضف تعليقا?ً?|اترك تعليقا?ً?|شروط التعليق|اترك ردا?ً?|آراء القراء',
    'commentaires?|laisser un commentaire|réagir|réactions?|ajouter un commentaire|écrire un commentaire',
    'comentarios?|deja (?:un|tu) comentario|dejar un comentario|escribe un comentario|añadir comentario',
    'kommentare?|kommentar schreiben|kommentieren|diskussion|leserkommentare|schreibe einen kommentar|ihre meinung',
    'comentários?|deixe (?:um|seu) comentário|deixe uma resposta|comente',
    'commenti|commento|lascia un commento|scrivi un commento|lascia una risposta',
    'комментари[йияе]в?|оставить комментарий|добавить комментарий|обсуждение',
    'yorum(?:lar)?|yorum yap|yorum yazın|yorum ekle',
    'نظرات|دیدگاه(?:ها)?|ارسال نظر|نظر شما|دیدگاهتان را بنویسید',
    'تبصرے|تبصرہ|اپنی رائے(?: دیں)?',
    'תגובות|תגובה|הוסף תגובה|כתבו תגובה|טוקבקים',
    '评论|評論|发表评论|發表評論|网友评论|網友評論|留言|讨论',
    'コメント|コメントする|コメントを書く|コメント一覧',
  ].join('|') + ')\\s*(?:[(\\[]\\s*[\\d٠-٩۰-۹.,]+\\s*[)\\]]|[\\d٠-٩۰-۹]+)?\\s*[:：.!؟?]?\\s*$', 'u'));

const REPLY_WORD_LIST = [
  'reply', 'respond', 'répondre', 'repondre', 'responder', 'antworten', 'rispondi', 'ответить', 'yanıtla', 'cevapla', 'رد', 'الرد', 'ردا',
  'پاسخ', 'جواب', 'השב', 'הגב', '回复', '回覆', '返信', '返信する', 'responda', 'report', 'signaler', 'melden',
];
/** Words of reply links inside comment items ("Reply", "رد", "Répondre"...): evidence that a list is a comment thread. */
export const REPLY_WORDS = lowerCaseTest(new RegExp(`^\\s*(?:${REPLY_WORD_LIST.join('|')})\\s*[↓→]?\\s*$`, 'u'));
/**
 * One of REPLY_WORDS anywhere in a text. A list whose text has none holds no reply link: one test of the
 * list's text settles most lists (menus, link lists) instead of a search and a test for every item.
 */
export const REPLY_WORD_IN_TEXT = lowerCaseTest(new RegExp(`(?:${REPLY_WORD_LIST.join('|')})`, 'u'));

/** Headings that open "related / most read / read also" link lists, in many languages. */
export const RELATED_HEADING = lowerCaseTest(/^\s*(?:related(?: articles| stories| posts| news| content| links| coverage)?|more (?:stories|news|from|on|articles)\b.*|most (?:read|popular|viewed|shared|commented)|(?:read|see) (?:also|more)|you (?:may|might) also (?:like|be interested)|recommended(?: for you)?|trending(?: now)?|popular(?: now| posts| stories)?|latest (?:news|stories|posts)|top stories|الأكثر (?:قراءة|مشاهدة|تعليقا)|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|مواضيع ذات صلة|مقالات ذات صلة|أخبار ذات صلة|اخترنا لك|(?:à )?lire aussi|sur le même sujet|les plus lus|articles similaires|voir aussi|leer también|lea también|te puede interesar|más leídas|lo más leído|noticias relacionadas|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|meistgelesen|ähnliche artikel|weitere artikel|leia também|veja também|mais lidas|notícias relacionadas|leggi anche|potrebbe interessarti|i più letti|articoli correlati|читайте также|популярное|самое читаемое|похожие материалы|по теме|ilgili haberler|en çok okunanlar|bunlar da ilginizi çekebilir|ayrıca okuyun|بیشتر بخوانید|مطالب مرتبط|پربازدیدترین|اخبار مرتبط|یہ بھی پڑھیں|مزید پڑھیں|متعلقہ خبریں|קראו גם|כתבות נוספות|הכי נקראים|כתבות קשורות|相关文章|相關文章|相关阅读|延伸阅读|延伸閱讀|热门文章|熱門|推荐阅读|関連記事|あわせて読みたい|人気記事|おすすめ記事)\s*[:：]?\s*$/u);

/** Inline "Read also: <link>" paragraphs: the lead-in that precedes a link to another article. */
export const READ_ALSO_LEAD = lowerCaseTest(/^\s*(?:(?:read|see) (?:also|more)|related|more|(?:à )?lire aussi|voir aussi|leer también|lea también|lee también|mehr zum thema|lesen sie auch|auch interessant|leia também|veja também|leggi anche|читайте также|смотрите также|ayrıca okuyun|ilgili haber|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اقرأ ايضا|ذات صلة|بیشتر بخوانید|بخوانید|یہ بھی پڑھیں|קראו גם|相关阅读|延伸阅读|関連記事)\s*[:：\-–—»]/u);

/** Short blocks that are only an ad label or a print/e-mail widget caption. */
export const JUNK_LINE = lowerCaseTest(/^[\s\-–—|•·]*(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама|إعلان|اعلان|تبلیغات|广告|広告|print(?: friendly)?(?:\s*[,&|/]\s*(?:pdf|e-?mail))*(?:\s*[,&|/]\s*(?:pdf|e-?mail))?|print this(?: article| page)?|(?:follow us|nos siga|siga-nos|síguenos|suivez-nous|folgen sie uns|seguici)(?:\s+(?:on|no|en|sur|auf|su|in)\b.{0,40})?|e-?mail(?: this)?(?: article| story)?|post (?:this )?to (?:del\.icio\.us|digg|newsvine|yahoo!?|facebook|twitter|reddit|stumbleupon|myspace|linkedin|tumblr|pinterest)|bookmark(?: this)?(?: page| article| story)?|share(?: this)?(?: article| story| on)?|imprimer|drucken|imprimir|stampa|печать|طباعة|چاپ)[\s:.\-–—|•·]*$/u);

/**
 * Invitations to comment elsewhere or to sign in to comment ("To have your say on this issue, visit …",
 * "You must login or register to post a comment"), as pattern sources; each starts with a plain word.
 */
const COMMENT_PROMPTS = [
  'have your say',
  'join the (?:discussion|debate|conversation)',
  'tell us what you think',
  'your views on this (?:story|article)',
  'comment on this (?:story|article)',
  'discuss this (?:story|article)',
  'you must (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?)\\b.{0,60}\\b(?:comment|post|reply)',
];
/**
 * The first words of COMMENT_PROMPT's alternatives (and "to"): asked first of a block's first characters, so
 * that most blocks never have their text read for it.
 */
export const COMMENT_PROMPT_START = new RegExp(`^\\s*(?:to|${[...new Set(COMMENT_PROMPTS.map((p) => p.split(' ')[0]))].join('|')})\\b`, 'i');
/**
 * A short block that is one of COMMENT_PROMPTS, optionally after "to": comment furniture, not article text.
 * Anchored at the start and applied only to short blocks, so prose that mentions comments stays.
 */
export const COMMENT_PROMPT = lowerCaseTest(new RegExp(`^\\s*(?:to )?(?:${COMMENT_PROMPTS.join('|')})`), (lower) => COMMENT_PROMPT_START.test(lower));
/** Longest block COMMENT_PROMPT is tried on: a prompt is a sentence or two. */
export const COMMENT_PROMPT_MAX_CHARS = 200;

/** Icon-font junk: letters or private-use glyphs that an icon font would draw as share icons. */
export const ICON_GLYPHS = /^[A-Z\uE000-\uF8FF\s]{1,3}$/u;

/** Comment forms: a form that holds a textarea; newsletter forms: a form asking only for an e-mail. */
export const FORM_SELECTORS = { comment: 'form textarea', email: 'input[type="email"], input[name*="email" i]' } as const;

/**
 * A poll: a form whose answers are radio buttons ("Should the city ban handguns? ( ) Yes ( ) No", then "Vote").
 * Its question is the site's, often a long sentence about another story, and it outscored short articles in
 * Readability; a story never holds a voting form. A form with a text box (a comment form) is not a poll, and a
 * form with more text than `maxChars` is a page wrapped in one form (ASP.NET), not a poll.
 */
export const POLL_FORM = { radios: 'input[type="radio" i]', minChoices: 2, maxChars: 1000 } as const;

// ---------------------------------------------------------------------------
// Furniture lines in the article body (extract/furniture.ts)
// ---------------------------------------------------------------------------

/**
 * Longest line the furniture patterns below are tried on: credits, datelines and gallery buttons are a few
 * words; a longer line is prose whatever its first words.
 */
export const FURNITURE_MAX_CHARS = 120;

/**
 * An image credit: a credit label and a colon, then a name or agency ("Photo: Jane Doe, AP", "(Image: AGENCY)",
 * "Bild: dpa", "Foto: unsplash/…", "Crédits photos : …", "Imagen: Télam", "Źródło: PAP"), as a line of its own.
 * English, German, French, Spanish, Portuguese, Italian, Polish, Dutch. The reader shows the image; its credit is
 * not the article's text. Only short lines (FURNITURE_MAX_CHARS), anchored at the start.
 */
export const CREDIT_LINE = lowerCaseTest(/^[\s([.,;–-]*(?:(?:photo|image|picture|video|illustration)s?(?: credits?| courtesy(?: of)?| by)?|credits?|pic|foto(?:s|grafie)?|bild(?:er|quelle|rechte)?|fotoquelle|crédits?(?: photos?)?|crédito|créditos|imagen|imagem|zdjęcie|fot\.|beeld)\s*[:：|]\s*\S.*$/u);

/**
 * "Source:" lines ("Quelle: dpa", "(Quelle: Name/Unsplash)", "Źródło: PAP"): a credit when it names only an
 * agency or a person, so only up to SOURCE_LINE_MAX_CHARS; a longer one describes a chart's data and stays.
 */
export const SOURCE_LINE = lowerCaseTest(/^[\s([]*(?:source|sources|quelle|quellen|fuente|fonte|źródło|bron)\s*[:：|]\s*\S.*$/u);
export const SOURCE_LINE_MAX_CHARS = 40;

/**
 * A credit that is only names and an agency: "Jane Doe/Getty Images", "TebNad/Shutterstock.com", "© dpa",
 * "(Reuters)". It must name a photo or news agency (below), so a short line of other names stays.
 */
export const AGENCY_CREDIT_LINE = lowerCaseTest(/^[\s([]*(?:©\s*)?(?:(?:[\p{L}.'’-]+\s+){1,4}|[\p{L}.'’ -]{1,40}[/|,]\s*)?(?:getty(?: images)?|shutterstock(?:\.com)?|istock(?:photo)?|unsplash|pixabay|imago(?: images)?|picture[- ]alliance|dpa|afp|ap(?: photo)?|reuters|epa(?:-efe)?|efe|ansa|pap|keystone|xinhua|anadolu|alamy|pa(?: wire| images)?)(?:\s*[/|,]\s*[\p{L}.'’ -]{1,40})?[\s)\]]*$/u);

/** A copyright line ("© 2020 CBS Interactive Inc. All Rights Reserved."): the site's notice, not the article's text. */
export const COPYRIGHT_LINE = lowerCaseTest(/^[\s([]*(?:â?©|\(c\)\s|copyright\b)/u);

/** How ADDRESS_CREDIT_LINE ends: a top-level domain, then at most a slash and closing brackets. */
const ADDRESS_END = /\.[a-z]{2,6}\/?[\s)\]]*$/u;
/**
 * A credit written as name and source site ("Moa Karlberg/imagebank.example.se"), or a line that is only a web
 * address ("www.example.co.uk", "EXAMPLE.COM"): a credit or a sponsor's address, not a sentence.
 */
export const ADDRESS_CREDIT_LINE = lowerCaseTest(
  /^[\s([]*(?:[\p{L}.'’ -]{2,40}\s?\/\s?)?(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?[\s)\]]*$/u,
  // Its end: a line that does not end in a top-level domain is no address.
  (lower) => ADDRESS_END.test(lower),
);

/**
 * Gallery, figure and story-tool chrome: the buttons and counters of a slideshow or an image viewer ("Caption",
 * "Close", "1 of 5", "Expand", "View larger image", "Bild vergrößern") and a story's tool row ("Email this to a
 * friend", "Printer friendly page", "Larger text | Smaller text"), alone or several in a row. Whole short lines only.
 */
const GALLERY_CHROME_WORDS = 'caption|close|(?:view|listen to|watch|play|download) (?:the )?(?:pdf|audio|video|photos?|gallery|slideshow)(?: now)?|photo gallery|multimedia|story continues (?:below|after (?:the )?(?:advertisement|ad))|scroll down(?: to (?:read|continue)(?: more)?)?:?|continue reading(?: (?:the )?(?:main )?story)?|read more(?:\\.\\.\\.|…)?|weiterlesen|lire la suite|leer más|leggi tutto|sponsored links|by|from|(?:e-?mail|send)(?: this)?(?: (?:story|article|page|link))? to (?:a )?friends?(?: by)?|send this (?:story|article) to friends?(?: by)?|printer[- ]friendly(?: page| version| format)?|print(?: this)?(?: story| article| page)?|e-?mail(?: this)?|font(?: size)?:?|text size:?|larger text|smaller text|(?:story|article) tools|tools:?|view all news|back to (?:top|index)|comment|comments|share(?: this)?(?: (?:article|story|page))?(?: on| via)?|bookmark|recommend(?: this)?|expand|enlarge|click to enlarge|view larger image|view (?:the )?(?:full )?(?:gallery|slideshow)|open gallery|(?:hide|show|toggle) caption|previous|next|prev|back to (?:the )?(?:gallery|top)|full ?screen|zoom|(?:image|photo|slide|bild|foto)?\\s*\\d+\\s*(?:of|\\/|von|de|sur|di|z|из)\\s*\\d+|pin|download|pin\\s*[/|]?\\s*download|(?:zum )?vergrößern(?: klicken)?|bild vergrößern|bild anzeigen|bild schließen|zum vergrößern auf das bild klicken|agrandir|ampliar|ingrandisci|fermer|schließen|cerrar|chiudi';
// Built in a function and marked pure, so the page script (which imports this module, not this pattern) does not carry it.
export const GALLERY_CHROME_LINE = /* @__PURE__ */ wordRuns(GALLERY_CHROME_WORDS);

/**
 * A line of one to four of `words`, apart or between bars, slashes or dots. The pattern holds the word list four
 * times (V8 compiles a counted repeat as copies), so it is gated by the list once, at the line's start: about nine
 * pages in ten have no short line that starts with one of the words (measured on the datasets) and never compile it.
 */
function wordRuns(words: string): LowerCaseTest {
  const first = new RegExp(`^[\\s([]*(?:${words})`, 'u');
  return lowerCaseTest(new RegExp(`^[\\s([]*(?:${words})(?:\\s*[|/·•]?\\s*(?:${words})){0,3}[\\s)\\]]*$`, 'u'), (lower) => first.test(lower));
}

/**
 * Labels that open a dateline ("PUBLISHED:", "Last updated at", "Veröffentlicht am", "Publié le",
 * "Actualizado", "Opublikowano"), before the date itself.
 */
export const DATELINE_LABEL = lowerCaseTest(/^(?:(?:first |last )?(?:published|updated|posted|modified|created)(?: on| at)?|release date|date|datum|veröffentlichung|publikacja|fecha(?: de publicación)?|data(?: de publicação| di pubblicazione)?|(?:zuletzt )?(?:veröffentlicht|aktualisiert)(?: am| um)?|stand|erstellt(?: am)?|publié(?: le)?|mis à jour(?: le)?|publicado(?: el| em)?|actualizado(?: el)?|atualizado(?: em)?|pubblicato(?: il)?|aggiornato(?: il)?|opublikowano|aktualizacja|gepubliceerd(?: op)?|bijgewerkt(?: op)?)\s*[:：]?\s*/u);

/**
 * Words a written date or time is made of, in the languages of the datasets: month and weekday names (full
 * and short), "at"/"um"/"à"/"a las", am/pm, time-zone abbreviations. A line of only these and numbers is a
 * dateline ("Wednesday, January 2, 2008", "10:02 AM CST on Friday, December 28, 2007", "23.10.2018").
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'at', 'on', 'am', 'pm', 'a.m', 'p.m', 'of', 'the', 'gmt', 'utc', 'bst', 'cet', 'cest', 'mez', 'mesz', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ist', 'aest', 'aedt', 'hrs', 'h', 'uhr',
  // German
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'um', 'den',
  // French
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'à', 'le',
  // Spanish, Portuguese, Italian
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'de', 'del', 'a', 'las', 'do', 'às', 'alle', 'ore',
  // Polish (nominative and genitive month names)
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia', 'godz',
]);

/** Most words a dateline has (a date, a time and a zone, with their small words). */
export const DATELINE_MAX_WORDS = 12;

/**
 * News-agency credit lines at an article's end: "Reporting by Jane Doe; Editing by John Roe",
 * "(Additional reporting by …)", "Writing by …". The name after "by" is capitalised; see furniture.ts for the
 * extra guard that keeps a sentence that happens to begin so.
 */
export const AGENCY_CREDITS = /^[\s([]*(?:[Aa]dditional |[Ww]ith )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Ww]ritten|[Rr]esearch|[Gg]raphics?|[Pp]roduced|[Ff]act-?checking) by \p{Lu}/u;

/**
 * Calls to action ("Click here for more football headlines!") and newsletter, subscription, app and follow
 * promotions inside the body: "Sign up to our newsletter…",
 * "Subscribe", "To view the full story, please subscribe", "Download our app", "Newsletter abonnieren".
 * Asked only of short lines (PROMO_MAX_CHARS); a line must both invite (sign up, subscribe, download…) and name
 * what it sells (newsletter, subscription, app, inbox, edition) or be the bare button word.
 */
export const PROMO_LINE = lowerCaseTest(/^[\s([]*(?:click here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|clicca qui)\b|^[\s([]*(?:subscribe|sign up|sign-up|abonnieren|jetzt abonnieren|s'abonner|abonnez-vous|suscríbete|suscribirse|assine|iscriviti|zapisz się|register now)[\s.!)\]]*$|^[\s([]*(?:(?:to (?:view|read|continue|access)[^.]{0,60}, )?(?:please )?(?:sign up|sign-up|subscribe|register|(?:join|get|download|install|follow) (?:our|the|us)|don'?t miss|never miss|stay (?:informed|up to date)|melden sie sich|abonnieren sie|inscrivez-vous|abonnez-vous|suscríbete|recibe|únete|iscriviti|assine)\b.{0,140}\b(?:newsletters?|subscribers?|subscription|subscribe|e-?mail alerts?|inbox|apps?|edition|(?:news)?paper|abonnement|telegram|whatsapp))\b/u);
export const PROMO_MAX_CHARS = 220;

/**
 * A menu written as one line: at least MENU_LINE_MIN_ITEMS short items between bars or dots ("News: ePaper | Front
 * Page | National | Business | Sport", "Home · World · Sport · Weather"). No sentence is built so.
 */
export const MENU_LINE = {
  separators: /\s*[|•·]\s*/u,
  minItems: 4,
  /** An item is a few words: a section name. */
  maxItemChars: 30,
} as const;

/**
 * A blog post's meta line ("Posted by NAME @ 5:56 am Categories: …", "Posted in News, Tech by NAME on January 7th,
 * 2008", "This entry was posted in …", "Author : NAME", a lone "Special Correspondent"): the header shows author and date.
 */
export const POST_META_LINE = lowerCaseTest(/^\s*(?:(?:this (?:entry|post) was )?posted (?:in|by|on|at|under)\b|(?:author|autor|auteur|autore|verfasser)\s*[:：]|(?:(?:special|staff|our|senior|chief|foreign|political|sports?) )?(?:correspondent|reporter|writer)s?\s*$)/u);
export const POST_META_MAX_CHARS = 250;

/**
 * A post's taxonomy or counter line ("Category: News", "Kategorie: Ratgeber", "Tags: …", "Filed under: …",
 * "Aufrufe: 1.234", "Views: 512"): site furniture above or below the text. A label and a colon first.
 */
export const TAXONOMY_LINE = lowerCaseTest(/^\s*(?:categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|kategorie|rubriken?|rubrique|tags?|schlagw(?:orte|örter)|stichw(?:orte|örter)|étiquettes|etiquetas|filed under|views|aufrufe|gelesen|vues|visitas|visualizzazioni|wyświetleń|hits)\s*[:：]/u);
export const TAXONOMY_MAX_CHARS = 150;

/** Tip lines and contact boxes: "Have a tip? NAME may be reached at EMAIL", "Got a news tip?", "Send us a tip". */
export const TIP_LINE = lowerCaseTest(
  /^[\s([]*(?:have|got|do you have) a (?:news )?tip\b|^[\s([]*send us (?:a|your) (?:news )?tips?\b|\b(?:may|can) be reached at\b.{0,80}@|\bcontact (?:the )?(?:author|reporter|writer) at\b.{0,80}@/u,
  // Every alternative names a tip or ends at an e-mail address.
  (lower) => lower.includes('tip') || lower.includes('@'),
);
export const TIP_MAX_CHARS = 300;

/**
 * Clutter tokens that are abbreviations (`pf` PrintFriendly, `jp` Jetpack, `crp` Contextual Related Posts,
 * `a2a` AddToAny, `gpt`, `mpu`, `dfp`): they name the widget only as its own class prefix, written with a
 * hyphen (`pf-button`, `jp-relatedposts`) or alone. Another CMS's namespace prefix (`pf_subheading`,
 * `jp_article_body`) is not that widget, so an underscore-joined or mid-name occurrence does not count.
 */
export const ABBREVIATION_TOKENS: ReadonlySet<string> = new Set(['pf', 'jp', 'crp', 'a2a', 'gpt', 'mpu', 'dfp']);

/**
 * A subscription or paywall name on a block that holds the article: metered sites mark the story itself
 * (`<div class="paywall">` around the paragraphs) and add the prompt elsewhere. A block with this many prose
 * paragraphs (PROSE_PARAGRAPH_CHARS each) is content, not a prompt.
 */
export const PROMPT_MAX_PROSE_PARAGRAPHS = 2;
export const PROSE_PARAGRAPH_CHARS = 150;

/**
 * Embedded posts the author put in the story (tweets, Instagram, TikTok, Threads, Bluesky, Facebook,
 * Reddit, Mastodon embeds): their wrapper's name often says `social` or `widget`, yet they are quotes
 * in the article. A block holding one is not removed on its class name.
 */
export const EMBED_SELECTOR =
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.text-post-media, blockquote.bluesky-embed, blockquote.reddit-embed-bq, blockquote.fb-xfbml-parse-ignore, div.fb-post, iframe.mastodon-embed, blockquote[data-instgrm-permalink], blockquote[cite*="twitter.com/"], blockquote[cite*="x.com/"]';

// ---------------------------------------------------------------------------
// Boxes of headline links in the article body (extract/link-boxes.ts)
// ---------------------------------------------------------------------------

export const LINK_BOX = {
  /** A box of headline links has at least this many links (one or two links are a source or a "read more"). */
  minLinks: 3,
  /** Share of the box's text inside links: a list of headlines is nearly all link text. */
  minLinkShare: 0.7,
  /** A box is never more than this share of the article's text (the article is not a link list of itself). */
  maxShareOfArticle: 0.4,
  /** A text node outside links this long is prose (a sentence or more): the article's text ends at the last one. */
  proseChars: 100,
  /** A box label is a short line ("DON'T MISS", "You may also like"). */
  labelMaxChars: 60,
  /** A teaser in a trailing feed is a sentence or two; a longer run of text is an article's paragraph. */
  feedMaxRunChars: 400,
  /** A feed's text is at least this share links (a headline, a teaser line and "Full story": about a quarter). */
  feedMinLinkShare: 0.15,
  /** …and has at most this many unlinked text runs per link (a teaser and a date each). */
  feedMaxLinesPerLink: 2,
  /** A trailing feed's label comes after at least this much of the article (a short news item has 300+ characters). */
  feedMinTextBefore: 300,
} as const;

/**
 * A list of dated headlines ("Savage completes move (Wednesday January 9 2008)", one per line): an archive or
 * "latest news" scroller. Readability scores it as the article when the story is short (dozens of lines each
 * count as a paragraph), so it is removed before scoring. It is judged only on its own shape: at least
 * `minLinks` headline links, every text outside them a date (or punctuation), dates beside at least half the
 * links. A story never has that shape: its sentences are text outside links.
 */
export const DATED_LIST = {
  /** A list this long outweighs a short story in Readability's scoring (each line scores as a paragraph). */
  minLinks: 8,
  /** Dates beside at least this share of the links (a list where only some items are dated is still a list). */
  minDatedShare: 0.5,
  /** A line outside links longer than this is never a date: the walk stops there (a container with prose). */
  maxDateChars: 60,
} as const;

/**
 * Labels of headline-link boxes in the middle of an article ("DON'T MISS", "You may also like…",
 * "More Breaking Business News", "Latest Football Stories", "Empfohlene Beiträge", "Zum Weiterlesen"): asked only of
 * the short line that opens or precedes a box that is already mostly links, so it may be broader than RELATED_HEADING.
 */
export const LINK_BOX_LABEL = lowerCaseTest(/^\s*(?:don'?t miss|must reads?|editor'?s (?:picks?|choice)|(?:more|latest|top|other|additional|recent|popular|related|featured|trending|recommended|breaking|most (?:read|viewed|e-?mailed|shared|popular|commented))(?: [\p{L}'’&-]+){0,3} (?:stories|news|headlines|articles|posts|videos|reads|links)|also (?:in|on|from) .{1,40}|(?:you|we) (?:may|might|will) (?:also )?(?:like|enjoy|love|recommend)|more from .{1,40}|weiterführende links?|zum weiterlesen|(?:empfohlene|neueste|aktuelle|ähnliche|weitere) (?:beiträge|artikel|nachrichten|meldungen|news|themen)|das könnte (?:sie|dich) (?:auch )?interessieren|à lire (?:aussi|également)|(?:sur le même sujet|dans la même rubrique)|también te puede interesar|más noticias|noticias relacionadas|leia mais|veja mais|altre notizie|czytaj (?:też|także|również)|zobacz (?:też|także|również))[\s:：.!…]*$/u);

/**
 * A label set in spaced capitals, "R E L A T E D&nbsp; &nbsp;C O N T E N T": single letters one plain space apart,
 * words two or more white-space characters (or a no-break space) apart. Collapsing would merge the words, so such
 * a label is read as its words ("RELATED CONTENT") before the label patterns are asked; at least three letters
 * in the first word, so "A B" or an initial ("J. R. R.") is not one.
 */
export const LETTER_SPACED_LABEL = /^\s*\p{L}(?: \p{L}){2,}(?:(?:\s{2,}|\u00a0)\p{L}(?: \p{L})*)*\s*$/u;
/** The gap between words of a letter-spaced label (see LETTER_SPACED_LABEL). */
export const LETTER_SPACED_WORD_GAP = /\s{2,}|\u00a0/u;

/**
 * A bare "More" (or "More »") heading a feed of teasers after the story: on its own it says nothing, so it is
 * a label only for removeTrailingFeed, whose tail checks (link-led teasers, after the article's text) decide.
 */
export const FEED_ONLY_LABEL = lowerCaseTest(/^\s*(?:more|mehr|plus|más|mais|altro|więcej)\s*(?:»|›|>>|…|\.\.\.)?\s*$/u);

/**
 * The hover card of a linked name (the name again, a photo, latest headlines), hidden until the pointer is on the
 * link: named so in class or id (`hovercard`, `popover`, `tippy`, `tooltip`…). It is removed only when it follows a
 * link in the same wrapper, so a glossary tooltip's own term (the wrapper's first text) is never removed.
 */
export const HOVER_CARD = {
  tokens: ['hovercard', 'popover', 'tippy', 'tooltip', 'flyout', 'profilecard', 'card'] as readonly string[],
  /** A card's `card` token counts only with `hover`, `profile`, `author` or `person` beside it. */
  cardWith: ['hover', 'profile', 'author', 'person', 'user'] as readonly string[],
  /** A card is a name, a line or two and a few headlines. */
  maxChars: 500,
} as const;

/**
 * Elements that draw a MathML formula kept beside them for assistive technology: MathJax 3 (`mjx-container`),
 * MathJax 2 (`.MathJax`, its MathML in a sibling script or an assistive span) and KaTeX (`.katex`). The drawing
 * is glyphs in CSS with no text; the formula is read from its MathML (extract/math.ts).
 */
export const MATH_RENDERERS = 'mjx-container, .MathJax, .katex';
