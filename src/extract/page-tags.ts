/**
 * The page's elements of the few tags the metadata stage looks up by name (<meta>, <link>,
 * <script>, <title>, <h1>, <h2>, <article>), and those a recipe's microdata marks, found in one
 * walk of the page.
 *
 * Each getElementsByTagName is a walk of the whole page, and the metadata stage asked for these
 * tags eight or nine times a page (<h1> alone three times: the headings, the headline, the
 * byline under it). The walk here visits every element once and files those of the tags
 * asked, in page order: what getElementsByTagName gives, on both DOMs (elements under a
 * <template> included where the DOM keeps them under it, as linkedom does). It is made once
 * per page and kept: the metadata stage reads the page before anything changes it. The lists
 * do not follow later changes, so only code that runs before the clean stage may ask.
 */

/** The tags filed, lower case as the DOM names them. */
export type PageTag = 'meta' | 'link' | 'script' | 'title' | 'h1' | 'h2' | 'article';

const PAGE_TAGS: readonly PageTag[] = ['meta', 'link', 'script', 'title', 'h1', 'h2', 'article'];

/** Parts of a recipe card its microdata marks, filed in the same walk. */
export type RecipePart = 'ingredients' | 'steps';

/** The microdata properties (itemprop) of each part: "ingredients" is the older name of "recipeIngredient". */
const RECIPE_PROPERTIES: Readonly<Record<string, RecipePart>> = { recipeIngredient: 'ingredients', ingredients: 'ingredients', recipeInstructions: 'steps' };

const filed = new WeakMap<Document, Map<string, Element[]>>();

/** The page's elements of `tag`, in page order. */
export function pageElements(doc: Document, tag: PageTag): readonly Element[] {
  return filedFor(doc).get(tag) ?? [];
}

/** The page's elements its microdata marks as a recipe's ingredients or steps, in page order. */
export function recipeElements(doc: Document, part: RecipePart): readonly Element[] {
  return filedFor(doc).get(`@${part}`) ?? [];
}

function filedFor(doc: Document): Map<string, Element[]> {
  let byTag = filed.get(doc);
  if (!byTag) filed.set(doc, (byTag = fileElements(doc)));
  return byTag;
}

function fileElements(doc: Document): Map<string, Element[]> {
  const byTag = new Map<string, Element[]>([...PAGE_TAGS, '@ingredients', '@steps'].map((key) => [key, []]));
  // Every element in page order: the first child, else the next sibling of it or of an ancestor.
  let el: Element | null = doc.firstElementChild;
  while (el) {
    byTag.get(el.localName)?.push(el);
    const itemprop = el.getAttribute('itemprop');
    const part = itemprop ? itemprop.split(/\s+/).map((p) => RECIPE_PROPERTIES[p]).find((x) => x !== undefined) : undefined;
    if (part) byTag.get(`@${part}`)?.push(el);
    let next: Element | null = el.firstElementChild;
    for (let cur: Element | null = el; !next && cur; cur = cur.parentElement) next = cur.nextElementSibling;
    el = next;
  }
  return byTag;
}
