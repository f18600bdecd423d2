/**
 * The headline without the site's name: "Harbour reopens - Coast Gazette" → "Harbour
 * reopens". A segment is dropped only when it can be told apart from the headline: it
 * names the site (its name or its host), the page's own heading equals what is left, or,
 * with nothing known, it is a short tail after a bar or a dash.
 */
import { decodeEntities } from './entities.js';
import type { KickeredHeading } from './headline.js';
import { letters, normaliseSpace } from './text.js';
import { KICKER_TITLE_WORDS, CUT_AT_WORD, DESCRIPTION_OVERLAP, HEADING_OVERLAP, MAX_SITE_WORDS, NOT_HEADLINE_END, SECOND_LEVEL_SUFFIX, MAX_TAGLINE_WORDS, MIN_INITIALS, MIN_SPELLED_LABEL, SITE_PREFIX_WORDS, SKIPPED_WORD_LETTERS, STANDFIRST_WORDS, SOLE_HEADLINE_WORDS, TITLE_COLON, TITLE_SEPARATORS } from './metadata-rules.js';

export interface TitleContext {
  siteName?: string | null;
  /**
   * What the page's links to its own home page say (their text, a logo's alt text): the
   * site's name as its header shows it, for pages that declare none ("Harbour Notes: <post>").
   */
  homeNames?: readonly string[];
  /** The page's URL, whose host often is the site's name ("thespacereview.com"). */
  url?: string | null;
  /** Texts of the page's <h1> elements. */
  headings?: readonly string[];
  /** The page's only <h1>, when it is not a link (see SOLE_HEADLINE_WORDS). */
  soleHeading?: string | null;
  /**
   * Texts of the page's <h2> elements. Only a part of a title set apart by separators that one
   * of them spells exactly is taken from them ("Sommerfest abgesagt - TSV Musterdorf 1908 e.V."
   * on a page whose headline is an <h2>): a page's <h2>s are mostly its sections.
   */
  subheadings?: readonly string[];
  /** With no <h1> of the story, the first <h2> of the page's one <article>. */
  articleHeading?: string | null;
  /** The post's one title its markup declares, read when asked (headline.ts: pageHeadings). */
  entryTitle?: () => string | null;
  /** Whether the page sets this text alone, outside links (headline.ts: textsShownAlone). */
  shownAlone?: (text: string) => boolean;
  /** <h1>s set as a short part and the rest (headline.ts: kickerSplit). */
  kickered?: readonly KickeredHeading[];
  /** Headings whose text as shown holds a kicker or another part the headline leaves out: headline to shown text. */
  shownWhole?: ReadonlyMap<string, string>;
}

interface Segment {
  text: string;
  start: number;
  end: number;
}

function segments(title: string, separators: RegExp): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const m of title.matchAll(separators)) {
    const index = m.index ?? 0;
    if (index > start) out.push({ text: title.slice(start, index), start, end: index });
    start = index + m[0].length;
  }
  if (start < title.length) out.push({ text: title.slice(start), start, end: title.length });
  return out;
}

/**
 * What the site goes by: letters-only names (its name, its host and the host's main label), and
 * the labels of its address that a name may abbreviate ("ers" for "Economic Research Service").
 */
interface SiteKeys {
  names: string[];
  labels: string[];
}

