/**
 * Page metadata, read from the DOM before Readability changes it. Sources, most trusted
 * first (the first one that gives a field wins):
 *   1. JSON-LD objects of an article type (Article, NewsArticle, BlogPosting,
 *      ReportageNewsArticle and kin), also inside @graph: the publisher's own structured claim.
 *   2. Open Graph and article:* properties: written for link previews, usually right.
 *   3. Twitter card tags.
 *   4. Plain <meta name> tags (author, description, Dublin Core, Parse.ly, Sailthru).
 *   5. <time datetime> and itemprop microdata in the page.
 *   6. The visible byline Readability found, and the <title> element.
 */
import { normaliseDate } from './dates.js';
import { normaliseSpace } from './text.js';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  canonicalUrl: string | null;
  tags: string[];
  section: string | null;
  /** JSON-LD articleBody, the fallback when Readability finds nothing. */
  ldBody: string | null;
  /** The page's <title>, for telling the headline from the site name. */
  documentTitle: string | null;
  /** Schema.org types declared by the page, used by the article verdict. */
  ldTypes: string[];
  ogType: string | null;
}

/** Schema.org types whose objects describe the article itself. */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'socialmediaposting', 'liveblogposting',
  'scholarlyarticle', 'techarticle', 'report', 'posting', 'webpage',
]);
/** JSON-LD deeper than this is not walked: real markup is shallow, hostile markup is not. */
const MAX_LD_DEPTH = 12;
/** Items read per JSON-LD block, for the same reason. */
const MAX_LD_NODES = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function typesOf(obj: JsonObject): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') {
    const t = normaliseSpace(v).trim();
    return t || null;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['@value'] ?? v.name ?? v.url ?? v['@id']);
  return null;
}

/** Every object in the JSON-LD, flattening arrays and @graph, bounded in depth and count. */
function collectObjects(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > MAX_LD_DEPTH || out.length >= MAX_LD_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
    } else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
      if (isObject(v.mainEntity)) visit(v.mainEntity, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

// Raw control characters inside JSON strings are the most common breakage of ld+json blocks.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

/** Parses each ld+json block; broken ones are skipped, with a common repair tried first. */
export function readJsonLd(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = (script.textContent ?? '').trim();
    if (!raw) continue;
    let parsed: Json | undefined;
    for (const candidate of [raw, raw.replace(/^\s*<!--|-->\s*$/g, '').replace(CONTROL_CHARS, ' ')]) {
      try {
        parsed = JSON.parse(candidate) as Json;
        break;
      } catch {
        // try the next repair
      }
    }
    if (parsed !== undefined) objects.push(...collectObjects(parsed));
  }
  return objects;
}

function pickArticle(objects: JsonObject[]): JsonObject | null {
  let fallback: JsonObject | null = null;
  for (const obj of objects) {
    const types = typesOf(obj);
    if (types.some((t) => ARTICLE_TYPES.has(t) && t !== 'webpage')) return obj;
    if (!fallback && types.includes('webpage') && (obj.headline || obj.datePublished)) fallback = obj;
  }
  return fallback;
}

function personNames(v: Json | undefined, objects: JsonObject[]): string[] {
  const names: string[] = [];
  for (const item of asArray(v)) {
    if (typeof item === 'string') names.push(item);
    else if (isObject(item)) {
      let name = text(item.name);
      // An author given only by @id points at a Person elsewhere in the graph.
      if (!name && typeof item['@id'] === 'string') {
        const target = objects.find((o) => o['@id'] === item['@id']);
        if (target) name = text(target.name);
      }
      if (name) names.push(name);
    }
  }
  return names;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const content = el?.getAttribute('content');
    if (content && content.trim()) return normaliseSpace(content).trim();
  }
  return null;
}

