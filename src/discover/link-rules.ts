/**
 * What the follow crawl (src/crawl/follow.ts) judges a page's links by, as commented data:
 * where a link sits on the page, the shape of its address, and its text. The judgement
 * itself is in story-links.ts. Words here are generic site furniture in the languages
 * news sites commonly use, never one site's own wording.
 */
import { wordBounds } from '../word-bounds.js';

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
/**
 * What a block holds when a furniture-like class or id names a wrapper of the whole page
 * ("vector-feature-main-menu-pinned", "page-with-sidebar"): a menu never holds the page's
 * title or its main column.
 */
export const WRAPPER_HOLDS = 'h1, main, [role="main"]';
/** Headline elements: a link in one, or holding one, is a story's headline more often than not. */
export const HEADLINE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4']);

/**
 * A date as a path holds it: "/2024/05/", "/2024-05-17/", "20240517", or opening a slug
 * ("/2024-12-04-release-notes"). A story's address, for the follow crawl's links and for the
 * article verdict's reading of the page's own address (clean/address.ts).
 */
export const DATE_PATH = /\/(?:19|20)\d\d[/-][01]?\d(?:[/-][0-3]?\d)?(?:\/|$)|(?:^|\D)(?:19|20)\d\d[01]\d[0-3]\d(?:\D|$)|\/(?:19|20)\d\d-[01]\d-[0-3]\d[-_]\p{L}/u;

/** A card holds a link when it has at most this much text: the link's own block in a grid. */
export const CARD_TEXT_MAX = 400;
/** ... and at most this many links (more make a list or a menu, not one card). */
export const CARD_MAX_LINKS = 3;
/** A price as shops print it, with its cents ("$12.99", "49,00 €"): in a link's own text it marks a shop's item (a headline names sums without cents). */
export const PRICE_TAG = /[$€£]\s?\d[\d.,]*[.,]\d\d(?!\d)|\d[.,]\d\d\s?(?:€|EUR|USD)/;
/** A paragraph holding a link and this many characters more is prose, not a card. */
export const PROSE_MIN_CHARS = 80;
/** Ancestors climbed to find a link's card. */
export const CARD_CLIMB = 4;
/**
 * Buttons and notes of a shop's card, in the languages news sites commonly use: a card
 * that offers to buy is a product's, whatever its link says.
 */
export const SHOP_CARD_TEXT = /\b(?:add to (?:cart|bag|basket)|buy now|choose options|select options|quick ?view|sold out|in stock|out of stock|free shipping|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|adicionar ao carrinho|in winkelwagen)\b/i;
/**
 * A time as teasers print it beside a headline: "3 hours ago", "il y a 2 jours", "vor 5
 * Minuten", "hace 3 horas", "há 2 dias" (a written-out date is read by extract/dates.ts).
 */
export const RELATIVE_TIME = /\b\d{1,2}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\b|\b(?:il y a|vor|hace|há)\s+\d{1,2}\s+(?:minutes?|heures?|jours?|minuten|stunden|tagen|minutos|horas|días|dias)\b/i;

/** A list's items are the children of one parent with one tag and classes: at least this many of them. */
export const GROUP_MIN_ITEMS = 3;
/** Ancestors of a link climbed to find its list's item (a headline inside a card inside a grid). */
export const GROUP_CLIMB = 6;

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
/**
 * Words that close a utility page's compound segment of up to three words ("editorial-policy",
 * "product-review-policy", "affiliate-disclaimer"); a story's slug seldom ends in them.
 */
