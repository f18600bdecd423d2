/**
 * JSON-LD: parsing the page's ld+json blocks (with repairs for the usual breakage), finding
 * the object that describes the article, and reading values whose shape varies from site
 * to site (a string, an object, an array of either, or an @id reference).
 */
import { pageElements } from './page-tags.js';
import { ARTICLE_TYPES, LD_PART_KEYS, MAX_LD_CHARS, MAX_LD_DEPTH, MAX_LD_NODES, PAGE_TYPES, WORK_TYPES } from './metadata-rules.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asArray(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Lower-case type names without their vocabulary prefix ("schema:NewsArticle" → "newsarticle"). */
export function typesOf(obj: JsonObject): string[] {
  return asArray(obj['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.has(type) || /article$|posting$/.test(type);
}

export interface LdGraph {
  /** Objects that can describe the page: top level, @graph members and mainEntity. */
  candidates: JsonObject[];
  /** Every object with an @id, for resolving references. */
  byId: Map<string, JsonObject>;
  /**
   * Every type named anywhere but inside the parts or items the page lists (LD_PART_KEYS: a
   * magazine issue's articles, an ItemList's stories), for the article verdict.
   */
  types: string[];
}

// Raw control characters inside JSON strings are the most common breakage of ld+json blocks.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f]+/g;

/** Repairs tried in turn on a block that does not parse: each fixes one common mistake. */
const REPAIRS: ((raw: string) => string)[] = [
  // HTML comments and CDATA wrappers left around the JSON by templates.
  (raw) => raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g, '').trim(),
  // Raw newlines and tabs inside strings.
  (raw) => raw.replace(CONTROL_CHARS, ' '),
  // Trailing commas before a closing bracket, and a stray semicolon at the end.
  (raw) => raw.replace(/,\s*([}\]])/g, '$1').replace(/;\s*$/, ''),
  // Several objects one after the other instead of an array.
  (raw) => `[${raw.replace(/}\s*{/g, '},{')}]`,
];

export function parseLdBlock(text: string): Json | undefined {
  let raw = text.trim();
  if (!raw || raw.length > MAX_LD_CHARS) return undefined;
  try {
    return JSON.parse(raw) as Json;
  } catch {
    // fall through to the repairs, applied cumulatively
  }
  for (const repair of REPAIRS) {
    raw = repair(raw);
    try {
      return JSON.parse(raw) as Json;
    } catch {
      // try the next repair on top of this one
    }
  }
  return undefined;
}

/** Walks the parsed blocks, bounded in depth and count. */
export function buildGraph(blocks: Json[]): LdGraph {
  const candidates: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const types = new Set<string>();
  let seen = 0;
  const visit = (v: Json, depth: number, candidate: boolean, part = false): void => {
    if (depth > MAX_LD_DEPTH || seen >= MAX_LD_NODES) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1, candidate, part);
      return;
    }
    if (!isObject(v)) return;
    seen++;
    if (candidate) candidates.push(v);
    if (!part) for (const t of typesOf(v)) types.add(t);
    const id = v['@id'];
    // The fullest object wins when the same @id appears twice (a reference and its definition).
    if (typeof id === 'string' && Object.keys(v).length > (byId.get(id) ? Object.keys(byId.get(id) as JsonObject).length : 0)) byId.set(id, v);
    for (const [key, value] of Object.entries(v)) {
      if (typeof value !== 'object' || value === null) continue;
      const describesPage = key === '@graph' || (candidate && (key === 'mainEntity' || key === 'mainEntityOfPage'));
      visit(value, depth + 1, describesPage, part || LD_PART_KEYS.has(key));
    }
  };
  for (const block of blocks) visit(block, 0, true);
  return { candidates, byId, types: [...types] };
}

/** Reads every ld+json block of the page, and `more` blocks found elsewhere. Blocks that cannot be repaired are skipped. */
export function readLdGraph(doc: Document, more: readonly string[] = []): LdGraph {
  const blocks: Json[] = [];
  for (const text of more) {
    const parsed = parseLdBlock(text);
    if (parsed !== undefined) blocks.push(parsed);
  }
  // The page's <script> elements (page-tags.ts) and a plain attribute test: several times
  // faster than an attribute selector on jsdom, and this runs on every page.
  for (const script of pageElements(doc, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseLdBlock(script.textContent ?? '');
    if (parsed !== undefined) blocks.push(parsed);
  }
  return buildGraph(blocks);
}

/** Follows an @id-only reference to the object it names, when the page defines it. */
export function resolve(v: Json | undefined, graph: LdGraph): Json | undefined {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2) return graph.byId.get(v['@id']) ?? v;
  return v;
}

function score(obj: JsonObject): number {
  let s = 0;
  if (obj.headline) s += 2;
  if (obj.articleBody) s += 2;
  if (obj.datePublished) s += 1;
  if (obj.author) s += 1;
  return s;
}

/**
 * The object describing the article: the richest object of an article type, else a web page
 * object that carries a headline or a date, else a recipe or how-to the page declares
 * (WORK_TYPES). Related stories listed as Article objects
 * are less rich than the page's own, so richness breaks ties before order does.
 */
