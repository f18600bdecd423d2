/**
 * The metadata stage's heuristics as data: which JSON-LD types describe an article, which
 * <meta> keys carry which field, and the words that tell a name from a date, a job title
 * or an organisation in a byline. Each entry says why it is here.
 */
import { ORGANISATION_WORDS } from '../names.js';
import { MONTH_NAMES } from './dates.js';
import { wordBounds } from '../word-bounds.js';

/**
 * Schema.org types whose objects describe the article itself. Anything ending in
 * "Article" or "Posting" also counts (see isArticleType), so new subtypes need no entry.
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set(['article', 'report', 'posting', 'liveblogposting', 'socialmediaposting']);
/**
 * Works that are a page's own text when it declares no Article: a recipe, a how-to or a review
 * is written and signed as a blog post is, and its name, author and date are the page's. Only
 * objects the page declares for itself count (top level, @graph, mainEntity), not the items of
 * a list of them.
 */
export const WORK_TYPES: ReadonlySet<string> = new Set(['recipe', 'howto', 'review']);
/**
 * Page types that describe an article page when no Article object is given, with a headline or
 * a date of their own: a web page, or a photo story declared as a gallery ("ImageGallery",
 * "MediaGallery"), whose author and date are the story's.
 */
export const PAGE_TYPES = /webpage$|gallery$/;

/** A <meta> name under which some web frameworks set the page's JSON-LD, as its content. */
export const LD_META_NAME = 'script:ld+json';
/** JSON-LD deeper than this is not walked: real markup is shallow, hostile markup is not. */
export const MAX_LD_DEPTH = 12;
/**
 * JSON-LD keys under which a page lists other works: a magazine issue's articles (`hasPart`), an
 * ItemList's stories (`itemListElement`). Their types say what the page lists, not what it is,
 * and the article verdict does not read them.
 */
export const LD_PART_KEYS: ReadonlySet<string> = new Set(['hasPart', 'itemListElement']);
/** Objects read per page, for the same reason. */
export const MAX_LD_NODES = 2000;
/** Larger ld+json blocks are skipped: no metadata needs megabytes of script. */
export const MAX_LD_CHARS = 5_000_000;

/**
 * Elements that give the date of publication in an attribute: microdata, RDFa (Drupal marks
 * its "Submitted by … on Tue, 03/12/2024" line `property="dc:date dc:created"` with the ISO
 * date in `content`, which settles a day and month a reader could take either way), and <time>.
 */
const PUBLISHED_MARKS = [
  '[itemprop~="datePublished"]', '[property~="datePublished"]', '[property~="schema:datePublished"]', '[property~="dc:date"]', '[property~="dc:created"]',
  '[property~="dcterms:created"]', '[property~="dcterms:issued"]', 'time[pubdate]',
];
export const PUBLISHED_ELEMENTS = [...PUBLISHED_MARKS, 'article time[datetime]', 'time[datetime]'].join(', ');
/** Of those, the ones marked as the publication's (not any <time>): a second claim beside the JSON-LD's. */
export const PUBLISHED_MARKED = PUBLISHED_MARKS.join(', ');
/**
 * <meta> keys per field, most specific first. Open Graph and article:* come before plain
 * names; Parse.ly and Sailthru keys are common on news sites without JSON-LD.
 */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'headline', 'sailthru.title', 'parsely-title'],
  description: ['og:description', 'twitter:description', 'description', 'dc.description', 'dcterms.description'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnail', 'parsely-image-url', 'sailthru.image.full'],
  siteName: ['og:site_name', 'application-name', 'apple-mobile-web-app-title'],
  section: ['article:section', 'section', 'parsely-section', 'dc.subject'],
  published: [
    'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished', 'date',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued',
    'parsely-pub-date', 'sailthru.date', 'article.published', 'originalpublicationdate', 'cxenseparse:recs:publishtime', 'published',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated', 'modified_time'],
  // citation_author(s): scholarly pages (Highwire tags), one tag per author.
  authors: ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'cxenseparse:author', 'citation_author', 'citation_authors'],
  tags: ['article:tag', 'news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags'],
  lang: ['og:locale', 'content-language', 'language', 'dc.language', 'inlanguage'],
} as const;

/** A post of a forum thread, as microdata declares it (schema.org's DiscussionForumPosting). */
export const FORUM_POSTING = '[itemtype*="DiscussionForumPosting" i]';
/**
 * Visible bylines, tried in order when no metadata names an author. Every selector names
 * one of the BYLINE_HINT words: the page is walked once for elements holding one.
 */
export const BYLINE_SELECTORS = [
  '[itemprop~="author"]',
  // rel=author is a link's attribute, but templates put it on the name's <div> or <span> too.
  '[rel~="author"]',
  // Elements named for the author's name are more telling than a box named "author", which
  // often holds a date or a bio too: one kind at a time.
  '[class*="author-name" i], [class*="authorname" i], [class*="author__name" i], [class*="author_name" i], [class*="byline__author" i], [class*="byline-author" i], [class*="byline-name" i]',
  // ... and by their test ids, on sites whose class names are generated ("sc-801dd632-7").
  '[data-testid="byline-name" i], [data-testid="bylinename" i], [data-testid="author-name" i]',
  '[class~="author" i]',
  '.byline, [class*="byline" i]',
  // The same in the page's language: "autor" (German, Spanish, Portuguese, Polish, Czech),
  // "auteur", "autore", "skribent" (Swedish), "yazar" and "muhabir" (Turkish), and "firma",
  // the Spanish and Italian byline; and a "writer" alone.
  '[class~="autor" i], [class~="auteur" i], [class~="autore" i], [class~="skribent" i], [class~="yazar" i], [class~="muhabir" i], [class~="writer" i], [class~="firma" i]',
  // Most publishing systems link a byline to the author's own page (/author/jane-doe,
  // /autor/…, /auteur/…, /blog-authors/…); links in navigation, footers and related stories
  // are skipped.
  'a[href*="/author/" i], a[href*="/authors/" i], a[href*="-author/" i], a[href*="-authors/" i], a[href*="/autor/" i], a[href*="/autoren/" i], a[href*="/auteur/" i], a[href*="/autores/" i]',
  // Newsrooms and magazines name the page otherwise (/staff/jane-doe, /contributor/jane-doe,
  // /journalist/…, /byline/news-desk): tried last, as a staff page is linked from other places too.
  'a[href*="/byline/" i], a[href*="/staff/" i], a[href*="/contributor/" i], a[href*="/contributors/" i], a[href*="/writers/" i], a[href*="/journalist/" i], a[href*="/journalisten/" i], a[href*="/journalister/" i], a[href*="/yazar/" i], a[href*="/yazarlar/" i]',
];
/**
 * A link to a forum member's profile, as forum and community software writes it (vBulletin's
 * "member.php?u=", phpBB's "memberlist.php?mode=viewprofile", SMF's "action=profile", XenForo's
 * and Invision's "/members/…", MyBB's "user-14022.html", Discourse's "/u/…", "/user/…", "/users/…", "/profile/…"; not the
 * account's pages, "/users/sign_in", "/profile/login/", phpBB 2's "profile.php?mode=register"),
 * and the longest name read from one.
 */