export const UTILITY_TAIL_WORDS: ReadonlySet<string> = new Set(['policy', 'policies', 'disclaimer', 'disclosure', 'imprint', 'impressum', 'datenschutz']);
/** Segments that open on a privacy opt-out, however long ("do-not-sell-or-share-my-personal-information", "your-privacy-choices"). */
export const UTILITY_SEGMENT_START = /^(?:do-not-sell|your-privacy-choices|privacy-choices|opt-out|unsubscribe)(?:[-_]|$)/;
/** Short link texts (three words at most) that name a utility page. */
export const UTILITY_TEXT = /^(?:about(?: us)?|contact(?: us)?|log ?in|log ?out|sign ?(?:in|up|out)|register|subscribe|newsletters?|privacy(?: policy)?|terms.*|cookies?.*|help|faq|careers?|jobs|advertise|shop|store|donate|rss|impressum|imprint|kontakt|datenschutz|contacto|connexion|s'abonner|abonnieren|anmelden)$/i;
/** Query parameters that make a link an action, not a page (share buttons, log-in, print, reply). */
export const ACTION_PARAMS = /(?:^|&)(?:share|action|replytocom|print|login|logout|redirect_to|returnurl|return_to|add-to-cart|add_to_cart)=/i;

/** A first segment that sends the reader elsewhere ("/go/product-name", "/out/123"): an affiliate's or a tracker's redirect. */
export const REDIRECT_SEGMENTS: ReadonlySet<string> = new Set(['go', 'out', 'outbound', 'redirect', 'redir', 'recommends', 'aff', 'affiliate', 'visit']);
/** Path segments of tag pages, author pages, archives and sections (listings the crawl reads for stories). */
export const TAG_SEGMENTS: ReadonlySet<string> = new Set(['tag', 'tags', 'topic', 'topics', 'keyword', 'keywords', 'schlagwort', 'schlagworte', 'thema', 'themen', 'etiqueta', 'etiquetas', 'tema', 'temas', 'mot-cle', 'mots-cles', 'subject', 'subjects', 'label', 'labels', 'hashtag']);
export const AUTHOR_SEGMENTS: ReadonlySet<string> = new Set(['author', 'authors', 'autor', 'autoren', 'auteur', 'auteurs', 'autore', 'writer', 'writers', 'editor', 'editors', 'columnist', 'columnists', 'contributor', 'contributors', 'staff', 'people', 'team', 'expert', 'experts', 'journalist', 'journalists', 'reporter', 'reporters', 'user', 'users', 'profile', 'profiles']);
export const ARCHIVE_SEGMENTS: ReadonlySet<string> = new Set(['archive', 'archives', 'archiv', 'archivo', 'archivio', 'page', 'pages', 'seite', 'pagina', 'issue', 'issues', 'date', 'day', 'calendar']);
/**
 * A last segment of this many words after a tag, section or author segment is a story's slug,
 * not the listing's name: the longest tag, category and collection names in the labelled sets
 * have seven words ("/category/…/master-of-science-in-applied-nutrition-dietetics/").
 */
export const FILED_SLUG_WORDS = 8;
export const SECTION_SEGMENTS: ReadonlySet<string> = new Set([
  'category', 'categories', 'section', 'sections', 'rubrique', 'rubriques', 'rubrik', 'ressort', 'kategorie', 'categoria', 'categorias', 'seccion', 'secao', 'hub', 'list', 'lists', 'latest',
  'search', 'suche', 'recherche', 'busca', 'buscar', 'index', 'browse', 'channel', 'channels', 'collection', 'collections', 'series', 'dossier', 'dossiers', 'special', 'specials',
]);
/** Shop pages: products, catalogues, carts. */
export const PRODUCT_SEGMENTS: ReadonlySet<string> = new Set(['product', 'products', 'pdp', 'produkt', 'produit', 'produto', 'producto', 'p', 'dp', 'item', 'items', 'sku', 'catalog', 'catalogs', 'catalogue', 'c', 'cat', 'shop', 'store', 'buy', 'deals', 'offers']);
/**
 * One-letter product segments that blogging platforms use for posts too ("/p/why-we-moved"):
 * a product's only when an id follows (a run of digits, letters and digits mixed).
 */
export const ID_ONLY_PRODUCT_SEGMENTS: ReadonlySet<string> = new Set(['p', 'dp']);
/** A product's id in a segment: five digits or more in a row, or an uppercase code of letters and digits. */
export const PRODUCT_ID = /\d{5,}|^[a-z0-9]*\d[a-z0-9]*$/i;
/**
 * Segments that hold events, courses, job posts, forum threads and documentation: the page
 * after one is an item of a calendar, a catalogue, a forum or a manual, not a story
 * ("/events/spring-fair-2026", "/courses/intro-to-python", "/questions/780353/join-two-files").
 */
export const ITEM_SEGMENTS: ReadonlySet<string> = new Set([
  'event', 'events', 'evento', 'eventos', 'eventi', 'evenement', 'evenements', 'événement', 'événements', 'veranstaltung', 'veranstaltungen', 'agenda',
  'conference', 'conferences', 'webinar', 'webinars', 'meetup', 'meetups', 'ticket', 'tickets',
  'course', 'courses', 'kurs', 'kurse', 'cours', 'curso', 'cursos', 'corso', 'corsi', 'program', 'programs', 'programme', 'programmes', 'certificate', 'certificates',
  'vacancy', 'vacancies', 'stellenangebote', 'stellenangebot', 'emploi', 'emplois', 'empleo', 'empleos', 'lavoro', 'offerte-lavoro', 'listing', 'listings',
  // Forums and questions: a thread is a discussion, not an article.
  'forum', 'forums', 'foro', 'foros', 'thread', 'threads', 'question', 'questions', 'comments', 'discussion', 'discussions', 'showthread',
  // A firm's portfolio and case studies: a client's showcase, not an article.
  'portfolio', 'case-study', 'case-studies',
  // A firm's downloads and offers: e-books and white papers behind a form, templates, use cases.
  'ebook', 'ebooks', 'e-book', 'e-books', 'whitepaper', 'whitepapers', 'white-paper', 'white-papers', 'template', 'templates', 'use-case', 'use-cases',
  // A calendar's entries as files to import.
  'ical', 'ics',
  // Documentation and manuals: reference pages, not articles.
  'doc', 'docs', 'documentation', 'manual', 'manuals', 'man-pages', 'reference', 'handbook', 'api',
  // A firm's offer and reach: its services, solutions, industries served and offices (27 such
  // links on the four rule-setting sets, none a story).
  'service', 'services', 'solution', 'solutions', 'industry', 'industries', 'location', 'locations',
  'leistungen', 'dienstleistungen', 'loesungen', 'lösungen', 'branchen', 'standorte', 'servicios', 'soluciones', 'servizi', 'soluzioni', 'servicos', 'serviços', 'solucoes', 'soluções',
]);
/** Last segments of an item's discussion ("/p/why-we-moved/comments"): comment threads stay on a discussion. */
export const DISCUSSION_TAILS: ReadonlySet<string> = new Set(['comments', 'comment', 'replies', 'kommentare', 'commentaires', 'comentarios', 'commenti']);
/**
 * Words in a slug that a headline has and a product's or a category's name has not: the
 * question words and the kinds of article that explain, compare and advise.
 */
export const ARTICLE_SLUG_WORDS: ReadonlySet<string> = new Set([
  'how', 'why', 'what', 'when', 'which', 'who', 'should', 'guide', 'tips', 'vs', 'versus', 'review', 'reviewed', 'recipe', 'explained', 'interview', 'best',
  'comment', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'choisir', 'conseils', 'recette', 'wie', 'warum', 'welche', 'welcher', 'tipps', 'ratgeber', 'rezept',
  'como', 'cómo', 'porque', 'cuál', 'cual', 'consejos', 'receta', 'perché', 'perche', 'quale', 'consigli', 'ricetta', 'guia', 'guía', 'guida', 'dicas', 'receita',
]);
/**
 * Last words of a slug that names a hub rather than one article ("lightweight-hiking-video-series",
 * "video-pro-resources", "recipe-collection"): a page that lists the pieces.
 */
export const HUB_SLUG_WORDS: ReadonlySet<string> = new Set(['series', 'resources', 'collection', 'collections', 'hub', 'library', 'directory', 'archive', 'archives', 'ressourcen', 'ressources', 'recursos', 'risorse']);
/** First labels of the hosts of manuals and help centres (docs.example.com, help.example.com): reference pages, not stories. */
export const DOC_HOSTS: ReadonlySet<string> = new Set(['doc', 'docs', 'developer', 'developers', 'help', 'support', 'kb']);
/** A wiki's entry: "/wiki/Title", without a namespace ("Help:", "Category:", "Special:"). */
export const WIKI_ENTRY = /^\/wiki\/[^/:]+$/i;
/** A script that serves every page of a site, written into its paths ("/index.php/blog/post-title"). */
export const FRONT_CONTROLLER = /^index\.(?:php|aspx?|jsp|cfm)$/i;
/** A page's own path and a page number after it ("/long-story-title/3/"): the next page of the same story or listing. */
export const PAGE_NUMBER_TAIL = /^\/\d{1,3}\/?$/;
/** Query parameters that page through a listing. */
export const PAGE_PARAMS = /(?:^|&)(?:page|pg|paged|pagina|seite|start|offset|pn)=\d+/i;
/** Segments that hold stories ("/news/2024/…", "/article/…", "/story/…"): a slug or an id after one is a story's. */
export const STORY_SEGMENTS: ReadonlySet<string> = new Set([
  'article', 'articles', 'story', 'stories', 'news', 'post', 'posts', 'blog', 'blogs', 'artikel', 'nachrichten', 'noticia', 'noticias', 'notizia', 'notizie', 'actualite', 'actualites',
  'nieuws', 'wiadomosci', 'haber', 'berita', 'submission', 'magazine', 'opinion', 'review', 'reviews', 'interview', 'report', 'reports', 'press-release', 'press-releases',
]);
/** Query parameters that name a story by number (old CMSs: view.php?idx=8576, ?p=123). */
export const STORY_ID_PARAM = /(?:^|&)(?:id|idx|aid|sid|nid|no|p|story|article|articleid|newsid|news_id|art_id)=\d{3,}(?:&|$)/i;
/** Texts that lead on rather than name a page: "More from …", "See all", "View all", "Next page", "Read more". */
export const NAVIGATION_TEXT = /^(?:more\b|see (?:all|more)\b|view (?:all|more)\b|show (?:all|more)\b|all\b|next\b|previous\b|prev\b|older\b|newer\b|load more\b|mehr\b|weiter\b|plus\b|voir (?:tout|plus)\b|ver (?:m[aá]s|todo)\b)/i;
/**
 * Texts that lead on to the page beside them or name no page ("Read more", "Explore →",
 * "here", "Previous post"): they say nothing either way.
 */
export const READ_ON_TEXT = wordBounds(new RegExp(
  String.raw`^(?:read more|learn more|continue reading|read on|weiterlesen|lire la suite|leer m[aá]s|leggi (?:tutto|di più))\b|[→➔➜»›]\s*$|` +
    String.raw`^(?:click )?(?:here|this|ici|hier|aquí|aqui|qui)[.!]?$|` +
    // "Read the full story", "Hear the story", "Read full review": a button naming the story beside it.
    String.raw`^(?:read|hear|watch|listen to|see) (?:the )?(?:full |whole |entire )?(?:story|article|post|review|interview|report|episode)\b|` +
    // A lone "Next" or "Previous" (with an arrow) beside a story's page leads to the story before or after it;
    // on a listing its address is a page number (the archive's, decided before the text).
    String.raw`^(?:previous|prev|next|older|newer)[\s»«›‹→←<>]*$|` +
    String.raw`^(?:previous|next|older|newer) (?:post|article|story|entry)\b|^(?:article|billet) (?:précédent|suivant)|^(?:vorheriger|nächster) (?:artikel|beitrag)|^(?:artículo|entrada) (?:anterior|siguiente)|^(?:articolo) (?:precedente|successivo)`,
  'iu',
));

/**
 * A date as the whole of a link's text ("Dec 19, 2025", "19. Dezember 2025", "2025-12-19",
 * "19/12/2025"): blogs link a post from its date.
 */
export const DATE_TEXT = /^(?:\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)$/u;
/**
 * The word before a headline on a story's "previous" and "next" links ("Next »Tuning TLS …",
 * "Previous post: Why we moved"): dropped before the rest is read as the headline.
 */
export const PREV_NEXT_LEAD = /^(?:(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|entry))?[\s:»«›‹→←<>|-]*)+/i;
/**
 * A name in running prose: two to four words, each capitalised (small joining words and
 * "&" between them: "Grand Teton", "Contentful CMS", "Wine Consumer Survey"). A sentence links
 * a story by its own words ("these ergonomic tips"); a name links the named thing's page (a
 * place, a product, a game, a report).
 */