export function pickArticle(graph: LdGraph): JsonObject | null {
  let best: JsonObject | null = null;
  let bestScore = -1;
  for (const obj of graph.candidates) {
    if (!typesOf(obj).some(isArticleType)) continue;
    const s = score(obj);
    if (s > bestScore) {
      best = obj;
      bestScore = s;
    }
  }
  if (best) return best;
  const page = graph.candidates.find((o) => typesOf(o).some((t) => PAGE_TYPES.test(t)) && (o.headline || o.datePublished));
  return page ?? graph.candidates.find((o) => typesOf(o).some((t) => WORK_TYPES.has(t))) ?? null;
}

/** The first string a value holds: itself, @value, a name, or the first array item's. */
export function firstString(v: Json | undefined, graph: LdGraph, keys: readonly string[] = ['@value', 'name']): string | null {
  return firstStringIn(v, graph, keys, new Set());
}

/**
 * firstString, reading each object at most once: `seen` starts with the objects the caller is
 * inside (a person whose name is read) and takes every object the walk reads, so @id
 * references that lead back to one of them (`"name": {"@id": "#p"}` on #p itself, two
 * organisations naming each other) are not followed, and a name that resolves to the object
 * being read gives no name. The walk keeps its own stack, not the call stack, so no nesting is
 * too deep for it. On acyclic input nothing changes: an object read before held no string
 * (or the walk would have ended there), and would hold none the second time either.
 */
function firstStringIn(v: Json | undefined, graph: LdGraph, keys: readonly string[], seen: Set<JsonObject>): string | null {
  const reversedKeys = [...keys].reverse();
  const pending: (Json | undefined)[] = [v];
  while (pending.length > 0) {
    const value = resolve(pending.pop(), graph);
    if (typeof value === 'string') {
      const s = value.trim();
      if (s) return s;
    } else if (typeof value === 'number') return String(value);
    else if (Array.isArray(value)) pushReversed(pending, value);
    else if (isObject(value) && !seen.has(value)) {
      seen.add(value);
      for (const key of reversedKeys) pending.push(value[key]);
    }
  }
  return null;
}

/** Pushes items so that popping them gives them in order: a depth-first walk in document order. */
function pushReversed(stack: (Json | undefined)[], items: readonly Json[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
}

/** Every string a list-like value holds (keywords, sections). */
export function allStrings(v: Json | undefined, graph: LdGraph): string[] {
  return asArray(resolve(v, graph)).flatMap((item) => {
    const s = firstString(item, graph);
    return s ? [s] : [];
  });
}

/** A person's name: its name, else its given and family names; references back to the person are not followed. */
function personName(person: JsonObject, graph: LdGraph): string | null {
  const read = (v: Json | undefined): string | null => firstStringIn(v, graph, ['@value', 'name'], new Set([person]));
  const given = read(person.givenName);
  const family = read(person.familyName);
  return read(person.name) ?? (given || family ? [given, family].filter(Boolean).join(' ') : null);
}

/** People named by an author value: strings, Person objects, @id references, arrays (nested to any depth). */
export function personNames(v: Json | undefined, graph: LdGraph): string[] {
  const names: string[] = [];
  const pending: (Json | undefined)[] = [v];
  while (pending.length > 0) {
    const person = resolve(pending.pop(), graph);
    if (typeof person === 'string') names.push(person);
    else if (Array.isArray(person)) pushReversed(pending, person);
    else if (isObject(person)) {
      const name = personName(person, graph);
      if (name) names.push(name);
    }
  }
  return names;
}

/** Names of the author values typed as organisations ("Organization", "NewsMediaOrganization"). */
export function organisationNames(v: Json | undefined, graph: LdGraph): string[] {
  return asArray(v).flatMap((item) => {
    const org = resolve(item, graph);
    if (!isObject(org) || !typesOf(org).some((t) => t.endsWith('organization'))) return [];
    const name = firstStringIn(org.name, graph, ['@value', 'name'], new Set([org]));
    return name ? [name] : [];
  });
}

/** An image URL from a string, an ImageObject, an @id reference or an array of them. */
export function imageUrl(v: Json | undefined, graph: LdGraph): string | null {
  return firstString(v, graph, ['url', 'contentUrl', '@id']);
}

/**
 * The steps of a recipe's instructions, as their texts: a string, HowToStep objects (their
 * text, else their name), HowToSection objects with their steps under itemListElement, or
 * arrays of these. A section listed again inside itself (through an @id reference) is not
 * read again; the walk keeps its own stack, so no nesting is too deep for it.
 */
export function stepTexts(v: Json | undefined, graph: LdGraph): string[] {
  const texts: string[] = [];
  /** The sections the walk is inside. */
  const open = new Set<JsonObject>();
  const pending: ({ value: Json | undefined } | { leave: JsonObject })[] = [{ value: v }];
  while (pending.length > 0) {
    const next = pending.pop() as { value: Json | undefined } | { leave: JsonObject };
    if ('leave' in next) {
      open.delete(next.leave);
      continue;
    }
    const step = resolve(next.value, graph);
    if (typeof step === 'string') {
      if (step.trim()) texts.push(step);
    } else if (Array.isArray(step)) {
      for (let i = step.length - 1; i >= 0; i--) pending.push({ value: step[i] });
    } else if (isObject(step) && !open.has(step)) {
      if (step.itemListElement !== undefined) {
        open.add(step);
        pending.push({ leave: step }, { value: step.itemListElement });
      } else {
        const read = (value: Json | undefined): string | null => firstStringIn(value, graph, ['@value', 'name'], new Set([...open, step]));
        const text = read(step.text) ?? read(step.name);
        if (text) texts.push(text);
      }
    }
  }
  return texts;
}
