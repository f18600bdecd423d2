/**
 * What the follow crawl (src/crawl/follow.ts) judges a page's links by, as commented data:
 * where a link sits on the page, the shape of its address, and its text. The judgement
 * itself is in story-links.ts. Words here are generic site furniture in the languages
 * news sites commonly use, never one site's own wording.
 */

/** Elements that hold a page's furniture: menus, mastheads, footers, sidebars. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
/** ARIA roles of the same. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar']);
/**
 * Class or id words of blocks that are furniture: menus, navigation bars, footers,
 * sidebars, breadcrumbs, share bars, widgets. Matched as whole words or word parts
 * ("main-menu", "site-footer", "navbar"), not inside unrelated words ("canvas").
 */
export const FURNITURE_BLOCK = /(?:^|[\s_-])(?:menu|menus|nav|navbar|navigation|footer|sidebar|breadcrumbs?|share|sharing|social|widget|masthead|topbar|toolbar|pagination|pager|tags?|byline|author|meta)(?:$|[\s_-])|(?:^|\s)(?:site|global|main|top|primary|secondary|mega)-?(?:header|nav|menu)/i;
/** Headline elements: a link in one, or holding one, is a story's headline more often than not. */
export const HEADLINE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4']);

/** A card holds a link when it has at most this much text: the link's own block in a grid. */
export const CARD_TEXT_MAX = 400;
/** ... and at most this many links (more make a list or a menu, not one card). */
export const CARD_MAX_LINKS = 3;
/** A price as shops print it, with its cents ("$12.99", "49,00 €"): in a link's own text it marks a shop's item (a headline names sums without cents). */
export const PRICE_TAG = /[$€£]\s?\d[\d.,]*[.,]\d\d(?!\d)|\d[.,]\d\d\s?(?:€|EUR|USD)/;
/** Ancestors climbed to find a link's card. */
export const CARD_CLIMB = 4;

/** Extensions of files that are not pages. */
export const FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|odt|csv|zip|gz|tgz|rar|7z|mp3|m4a|wav|ogg|mp4|m4v|mov|avi|webm|mkv|css|js|json|xml|rss|atom|ics|exe|dmg|apk|epub|mobi|woff2?|ttf)$/i;

/**
 * Utility pages: never stories, never read as sections. A path segment made of one of
 * these words, alone or with a word or two more ("about-us", "privacy-policy",
 * "terms-of-service"), marks one.
 */