export const PROSE_NAME = /^(?:[\p{Lu}\d][\p{L}\d'’.-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|&|x|of|and|the|de|du|la|le|der|die|das|y|e|di|van|von))*\s+[\p{Lu}\d][\p{L}\d'’.-]*$/u;
/**
 * The last word of a name of a firm's offer rather than an article: a calculator, a download
 * behind a form ("Free ROI Calculator", "Pricing ebook", "2026 Trends Whitepaper"). Read in
 * short texts only: a headline may end so too.
 */
export const OFFER_TEXT = wordBounds(/\b(?:calculators?|ebooks?|e-books?|whitepapers?|white papers?|webinars?|rechner|calculateur|calculadora|calcolatore)\W*$/iu);
/** Texts at most this long are read for OFFER_TEXT. */
export const OFFER_TEXT_WORDS = 6;
/**
 * A text that names an article's kind or opens as a how-to or a question ("Shopify Review",
 * "Renter guide", "How to Host a Tasting", "Best Senior Vision Plans", "X vs Y"): a headline,
 * not a section's name, even short and in a menu.
 */
export const ARTICLE_TEXT = wordBounds(/^(?:how to|what is|what are|why|best)\b|\b(?:review|guide|checklist|explained|vs\.?|versus|tips|ratgeber|test|guía|guida|guia|conseils|consigli|dicas)\W*$/iu);
/**
 * A quantity with a unit as product names carry it ("CBD Oil - 1500mg", "Charger 65W",
 * "Walnut Shelf 80 cm", "3-Pack"); a headline rarely weighs or measures.
 */
export const UNIT_TEXT = /(?:^|[\s(-])\d+(?:[.,]\d+)?\s?(?:mg|ml|cl|kg|oz|lbs?|cm|mm|gb|tb|mah|kw|ghz|pcs|pack|pk|ct)(?=$|[\s),.])/i;
/**
 * Texts of buttons and calls to action: a verb that bids the reader do something on the
 * site ("Shop sneakers", "List my home for rent", "Book a demo", "Jetzt entdecken"), in a
 * short text; a headline seldom opens so.
 */
export const ACTION_TEXT = /^(?:shop|buy|order|book|get|find|check|browse|explore|discover|view|see|compare|start|try|join|sign|download|request|apply|list|create|save|claim|visit|watch|listen|entdecken|jetzt|kaufen|bestellen|découvrir|decouvrir|acheter|commander|réserver|descubre|descubrir|comprar|compra|reserva|scopri|acquista|prenota|ver|voir)\b/i;
/** A list of links in furniture whose texts are mostly this many words or fewer is a menu. */
export const MENU_TEXT_WORDS = 3;
/** A page with at least this many links priced is a shop's. */
export const SHOP_PAGE_PRICES = 3;
/** ... and so is one that links to a cart or a checkout. */
export const SHOP_PAGE_LINK = /\/(?:cart|basket|checkout|warenkorb|panier|carrito|carrello|winkelwagen)(?:[/.?]|$)/i;
/** A list of links where at least this share shows a price is a shop's grid. */
export const GROUP_PRICED_SHARE = 0.5;

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
  storySegment: 1.5,
  /** A slug with a question word or an article's kind in it ("how-to-…", "…-review"). */
  articleSlug: 1,
  /** The last segment is one such word after a segment that names the subject ("/doorbell-cameras/best/"): as good as a slug with one. */
  kindSegment: 2.5,
  /** A wiki's entry ("/wiki/Title"): an encyclopedia's article, whatever its length. */
  wikiEntry: 3.5,
  /** A slug closing on a hub's word (HUB_SLUG_WORDS). */
  hubSlug: -1.5,
  /** A plain word after a story's number ("/questions/780353/timeline"): a page about the item, not the item. */
  subPage: -2,
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
  /** ... of one ... */
  text1: -1.5,
  /** ... or none (an image without alt text: the headline beside it says more). */
  noText: -1,
  /** A short text in running prose (a paragraph's words, not the page's name): neither for nor against. */
  proseText: 0,
  /** Long text (not in prose) of which the slug spells less than a quarter (and not two words) is an image's description, not the headline. */
  unrelatedText: -1.5,
  /** The slug spells the text (most of the text's words are in it, or the text most of the slug's): a headline and its address. */
  slugSpellsText: 0.5,
  /** Four named levels deep without a date or a number: the site's own tree, not a story. */
  deepTree: -1,
  /** A name in running prose (PROSE_NAME): an entity's page more often than a story. */
  proseName: -1,
  /** A name of an offer (OFFER_TEXT): a tool, a survey, a download, a grant. */
  offerText: -2.5,
  /** A text naming an article's kind (ARTICLE_TEXT); it also lifts the menu weight. */
  articleText: 1.5,
  /** A text of four words or more that asks a question ("Is all CBD the same?"): a headline's, never a product's or a menu's. */
  question: 1,
  /** A headline after "Next" or "Previous" (PREV_NEXT_LEAD): a story page's link to its neighbour, the same kind of page. */
  prevNextHeadline: 1,
  /** A headline element holds the link, or the link holds one. */
  headline: 1,
  /** A quantity with a unit in the text (UNIT_TEXT): a product's name. */
  unitText: -1.5,
  /** A button's or a call to action's text (ACTION_TEXT). */
  actionText: -1.5,
  /** On a shop's page (SHOP_PAGE_PRICES, SHOP_PAGE_LINK), where products and categories have a story's shape. */
  shopPage: -1,
  /** The card shows a date or a time beside the link, as a teaser does. */
  datedCard: 1,
  /** Inside menus, mastheads, footers, sidebars. */
  furniture: -1,
  /** "More from …", "See all": navigation wording. */
  navigationText: -2,
  /** A date as the link's text (DATE_TEXT): a post's permalink. */
  dateText: 1,
  /** Only digits ("2", "17"): pagination. */
  numberText: -2,
  /** A price in the link's card, or a shop segment in the path. */
  shop: -3,
  /** In a menu (a list in furniture of mostly short names): a site's sections side by side. */
  menu: -1,
  /** Under the same parent path as a link already judged a story on the page, with a slug or a number of its own. */
  storySibling: 2,
} as const;
/** A weight's name. */
export type StoryWeight = keyof typeof STORY_WEIGHTS;
/** A small letter run into a capital ("ServiceData"): a card's name and blurb read as one text. */
export const GLUED_WORDS = /\p{Ll}\p{Lu}\p{Ll}/u;
/** A text says its slug when it holds at least this share of the slug's words (three at least): a headline longer than its address. */
export const SLUG_SAID_SHARE = 0.75;
/** A link is a story at this score or above. */
export const STORY_CUT = 2;
