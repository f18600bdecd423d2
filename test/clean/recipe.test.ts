/**
 * A declared recipe's ingredient list, when Readability keeps the steps alone.
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { ingredientKeys, lacksIngredients } from '../../src/clean/recipe.js';
import { extractArticle } from '../../src/pipeline.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { JSDOM } from 'jsdom';

const INGREDIENTS = ['400 g Mehl', '150 ml Mineralwasser, mit Kohlensäure', '300 g Bergkäse, frisch gerieben', '3 Zwiebel(n)', '50 g Butter', 'Muskat'];
const STEPS = [
  'Mehl, Salz und Mineralwasser in einer Schüssel mit dem Kochlöffel so lange schlagen, bis der Teig Blasen wirft und zäh vom Löffel reißt. Den Teig etwa 15 Minuten ruhen lassen.',
  'In der Zwischenzeit die Zwiebelringe in der Butter bei mittlerer Hitze langsam goldbraun braten, bis sie schön knusprig sind, und auf Küchenpapier abtropfen lassen.',
  'Einen großen Topf mit reichlich Salzwasser zum Kochen bringen und den Teig portionsweise vom Brett ins siedende Wasser schaben, bis die Spätzle oben schwimmen.',
  'Spätzle und Käse in einer Form abwechselnd einschichten, mit Muskat würzen und im Ofen bei 180 Grad etwa zehn Minuten überbacken, dann die Zwiebeln darüber geben.',
];

function page(declared: boolean): string {
  const ld = declared ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'Recipe', name: 'Käsespätzle', recipeIngredient: INGREDIENTS })}</script>` : '';
  const rows = [['400 g', 'Mehl (Type 405)'], ['150 ml', 'Mineralwasser, mit Kohlensäure'], ['300 g', 'Bergkäse, frisch gerieben'], ['3', 'Zwiebel(n)'], ['50 g', 'Butter'], ['', 'Muskat']];
  return `<html><head><title>Käsespätzle</title>${ld}</head><body><header><a href="/">Löffelwerk</a></header><main><article>
    <h1>Käsespätzle</h1><div class="rating">4,6 (312)</div>
    <section class="zutaten"><h2>Zutaten</h2><table>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></section>
    <div class="anzeige">Anzeige</div>
    <section class="zubereitung"><h2>Zubereitung</h2><div class="text">${STEPS.map((s) => `<p>${s}</p>`).join('')}</div></section>
    </article></main><footer>© Löffelwerk</footer></body></html>`;
}

describe("a declared recipe's ingredients", () => {
  it('tells a list of ingredients from steps that name them without their amounts', () => {
    const keys = ingredientKeys(INGREDIENTS);
    const doc = new JSDOM(`<body><div id="steps">${STEPS.join(' ')}</div><table id="list"><tr><td>400 g</td><td>Mehl (Type 405)</td></tr><tr><td>150 ml</td><td>Mineralwasser</td></tr><tr><td>300 g</td><td>Bergkäse</td></tr><tr><td>50 g</td><td>Butter</td></tr></table></body>`).window.document;
    expect(lacksIngredients(doc.getElementById('steps')!, keys)).toBe(true);
    expect(lacksIngredients(doc.getElementById('list')!, keys)).toBe(false);
    // Too few declared to go by.
    expect(ingredientKeys(['Salz', 'Pfeffer'])).toEqual([]);
  });

  it('sets the ingredient box before the steps Readability kept alone', () => {
    for (const dom of DOM_KINDS) {
      const url = 'https://loeffel.example/rezepte/1184552/kaesespaetzle.html';
      const body = extractArticle(page(true), { url }, { dom }).body;
      expect(body).toMatch(/400 g\s+Mehl/);
      expect(body).toMatch(/150 ml\s+Mineralwasser/);
      expect(body.indexOf('Mineralwasser, mit')).toBeLessThan(body.indexOf('Zwiebelringe'));
      // Without the declaration, or with the rule off, the steps stand alone as Readability kept them.
      expect(extractArticle(page(false), { url }, { dom }).body).not.toMatch(/400 g\s+Mehl/);
      expect(withRulesOff(['clean:recipe-ingredients'], () => extractArticle(page(true), { url }, { dom }).body)).not.toMatch(/400 g\s+Mehl/);
    }
  });
});