function metaAll(doc: Document, key: string): string[] {
  return Array.from(doc.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i]`))
    .map((el) => normaliseSpace(el.getAttribute('content') ?? '').trim())
    .filter(Boolean);
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Words that mark the rest of a byline as a date, a role or a place, not a name. */
const BYLINE_STOP = /\s*(?:\||•|·|—|–|\bupdated\b|\bpublished\b|\bposted\b|\bon\b\s+\w+\s+\d|\d{1,2}[:/.]\d{1,2}|\b\d{4}\b).*$/i;
const BYLINE_PREFIX = /^\s*(?:by|von|par|por|de|door|di|af|av|written by|words by|reporting by|story by|text by|texto de)\s*[:-]?\s+/i;
/** A comma followed by one of these introduces a job title, not another name. */
const ROLE_WORDS = /^(?:the\s+)?(?:senior|staff|chief|special|deputy|associate|contributing|political|foreign|business|health|science|sports?|tech(?:nology)?|editor|reporter|writer|correspondent|columnist|journalist|analyst|producer|contributor|news|managing|executive|[a-z]+\s+(?:editor|reporter|correspondent|writer))\b/i;

/** Splits and cleans a byline or author list into names, each once. */
export function cleanAuthors(raw: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of raw) {
    if (/^https?:\/\//i.test(entry.trim())) continue;
    const stripped = normaliseSpace(entry).replace(BYLINE_PREFIX, '').replace(BYLINE_STOP, '').trim();
        // Conjunctions split only in lower case (or "and" in any case), so initials like "E." survive.
    const parts = stripped.split(/\s*(?:[,;&]|\s(?:[Aa]nd|AND|und|et|y|e|en|og|och|i)\s)\s*/);
    for (let part of parts) {
      part = part.replace(BYLINE_PREFIX, '').replace(/^[\s,.:;|-]+|[\s,.:;|-]+$/g, '').trim();
      if (!part || ROLE_WORDS.test(part)) continue;
      if (part.length > 60 || part.split(/\s+/).length > 5) continue;
      if (!/\p{L}/u.test(part) || /@|https?:/i.test(part)) continue;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(part);
    }
  }
  return out;
}

/** Separators between a headline and the site's name in <title>. */
const TITLE_SEPARATORS = /\s+(?:[|\-–—:·•»]|::)\s+/;

/** Drops a trailing or leading site name ("Headline - Site Name") when we can tell it is one. */
export function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  let t = normaliseSpace(title).trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length > 1) {
    const site = siteName?.toLowerCase().replace(/\s+/g, '');
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, '');
    const seps = [...t.matchAll(new RegExp(TITLE_SEPARATORS, 'g'))];
    if (site && (norm(last).includes(site) || site.includes(norm(last)))) {
      t = t.slice(0, seps[seps.length - 1]?.index ?? t.length).trim();
    } else if (site && (norm(first).includes(site) || site.includes(norm(first)))) {
      const s0 = seps[0];
      t = s0 ? t.slice((s0.index ?? 0) + s0[0].length).trim() : t;
    } else if (/[|]/.test(t) || (last.split(/\s+/).length <= 3 && first.split(/\s+/).length >= 4 && seps.length === 1 && /[|\-–—]/.test(seps[0]?.[0] ?? ''))) {
      // Without a known site name, a short last segment after a bar or dash is most often it.
      t = t.slice(0, seps[seps.length - 1]?.index ?? t.length).trim();
    }
  }
  return t || null;
}

function firstTimeDatetime(doc: Document, selector: string): string | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content');
    const iso = normaliseDate(value);
    if (iso) return iso;
  }
  return null;
}

function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function keywords(v: Json | undefined): string[] {
  const out: string[] = [];
  for (const item of asArray(v)) {
    const t = text(item);
    if (t) out.push(...t.split(/\s*,\s*/));
  }
  return out.filter(Boolean);
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const objects = readJsonLd(doc);
  const ld = pickArticle(objects);
  const ldTypes = uniq(objects.flatMap(typesOf));
  const publisher = ld && isObject(ld.publisher) ? ld.publisher : null;
  const websiteObj = objects.find((o) => typesOf(o).includes('website'));
  const documentTitle = doc.querySelector('title')?.textContent ?? null;

  const siteName =
    text(publisher?.name) ?? meta(doc, 'og:site_name', 'application-name', 'twitter:site') ?? (websiteObj ? text(websiteObj.name) : null);

  const rawTitle = text(ld?.headline) ?? text(ld?.name) ?? meta(doc, 'og:title', 'twitter:title', 'dc.title', 'title', 'headline') ?? documentTitle;

  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, pageUrl) ??
    absolute(meta(doc, 'og:url'), pageUrl) ??
    absolute(text(ld?.url) ?? text(ld?.mainEntityOfPage), pageUrl);

  const imageLd = ld ? (isObject(ld.image) ? text(ld.image.url) : text(ld.image)) : null;

  const authorNames = [
    ...(ld ? personNames(ld.author, objects) : []),
  ];
  if (!authorNames.length) {
    authorNames.push(...metaAll(doc, 'author'), ...metaAll(doc, 'article:author').filter((a) => !/^https?:/i.test(a)), ...metaAll(doc, 'dc.creator'), ...metaAll(doc, 'parsely-author'), ...metaAll(doc, 'sailthru.author'));
  }
  if (!authorNames.length) {
    const itemprop = Array.from(doc.querySelectorAll('[itemprop~="author"]')).map((el) => {
      const nameEl = el.querySelector('[itemprop~="name"]');
      return (nameEl?.getAttribute('content') ?? nameEl?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '').trim();
    });
    authorNames.push(...itemprop.filter(Boolean));
  }

  const tags = uniq([
    ...keywords(ld?.keywords),
    ...metaAll(doc, 'article:tag'),
    ...(meta(doc, 'news_keywords', 'keywords')?.split(/\s*,\s*/) ?? []),
  ].map((t) => t.trim()).filter((t) => t && t.length <= 80)).slice(0, 50);

  const publishedAt =
    normaliseDate(text(ld?.datePublished) ?? text(ld?.dateCreated)) ??
    normaliseDate(meta(doc, 'article:published_time', 'og:article:published_time', 'published_time')) ??
    normaliseDate(meta(doc, 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published', 'cxenseparse:recs:publishtime')) ??
    firstTimeDatetime(doc, '[itemprop~="datePublished"], time[pubdate], article time[datetime], time[datetime]');

  const modifiedAt =
    normaliseDate(text(ld?.dateModified)) ??
    normaliseDate(meta(doc, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified', 'article.updated')) ??
    firstTimeDatetime(doc, '[itemprop~="dateModified"]');

  const lang = (doc.documentElement.getAttribute('lang') ?? meta(doc, 'og:locale', 'content-language', 'language', 'dc.language') ?? text(ld?.inLanguage))?.replace('_', '-').trim() || null;

  return {
    title: cleanTitle(rawTitle, siteName),
    authors: cleanAuthors(authorNames),
    publishedAt,
    modifiedAt,
    siteName,
    lang,
    description: text(ld?.description) ?? meta(doc, 'og:description', 'twitter:description', 'description', 'dc.description'),
    image: absolute(imageLd ?? meta(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), pageUrl),
    canonicalUrl: canonical,
    tags,
    section: text(ld?.articleSection) ?? meta(doc, 'article:section', 'section', 'parsely-section'),
    ldBody: text(ld?.articleBody),
    documentTitle,
    ldTypes,
    ogType: meta(doc, 'og:type'),
  };
}