function siteKeys(ctx: TitleContext): SiteKeys {
  const keys: string[] = [];
  const labelKeys: string[] = [];
  if (ctx.siteName) {
    keys.push(letters(ctx.siteName));
    // A site name given with its tagline ("Coast Gazette | News for the coast"): each part
    // is written after headlines on its own too.
    const parts = segments(ctx.siteName, TITLE_SEPARATORS);
    if (parts.length > 1) keys.push(...parts.map((part) => letters(part.text)));
  }
  for (const name of ctx.homeNames ?? []) keys.push(letters(name));
  if (ctx.url) {
    try {
      const host = new URL(ctx.url).hostname.replace(/^www\d*\./, '');
      keys.push(letters(host));
      const labels = host.split('.');
      labelKeys.push(...labels.slice(0, -1).filter((l) => l.length >= MIN_INITIALS && !SECOND_LEVEL_SUFFIX.test(l)));
      const label = labels.slice(0, -1).sort((a, b) => b.length - a.length)[0];
      if (label && label.length >= 4) keys.push(letters(label));
      // The registered name under a subdomain: "promotions.shop.com" is the site "shop.com".
      const suffix = labels.length > 2 && SECOND_LEVEL_SUFFIX.test(labels[labels.length - 2] ?? '') && (labels.at(-1)?.length ?? 0) === 2 ? 2 : 1;
      const registered = labels.slice(-suffix - 1);
      if (registered.length > suffix && labels.length > registered.length) {
        keys.push(letters(registered.join('.')));
        if ((registered[0]?.length ?? 0) >= 4) keys.push(letters(registered[0] ?? ''));
      }
    } catch {
      // not a URL: no host to compare with
    }
  }
  return { names: keys.filter((k) => k.length >= 2), labels: labelKeys };
}

function namesSite(segment: string, keys: SiteKeys, exact = false): boolean {
  const seg = letters(segment);
  const words = segment.trim().split(/\s+/).length;
  // The site's full name however long ("Harbour School of Public Health and Medicine"), or a
  // name its address abbreviates or runs together.
  if (seg && (keys.names.includes(seg) || abbreviates(segment, keys.labels) || spells(segment, keys.labels))) return true;
  if (!seg || words > 6 || exact) return false;
  // Prefix matches ("Vortex Cannon Entertainment" for vortexcannon.org) only for short
  // segments, or a segment of up to SITE_PREFIX_WORDS capitalised words that starts with a
  // longer key ("UC Davis Children's Hospital" on health.ucdavis.edu).
  return keys.names.some((k) => seg === k || (k.length >= 4 && (seg.startsWith(k) || (seg.length >= 4 && k.startsWith(seg))) && (words <= 3 || (k.length >= 6 && seg.startsWith(k) && words <= SITE_PREFIX_WORDS && capitalisedWords(segment)))));
}

/**
 * A name whose capitalised words' initials spell a label of the site's address: "Economic
 * Research Service" on ers.example.gov. Words in lower case ("of", "and") are skipped, as
 * acronyms skip them.
 */
function abbreviates(segment: string, labels: readonly string[]): boolean {
  const wordsOf = segment.trim().split(/\s+/);
  if (wordsOf.length < MIN_INITIALS || !wordsOf.every((w) => /^[\p{L}\p{N}]/u.test(w))) return false;
  const initials = wordsOf.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] ?? '').join('').toLowerCase();
  return initials.length >= MIN_INITIALS && labels.includes(initials);
}

/**
 * A name whose words, less some short ones ("the", "for", "of"), run together into a label of
 * the site's address: "The Partnership for Student Success" on partnershipstudentsuccess.org.
 */
function spells(segment: string, labels: readonly string[]): boolean {
  const parts = words(segment);
  const joins = (label: string, i: number, at: number): boolean => {
    if (i === parts.length) return at === label.length;
    const part = parts[i] ?? '';
    return (label.startsWith(part, at) && joins(label, i + 1, at + part.length)) || (part.length <= SKIPPED_WORD_LETTERS && joins(label, i + 1, at));
  };
  // Names are short; the bound also keeps the search (two ways on each short word) small.
  return parts.length > 1 && parts.length <= SITE_PREFIX_WORDS * 2 && labels.some((label) => label.length >= MIN_SPELLED_LABEL && joins(label, 0, 0));
}