export const UTILITY_WORDS: ReadonlySet<string> = new Set([
  'about', 'contact', 'contacts', 'imprint', 'impressum', 'privacy', 'datenschutz', 'terms', 'tos', 'legal', 'cookie', 'cookies', 'policy', 'policies', 'disclaimer',
  'login', 'log-in', 'signin', 'sign-in', 'signup', 'sign-up', 'logout', 'register', 'registration', 'account', 'my-account', 'profile', 'password', 'mailpassword',
  'subscribe', 'subscription', 'subscriptions', 'newsletter', 'newsletters', 'abo', 'abonnement', 'shop', 'store', 'cart', 'basket', 'checkout', 'wishlist',
  'careers', 'career', 'jobs', 'job', 'advertise', 'advertising', 'ads', 'media-kit', 'help', 'faq', 'faqs', 'support', 'feedback', 'accessibility', 'sitemap',
  'donate', 'donation', 'membership', 'members', 'rss', 'feed', 'feeds', 'apps', 'app', 'print', 'share', 'submit', 'corrections', 'ethics', 'masthead',
  'contacto', 'contato', 'kontakt', 'mentions-legales', 'aviso-legal', 'cgu', 'cgv', 'agb', 'uber-uns', 'ueber-uns', 'chi-siamo', 'quienes-somos', 'qui-sommes-nous',
]);
/** Short link texts (three words at most) that name a utility page. */
export const UTILITY_TEXT = /^(?:about(?: us)?|contact(?: us)?|log ?in|log ?out|sign ?(?:in|up|out)|register|subscribe|newsletters?|privacy(?: policy)?|terms.*|cookies?.*|help|faq|careers?|jobs|advertise|shop|store|donate|rss|impressum|imprint|kontakt|datenschutz|contacto|connexion|s'abonner|abonnieren|anmelden)$/i;
/** Query parameters that make a link an action, not a page (share buttons, log-in, print, reply). */
export const ACTION_PARAMS = /(?:^|&)(?:share|action|replytocom|print|login|logout|redirect_to|returnurl|return_to|add-to-cart|add_to_cart)=/i;

/** Path segments of tag pages, author pages, archives and sections (listings the crawl reads for stories). */
export const TAG_SEGMENTS: ReadonlySet<string> = new Set(['tag', 'tags', 'topic', 'topics', 'keyword', 'keywords', 'schlagwort', 'schlagworte', 'thema', 'themen', 'etiqueta', 'etiquetas', 'tema', 'temas', 'mot-cle', 'mots-cles', 'subject', 'subjects', 'label', 'labels', 'hashtag']);
export const AUTHOR_SEGMENTS: ReadonlySet<string> = new Set(['author', 'authors', 'autor', 'autoren', 'auteur', 'auteurs', 'autore', 'writer', 'writers', 'editor', 'editors', 'columnist', 'columnists', 'contributor', 'contributors', 'staff', 'people', 'journalist', 'journalists', 'reporter', 'reporters', 'user', 'users', 'profile', 'profiles']);
export const ARCHIVE_SEGMENTS: ReadonlySet<string> = new Set(['archive', 'archives', 'archiv', 'archivo', 'archivio', 'page', 'pages', 'seite', 'pagina', 'issue', 'issues', 'date', 'day', 'calendar']);
export const SECTION_SEGMENTS: ReadonlySet<string> = new Set([
  'category', 'categories', 'section', 'sections', 'rubrique', 'rubriques', 'rubrik', 'ressort', 'kategorie', 'categoria', 'categorias', 'seccion', 'secao', 'hub', 'list', 'lists', 'latest',
  'search', 'suche', 'recherche', 'busca', 'buscar', 'index', 'browse', 'channel', 'channels', 'collection', 'collections', 'series', 'dossier', 'dossiers', 'special', 'specials',
]);
/** Shop pages: products, catalogues, carts. */
export const PRODUCT_SEGMENTS: ReadonlySet<string> = new Set(['product', 'products', 'produkt', 'produit', 'produto', 'producto', 'p', 'dp', 'item', 'items', 'sku', 'catalog', 'catalogs', 'catalogue', 'c', 'cat', 'shop', 'store', 'buy', 'deals', 'offers']);
/** Query parameters that page through a listing. */
export const PAGE_PARAMS = /(?:^|&)(?:page|pg|paged|pagina|seite|start|offset|pn)=\d+/i;
/** Segments that hold stories ("/news/2024/…", "/article/…", "/story/…"): a slug or an id after one is a story's. */
export const STORY_SEGMENTS: ReadonlySet<string> = new Set([
  'article', 'articles', 'story', 'stories', 'news', 'post', 'posts', 'blog', 'blogs', 'artikel', 'nachrichten', 'noticia', 'noticias', 'notizia', 'notizie', 'actualite', 'actualites',
  'nieuws', 'wiadomosci', 'haber', 'berita', 'submission', 'magazine', 'opinion', 'feature', 'features', 'review', 'reviews', 'interview', 'report', 'reports', 'press-release', 'press-releases',
]);
/** Query parameters that name a story by number (old CMSs: view.php?idx=8576, ?p=123). */
export const STORY_ID_PARAM = /(?:^|&)(?:id|idx|aid|sid|nid|no|p|story|article|articleid|newsid|news_id|art_id)=\d{3,}(?:&|$)/i;
/** Texts that lead on rather than name a page: "More from …", "See all", "View all", "Next page", "Read more". */
export const NAVIGATION_TEXT = /^(?:more\b|see (?:all|more)\b|view (?:all|more)\b|show (?:all|more)\b|all\b|next\b|previous\b|prev\b|older\b|newer\b|load more\b|mehr\b|weiter\b|plus\b|voir (?:tout|plus)\b|ver (?:m[aá]s|todo)\b)/i;
/** Texts that lead on to the page beside them ("Read more", "Explore →"): they say nothing either way. */
export const READ_ON_TEXT = /^(?:read more|learn more|continue reading|read on|weiterlesen|lire la suite|leer m[aá]s|leggi (?:tutto|di più))\b|[→➔➜»›]\s*$/i;

/**
 * The weights of the story score: evidence for a story link adds, evidence for anything
 * else subtracts, and STORY_CUT decides. Fitted by hand on the shape of story URLs and
 * headlines in general (bench/story-links.json measures them), not on any one site.
 */
export const STORY_WEIGHTS = {
  /** A date in the path (/2024/05/ or /2024-05-17/ or 20240517) or a year segment before a slug. */
  datePath: 2,
  /** The longest segment is a slug of three or four words ... */
  slug3: 1.5,
  /** ... or of five and more. */
  slug5: 2,
  /** A number of five digits or more as a segment or at a slug's end, or a long hex id. */
  numericId: 1,
  /** After a segment that holds stories (STORY_SEGMENTS). */
  storySegment: 1,
  /** A story number in the query. */
  storyIdParam: 1.5,
  /** Link text of five words or more ... */
  text5: 1.5,
  /** ... (in furniture, where menus name pages in full, less) ... */
  text5InFurniture: 1,
  /** ... of three or four ... */
  text3: 0.5,
  /** ... of two ... */
  text2: -0.5,
  /** ... of one. */
  text1: -1.5,
  /** Long text of which the slug spells less than a quarter (and not two words) is an image's description, not the headline. */
  unrelatedText: -1.5,
  /** The slug spells the text (most of the text's words are in it): a headline and its address. */
  slugSpellsText: 0,
  /** Four named levels deep without a date or a number: the site's own tree, not a story. */
  deepTree: -1,
  /** A headline element holds the link, or the link holds one. */
  headline: 1,
  /** Inside menus, mastheads, footers, sidebars. */
  furniture: -1,
  /** "More from …", "See all": navigation wording. */
  navigationText: -2,
  /** Only digits ("2", "17"): pagination. */
  numberText: -2,
  /** A price in the link's card, or a shop segment in the path. */
  shop: -3,
  /** Under the same parent path as a link already judged a story on the page, with a slug or a number of its own. */
  storySibling: 2,
  /** The same, for a link in page furniture (menus list pages of one kind side by side too). */
  storySiblingInFurniture: 1,
} as const;
/** A link is a story at this score or above. */
export const STORY_CUT = 2;
