/**
 * A declared recipe's ingredient list, when Readability keeps the steps alone.
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { ingredientKeys, lacksIngredients, stepKeys } from '../../src/clean/recipe.js';
import { readMetadata } from '../../src/extract/metadata.js';
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

  it("sets a recipe portal's card that Readability left beside the story back: its ingredients before, its steps after, as its microdata declares them", () => {
    const story = [
      'Na casa da minha avó, em Poços de Caldas, junho tinha cheiro de fubá, e o bolo aparecia na mesa do café todas as manhãs do mês, ainda morno, cortado em quadrados grandes.',
      'O bolo dela era do tipo cremoso, com uma camada úmida, quase um pudim, entre a base e o topo dourado. Hoje sei que é só física: a massa é bem líquida e o fubá desce para o fundo.',
      'Não se assuste quando despejar a massa na forma: ela fica líquida como uma vitamina. Se você engrossar com mais fubá, o bolo perde a camada cremosa e vira um bolo comum.',
    ];
    const items = ['4 ovos', '4 xícaras (chá) de leite', '2 xícaras (chá) de açúcar', '1 xícara (chá) de fubá mimoso', '100 g de queijo parmesão ralado'];
    const steps = [
      'Preaqueça o forno a 180 °C e unte com manteiga uma assadeira retangular de 20 x 30 cm.',
      'No liquidificador, bata os ovos, o leite, o açúcar, o fubá e o queijo por cerca de 3 minutos.',
      'Deixe esfriar completamente na assadeira antes de cortar em quadrados, senão a camada cremosa escorre.',
    ];
    const html = (microdata: boolean): string => `<html><head><title>Bolo de fubá cremoso</title></head><body><header><a href="/">Cozinha</a></header>
      <article class="receita"${microdata ? ' itemscope itemtype="https://schema.org/Recipe"' : ''}><h1>Bolo de fubá cremoso</h1>
      <div class="receita-historia">${story.map((p) => `<p>${p}</p>`).join('')}</div>
      <section class="receita-card"><h3>Ingredientes</h3><ul>${items.map((i) => `<li${microdata ? ' itemprop="recipeIngredient"' : ''}>${i}</li>`).join('')}</ul>
      <h3>Modo de preparo</h3><ol${microdata ? ' itemprop="recipeInstructions"' : ''}>${steps.map((t) => `<li>${t}</li>`).join('')}</ol></section>
      </article><footer>© Cozinha</footer></body></html>`;
    const url = 'https://cozinha.example/receitas/bolo-de-fuba-cremoso';
    for (const dom of DOM_KINDS) {
      const body = extractArticle(html(true), { url }, { dom }).body;
      expect(body).toContain('100 g de queijo parmesão ralado');
      expect(body).toContain('Deixe esfriar completamente');
      expect(body.indexOf('Deixe esfriar')).toBeGreaterThan(body.indexOf('Não se assuste'));
      expect(withRulesOff(['clean:recipe-steps'], () => extractArticle(html(true), { url }, { dom }).body)).not.toContain('Deixe esfriar');
      // Nothing declared, nothing added: the card is no more than any list beside a story.
      expect(extractArticle(html(false), { url }, { dom }).body).not.toContain('Deixe esfriar');
    }
  });

  it('reads the declared steps from JSON-LD in its shapes: strings, HowToSteps, HowToSections', () => {
    const instructions = [
      { '@type': 'HowToSection', name: 'Teig', itemListElement: [{ '@type': 'HowToStep', text: STEPS[0] }] },
      { '@type': 'HowToStep', name: 'Zwiebeln', text: STEPS[1] },
      STEPS[2],
    ];
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Recipe', name: 'Käsespätzle', recipeInstructions: instructions })}</script></head><body><p>x</p></body></html>`;
    const doc = new JSDOM(html, { url: 'https://loeffel.example/r/1' }).window.document;
    expect(readMetadata(doc, doc.URL).steps).toEqual([STEPS[0], STEPS[1], STEPS[2]]);
    // Steps too short to know them by, or a single one, are not enough to go by.
    expect(stepKeys(['Mix.', 'Bake.'])).toEqual([]);
  });
});

describe("a recipe's ingredients set as a checklist", () => {
  it('keeps the labels of checkboxes outside a form on a page that declares a recipe, not the labels of a form or of another page', () => {
    const items = ['8 bone-in, skin-on chicken thighs (about 3 pounds)', '2 tablespoons olive oil', '1 cup pitted green olives, lightly crushed', '2 tablespoons cold unsalted butter'];
    const list = items.map((item, i) => `<p class="ingredient"><input type="checkbox" id="ing-${i}"><label for="ing-${i}"><span>${item}</span></label></p>`).join('');
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Recipe', name: 'Skillet chicken with olives' })}</script>`;
    const html = `<html lang="en"><head><title>Skillet chicken with olives</title>${ld}</head><body><main><article><h1>Skillet chicken with olives</h1>
      <p>${STEPS[0]}</p><section><h2>Ingredients</h2>${list}</section><section><h2>Directions</h2>${STEPS.slice(1).map((s) => `<p>${s}</p>`).join('')}</section>
      <form action="/newsletter"><input type="checkbox" id="consent"><label for="consent">Send me the weekly recipe letter</label><button>Sign up</button></form>
      </article></main></body></html>`;
    for (const dom of DOM_KINDS) {
      const body = extractArticle(html, { url: 'https://kitchen.example/recipes/skillet-chicken' }, { dom }).body;
      for (const item of items) expect(body, dom).toContain(item);
      expect(body, dom).not.toContain('weekly recipe letter');
      // The same checklist on a page that declares no recipe is a shop's filters or a log-in box's.
      const other = extractArticle(html.replace(ld, ''), { url: 'https://kitchen.example/recipes/skillet-chicken' }, { dom }).body;
      expect(other, dom).not.toContain(items[0]);
    }
  });
});