export const MEMBER_PROFILE_PATH = /(?:^|\/)(?:member\.php\?(?:u=|uid=|\d|action=profile)|memberlist\.php\?mode=viewprofile|index\.php\?action=profile|profile\.php\?(?!mode=(?!viewprofile))|user-\d+\.html|(?:members?|u|users?|profile)\/(?!(?:log-?in|log-?out|sign[_-]?(?:in|up)|register|registration|password|account|settings|edit|new|questionnaire|albums?|reviews?)(?:[/.?#_-]|$))[^/?#])/i;
export const MEMBER_NAME_MAX_CHARS = 40;
export const MEMBER_NAME_MAX_WORDS = 4;
/** The starter's link comes before this share of the page's text (a product's reviews, after it, are not a thread). */
export const MEMBER_LINK_MAX_TEXT_BEFORE = 0.8;
export const BYLINE_HINT = /author|byline|autor|auteur|firma|staff|contributor|writer|journalist|skribent|yazar|muhabir/i;
/**
 * Elements no reader sees, set for machines: [hidden], display:none, and the classes themes
 * give such copies ("rich-snippet-hidden" holds the last edit's ISO time beside the shown
 * date). Text for screen readers ("screen-reader-text", "sr-only") is read: it is the page's.
 */
export const HIDDEN_FROM_READERS = '[hidden], [style*="display:none" i], [style*="display: none" i], [class~="hidden"], [class~="d-none"], [class~="is-hidden"], [class~="rich-snippet-hidden"]';
/** The site's header and menus: above them, beside the headline, is the frame's top bar, not the story's (inpage.ts: besideHeadline, dateNearHeadline). */
export const SITE_FRAME = 'header, nav, [role="banner"], [role="navigation"]';
/**
 * Where a written-out date is looked for when the page has no machine-readable one, most
 * telling first: elements named for publishing, then anything named for a date or a byline.
 */
export const VISIBLE_DATE_SELECTORS = [
  'time, [class*="publish" i], [class*="pubdate" i], [class*="pub-date" i], [class*="posted" i]',
  '[class*="date" i], [class*="datum" i], [class*="byline" i], [class*="timestamp" i], [class*="meta" i]',
];
/**
 * Where a dateline starts to give the modification date ("Posted Nov 21, 2018 · Updated Mar 5,
 * 2024"): only what comes before it is read, unless the line also says when it was published.
 * German datelines also say "Stand: …" ("as of") and "zuletzt geändert".
 */
export const UPDATED_WORD = /\b(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|atualizado|aggiornat[oa]|bijgewerkt)\b|\bactualis[ée]|\bstand(?=\s*:)|\b(?:edited|bearbeitet) (?:on|am)\b/i;
/**
 * A line that speaks of a thread's or a list's latest activity ("Replies: 12 Last Post: 02-11-2024",
 * "Letzter Beitrag: …"): another page's, or the last reply's, never the day of publication.
 */
export const LAST_ACTIVITY = /(?<!\p{L})(?:last (?:post|reply|activity|comment)|latest (?:post|reply)|letzte[rs]? (?:beitrag|antwort|aktivität)|dernier (?:message|post)|dernière (?:réponse|activité)|últim[oa] (?:mensaje|respuesta|post|mensagem|resposta))(?!\p{L})/iu;
/** A member's join date beside a forum post ("Registriert: 19. März 2019", "Joined: Mar 2019", "Member since 2019"). */
export const MEMBER_SINCE = /(?<!\p{L})(?:registriert|registered|joined|join date|member since|mitglied seit|dabei seit|inscrit(?:e)? (?:le|depuis)|membre depuis|miembro desde|registrado|membro desde)(?!\p{L})/iu;
/** Either: a line that dates something other than the story (LAST_ACTIVITY, MEMBER_SINCE). */
export const OTHER_DAY = new RegExp(`${LAST_ACTIVITY.source}|${MEMBER_SINCE.source}`, 'iu');
/** The same told by class name alone ("lastpost_date", "last-reply-time"). */
export const LAST_ACTIVITY_CLASS = /last[-_]?(?:post|reply|activity|comment)/i;
/** Class names and microdata that mark the element of a modification date ("updated", "dateModified"). */
export const UPDATE_MARK = /updated|modified/i;
/**
 * ...unless the same element is also named the entry's date of publication: hAtom's "updated"
 * is set beside "entry-date" or "published" on the one date many blog themes show
 * (`<time class="entry-date updated">`).
 */
export const PUBLISHED_MARK = /published|entry-date|post-date/i;
/**
 * Words that label the day of publication: "Published", "Veröffentlicht" (also inside
 * "Erstveröffentlichung", hence no word boundary there), "Erschienen", "Erstellt", "Mis en
 * ligne", "Publicado", and a blog's "Eingestellt am" or a board's "Verfasst am", "Posté le",
 * "Inviato il", "Geplaatst op".
 */
export const PUBLISHED_WORD = /\b(?:publish|publié|publicad|publicaç|pubblicat|gepubliceerd|posted|posté|inviato|geplaatst|erschienen|erstellt|eingestellt|verfasst|mis en ligne)|veröffentlich/i;
/**
 * A first paragraph that opens on its place and day, as press releases and agency copy do:
 * the place (capitalised, a region in brackets allowed), a comma, then the date, closed by a
 * dash, a full stop and dash, or a wire's slash ("/PRNewswire/"). The date is group 1.
 */
export const OPENING_DATELINE = /^\p{Lu}[\p{L}\s().'’-]{1,60}?,\s*([^,–—/]{0,14}\d[^–—/]{2,40}?)\s*(?:\.?\s*[–—]|\s-{1,2}\s|\/)/u;
/** A paragraph shorter than this (in words) is no story's opening: a caption, a teaser's line. */
export const OPENING_DATELINE_MIN_WORDS = 15;
/**
 * The dateline beside the headline, for a date with no telling markup: the elements read in
 * page order after the <h1> until this much text has gone by, then those before it (a date
 * above the headline) for a shorter stretch; only elements this short are read as a dateline,
 * so a date in the story's first sentence is not taken for it.
 */
export const DATELINE_REACH = { after: 600, before: 200 } as const;
/** Between the parts of a dateline ("March 15, 2022 · 3 min read · By Jane Doe"): bars, dots, bullets and dashes set apart. */
export const DATELINE_SEPARATOR = /\s*[|·•]\s*|\s+[—–]\s+/u;
/** An image's class or address that names it the writer's portrait. */
export const PORTRAIT = /avatar|gravatar|author|profile|portrait|headshot/i;
/** A reading time in a dateline ("3 min read", "12 minutes"), which names no one. */
export const READING_TIME = /^\d+\s*(?:min|minute|mins|minutes)\b/i;
export const HEADER_DATE_MAX_CHARS = 100;
/**
 * Hours at most between two clock readings of one instant in two time zones (UTC-12 to UTC+14).
 * Two times further apart are two moments, a publication and its update, whatever their days.
 */
export const SAME_MOMENT_MAX_HOURS = 26;
/** A site header's box of a logo and today's date is this short at most (characters). */
export const SITE_HEADER_BOX_CHARS = 200;
/** Levels above a byline's element read for the date beside it (the name's line, then the byline's box). */
export const BYLINE_DATE_REACH = 2;
/**
 * Customers' reviews and testimonials: their authors are signed and dated like bylines
 * ("Jane D. 27.03.2023"), but the date is the review's, not the page's.
 */
export const CUSTOMER_VOICE = '[class*="review" i], [itemprop~="review"], [class*="testimonial" i], [class*="customer" i]';
/** Candidates looked at per page, to bound the cost on pages full of dates. */
export const MAX_DATE_CANDIDATES = 30;
/**
 * Another story's teaser around a byline: within this many ancestors of at most this many
 * characters, a headline element linking to another page (or a link holding one).
 */
export const TEASER_CARD_CLIMB = 3;
export const TEASER_CARD_CHARS = 400;
export const TEASER_HEADLINE_LINK = 'h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6';
/**
 * Bylines, dates and headings inside these belong to comments (a box named "comentario(s)" in
 * Spanish and Portuguese, as a whole class word: "comentarista" is a columnist, "genero-comentario"
 * an opinion piece; an obituary's guestbook), embedded posts or related stories, not to the article.
 */
export const NOT_ARTICLE_BYLINE =
  '[itemtype*="Comment" i], [class*="comment" i], [id*="comment" i], [class~="comentario" i], [class~="comentarios" i], [id="comentarios" i], [class*="guestbook" i], [id*="guestbook" i], aside, footer, nav, blockquote, [class*="tweet" i], [class*="related" i], [class*="recommend" i], [class*="similar" i]';
/**
 * A reader's comment set as an entry of its own: a comment's item type, or an element whose
 * id or class names it one comment ("comment-12", "div-comment-12", "comment-body").
 */
export const COMMENT_ENTRY = '[itemtype*="Comment" i], [id^="comment-" i], [id^="div-comment-" i], [class~="comment" i], [class~="comment-body" i]';
/**
 * An <aside> set deep inside the story's <article> is a box of the story's own facts
 * ("Published" | date, "Author" | name) when it holds at most this many links; a box of
 * other stories (recirculation) links to each of them.
 */
export const STORY_FACTS_LINKS = 3;
/**
 * Kinds of a piece that name its writer after them, in the languages bylines are read in:
 * "Analysis by", "Ein Kommentar von", "Une analyse de", "Un reportaje de", "Uma reportagem de".
 */
const PIECE_KINDS = [
  'analysis', 'opinion', 'review', 'commentary', 'column', 'interview', 'report', 'essay', 'article', 'story', 'words', 'written', 'posted',
  'editorial',
  'artikel', 'beitrag', 'gastbeitrag', 'kommentar', 'gastkommentar', 'leitartikel', 'kolumne', 'glosse', 'bericht', 'analyse', 'reportage', 'rezension',
  'chronique', 'tribune', 'entretien', 'enquête', 'análisis', 'opinión', 'columna', 'reportaje', 'crónica', 'entrevista', 'artículo',
  'análise', 'reportagem', 'coluna', 'crônica', 'artigo',
  // A recipe's author ("Rezept von …", "Une recette de …", "Receta de …").
  'recipe', 'rezept', 'recette', 'receta', 'receita',
];
/**
 * The byline's lead in other languages: Dutch "Door", Danish and Norwegian "Af"/"Av", and
 * Italian "Di" before a first name and a surname ("Di Mario Rossi"; capitalised, "Di" also
 * begins surnames: "Luigi Di Maio").
 */
const OTHER_BYLINE_LEADS = String.raw`[Dd]oor|[Aa][fv]|[Dd]i(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})`;
/** ... and the author's label before a colon: "Yazar:", "Muhabir:", "Автор:", "Текст:", "Tekst:", "Forfatter:", a club's "Bericht:", a British magazine's "Words:". */
const OTHER_AUTHOR_LABELS = String.raw`[Yy]azar|[Mm]uhabir|[Аа]втор|[Тт]екст|[Tt]ekst|[Ff]orfatter|[Ff]örfattare|[Aa]utore|[Bb]ericht|[Ww]ords`;
/** "… and pictures" after the writer's label, when one person wrote and photographed ("Text und Fotos:", "Texte et photos :", "Texto y fotos:"). */
const PICTURES_TOO = String.raw`(?:\s+(?:und|and|et|y|e|&)\s+(?:[Ff]otos?|[Bb]ild(?:er)?|[Pp]hotos?|[Pp]ictures|[Ff]otografías?|[Ii]mages?))`;
/** A word with its first letter in either case, for patterns that must read the case of the rest. */
const eitherCase = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/**
 * A line under the headline that starts like a byline ("By Jane Doe", "Written by", "by:",
 * "Text:", "Analysis by", "Ein Kommentar von"), for pages whose byline has no telling class,
 * or an interview's credit ("Das Gespräch führte …", "Propos recueillis par …"). The name after
 * it opens with a capital.
 */
export const BYLINE_LINE = new RegExp(
  String.raw`^\s*(?:(?:(?:[Aa]n?|[Tt]he|[Ee]ine?|[Uu]ne?|[Uu]na|[Uu]ma?)\s+)?(?:${PIECE_KINDS.map(eitherCase).join('|')})\s+(?:[Bb][Yy]|von|de|par|por)\s+|` +
    String.raw`(?:[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|${OTHER_BYLINE_LEADS})(?:\s*:)?\s+|(?:[Dd]as\s+)?(?:[Gg]espräch|[Ii]nterview)\s+führten?\s+|[Pp]ropos\s+recueillis\s+par\s+|(?:[Tt]ext[eo]?|[Aa]utor(?:in)?|[Aa]uteur|${OTHER_AUTHOR_LABELS})${PICTURES_TOO}?\s*:\s*)\p{Lu}`,
  'u',
);
/**
 * A label standing alone in its element, with the author's name in the element after it:
 * "Written by" | "Jane Doe", "Author:" | "Jane Doe", "Autor" | "Max Muster", "Author(s)" | a list,
 * "Contributors:" | "Jane Doe".
 */
export const AUTHOR_LABEL = /^(?:written by|posted by|by|authors?|author\(s\)|author name|contributors?|autor(?:in|es|a|as|ía)?|auteure?|autrice|autor[ei]|verfasser(?:in)?|par|von|por|escrito por|texto?|redakteur(?:in)?|interview)\s*:?$/i;
/**
 * A portrait's alt text that labels its person as the writer ("Writer: Jane Doe", "Author: Jane
 * Doe", "Autorin: Anna Schmidt", "Auteur : Jean Dupont"), as blog platforms write the avatar
 * beside a post's byline: the name after the label.
 */
export const PORTRAIT_AUTHOR_LABEL = /^\s*(?:writer|author|autor(?:in|a)?|auteure?|autrice|autore|written by|escrito por|écrit par|scritto da)\s*:\s*(\S.*)$/iu;
/** Elements whose class names an author part ("blog_author-text", "post-author__info", "autor-datum"), the last visible source. */
export const AUTHOR_CLASS_SELECTOR = '[class*="author" i], [class*="autor" i], [class*="auteur" i]';
/**
 * Words of an author box's other parts ("author-description", "author__bio", "author-role", "authorPlace"):
 * an element whose class names one holds the writer's credentials or biography, not the name.
 */
export const AUTHOR_PART_WORDS: ReadonlySet<string> = new Set(['desc', 'description', 'bio', 'biography', 'role', 'job', 'position', 'credentials', 'tagline', 'summary', 'excerpt', 'place', 'location', 'city']);
/**
 * A link in a byline to a tag, category or topic page ("/blog/tag/personal-finance"): the
 * story's filing, set beside the name or in its place, never a writer.
 */
export const FILING_LINK = /\/(?:tags?|category|categories|topics?|kategorie|categorie|categoria|thema|themen|schlagworte?|etiquetas?|mots?-cles?)\//i;
/** Elements after the headline searched for such a line: bylines sit right under it. */
export const BYLINE_LINE_REACH = 40;
/** A class naming a post's own footer, where its byline and time stand: the story's, not the page's frame. */
export const POST_FOOTER_CLASS = /(?:^|\s)(?:post|entry|article|story)[-_]?footer(?:\s|$)/i;
/** A visible byline longer than this is a bio or a paragraph, not a byline. */
export const MAX_BYLINE_CHARS = 120;
/** A button in a byline longer than this holds more than the writer's name (a popover's biography). */
export const NAME_BUTTON_CHARS = 60;
/** Longer than this, a text marked itemprop="headline" is a teaser's or a summary, not a headline. */
export const MICRODATA_HEADLINE_CHARS = 300;
/**
 * Names of one byline sit together: a later match whose common block with the first holds
 * more text than this (characters other than white space) names another post's writer (the
 * replies of a thread or a question), or a teaser's, not a co-author.
 */
export const BYLINE_GROUP_CHARS = 400;
/**
 * The dateline's box, searched for a line naming more writers than the one found: the
 * dateline's ancestors up to this many levels up ("<div><span>Jane Doe and John Roe</span>
 * <span>Outlet</span></div> <div>Published …</div>" sit two levels above the date) ...
 */
export const DATELINE_BOX_LEVELS = 2;
/** ... while their text is this short: a byline box, not the story. */
export const DATELINE_BOX_CHARS = 400;

/**
 * Verbs of writing or publishing a piece, before the writer's name: "Written by", "Geschrieben
 * von", "Écrit par", "Escrito por". A byline's lead (BYLINE_PREFIX) and, wherever the line
 * stands, a "written by" sentence (WRITTEN_BY).
 */
const WRITING_VERBS = [
  'written', 'posted', 'authored', 'submitted', 'geschrieben', 'verfasst', 'eingestellt', 'eingereicht', 'écrit', 'écrite', 'rédigé', 'rédigée', 'publié', 'soumis', 'escrito', 'escrita', 'enviado',
  'redactado', 'redigido', 'publicado', 'scritto', 'pubblicato', 'geschreven', 'geplaatst',
];

/**
 * Leading words that introduce the names: "By", "Analysis by", "Von", "Par", "Ein Beitrag
 * von", "Verfasst von", "Escrito por", or a label with a colon ("Text:", "Текст:"). Before
 * "von" only the German words for a piece of writing or for writing it, since "von" also stands
 * inside names ("Ursula von der Leyen"). Short lower-case particles ("di", "av") only in lower
 * case, since capitalised they begin surnames. The paper's own staff introduced as such goes
 * with the prefix: "Von unserem Redakteur", "By our correspondent", "Par notre envoyée spéciale".
 * A label without its colon goes too when it is the word for the author ("Author Dave", as
 * themes print a label for screen readers before the name). An interview's credit names its
 * interviewer: "Das Gespräch führte …", "Propos recueillis par …". Chinese and Japanese
 * bylines name the reporter after "記者" or "文／" ("記者 山田太郎", "文／王小明").
 */
const STAFF_ROLES = [
  'redakteur', 'redakteurin', 'reporter', 'reporterin', 'korrespondent', 'korrespondentin', 'volontär', 'volontärin', 'chefredakteur', 'chefredakteurin',
  'meteorologe', 'meteorologin', 'correspondent', 'staff writer', 'rédacteur', 'rédactrice', 'envoyé spécial', 'envoyée spéciale', 'correspondant', 'correspondante',
  'redactor', 'redactora', 'corresponsal', 'repórter', 'correspondente',
];
/**
 * ... and so does a staff role set before the name alone ("Von Redakteurin Anna Schmidt", "Par
 * rédactrice …"), with or without the prefix ("Meteorologin Clara Brandt").
 */
const OUR_STAFF = String.raw`(?:(?:our|unserem|unserer|unseren|notre|nos|nuestro|nuestra|nuestros|nosso|nossa)\s+\p{L}+(?:\s+(?:spécial|spéciale|especial))?\s+|(?:${STAFF_ROLES.join('|')})\s+(?=\p{Lu}))?`;
export const BYLINE_PREFIX = wordBounds(new RegExp(
  String.raw`^\s*(?:(?:\p{L}+\s+){0,2}by\b\s*:?\s*|(?:(?:eine?|une?|una|uma?)\s+)?(?:${PIECE_KINDS.join('|')})\s+(?:von|de|par|por)\s*:?\s+|(?:${WRITING_VERBS.join('|')})\s+(?:von|par|por|da|door)\s*:?\s+|(?:von|par|por|door|from)\s+|(?:author|autor|autorin|autora|auteur|autrice)\s+(?=\p{Lu})|(?:das\s+)?(?:gespräch|interview)\s+führten?\s+|propos\s+recueillis\s+par\s+|(?:記者|记者|撰文|作者)\s*[／/:：]?\s*|文\s*[／/:：]\s*|\p{L}+${PICTURES_TOO}?\s*:\s+|(?=(?:${STAFF_ROLES.join('|')})\s+\p{Lu}\p{Ll}+\s+\p{Lu}))${OUR_STAFF}`,
  'iu',
));
export const BYLINE_PREFIX_CASED = /^\s*(?:de|di|af|av|от)\s+|^\s*(?:Af|Av|Di(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu}))\s+|^\s*By(?=\p{Lu}\p{Ll})/u;

/** Month names and abbreviations in every language dates are read in (dates.ts), longest first. */
const MONTHS = [...MONTH_NAMES].sort((x, y) => y.length - x.length).join('|');
/** English months alone, for text nodes glued together (GLUED_DATE): "DiMarco" holds Portuguese "marco". */
const ENGLISH_MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = 'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** "And" between two names in the languages bylines are read in (NAME_SEPARATORS, LEADING_CONJUNCTION). */
const NAME_CONJUNCTIONS = '[Aa]nd|AND|und|et|y|e|en|og|och|i|и';
/** Names joined by a conjunction or "&", not a comma alone ("Jane Doe, Santa Monica" names a place). */
export const NAMES_JOINED = new RegExp(String.raw`\s(?:${NAME_CONJUNCTIONS}|&)\s`, 'u');
/**
 * News agencies that sign stories, alone or beside a writer ("Von Jana Roth mit dpa", "Par
 * Jean Dupont avec AFP"), and open a story's dateline ("Rostock (dpa) - …"). Lower case.
 */
export const AGENCIES: readonly string[] = [
  'afp', 'ap', 'pti', 'ians', 'upi', 'dpa', 'efe', 'ansa', 'xinhua', 'reuters', 'anp', 'apa', 'kna', 'epd', 'ddp', 'belga', 'europa press',
];
/**
 * Where the names end and a date, time, place or role begins; everything from here on is
 * dropped ("Jane Doe | May 3", "Jane Doe First published May 3", "SDA Publiziert: 05.03.2025",
 * "Geschreven door Pieter Smit op 6 februari", "Mehmet Demir - Rize",
 * "Stefanie Haas aus Innsbruck, 12. Jänner 2024", "Greg Halvorsen 03-12-2007, 02:22 PM").
 */
/**
 * A preposition in lower case left dangling at the end of the names where the line's links were
 * ("Posted by Jane Doe on <a>date</a>", "… door Bert Janssens in <a>Vereniging</a>"). Case
 * matters: a name may end so ("Audiophile On").
 */
export const DANGLING_PREPOSITION = /\s(?:in|at|on|aus|am|um|à|op)\s*$/u;
export const BYLINE_STOP = wordBounds(new RegExp(
  String.raw`\s*(?:\||•|·|—|–|»|\blast\s+(?:updated|modified|edited|reviewed)\b|\bupdated\b|\b(?:(?:first|originally)\s+)?published\b|\bposted\b|(?<!\p{L})(?:(?:zuletzt|erstmals)\s+)?(?:veröffentlicht|aktualisiert|erstellt|erschienen|publiziert|publié|publiée|mis à jour|publicado|publicada|actualizado|actualizada|atualizado|atualizada|pubblicato|pubblicata|aggiornato|aggiornata|gepubliceerd|bijgewerkt|geplaatst)(?!\p{L})|\s(?:mit|avec|con|com|met|with)\s+(?:${AGENCIES.join('|')})(?!\p{L})|\bon\s+(?:${WEEKDAYS}|${MONTHS}|\d)|\s(?:am|le|el|em|op|il)\s+(?:\p{L}{2,10}\.?,?\s+)?\d|\s(?:at|um|à|às|a las|alle)\s+\d{1,2}[:.h]\d{2}|\s-\s|\b(?:${WEEKDAYS}),|\s(?:mo|di|mi|do|fr|sa|so)\.?,\s*\d|\b(?:${MONTHS})\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:${MONTHS})\b|\d{1,2}[:/.]\d{1,2}|\b\d{1,2}-\d{1,2}-\d{2,4}\b|\b\d{4}\b|\b\d+\s+(?:min|hour|day)s?\b|\s(?:in|at|aus|à)\s+\p{Lu}\p{Ll}).*$`,
  'iu',
));
/**
 * Two text nodes glued by textContent ("Jeff FoustMonday", "ERIC TUCKERAssociated Press"):
 * a lower-case letter followed by a month or weekday, or a run of capitals followed by a
 * capitalised word. Split there; "McDonald" and "LaMotte" do not match either form, nor
 * does a run inside a word or a bracket ("Jean Doe (CNXSoft)", a handle written in camel case).
 */
export const GLUED_DATE = new RegExp(
  String.raw`(\p{Ll})(?=(?:${[ENGLISH_MONTHS, WEEKDAYS].join('|').replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => bar + c.toUpperCase())})\b)`,
  'gu',
);
/**
 * A link to the home page that says only where it goes ("Home", "Zur Startseite", "Accueil"),
 * not the site's name. EN/DE/FR/ES/PT/IT.
 */
export const HOME_LINK_WORDS =
  /^(?:(?:back|go|return)\s+to\s+)?(?:the\s+)?(?:home(?:\s*page)?|start(?:seite)?|zur(?:ück zur)?\s+startseite|accueil|retour à l['’]accueil|inicio|início|página inicial|pagina iniziale|home page|homepage|main page|front page|logo)$/iu;
/**
 * A name glued by textContent to a link label set after it ("Jane DoeView More Articles") or to
 * the label set before it ("AuthorJane Doe"), as templates set them in elements of their own
 * with no space between. Split there.
 */
export const GLUED_LINK_LABEL = /(\p{Ll})(?=(?:View|See|Read|Learn|More|Full)\s+\p{L})/gu;
export const GLUED_AUTHOR_LABEL = /^(?:Author|Autor|Autorin|Auteur|Autore|Written by|Posted by)(?=\p{Lu}\p{Ll})/u;
/**
 * A theme's label for screen readers before its own "By", with or without a space ("Post
 * authorBy Jane Doe", WordPress's Twenty Twenty in its language packs: "BeitragsautorVon Tanja"):
 * dropped, the "By" after it introduces the name.
 */
export const THEME_AUTHOR_LABEL = /^(?:Post author|Beitragsautor|Berichtauteur)\s*(?=\p{Lu}\p{Ll})/u;
/** A forum post's label glued to the word before the name, a screen reader's word in an element of its own ("Postby", "Beitragvon"). */
export const GLUED_POST_LABEL = /^(Post|Beitrag|Message|Messaggio|Mensaje|Mensagem)(by|von|par|por|da|de)(?=\s)/u;
/**
 * After a name, a social handle ("Jane Doe @janedoe"), or a mark that points to an affiliation
 * or a footnote ("Jane Doe1", "Jane Doe*", "Jane Doe†"): neither is part of the name. Emails
 * ("jane@example.com") have no space before the "@".
 */
export const NAME_HANDLE = /\s+@[\p{L}\p{N}_.]+/gu;
export const NAME_MARK = /(?=[\d*†‡§])(?<=\s\p{Lu}[\p{L}'’-]*\p{Ll})(?:\d{1,2}|[*†‡§])+(?=\s*(?:[,;&]|\s(?:and|und|et)\s|$))/gu;
/** A conjunction that opens a byline's part after a comma ("Jane Doe, John Roe, and Mary Major"). */
export const LEADING_CONJUNCTION = new RegExp(String.raw`^(?:${NAME_CONJUNCTIONS}|&)\s+`, 'u');
/** Job words in the other languages bylines are read in (ROLE_WORDS, TRAILING_AUTHOR_LABEL); lower case. */
const JOB_WORDS = [
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporterin', 'journalistin', 'journaliste', 'rédacteur', 'rédactrice',
  'periodista', 'redactor', 'redactora', 'corresponsal', 'giornalista', 'redattore', 'redattrice', 'verslaggever', 'redacteur',
  'correspondente', 'corrispondente',
  // German trades and advisers closing a compound ("Versicherungsfachmann (IHK)", "Steuerberaterin", "Finanzexpertin").
  'fachmann', 'fachfrau', 'berater', 'beraterin', 'experte', 'expertin',
  // A newsroom's heads and trainees ("Thomas Reindl, Redaktionsleiter Sonthofen", "Volontärin").
  'redaktionsleiter', 'redaktionsleiterin', 'ressortleiter', 'ressortleiterin', 'volontär', 'volontärin',
];
/**
 * Korean, Japanese and Chinese bylines set the job after a name of two to four characters, with
 * or without a space: "김민준 기자" (reporter), "특파원" (correspondent), "山田太郎記者", "王伟 记者".
 * Unlike TRAILING_AUTHOR_LABEL, a part after a comma that ends so is a name with its job.
 */
export const CJK_JOB_AFTER_NAME = /(?<=(?:^|\s)\p{Script=Hangul}{2,4})\s*(?:기자|특파원|객원기자|선임기자)$|(?<=(?:^|\s)\p{Script=Han}{2,4})\s*(?:記者|记者|特派員|特派员)$/u;
const capitalised = (word: string): string => `${word[0]!.toUpperCase()}${word.slice(1)}`;
/** The beat a job title may carry before the job ("Western Correspondent", "Senior Reporter"): TRAILING_AUTHOR_LABEL. */
const BEAT_WORDS = [
  'senior', 'chief', 'staff', 'political', 'foreign', 'western', 'eastern', 'northern', 'southern', 'business', 'sports', 'health', 'science', 'education',
  'crime', 'legal', 'local', 'regional', 'national', 'international', 'investigative', 'special', 'deputy', 'associate', 'contributing', 'economics',
  'environment', 'technology', 'data', 'arts', 'culture', 'travel', 'food', 'court', 'city', 'metro', 'community', 'europe', 'africa', 'asia', 'washington',
  'football', 'soccer', 'transfer', 'transfers', 'cricket', 'rugby', 'tennis', 'golf', 'motoring', 'entertainment', 'showbiz', 'music', 'film', 'television',
  'fashion', 'royal', 'property', 'consumer', 'energy', 'climate', 'defence', 'defense', 'security', 'diplomatic', 'parliamentary', 'transport', 'weather',
];
/**
 * A label or a job left after a name with no comma ("Jane Doe Author", "Diego Castillo
 * Periodista"), as author cards set them in an element of their own under the name. In the
 * languages the cleaning reads. A job word only after two words: a surname may be one ("John
 * Reporter").
 */
export const TRAILING_AUTHOR_LABEL = new RegExp(
  // The job may carry its beat before it ("Siobhán Nic Aodha Western Correspondent", "Jane Doe Senior Reporter").
  String.raw`(?<=\S)\s+(?:Author|Autor|Autorin|Auteur|Autore|Autrice)$|(?=\s)(?<=\p{L}[\p{L}'’.-]*\s+\p{L}[\p{L}'’.-]*)(?:\s+(?:${BEAT_WORDS.map(capitalised).join('|')}))*\s+(?:${['reporter', 'correspondent', 'journalist', ...JOB_WORDS].map(capitalised).join('|')})$`,
  'u',
);
export const GLUED_CAPS = /(?<![\p{L}\p{N}(])(\p{Lu}{3,})(?=\p{Lu}\p{Ll}{2,})/gu;
/**
 * A name run into the job set after it in an element of its own ("Ciarán Ó BriainEnvironment
 * Correspondent" from "<span>Ciarán Ó Briain</span><span>Environment Correspondent</span>"): a
 * space goes back before the job's first word, which TRAILING_AUTHOR_LABEL then takes off. Only
 * before a beat's word (BEAT_WORDS): a name's own capitals ("Jane McCarthy Reporter") stay.
 */
export const GLUED_JOB = new RegExp(
  String.raw`(?<=\p{Ll})(?=(?:${BEAT_WORDS.map(capitalised).join('|')})(?:\s+\p{Lu}\p{Ll}+)?\s+(?:${['reporter', 'correspondent', 'journalist', ...JOB_WORDS].map(capitalised).join('|')})$)`,
  'u',
);
/**
 * A name set in capitals, then the outlet in ordinary case with no comma between: "TOMÁS
 * REYES Associated Press", as wire bylines print it. Split there (two words in capitals at
 * least, each of two letters or more, so "JANE Doe" and the initials of "A. J. Neal" are left
 * alone).
 */
export const CAPS_NAME_THEN_WORDS = /(?<![\p{L}])((?:\p{Lu}['’]?\p{Lu}[\p{Lu}'’-]*\s+)+\p{Lu}['’]?\p{Lu}[\p{Lu}'’-]*)\s+(?=\p{Lu}\p{Ll})/gu;

/**
 * A lower-case particle opening a byline's part: the writer's desk, not a name ("Ana Souza, da
 * Redação", "Jean Dupont, de la rédaction", "der Redaktion"). A name's particle follows its
 * given name ("Ursula von der Leyen").
 */
export const DESK_PARTICLE = /^(?:da|das|de|del|della|der|des|di|do|dos|du)\s/u;

/** Between names: commas, semicolons, ampersands and "and" in several languages. */
export const NAME_SEPARATORS = new RegExp(String.raw`\s*(?:[,;&/]|\s(?:${NAME_CONJUNCTIONS})\s)\s*`, 'u');
/** ". " between two names ("Finian Cunningham. Sputnik International"), not after an initial. */
export const SENTENCE_SPLIT = /(?<=\p{L}{2})\.\s+(?=\p{Lu})/u;

/** Several writers' job after their names and a comma ("By A and B, Campus Reporters"): the job, not a name. */
export const PLURAL_JOB = /\s(?:reporters|writers|correspondents|editors|journalists|columnists|contributors)$/iu;
/** Job titles and roles: a part containing one of these words is not a name. */
export const ROLE_WORDS =
  wordBounds(new RegExp(
    // The other languages' words also close a compound ("Lokalredaktion", "Chefredakteur").
    String.raw`\b(?:writer|editor|editors|reporter|correspondent|columnist|journalist|contributor|contributing|producer|photographer|analyst|intern|freelance|anchor|presenter|critic|blogger|founder|ceo|director|manager|chief|senior|deputy|associate|special|guest|admin|administrator)\b|(?:redaktion|${JOB_WORDS.join('|')})(?![\p{L}])`,
    'iu',
  ));
/**
 * A byline's part of two words opening on the last word of the site's name, when that word has
 * this many letters or more, is the site's desk ("Sentinel Sports" at the Brazos Valley
 * Sentinel), not a writer; shorter last words ("Post", "Hope") open people's names too.
 */
export const SITE_DESK_MIN_CHARS = 6;
/** Degrees and credentials written after a name ("Rachael Link, MS, RD"). */
export const CREDENTIALS = /^(?:ms|ma|mba|md|phd|ph\.?d\.?|rd|rdn|ld|cpt|cscs|np|rn|do|dds|mph|msc|bsc|ba|bs|esq|cfa|cpa|mfa|lcsw|ibclc|facs|facp)\.?$/i;
/**
 * Legal forms written in lower case after a body's name, which a name's capitals otherwise
 * rule out: German associations and firms ("Heimatverein Tannau e.V.", "Stadtwerke GmbH &
 * Co. KG" is capitalised already), co-operatives, sole traders and non-profit companies.
 */
export const LOWER_CASE_LEGAL_FORM = /\s+(?:e\.\s?V\.?|e\.\s?K\.?|eG|gGmbH|mbH)$/u;
/**
 * Words that mark an organisation rather than a person. Organisations are kept when they
 * are the only byline ("Reuters"), dropped beside people's names ("Tom Krisher, AP").
 */
export const ORG_WORDS =
  new RegExp(
    String.raw`(?:\.(?:com|org|net|co|io|info|news|uk|in|ca|au|de|fr)\b|\b(?:${[
      ...ORGANISATION_WORDS,
      // Newsrooms and outlets: bylines name these more than speakers do.
      ...['newswire', 'wire', 'agencies', 'international', 'newsroom', 'magazine', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'report', 'online', 'digital', 'tv', 'radio', 'studio', 'studios', 'channel', 'staff', 'desk', 'team', 'editorial', 'redaktion', 'redacción', 'rédaction'],
      // Universities, institutes, foundations and programmes a contributor's byline names after
      // the name ("Lars Bech Nielsen, lektor, Aalborg Universitet", "…, Local Journalism
      // Initiative"), in the languages of Europe's press.
      ...['universit[a-zäéà]*', 'uniwersytet', 'institut[a-z]*', 'college', 'hochschule', 'foundation', 'stiftung', 'fondation', 'fundación', 'fondazione', 'initiative'],
      // Wire services and broadcasters that sign as a byline.
      ...AGENCIES,
      ...['bloomberg', 'cnn', 'bbc'],
    ].join('|')})\b)`,
    'i',
  );
/**
 * A title this long at least (in words) is a headline of its own when a heading reads it
 * with a kicker run into its front ("Plus Was aus …"); a shorter one may be the heading's
 * tail ("Real Estate 101" under "Real Estate Investing for Beginners Real Estate 101").
 */
export const KICKER_TITLE_WORDS = 5;
/** A name has at most this many words and characters; longer parts are sentences. */
export const MAX_NAME_WORDS = 5;
export const MAX_NAME_CHARS = 60;
/**
 * A writer's field longer than this (declared in the metadata or read from the page) is a
 * paragraph, not names: a biography, the story's opening, a script's text. It is not read for
 * names, which also keeps the name rules' searches short. The longest that named a writer on the
 * development pages held 135 characters; some fifty names of a paper's authors fit.
 */
export const MAX_BYLINE_INPUT_CHARS = 1_000;

/**
 * Separators between a headline and the site's name or section in a page title: set apart by
 * spaces, or a bar (full-width "｜" too) with or without them, or, in Chinese and Japanese
 * titles, which set no spaces, an underscore beside their characters ("…_江南日报").
 */
export const TITLE_SEPARATORS = /\s+(?:[|\-–—·•»›~/]|::)\s+|\s*[|｜]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])_|_(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
/** A colon separates only a site name ("The Space Review: …"); in headlines it is common. */
export const TITLE_COLON = /:\s+/g;
/**
 * Share of words a page heading must have in common with the metadata title to be taken
 * as the same headline, told the way readers see it. Measured on the development pages,
 * rewordings of one headline share 0.7 or more; other stories' headings far less.
 */
export const HEADING_OVERLAP = 0.6;
/**
 * A JSON-LD headline sharing less than this share of words with each of the page's <title> and
 * <meta> titles is a description put in the headline field ("Wikimedia list article" beside
 * "List of tallest buildings"), when the JSON-LD name is that title. Headlines reworded for
 * search engines share half their words or more with the title.
 */
export const DESCRIPTION_OVERLAP = 0.5;
/**
 * A page's only <h1>, when it reads as a headline (this many words, not a link), is the
 * headline readers see even when the metadata title is worded differently: search titles
 * are rewritten for search engines ("Amp AI Fitness Machine Review With Photos" above "I Tried
 * Amp, the AI Strength Training System…"). Shorter headings are often the site's or a
 * section's name ("Antoyo's Blog", "VPN Services"); linked ones lead home. On the WCXB dev
 * articles with one <h1> and a title unlike it, the heading was the headline 23 times out of 30.
 */
export const SOLE_HEADLINE_WORDS = { min: 5, max: 25 } as const;
/**
 * The headline set in type over the story (headline.ts: typedHeadline), on pages with no <h1>
 * of the story: at least this many characters of text in one text node start the prose ...
 */
export const TYPED_HEADLINE_PROSE = 80;
/** ... the lines read back from there ... */
export const TYPED_HEADLINE_REACH = 12;
/** ... the headline's length in words ... */
export const TYPED_HEADLINE_WORDS = { min: 4, max: 25 } as const;
/** ... not a date alone, this many words at most ("Friday, March 3, 2023" over a blog's post) ... */
export const TYPED_DATE_MAX_WORDS = 5;

/**
 * A title segment of up to this many words that starts with the site's host name (six letters
 * or more) names the site: "UC Davis Children's Hospital" on health.ucdavis.edu.
 */
export const SITE_PREFIX_WORDS = 5;
/**
 * A site's tagline written after its name at the end of a title ("… – Coast Gazette – News for
 * the coast") has at most this many words; after the site's name nothing is the headline's.
 */
export const MAX_TAGLINE_WORDS = 6;
/**
 * A title segment whose capitalised words' initials spell a label of the page's address names
 * the site ("Economic Research Service" on ers.example.gov); labels and initials of at least
 * this many letters, as shorter ones match by chance.
 */
export const MIN_INITIALS = 3;
/**
 * A title segment whose words run together into a label of the page's address names the site,
 * words of up to SKIPPED_WORD_LETTERS letters left out ("The Partnership for Student Success"
 * on partnershipstudentsuccess.org); only labels this long, which no headline spells by chance.
 */
export const MIN_SPELLED_LABEL = 8;
export const SKIPPED_WORD_LETTERS = 3;
/** A trailing segment this short after " - " is taken as the site name when none is known. */
export const MAX_SITE_WORDS = 3;

// ---- Headline candidates: which <h1> is the story's, and how it is read ----

/**
 * Class names that report a state of the page or file the story under a subject rather than
 * name a part of the page: "has-comments", "comments-open", "tag-recommended-apps" sit on
 * <body> or on the story's own <article>, which must not make its headline look like a
 * comment's or a related story's.
 */
export const STATE_CLASS = /^(?:has|no|with|show|hide|enable|disable|category|tag)[-_]|[-_](?:open|closed|enabled|disabled|on|off|count)$/i;
/**
 * A post's title as its markup declares it: hAtom's "entry-title" (WordPress and Blogger themes)
 * and microdata's headline. Read as the headline when the page's title and its one <h1> name
 * the site (headline.ts: pageHeadings, entryTitle).
 */
export const ENTRY_TITLE = '.entry-title, [itemprop="headline"]';
/**
 * Parts set inside a headline element that are not the headline: a date, a kicker or
 * eyebrow line (also called topline, overline or roofline, "Dachzeile" or "Spitzmarke" in
 * German, "surtitre", "antetítulo", "occhiello"), a label or category, screen-reader
 * prefixes, a comment count, the source a story links to ("(latimes.com)"). Drupal's field
 * classes say how a field's label is shown ("field--label-hidden", "field--label-above"): the
 * field is the headline itself, no label.
 */
export const HEADING_PARTS_SKIP =
  'time, [class*="kicker" i], [class*="eyebrow" i], ' +
  '[class*="topline" i], [class*="overline" i], [class*="roofline" i], [class*="dachzeile" i], [class*="spitzmarke" i], [class*="supertitle" i], [class*="pretitle" i], [class*="pre-title" i], [class*="surtitre" i], [class*="antetitulo" i], [class*="occhiello" i], ' +
  '[class*="label" i]:not([class*="field--label" i]), [class*="category" i], [class*="date" i], [class*="screen-reader" i], [class*="sr-only" i], [class*="visually-hidden" i], [class*="comment" i], [class*="source" i]';
/** A kicker set as a heading's first element has at most this many words (headline.ts: kickerSplit) ... */
export const KICKER_MAX_WORDS = 5;
/** ... and the headline after it at least this many. */
export const KICKER_REST_MIN_WORDS = 4;
/** A one- or two-word label with a colon, set in its own element at the start of a heading ("<b>Blog:</b>"). */
export const HEADING_LABEL = /^\s*\p{L}+(?:\s\p{L}+)?\s*:\s*$/u;
/**
 * Second-level labels under a country's domain that are not the site's name ("bbc.co.uk",
 * "abc.net.au", "asahi.co.jp"): the registered name is the label before them.
 */
export const SECOND_LEVEL_SUFFIX = /^(?:co|com|org|net|ac|gov|gob|edu|ne|or|go|gv|nic|mil)$/;
/**
 * How a heading that is not a headline ends: a colon introduces what follows ("A message from
 * our founder:"); a full stop ends a sentence, which at STANDFIRST_WORDS words or more is the
 * standfirst under the headline, not the headline ("Things to know before you go." is one).
 */
export const NOT_HEADLINE_END = /(?<!\.)[:.]$/;
export const STANDFIRST_WORDS = 15;
/**
 * Words a headline does not end on (articles, prepositions, conjunctions): a title ending on
 * one was cut at a length limit ("Hunter diagnosed with plague after eating a").
 */
export const CUT_AT_WORD =
  /\s(?:a|an|the|of|to|for|and|or|with|in|on|at|by|from|der|die|das|und|mit|von|le|la|les|des|et|du|el|los|las|y|con|il|lo|gli|della|het|een|en|van|o|os|as|do|da|com)$/i;

/**
 * A credit for work other than writing just before a name ("Fotos: ", "Photo by ", "Bild: ",
 * "© ", "Edited by ", "Fact-checked by "), or a plural label for pictures set in an element of
 * its own beside the name ("Photography", "Fotos"): a declared author the page names only so
 * took the photographs or edited the piece (metadata.ts: onlyOtherWork).
 */
export const OTHER_WORK_LABEL = /(?:(?<!\p{L})(?:fotos?|photos?|bild(?:er)?|images?|photography|photographs?|fotografie|fotograf(?:ía|ia)s?|photographies?|imágenes|imagens|illustrations?|ilustraci(?:ón|ones)|ilustraç(?:ão|ões)|grafik|video|(?:copy[\s-]?)?edited|reviewed|fact[\s-]?checked|redigiert|bearbeitet|geprüft|révisé|édité|editado|revisado|verificado|ediç(?:ão|ao)|edici(?:ón|on)|revis(?:ão|ao|ión|ion)|lektorat)\s*(?::|by|von|de|par|por|di)|©|(?<!\p{L})(?:photography|photographs|photos|fotos|fotografie|fotograf(?:ía|ia)s?|photographies?|illustrations?|bilder))\s*$/iu;

// ---------------------------------------------------------------------------------------
// Bylines: credits, credentials and group names
// ---------------------------------------------------------------------------------------

/**
 * Credits for work other than writing ("Reviewed by", "Fact-checked by", "Edited by",
 * "Photo by", "Foto von", "Revisado por"): from here on a byline names someone who did not
 * write the piece, so the rest is dropped. Generic publishing words of the languages the
 * cleaning knows.
 */
export const CREDIT_LINE = wordBounds(new RegExp(
  String.raw`(?:^|[\s,|•·.;(])(?:(?:medically|expert|legally|clinically)\s+)?(?:${[
    'reviewed', 'fact[\\s-]?checked', 'edited', 'copy[\\s-]?edited', 'photos?', 'photographs?', 'photography', 'illustrations?', 'illustrated',
    'images?', 'graphics?', 'videos?', 'additional reporting', 'translated',
    'fotos?', 'bild(?:er)?', 'mit material', 'geprüft', 'überprüft', 'redigiert', 'bearbeitet', 'übersetzt', 'révisé', 'relu', 'vérifié', 'traduit', 'édité',
    'revisado', 'editado', 'traducido', 'verificado', 'rivisto', 'revisionato', 'tradotto', 'nagekeken', 'bewerkt', 'vertaald', 'revisto', 'traduzido',
  ].join('|')})(?:\s+and\s+\p{L}+)?\s+(?:by|von|par|por|da|door)\b.*$`,
  'iu',
));
/**
 * A part of a byline set in brackets after a name: the work it credits ("Jens Weber (Text)"
 * wrote; "Max Muster (Fotos)" took the pictures and is no author) or, as German papers sign,
 * an editor's initials ("Anna Schmidt (as)"), which are no part of the name. A handle in
 * brackets ("Jean Doe (JDoeWrites)") is left as written.
 */
export const BRACKETED_WRITING = /\s*\((?:text|texte|texto|testo|tekst)\)$/iu;
export const BRACKETED_OTHER_WORK = /\((?:fotos?|photos?|bild(?:er)?|images?|videos?|grafik|graphics?|illustrations?|kamera|camera)\)$/iu;
export const BRACKETED_INITIALS = /\s*\(\p{Ll}{1,4}\)$/u;
/** A pupil's form or a writer's age in brackets after the name ("Paul Krämer (9b)", "Lena Vogt (Klasse 10a)", "Tim (14)"), wherever it stands in the byline. */
export const BRACKETED_AGE_OR_FORM = /\s*\((?:klasse |class |jg\.\s?|jahrgang )?\d{1,2}[a-z]?\)/giu;
/**
 * One word in brackets after a name of two words or more, a capital and then small letters
 * only: the writer's role or place ("Jonas Kettler (Pressewart)", "Ana Ruiz (Sevilla)"), no
 * part of the name. A handle keeps its capitals or digits inside ("(JDoeWrites)") and stays.
 */
export const BRACKETED_ROLE = /(?=\s*\()(?<=\p{L}[\p{L}'’.-]*\s+\p{L}[\p{L}'’.-]*)\s*\(\p{Lu}\p{Ll}{3,}\)$/u;
/** A news agency in brackets after the writer's name ("Carmen Solís (EFE)", "Jane Doe (AP)"): the agency the writer files for, no part of the name. */
export const BRACKETED_AGENCY = new RegExp(String.raw`\s*\((?:${AGENCIES.join('|')})\)$`, 'iu');
/**
 * Brackets holding a comma after a name set the writer's place and role ("Marie Le Goff
 * (Brest, correspondante)", "Jane Doe (Washington, staff writer)"): never part of a name, and
 * read as a whole before the byline is cut at its commas.
 */
export const BRACKETED_PLACE_ROLE = /\s*\([^()]*,[^()]*\)/gu;
/**
 * Degrees and certifications written after a name ("Jillian Kubala, MS, RD", "Ph.D.",
 * "CFP®"), kept with the name as bylines print them. Beyond the list, a word of two to six
 * capitals (with dots or a registered sign) after a person's name reads as one too, unless
 * it names an organisation (ORG_WORDS: "AP", "BBC").
 */
export const CREDENTIAL_WORD =
  /^(?:ph\.?\s?d\.?|m\.?d\.?|d\.?o\.?|pharm\.?d\.?|psy\.?d\.?|ed\.?d\.?|dr\.?ph|m\.?sc\.?|b\.?sc\.?|esq\.?|(?:\p{Lu}\.?){2,6}(?:-\p{Lu}{1,3})?)[®™]?$/u;
/**
 * A byline that names a group rather than a person ("The Currency editors", "Our Editors",
 * "Marketing Team", "Resy Staff"): kept as an organisation, used when no person is named.
 * Matched on a part that has a role word and a capitalised word besides it.
 */
export const GROUP_WORDS = /\b(?:team|staff|editors|writers|reporters|contributors|editorial|desk|newsroom|redaktion|redacción|rédaction|redazione|redactie|redação)\b/i;

// ---------------------------------------------------------------------------------------
// Bylines anywhere in the article: "written by" sentences and author boxes
// ---------------------------------------------------------------------------------------

/** Words before "by" that credit an interview's writer: "Interview by", "Propos recueillis par" (WRITTEN_BY). */
const INTERVIEWER_WORDS = ['interview', 'interviewed', 'recueillis'];
/**
 * Words that say who wrote the piece, wherever the line stands ("This post was written by
 * Jane Doe", "Posted by Jane Doe on 2025-12-18", "Geschrieben von", "Écrit par"), the day
 * between them or not ("Posted on March 12, 2007 by …", "Verfasst am 03.06.2006 um 21:14 Uhr
 * von …"). Unlike a bare "By", they cannot start an ordinary sentence about something else.
 */
export const WRITTEN_BY = new RegExp(
  String.raw`\b(?:${[...WRITING_VERBS, 'article', 'words', 'story', 'artikel', 'beitrag', 'gastbeitrag', ...INTERVIEWER_WORDS].map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})(?:\s+(?:on|am|le|el|em|op|il)\s+[\p{L}\p{N},.: ]{4,40}?)?\s+(?:[Bb][Yy]|von|par|por|da|door)(?:\b|(?=\p{Lu}))\s*:?\s*`,
  'u',
);
/** A closing biography is read in the story's last this many paragraphs (inpage.ts: closingBio) ... */
export const CLOSING_BIO_PARAGRAPHS = 3;
/** ... opening with a name of two or three capitalised words and a verb. */
export const CLOSING_BIO_NAME = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(\p{L}+)\s/u;
/** Verbs that say only "is" or "was": a biography with them names a job. */
export const COPULA_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'ist', 'war', 'est', 'es', 'é', 'has']);
/** Elements a closing credit is set in ("<i>Bericht: Klaus Wendt</i>"; inpage.ts: closingCredit) ... */
export const CLOSING_CREDIT_ELEMENTS: ReadonlySet<string> = new Set(['p', 'i', 'em', 'small', 'font', 'span', 'div', 'b', 'strong']);
/** ... right after the story's text: a text of this many characters ... */
export const CLOSING_CREDIT_PROSE = 80;
/** ... among the few texts before it. */
export const CLOSING_CREDIT_REACH = 3;
/**
 * A letter's closing words before the writer's name (inpage.ts: letterSignature), in the
 * languages the cleaning knows: "With every blessing,", "Yours sincerely,", "Ihr Pfarrer",
 * "Herzliche Grüße", "Bien à vous".
 */
export const VALEDICTION = /^(?:with (?:every blessing|best wishes|warm(?:est)? (?:regards|wishes)|love|thanks)|(?:best|warm|kind|warmest) (?:wishes|regards)|warmly|(?:all the )?best|cheers|regards|yours (?:sincerely|faithfully|truly|ever)|sincerely(?: yours)?|god bless|ihr(?:e)? (?:pfarrer(?:in)?|pastor(?:in)?|bürgermeister(?:in)?|vorsitzende[r]?|redaktion)|(?:herzliche|viele|liebe|beste) grüße|mit (?:herzlichen|freundlichen|besten) grüßen|herzlichst|ihr(?:e)?|cordialement|bien à vous|amitiés|(?:un )?saludo(?:s)? cordial(?:es)?|atentamente|un abrazo|atenciosamente|abraços)[,.!]?$/iu;
/** A dash and a name of two to four capitalised words, alone in a paragraph: a signature ("— Tom Whitlock"). */
export const SIGNATURE_LINE = /^[—–]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
/** At most this many characters stand before those words in their line ("This article was originally written by"). */
export const WRITTEN_BY_LEAD = 40;
/** An author box with its biography, read for the writer's portrait and name (storyPortraitNames). */
export const AUTHOR_BOX_CHARS = 1000;
/** Elements whose class or id names an author box ("author-bio", "post-author", "about-author"), where the name is the box's heading. */
export const AUTHOR_BOX_SELECTOR = '[class*="author" i], [id*="author" i]';
/** Inside such a box, the elements that hold the name: headings, bold text, or an element named for it. */
export const AUTHOR_BOX_NAME = 'h2, h3, h4, h5, h6, strong, b, [class*="name" i], [class*="title" i]';
/** An author box's heading that is a label, with or without the name after it ("About the author", "Über den Autor", "Über Anna", "À propos de l'auteur"). */
export const AUTHOR_BOX_LABEL = /^(?:about(?:\s+the)?(?:\s+authors?)?|meet(?:\s+the)?(?:\s+authors?)?|(?:written|posted)\s+by|the\s+author|authors?|über\s+(?:den|die)\s+autor(?:in)?|über(?=\s)|à\s+propos\s+de\s+l'auteur|sobre\s+el\s+autor|sull'autore|over\s+de\s+auteur|sobre\s+o\s+autor)\b\s*:?\s*/i;

/**
 * A link to a writer's archive, which names the writer ("More articles by Jane Doe", "View all
 * posts by Jane Doe", "More by Jane Doe", "Mehr von …", "Alle Artikel von …", "Tous les articles de …"); one such link per writer
 * names a story's co-authors. "Stories from …" alone names a section, so "from" needs "all" or
 * "more"; "View all articles by this author" names no one.
 */
export const ARCHIVE_LINK_BY =
  /^(?:(?:view|see|read|browse)\s+)?(?:(?:all|more)\s+(?:articles|posts|stories|entries)\s+(?:by|from)|more\s+by|mehr\s+von|(?:articles|posts|stories)\s+by|(?:alle|weitere|mehr)\s+(?:artikel|beiträge)\s+von|(?:tous\s+les|plus\s+d['’])\s*articles\s+(?:de\s+|d['’])|(?:todos\s+los|más)\s+artículos\s+de|(?:tutti\s+gli|altri)\s+articoli\s+di)\s*(?!(?:this|that|the|our|these)\b)/i;

/**
 * A personal site is named after its owner ("Jane Doe" at janedoe.net, jane.blog or
 * doe.dev): when no byline names anyone, the owner is the writer. The name is two or three
 * capitalised words, and the host spells all of them, or the first or last of at least
 * this many letters.
 */
export const OWNER_NAME_PART_LETTERS = 4;
/** Words that make a capitalised site name a phrase, not a person's name ("Journey To College", "Notes From The Field"). */
export const OWNER_NOT_NAME_WORD = /^(?:to|of|the|and|for|from|in|on|at|by|with|my|our|your|a|an)$/i;
/** A copyright line's holder ("© 2019–2025 Jane Doe. All rights reserved."), read in the page's footers. */
export const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,|©]{3,60})/giu;
export const COPYRIGHT_PLACES = 'footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]';

/** Link-preview cards name the writer as a labelled pair ("twitter:label1" = "Written by", "twitter:data1" = the name); pairs 1 to this are read. */
export const CARD_LABEL_PAIRS = 4;

/**
 * A date that opens a byline ("Dec 17, 2025 · Jane Doe", "2025-12-17 Jane Doe"): dropped so
 * the name after it is read; a date after the name ends the byline instead (BYLINE_STOP).
 */
export const LEADING_DATE = new RegExp(
  String.raw`^\s*(?:(?:${WEEKDAYS}),?\s+)?(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:${MONTHS})\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?=[^\p{L}\d]|\p{Lu}|$)[\s,·•|–—-]*`,
  'iu',
);
/**
 * The publication a writer signs for, after the name ("By Jane Roe for The Guardian", "Von
 * Jana Roth für die Zeit", "Par Jeanne Roux pour Le Monde", "Por Juana Ruiz para El País", "Por
 * Joana Rocha para o Público"): a lower-case "for" and a capitalised title, with its article,
 * up to the next comma. Cut only after a person's name (authors.ts: withoutPublication), since
 * bodies hold the word too ("Centers for Disease Control", "Ministerium für Gesundheit").
 */
export const FOR_PUBLICATION =
  /\s(?:for|für|pour|para|per|voor)\s+(?:(?:the|die|der|das|den|dem|le|la|les|el|los|las|il|lo|o|a|os|as|de|het)\s+|l['’])?(?=\p{Lu})[^,;|]*/gu;
/**
 * Contributors credited after the writer with "with" ("Jane Roe with additional reporting by
 * John Smith", "Jana Roth mit Material von dpa", "Juana Ruiz con información de EFE", "Joana
 * Rocha com informações de agências", "Jeanne Roux avec la collaboration de …"): the byline
 * ends before the "with", as an "Additional reporting by" credit does (CREDIT_LINE); left, the
 * "with" stayed on the name ("Jane Roe with").
 */
export const CONTRIBUTION_LINE = wordBounds(new RegExp(
  String.raw`\s(?:with|mit|avec|con|com)\s+(?:(?:additional|further|extra|zusätzlichem|weiterem)\s+)?(?:reporting|research|material|informationen|information|información|informaciones|informações|informação|la collaboration|la contribution)\s+(?:by|from|von|de|da|das|do|dos|del|par|por)\b.*$`,
  'iu',
));
/** Where a byline goes on to say on whose behalf the writer signs ("Jane Doe on behalf of the steering group"). */
export const BEHALF = /\s+(?:on behalf of|im Auftrag|au nom de|en nombre de|a nome di|namens)\b.*$/i;
/**
 * A template's unfilled placeholder ("page.head.extra.author", "post_author_name",
 * "{{author}}"): a code identifier that names the field it stands for, not a name. Handles
 * such as "jane.doe" name no field and stay.
 */
export const PLACEHOLDER = /^(?:[\p{Ll}\d]+[._])+(?:author|byline|name|creator)s?$|^\{\{.*\}\}$|^%.*%$/u;
/**
 * The accounts a publishing system makes for itself, named as the author where no one signed:
 * Joomla's "Super User", "Webmaster", "Administrator" (and in its language packs), "root". No one's name.
 */
export const SYSTEM_ACCOUNT = /^(?:super\s?user|web\s?master|site\s?admin(?:istrator)?|administrator|administrador|administrateur|amministratore|beheerder|root|sysadmin)$/i;
/**
 * The ranks forum software prints under a member's name ("Junior Member", "Senior Member",
 * "Neuer Benutzer", "Erfahrener Benutzer"): a title, not a writer.
 */
export const FORUM_RANK = /^(?:(?:junior|senior|new|full|active|elite|super|veteran|regular|established|registered|neuer|neues|aktiver|aktives|erfahrener|erfahrenes|treuer|nouveau|nuevo|nuovo)\s+)?(?:member|user|poster|benutzer|mitglied|membre|miembro|membro|utente|lid)$/i;
/**
 * The labels of links set beside a writer's name ("Full Bio", "View profile", "More articles",
 * "Alle Artikel der Autorin", "Voir le profil"), which templates put in elements named for the
 * author: no one's name. EN/DE/FR/ES/PT.
 */
export const LINK_LABEL = wordBounds(new RegExp(
  `^(?:${[
    String.raw`(?:full|author|read)\s+bio|bio|(?:view|see)\s+(?:full\s+)?(?:profile|archive|posts)|(?:read|learn|view|see)\s+more\b.*|(?:see|view)\s+all|more\s+(?:articles|posts|stories)\b.*|follow(?:\s+on\s+\p{L}+)?|fact[\s-]*checked|expert[\s-]*reviewed|verified`,
    String.raw`(?:alle|weitere|mehr)\s+(?:artikel|beiträge|texte)\b.*|zu[mr]\s+autor(?:in)?(?:enprofil)?|autor(?:en|innen)?profil|profil\s+ansehen|folgen`,
    String.raw`(?:tous\s+(?:les|ses)|plus\s+d['’])\s*articles\b.*|voir\s+(?:le\s+)?profil|suivre`,
    String.raw`(?:ver\s+)?tod[oa]s\s+(?:los|sus|os|as|seus)\s+(?:artículos|artigos|textos)\b.*|(?:más|mais)\s+(?:artículos|artigos)\b.*|ver\s+(?:el\s+|o\s+)?perfil|seguir`,
  ].join('|')})$`,
  'iu',
));
/** A visible byline that adds co-authors to the one the metadata names lists at most this many; longer lists are other stories' writers. */
export const MAX_CO_AUTHORS = 6;
/**
 * More job words that follow a name in a byline ("Jane Doe, Shipping Expert", "Expert
 * Reviewer", "Registered Dietitian", "Fiona Carr, Veterinary Surgeon"): like ROLE_WORDS, a
 * part holding one is not a name.
 */
export const MORE_ROLE_WORDS =
  /\b(?:experts?|reviewers?|specialist|consultant|strategist|marketer|dietitian|nutritionist|physician|attorney|lawyer|professor|researcher|scientist|engineer|developer|designer|coach|trainer|advisor|adviser|planner|officer|president|profile|surgeon|veterinarian|nurse|pharmacist|therapist|psychologist|psychiatrist|dentist|accountant|teacher|economist|historian|architect|meteorologist|librarian|curator|paramedic|practitioner)\b/i;

/* ---------------------------------------------------------------------------------------
 * Publication dates: the date shown with the headline, and dates in the address.
 * ------------------------------------------------------------------------------------- */

/**
 * How far from the headline the date readers are shown is looked for: characters of text
 * read in page order after the <h1>, then before it (a date above the headline).
 */
export const SHOWN_DATE_REACH = { after: 400, before: 150 } as const;
/** A date set as bare text after the headline is a dateline of at most this many words ("Posted 20 December 2025 by Roger"). */
export const BARE_DATELINE_WORDS = 8;
/**
 * Words that label a date as the day the text was checked by an expert, not written or
 * changed ("Medically reviewed on …", "Fact checked …"): that date is not the one shown as
 * the story's.
 */
export const REVIEWED_WORD = /\b(?:reviewed|fact[- ]checked|geprüft|vérifié|revisad[oa]|verificat[oa]|gecontroleerd|nagekeken)\b/i;
/**
 * Labels of an event's date ("Termin: Freitag, 24. Mai 2024, 20 Uhr", "When: …"): the day of
 * a concert or a meeting the story announces, not the story's.
 */
export const EVENT_WORD = /\b(?:termin|wann|when|event date|veranstaltungsdatum|date de l'événement|fecha del evento|data do evento|quando)\s*:/i;
/**
 * Share of the title's words a heading must repeat to be taken as the story's headline when
 * looking for the dateline beside it (a logo or a menu in an <h1> repeats none of them).
 */
export const HEADLINE_TITLE_OVERLAP = 0.5;
/**
 * <meta> names that say "publication date" in any publishing system's prefix
 * ("w-published-date", "cms.publication_date"), read after the known keys.
 */
export const PUBLISHED_META_NAME = /(?:^|[-_.:])(?:published|publish|publication|pub)[-_.]?(?:date|time|datetime)$/i;
/**
 * A list item's date is another story's when this many of its sibling items are dated too
 * (teaser lists, archives, change logs under the headline).
 */
export const STORY_LIST_DATES = 2;
/** How far up from a date its list item may sit (the date in the item's header, in the item). */
export const STORY_ITEM_DEPTH = 3;
/**
 * Words with which a page tells when it first appeared, in the languages the dates are read
 * in ("originally published", "ursprünglich veröffentlicht", "erstmals veröffentlicht", "publié initialement",
 * "publicado originalmente"). "First published" is left out: journals use it for a preprint's
 * day, before the paper's.
 */
export const ORIGINALLY_PUBLISHED =
  /\b(?:originally\s+(?:published|posted)|(?:ursprünglich|erstmals|zuerst)\s+(?:veröffentlicht|erschienen)|publié\s+(?:initialement|à\s+l'origine)|initialement\s+publié|publicad[oa]\s+originalmente|originalmente\s+publicad[oa]|pubblicat[oa]\s+originariamente|oorspronkelijk\s+gepubliceerd)/i;
/** A photo's caption, whose names are of the people shown, not of the writer (portraitNames). */
export const CAPTION_SELECTOR = 'figcaption, [class*="caption" i]';
/** The elements a labelled publication date is read in, anywhere in the story (labelledDate in shown-date.ts). */
export const LABELLED_DATE_LINES = 'p, div, span, small, li, dd, em, strong, b, i, time, td, font';
/**
 * Where that line is read: short elements (at most `maxChars` characters), the words at most
 * `lead` characters into their sentence ("This article was originally published on …"), so
 * a sentence of the story that mentions another text's first appearance is not taken for it.
 */
export const ORIGINAL_DATE_LINE = { selector: 'p, div, span, em, i, small, strong, b, li, td, dd, footer, aside, section', maxChars: 200, lead: 40 } as const;
/**
 * A teaser card for another story, whose date is not the page's: a block of at most
 * `maxChars` characters of text holding the date and a link of `headlineWords` words or more
 * (the other story's headline, set in a <div> rather than a heading, in "Most popular" and
 * "Read next" boxes whose class names say nothing). Links that are not another story's are
 * passed over: a byline's (`notHeadline`), a writer's page (`notStoryPath`), the page's own
 * address, and a home or section page (under `minPathSegments` segments: "< Back to all
 * posts"). On the WCXB dev articles this moves one date, from a "Most popular" box to the
 * dateline above the headline, and no other. A link in or around a heading (h2 to h4) is a
 * headline from `headingWords` words, and its card may hold a summary up to `headingCardChars`
 * characters: a section page's teasers ("Neue Tarifrunde beginnt im Januar" and two lines
 * under it). A plain link keeps the tighter bounds: a story's own header (breadcrumbs, byline,
 * dateline) is as long as such a card.
 */
export const TEASER_CARD = {
  maxChars: 200,
  headlineWords: 6,
  headingWords: 3,
  headingCardChars: 400,
  minPathSegments: 2,
  notHeadline: /^(?:by|von|par|por|door)\b/i,
  notStoryPath: /\b(?:authors?|autor(?:en)?|auteurs?|profiles?|team|about)\b/i,
} as const;

/**
 * A class that names the element the story's headline, in the five languages ("headline",
 * "schlagzeile", "titre-article", "titular", "manchete", "entry-title"): with no <h1> of the
 * story, such a line over the text is its headline, as a line set in large type is
 * (headline.ts: typedHeadline).
 */
export const HEADLINE_CLASS = /^(?:(?:article|story|post|entry|news)[-_]?)?(?:headline|schlagzeile|(?:article|story|post|entry|news)[-_]?(?:title|titel|titre|titulo|título)|titre[-_]article|titular|manchete)$/i;
