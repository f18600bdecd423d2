import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/extract/budget.js';
import { parseHtml } from '../../src/extract/dom.js';
import { linkedomBuild } from '../../src/extract/linkedom-tree.js';
import { loadLinkedom } from '../../src/extract/light-events.js';

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

/** parse5's own tree as nested arrays: [name, attributes, children] or a text / comment string. */
function fromParse5(node: P5Parent): unknown[] {
  const out: unknown[] = [];
  const parent = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content : node;
  for (const child of parent.childNodes as P5Node[]) {
    if (child.nodeName === '#documentType') continue;
    if (child.nodeName === '#text') out.push(`text:${(child as DefaultTreeAdapterMap['textNode']).value}`);
    else if (child.nodeName === '#comment') out.push(`comment:${(child as DefaultTreeAdapterMap['commentNode']).data}`);
    else {
      const el = child as DefaultTreeAdapterMap['element'];
      out.push([el.tagName, el.attrs.map((a) => `${a.prefix ? `${a.prefix}:` : ''}${a.name}=${a.value}`), fromParse5(el)]);
    }
  }
  return out;
}

/** The same shape read from a DOM. */
function fromDom(node: Node): unknown[] {
  const out: unknown[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 10) continue;
    if (child.nodeType === 3) out.push(`text:${(child as Text).data}`);
    else if (child.nodeType === 8) out.push(`comment:${(child as Comment).data}`);
    else {
      const el = child as Element;
      out.push([el.localName, Array.from(el.attributes, (a) => `${a.name}=${a.value}`), fromDom(el)]);
    }
  }
  return out;
}

function built(html: string): Document {
  const doc = loadLinkedom().parseHTML('<!DOCTYPE html><html></html>').document as unknown as Document;
  doc.documentElement.remove();
  const build = linkedomBuild(doc);
  parse(html, { scriptingEnabled: false, treeAdapter: build.adapter });
  build.finish();
  return doc;
}

/** Markup where the tree differs from the tags: each case makes the parser repair something. */
const CASES: Record<string, string> = {
  'misnested formatting (adoption agency)': '<p>one <b>two <i>three</b> four</i> five</p><div><a href="x">a<div>b</a>c</div>',
  'formatting reopened in each block': '<p><b id=1>x</p><p><b id=2>y</p><p>z <em>w</p><p>v</p>',
  'foster parenting': '<table>lost text<tr><td>cell<p>para</td><b>bold</b></tr>more</table><table><tr>x<td>y</td></tr></table>',
  'template content': '<template><p>inside</p><td>cell</td></template><p>after</p>',
  'foreign content': '<svg viewBox="0 0 1 1"><foreignObject><p>html in svg</p></foreignObject><desc>d</desc></svg><math><mi>x</mi><annotation-xml encoding="text/html"><p>y</p></annotation-xml></math><p>after</p>',
  'repeated html and body tags': '<html lang="en"><body class="a"><p>x</p><html data-x="1" lang="fr"><body id="b" class="c"><p>y</p>',
  'comments and text around the root': '<!-- before --><html><!-- in --><head><title>T &amp; t</title></head><body>a&nbsp;b <br> c</body></html><!-- after -->',
  'runs of text split by the tokenizer': '<p>Hello, world: a  b\n\tc &lt; d &#x41; \u0000 e</p><pre>\nline</pre><textarea>\nraw <b>text</b></textarea>',
  'attributes in order, odd names': '<div z="1" a="2" m="3" data-x="4" xlink:href="5" 1bad="6" "q"="7">x</div><input type=hidden><select><option>a<option>b</select>',
  'frameset after body text': '<body><p>x</p><frameset><frame></frameset>',
};

describe('parse5 building linkedom directly', () => {
  for (const [name, html] of Object.entries(CASES)) {
    it(`gives parse5's own tree: ${name}`, () => {
      const reference = fromParse5(parse(html, { scriptingEnabled: false }));
      expect(fromDom(built(html))).toEqual(reference);
    });
  }

  it('builds the tree the pipeline reads, deep pages flattened to the budget', () => {
    // Nesting past the budget is flattened as the parse5 tree was (budget.ts).
    const deep = `<body>${'<div>'.repeat(MAX_DEPTH + 40)}<p>deep text</p>${'</div>'.repeat(MAX_DEPTH + 40)}<p>end</p></body>`;
    const page = parseHtml(deep, 'https://site.example/a');
    let depth = 0;
    for (let el: Element | null = page.document.querySelector('p'); el; el = el.parentElement) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(page.document.body.textContent).toContain('deep text');
    const shallow = parseHtml('<p>one <b>two</p><p>three</b></p>', 'https://site.example/b');
    expect(fromDom(shallow.document.body)).toEqual(fromParse5((parse('<p>one <b>two</p><p>three</b></p>').childNodes[0] as DefaultTreeAdapterMap['element']).childNodes[1] as P5Parent));
  });

  it("sets class attributes as linkedom's setAttribute does: names once each, single spaces, in the page's order of attributes", () => {
    const { parseHTML } = loadLinkedom();
    const html = '<div id="x" class="  b  a b\tc " data-n="1">t</div><p class="">e</p><span class="z">s</span>';
    const built = parseHtml(`<html><body>${html}</body></html>`, 'https://site.example/c').document;
    const own = parseHTML('<html><body></body></html>').document;
    for (const [tag, attrs] of [['div', [['id', 'x'], ['class', '  b  a b\tc '], ['data-n', '1']]], ['p', [['class', '']]], ['span', [['class', 'z']]]] as const) {
      const el = own.createElement(tag);
      // linkedom puts each new attribute first: set last to first, as the builder does.
      for (const [name, value] of [...attrs].reverse()) el.setAttribute(name, value);
      el.textContent = tag === 'div' ? 't' : tag === 'p' ? 'e' : 's';
      own.body.append(el);
    }
    expect(built.body.innerHTML).toBe(own.body.innerHTML);
    const [div, p] = [built.querySelector('div') as Element, built.querySelector('p') as Element];
    expect([div.className, Array.from(div.classList), div.getAttribute('class'), Array.from(div.attributes, (a) => a.name)]).toEqual(['b a c', ['b', 'a', 'c'], 'b a c', ['id', 'class', 'data-n']]);
    expect([p.hasAttribute('class'), p.getAttribute('class'), p.classList.length]).toEqual([true, '', 0]);
    expect(built.querySelectorAll('.a.c')).toHaveLength(1);
  });
});