/** Every word starts with a capital, as names do ("UC Davis Children's Hospital", not "comwrap auf der DMEXCO"). */
function capitalisedWords(segment: string): boolean {
  return segment.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

function trimSite(title: string, keys: SiteKeys, separators: RegExp, exact = false): string {
  const segs = segments(title, separators);
  if (segs.length < 2 || (!keys.names.length && !keys.labels.length)) return title;
  let first = 0;
  let last = segs.length - 1;
  // The site's name with a short tagline, or its sections, after it ("… – Coast Gazette –
  // News for the coast", "… | NDR.de - Nachrichten - NDR Info").
  for (let k = last; k > first; k--) {
    const tail = segs.slice(k + 1, last + 1).reduce((n, seg) => n + segmentWords(seg), 0);
    if (tail > MAX_TAGLINE_WORDS) break;
    if (namesSite(segs[k]?.text ?? '', keys, exact)) {
      last = k;
      break;
    }
  }
  while (last > first && namesSite(segs[last]?.text ?? '', keys, exact)) last--;
  while (first < last && namesSite(segs[first]?.text ?? '', keys, exact)) first++;
  const a = segs[first];
  const b = segs[last];
  return a && b ? title.slice(a.start, b.end).trim() : title;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the words of `a` that `b` has too. */
function share(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  return wa.length ? wa.filter((w) => wb.has(w)).length / wa.length : 0;
}

/** Share of the shorter text's words that the other one also has. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  const [short, long] = wa.length <= wb.size ? [wa, wb] : [words(b), new Set(wa)];
  if (!short.length) return 0;
  return short.filter((w) => long.has(w)).length / short.length;
}

/**
 * The page's headings that can be a headline, without a site name or section written into
 * them ("Harbour reopens – Coast Gazette", "Harbour reopens | Opinion").
 */
function storyHeadings(ctx: TitleContext, keys: SiteKeys): string[] {
  return (ctx.headings ?? []).map((h) => asHeadline(h, keys)).filter((h): h is string => h !== null);
}

/** A link blog's arrow before a headline that links elsewhere ("→ The quiet death of …"): it marks the link. */
const LINK_ARROW = /^[→⇒➔➜➝►▶]\s*/u;
/** A heading's own permalink after its text, as documentation generators add one ("Logging HOWTO¶"). */
const PERMALINK_MARK = /\s*(?:Â?¶|🔗)$/u;

function asHeadline(raw: string, keys: SiteKeys): string | null {
  const h = trimSite(halfWidth(normaliseSpace(raw).trim().replace(LINK_ARROW, '').replace(PERMALINK_MARK, '')), keys, TITLE_SEPARATORS);
  if (NOT_HEADLINE_END.test(h) && words(h).length >= (NOT_HEADLINE_END.exec(h)?.[0] === ':' ? 1 : STANDFIRST_WORDS)) return null;
  return /\|/.test(h) ? trimBars(h) : h;
}

/**
 * Full-width forms of ASCII ("？", "！", "（") typed into a headline in Latin script, as
 * readers' tools and search engines show them: the ASCII character. Text with Chinese,
 * Japanese or Korean characters keeps them, where they are the normal forms.
 */
function halfWidth(s: string): string {
  if (!/[\uff01-\uff5e]/.test(s) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s)) return s;
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * A heading whose characters were lost to "?" or "\ufffd" on the way (a character set
 * mismatch: "Event Planning? Beginner? Guide" for "Event Planning: Beginner's Guide"), when
 * the title is the same text with those characters intact.
 */
function damagedCopy(heading: string, title: string): boolean {
  if (!/[?\ufffd]./u.test(heading) || /[?\ufffd]/u.test(title)) return false;
  const pieces = heading.split(/[?\ufffd]/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pieces.join('[^?]{1,3}')}$`, 'iu').test(title);
}

/** Labels of a page's kind set before a forum's or a site's headline; a speaker's name or a kicker is no such label. */
const PAGE_KIND_LABEL = /^(?:thread|topic|thema|forum|frage|question|discussion|diskussion|sujet|tema|tópico|post|blog|beitrag)$/iu;

/**
 * A heading that is the title behind a label naming the page's kind (PAGE_KIND_LABEL)
 * ("Thread: …", "Thema: …", "Blog: …"): the page's own title leaves the label out, so the
 * title is the headline.
 */
function labelledCopy(heading: string, title: string): boolean {
  const m = /^([^:]{1,25}):\s+(.+)$/u.exec(normaliseSpace(heading).trim());
  return !!m && PAGE_KIND_LABEL.test(m[1] ?? '') && (m[2] ?? '').toLowerCase() === normaliseSpace(title).trim().toLowerCase();
}

/**
 * A heading that is the title with words set before it and nothing between them: a kicker or
 * a badge in an element of its own ("<span>Plus</span> Was aus …", "<span>Landwirtschaft im
 * Allgäu</span> Die letzten …"), whose text runs into the headline's. The title is the
 * headline. A kicker the heading sets off itself ("Kicker: …", "Kicker – …") stays the page's
 * choice.
 */
function kickerBefore(heading: string, title: string): boolean {
  const h = normaliseSpace(heading).trim();
  const t = normaliseSpace(title).trim();
  if (words(t).length < KICKER_TITLE_WORDS || h.length <= t.length || !h.toLowerCase().endsWith(t.toLowerCase())) return false;
  const before = h.slice(0, h.length - t.length).trim();
  return /\p{L}$/u.test(before) && !DETERMINER.test(before);
}

/** An article before the headline is the headline's own first word ("The best …"), no kicker. */
const DETERMINER = /^(?:the|a|an|der|die|das|ein|eine|le|la|les|un|une|el|los|las|o|os|as|um|uma)$/iu;

/**
 * Of two spellings of one headline (same letters), the heading's: it is what readers see,
 * while metadata titles lose marks on the way ("Cost in 2025?" → "Cost in 2025", "Japan-
 * A Guide" → "Japan: A Guide", emphasis written as "*…*"). Headings lose marks too: one set
 * in parts (a line and a subline in elements of their own) loses the separator the title
 * writes between them ("… is not. - Choosing a tutor"), so the title is kept when it has more
 * punctuation than the heading. Not a heading set in capitals
 * when the title is not: the title's case is the headline's.
 */
function readersForm(title: string, heading: string): string {
  if (capitals(heading) && !capitals(title)) return title;
  // Punctuation only: not symbols such as emoji, emphasis marks or an empty field's "()".
  const marks = (s: string): number => (s.replace(/\(\s*\)|\[\s*\]/g, '').match(/[^\P{P}*_]/gu) ?? []).length;
  return marks(title) > marks(heading) ? title : heading;
}

function capitals(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/**
 * The page's own headline, when a metadata title is a variant of it: search engines get
 * shortened or reworded titles ("HS Roundup: …", a headline cut at 110 characters), while
 * the <h1> is what readers see. A heading sharing most of its words with the title is
 * taken as the same headline; one that shares few is another story's, or the site's,
 * unless it is the page's only heading and reads as a headline.
 */
export function preferHeading(title: string | null, ctx: TitleContext): string | null {
  if (!title) return title;
  const keys = siteKeys(ctx);
  // A title that is only the site's name, on a page whose <h1> is the site's logo or its name:
  // the article's own heading, or its declared title, is the headline.
  const ownText = namesSite(title, keys) ? (ctx.articleHeading ?? ctx.entryTitle?.() ?? null) : null;
  const own = ownText ? (asHeadline(ownText, keys) ?? '') : '';
  const ownOverSite = own !== '' && words(own).length >= 3 && !namesSite(own, keys);
  let best: string | null = null;
  let bestScore = 0;
  for (const heading of storyHeadings(ctx, keys)) {
    // A kicker the heading sets inside it ("<span class="topline">Nach Neuschnee:</span> …")
    // is the headline's when the title spells the heading as shown, kicker and all.
    const whole = ctx.shownWhole?.get(heading);
    if (whole && letters(whole) === letters(title)) return readersForm(title, whole);
    const h = withoutKicker(heading, title, ctx);
    if (damagedCopy(h, title) || labelledCopy(h, title) || kickerBefore(h, title)) return title;
    if (letters(h) === letters(title)) return ownOverSite && namesSite(h, keys) ? own : readersForm(title, h);
    if (words(h).length < 3 || namesSite(h, keys)) continue;
    const score = overlap(title, h);
    // A heading set in capitals is styled for the page; the title has the headline's case.
    if (capitals(h) && !capitals(title)) continue;
    if (score >= HEADING_OVERLAP && score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best) return best;
  // A title worded unlike the heading: the page's one headline-long heading is what readers see
  // (or the one left when the others name the site: a menu's <h1> with the site's name).
  const unnamed = storyHeadings(ctx, keys).filter((h) => !namesSite(h, keys));
  const sole = ctx.soleHeading ? (asHeadline(ctx.soleHeading, keys) ?? '') : (ctx.headings?.length ?? 0) > 1 && unnamed.length === 1 ? (unnamed[0] ?? '') : '';
  const count = words(sole).length;
  if (count >= SOLE_HEADLINE_WORDS.min && count <= SOLE_HEADLINE_WORDS.max && !namesSite(sole, keys) && !(capitals(sole) && !capitals(title))) return sole;
  if (ownOverSite) return own;
  // A title that is only the site's name over several <h1>s (the story's, set twice for two
  // screen sizes, and the comments' or the next story's): the first headline-long one.
  if (namesSite(title, keys)) {
    const first = storyHeadings(ctx, keys).find((h) => words(h).length >= SOLE_HEADLINE_WORDS.min && !namesSite(h, keys));
    if (first) return first;
  }
  return title;
}

/**
 * A heading set as a short part and the headline (headline.ts: kickerSplit), without the short
 * part when it is a kicker: the title says none of its words and most of the rest's. A
 * headline's first line set apart shares its words with the title, and stays.
 */
function withoutKicker(heading: string, title: string, ctx: TitleContext): string {
  const split = ctx.kickered?.find((k) => k.heading === heading);
  return split && share(split.kicker, title) === 0 && share(title, split.rest) >= HEADING_OVERLAP ? split.rest : heading;
}

/** The runs of a title's segments short of the whole title, each start's longest first. */
function segmentRuns(title: string, segs: readonly Segment[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    for (let j = segs.length - 1; j >= i; j--) {
      const a = segs[i];
      const b = segs[j];
      if (a && b && !(i === 0 && j === segs.length - 1)) runs.push(title.slice(a.start, b.end).trim());
    }
  }
  return runs;
}

/**
 * A headline cut short for search engines or a field's length limit: it ends in an ellipsis,
 * leaves a bracket open ("… Solutions (Including") or ends on a word no headline ends on.
 */
export function looksCut(title: string): boolean {
  const t = title.trim();
  const open = (a: string, b: string): boolean => t.split(a).length > t.split(b).length;
  return /(?:…|\.\.\.)$/.test(t) || open('(', ')') || open('[', ']') || CUT_AT_WORD.test(t);
}

/** The full form of a title cut short, when another source gives it: the longer title that starts the same. */
export function uncut(title: string | null, others: readonly (string | null)[]): string | null {
  if (!title || !looksCut(title)) return title;
  const stem = normaliseSpace(title).trim().replace(/(?:…|\.\.\.)$/, '').trim();
  for (const other of others) {
    const full = other ? normaliseSpace(other).trim() : '';
    if (full.length > stem.length && full.startsWith(stem)) return full;
  }
  return title;
}

/** The titles a page declares, read from its metadata. */
export interface DeclaredTitles {
  /** JSON-LD headline and name of the article object. */
  headline: string | null;
  name: string | null;
  /** The first <meta> title (og:title, twitter:title, …) and the <title>. */
  metaTitle: string | null;
  documentTitle: string | null;
}

/**
 * The metadata title to start from: the JSON-LD headline, then its name, the <meta> title and
 * the <title>, a headline cut short giving way to a longer title that starts the same. A
 * headline that shares few of its words with the <title>, the <meta> title and the page's
 * headings, while the name repeats the title, is a description set in the wrong field
 * ("Wikimedia list article", "species of fern"): the name is the title then. A headline
 * reworded for search engines shares most of its words with the titles or with the <h1>.
 */
export function declaredTitle(titles: DeclaredTitles, ctx: TitleContext = {}): string | null {
  const { headline, name, metaTitle, documentTitle } = titles;
  const plain = { siteName: ctx.siteName ?? null, url: ctx.url ?? null, homeNames: ctx.homeNames ?? [] };
  const pageTitles = [metaTitle, documentTitle].map((t) => cleanTitle(t, plain)).filter((t): t is string => Boolean(t));
  const others = [...pageTitles, ...(ctx.headings ?? [])];
  const described = headline && name && pageTitles.length > 0 && others.every((t) => share(headline, t) < DESCRIPTION_OVERLAP) && pageTitles.some((t) => share(name, t) >= HEADING_OVERLAP);
  const first = described ? name : (headline ?? name ?? metaTitle ?? documentTitle);
  return uncut(first, [metaTitle, documentTitle]);
}

/**
 * Marks around a headline that are not part of it: Markdown heading marks and emphasis left in
 * a title ("## …", "*…*"), a link blog's arrow, a heading's permalink mark, a "Title:" label,
 * straight quotation marks around the whole of it, and a decorative symbol at its end.
 */
function unwrap(title: string): string {
  let t = title.replace(/^#{1,6}\s+/, '').replace(LINK_ARROW, '').replace(PERMALINK_MARK, '').replace(/^(?:title|titel|titre|título)\s*:\s*/i, '').replace(/\s+[⋆★☆✦✧•·|~-]+$/u, '');
  // Straight quotes only: typographic ones around a whole headline quote somebody („Ein
  // Lesesaal ist …“, “New Ways to Corrupt LLMs”) and are the headline's own.
  for (const [open, close] of [['*', '*'], ['_', '_'], ['"', '"']] as const) {
    const inner = t.slice(open.length, t.length - close.length);
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close) && !inner.includes(open) && !inner.includes(close)) t = inner.trim();
  }
  return t;
}

function segmentWords(seg: Segment | undefined): number {
  return seg?.text.trim().split(/\s+/).length ?? 0;
}

/** Short segments at the ends of a title split by bars: "Opinion | <headline> | Site" → "<headline>". */
function trimBars(title: string): string {
  const segs = segments(title, TITLE_SEPARATORS);
  let first = 0;
  let last = segs.length - 1;
  while (last > first && segmentWords(segs[last]) <= MAX_SITE_WORDS && segmentWords(segs[first]) >= 4) last--;
  while (first < last && segmentWords(segs[first]) <= MAX_SITE_WORDS && segmentWords(segs[last]) >= 4) first++;
  const a = segs[first];
  const b = segs[last];
  return a && b ? title.slice(a.start, b.end).trim() : title;
}

/**
 * phpBB 2's label before a topic's title ("Board :: View topic - <title>"), in its language
 * packs: it goes, and the board's name goes as a site's does.
 */
const VIEW_TOPIC_LABEL = /(^|\s::\s)(?:view topic|voir le sujet|thema anzeigen|ver tema|leggi argomento|visualizza argomento|bekijk onderwerp|ver tópico|exibir tópico)\s+-\s+/iu;

/** Drops a leading or trailing site name and, when it can tell, a section name. */
export function cleanTitle(raw: string | null | undefined, ctx: TitleContext = {}): string | null {
  if (!raw) return null;
  // JSON-LD escaped twice ("And finally&amp;#8230;") still holds an entity after the one
  // decoding every metadata string gets; the DOM decoded the page's own text already.
  let title = unwrap(halfWidth(normaliseSpace(decodeEntities(raw)).trim())).replace(VIEW_TOPIC_LABEL, '$1');
  if (!title) return null;
  const keys = siteKeys(ctx);
  const headings = storyHeadings(ctx, keys).filter((h) => h.length >= 3);
  const headingMatch = (t: string): string | undefined => headings.find((h) => h === t || letters(h) === letters(t));
  // Spelled exactly, in two words or more: a manual's section "GIT" is no "Git - git-commit Documentation".
  const subheadingMatch = (t: string): boolean => words(t).length >= 2 && (ctx.subheadings ?? []).some((h) => normaliseSpace(h).trim() === t);
  const same = headingMatch(title);
  if (same) return readersForm(title, same);

  title = trimSite(title, keys, TITLE_SEPARATORS);
  // After a colon only the exact site name goes: "Apple Watch: …" on apple.com stays whole.
  title = trimSite(title, keys, TITLE_COLON, true);
  // The site's address set before the headline without a separator ("example.com Harbour reopens").
  const address = /^(\S+\.\p{L}{2,})\s+(?=\S+\s+\S)/u.exec(title);
  if (address && namesSite(address[1] ?? '', keys, true)) title = title.slice(address[0].length);
  // The site named in brackets after the headline ("Harbour reopens (via Coast Gazette)").
  const bracketed = /\s*[([](?:via\s+|from\s+)?([^()[\]]+)[)\]]$/i.exec(title);
  if (bracketed && bracketed.index > 0 && namesSite(bracketed[1] ?? '', keys)) title = title.slice(0, bracketed.index);

  // The page's own heading equal to a run of segments ("Opinion | <headline> | Site").
  const segs = segments(title, TITLE_SEPARATORS);
  if (segs.length > 1) {
    const runs = segmentRuns(title, segs).filter((run) => !namesSite(run, keys));
    const own = runs.find(headingMatch);
    // An <h1> that spells only the title's last segment, while an <h2> spells all before it, is
    // the site's name set as a heading (a forum's board name over its topic's <h2>).
    const last = segs[segs.length - 1];
    const previous = segs[segs.length - 2];
    const before = previous ? title.slice(0, previous.end).trim() : '';
    if (own && last && own === last.text.trim() && before && subheadingMatch(before)) return before;
    if (own) return own;
    // Then the longest run an <h2> spells: a shorter one is a section's name ("Premier League").
    const sub = runs.filter(subheadingMatch).reduce((best, run) => (run.length > best.length ? run : best), '');
    if (sub) return sub;
    // With no <h1> of the story (an old table layout sets the headline in a <b> or a <font>):
    // the longest headline-long run the page sets alone ("Site - Region - <headline>").
    const shown = ctx.shownAlone && !headings.length ? runs.filter((run) => words(run).length >= SOLE_HEADLINE_WORDS.min && ctx.shownAlone?.(run)).reduce((best, run) => (run.length > best.length ? run : best), '') : '';
    if (shown) return shown;
    // Nothing known: short segments at the ends of a barred title are sections or the
    // site ("Opinion | <headline>", "News :: <headline>", "Sport » <headline>"); after one
    // dash, a short capitalised tail is the site.
    if (/\||\s::\s|\s»\s/.test(title)) return trimBars(title);
    if (segs.length === 2) {
      const [head, tail] = segs;
      const tailWords = segmentWords(tail);
      const headWords = segmentWords(head);
      // Site names are written in capitals ("Coast Gazette"); a lower-case tail ("for now") is the headline's.
      const capitalised = tail ? tail.text.trim().split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w)) : false;
      if (head && capitalised && tailWords <= MAX_SITE_WORDS && headWords >= 4 && headWords > tailWords * 2) return head.text.trim();
    }
  }
  return title || null;
}
