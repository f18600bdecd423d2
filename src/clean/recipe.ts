/**
 * A recipe's ingredients that Readability left out. Recipe cards set the ingredients and the
 * steps in boxes of their own; Readability scores the steps' paragraphs and often keeps them
 * alone, so the text reads "Mix the flour with the eggs" with no list of what goes in. The
 * page's Recipe declaration (JSON-LD recipeIngredient) says what the list holds: when the
 * article shows few of those ingredients, the smallest box of the page that shows most of
 * them is set before it. Pages that declare no recipe pay nothing.
 */
import { RECIPE_BOX_EXTRA_CHARS, RECIPE_HELD_SHARE, RECIPE_MIN_INGREDIENTS, RECIPE_MIN_STEPS, RECIPE_STEP_KEY_LETTERS } from './rules.js';
import { collapsedLength, letters } from '../extract/text.js';
import { ruleOn } from './switches.js';

/** Boxes an ingredient list is set in. */
const BOXES = 'ul, ol, table, dl, section, div';

/**
 * What tells an ingredient apart in a text: its amount and, within INGREDIENT_REACH characters
 * after it, its name, the last word of four letters or more before any comma or bracket ("400 g
 * Mehl (Type 405)" → 400 … mehl; "150 ml Mineralwasser, mit Kohlensäure" → 150 … mineralwasser);
 * the name alone when no amount is given ("Muskat"). Steps name the ingredients too, but seldom
 * with their amounts; a list gives both.
 */
const INGREDIENT_REACH = 60;

function ingredientKey(ingredient: string): RegExp | null {
  const head = ingredient.replace(/\([^)]*\)/g, ' ').split(/[,;(]/)[0] ?? '';
  const name = (head.toLowerCase().match(/\p{L}{4,}/gu) ?? []).pop();
  if (!name) return null;
  const amount = /\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]/.exec(head)?.[0];
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(amount ? `(?<![\\d.,/])${escape(amount)}(?![\\d.,/])[^]{0,${INGREDIENT_REACH}}?${escape(name)}` : `(?<!\\p{L})${escape(name)}`, 'iu');
}

function held(text: string, keys: readonly RegExp[]): number {
  const hay = text.replace(/\s+/g, ' ');
  return keys.filter((k) => k.test(hay)).length;
}

/** The keys of the declared ingredients, or none when the page declares too few to go by. */
export function ingredientKeys(ingredients: readonly string[]): RegExp[] {
  const keys = ingredients.map(ingredientKey).filter((k): k is RegExp => k !== null);
  return keys.length >= RECIPE_MIN_INGREDIENTS ? keys : [];
}

/** Whether an element's text shows RECIPE_HELD_SHARE or more of the declared ingredients (their keys). */
export function showsIngredients(el: Element, keys: readonly RegExp[]): boolean {
  return keys.length > 0 && held(el.textContent ?? '', keys) >= keys.length * RECIPE_HELD_SHARE;
}

/** Whether the article's text shows under RECIPE_HELD_SHARE of the declared ingredients. */
export function lacksIngredients(content: Element, keys: readonly RegExp[]): boolean {
  return ruleOn('clean:recipe-ingredients') && keys.length > 0 && !showsIngredients(content, keys);
}

/**
 * In `doc` (a second reading of the page), the smallest box that shows at least
 * RECIPE_HELD_SHARE of the ingredients and little else (RECIPE_BOX_EXTRA_CHARS beyond twice
 * their own text, for amounts and headings), or null.
 */
export function ingredientBox(doc: Document, keys: readonly RegExp[], ingredients: readonly string[]): Element | null {
  return smallestBox(doc, textChars(ingredients) * 2 + RECIPE_BOX_EXTRA_CHARS, (text) => held(text, keys) >= keys.length * RECIPE_HELD_SHARE);
}

/** The smallest box of `doc` no longer than `maxChars` whose text `shows` what is sought. */
function smallestBox(doc: Document, maxChars: number, shows: (text: string) => boolean): Element | null {
  let best: Element | null = null;
  let bestLength = Infinity;
  for (const el of Array.from(doc.body?.querySelectorAll(BOXES) ?? [])) {
    const text = el.textContent ?? '';
    const length = collapsedLength(text);
    if (length >= bestLength || length > maxChars || !shows(text)) continue;
    best = el;
    bestLength = length;
  }
  return best;
}

function textChars(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.length, 0);
}

/** Each declared step by its opening letters and digits, or none when the page declares too few. */
export function stepKeys(steps: readonly string[]): string[] {
  const keys = steps.map((step) => letters(step).slice(0, RECIPE_STEP_KEY_LETTERS)).filter((k) => k.length >= RECIPE_STEP_KEY_LETTERS / 2);
  return keys.length >= RECIPE_MIN_STEPS ? keys : [];
}

function stepsHeld(text: string, keys: readonly string[]): number {
  const hay = letters(text);
  return keys.filter((k) => hay.includes(k)).length;
}

/** Whether the article's text shows under RECIPE_HELD_SHARE of the declared steps. */
export function lacksSteps(content: Element, keys: readonly string[]): boolean {
  return ruleOn('clean:recipe-steps') && keys.length > 0 && stepsHeld(content.textContent ?? '', keys) < keys.length * RECIPE_HELD_SHARE;
}

/**
 * In `doc` (a second reading of the page), the smallest box that shows at least
 * RECIPE_HELD_SHARE of the steps and little else (RECIPE_BOX_EXTRA_CHARS beyond their own
 * text), or null.
 */
export function stepsBox(doc: Document, keys: readonly string[], steps: readonly string[]): Element | null {
  return smallestBox(doc, textChars(steps) + RECIPE_BOX_EXTRA_CHARS, (text) => stepsHeld(text, keys) >= keys.length * RECIPE_HELD_SHARE);
}
