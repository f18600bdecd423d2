import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { DOM_KINDS } from '../../src/config.js';
import { collapsedLength, countWords, elementToText, normaliseSpace, shortText, textLength, tidy } from '../../src/extract/text.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function text(html: string): string {
  const page = parseHtml(`<!doctype html><html><body><article>${html}</article></body></html>`, 'https://news.example/a');
  open.push(page);
  return elementToText(page.document.querySelector('article') as Element);
}

describe('elementToText', () => {
  it('puts exactly one blank line between paragraphs', () => {
    expect(text('<p>One.</p>\n\n\n<p>Two.</p><div><p>Three.</p></div>')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('keeps headings as their own lines and list items as consecutive lines', () => {
    expect(text('<h2>Background</h2><p>Intro.</p><ul><li>First point</li><li>Second <b>point</b></li></ul><p>After.</p>')).toBe(
      'Background\n\nIntro.\n\nFirst point\nSecond point\n\nAfter.',
    );
  });

  it('normalises whitespace and decodes entities, leaving no tags', () => {
    const out = text('<p>  Caf&eacute;&nbsp;&amp;   bar\n\t<span>open</span>&#8212;late &lt;b&gt;  </p>');
    expect(out).toBe('Café & bar open—late <b>');
    expect(out).not.toMatch(/&[a-z]+;|&#\d+;/);
  });

  it('drops scripts, styles and zero-width characters', () => {
    expect(text('<p>Vis\u200bible<script>var x = 1;</script><style>p{}</style> text\u00ad.</p>')).toBe('Visible text.');
  });

  it('keeps a zero-width joiner or non-joiner between two letters or emoji it joins, and drops it beside ASCII', () => {
    expect(text('<p>\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u{1F468}\u200d\u{1F469}\u200d\u{1F467}</p>')).toBe('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u{1F468}\u200d\u{1F469}\u200d\u{1F467}');
    expect(text('<p>Auf\u200clage \u200dthe end\u200c</p>')).toBe('Auflage the end');
  });

  it('keeps a line break inside a paragraph as a line', () => {
    expect(text('<p>Line one<br>Line two</p>')).toBe('Line one\nLine two');
  });

  it('reads two line breaks in a row as a paragraph break, as a browser shows them', () => {
    expect(text('<div>Hallo zusammen,<br />\n<br />\nwir haben ein Haus gekauft.<br><br><br>Danke!<br>Anna</div>')).toBe('Hallo zusammen,\n\nwir haben ein Haus gekauft.\n\nDanke!\nAnna');
    expect(text('<ul><li>One</li><li>Two<br></li></ul>')).toBe('One\nTwo');
    expect(text('<pre>a<br><br>b</pre>')).toBe('a\nb');
  });

  it('treats source line breaks as spaces, except inside <pre>', () => {
    expect(text('<p>One\nsentence\r\nhere.</p><pre>a  b\nc</pre>')).toBe('One sentence here.\n\na b\nc');
  });

  it('keeps list items inside a paragraph-level block as lines', () => {
    expect(text('<div>Intro<ol><li><p>One</p></li><li>Two</li></ol>Outro</div>')).toBe('Intro\n\nOne\n\nTwo\n\nOutro');
  });

  it('separates table cells and rows', () => {
    expect(text('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>')).toBe('a b\nc d');
  });

  it('gives an empty string for an empty article', () => {
    expect(text('<div> \n </div>')).toBe('');
  });
});

describe('text utilities', () => {
  it('tidy collapses blank runs and trims lines', () => {
    expect(tidy('  a  \n\n\n\n b \n c\n\n')).toBe('a\n\nb\nc');
  });
  it('normaliseSpace turns no-break spaces into spaces', () => {
    expect(normaliseSpace('a\u00a0\u00a0b')).toBe('a b');
  });
  it('countWords counts words with apostrophes and hyphens once', () => {
    expect(countWords("It's a well-known fact — 42 times.")).toBe(6);
  });
  it('countWords counts each Chinese or Japanese character as a word, and Korean by its spaces', () => {
    expect(countWords('港口重新开放。')).toBe(6);
    expect(countWords('東京の港が再開')).toBe(7);
    expect(countWords('iPhone发布会 2024')).toBe(5);
    expect(countWords('항구가 다시 열렸다')).toBe(3);
  });
});

describe('shortText', () => {
  const HTML = '<div id="line">\n  <span>By</span>\u00a0<a href="/j">Jane Doe</a>\n  <time>May 3</time>\n</div><div id="story"><h1>Title</h1><p>First paragraph of the story.</p><section><p>Second <b>one</b>.</p></section></div>';
  for (const dom of DOM_KINDS) {
    it(`gives textContent when the visible characters fit, null beyond them (${dom} DOM)`, () => {
      const page = parseHtml(`<!doctype html><html><body>${HTML}</body></html>`, 'https://news.example/a', dom);
      open.push(page);
      const line = page.document.getElementById('line') as Element;
      const story = page.document.getElementById('story') as Element;
      const visible = (el: Element): number => (el.textContent ?? '').replace(/\s/g, '').length;
      // White space, the no-break space too, does not count towards the limit.
      expect(shortText(line, visible(line))).toBe(line.textContent);
      expect(shortText(line, visible(line) - 1)).toBeNull();
      expect(shortText(story, visible(story))).toBe(story.textContent);
      expect(shortText(story, 10)).toBeNull();
      expect(shortText(story.querySelector('section') as Element, 100)).toBe('Second one.');
    });
  }
});

describe('textLength', () => {
  for (const dom of DOM_KINDS) {
    it(`counts characters with runs of white space as one and the ends trimmed (${dom} DOM)`, () => {
      const page = parseHtml('<body><div id="a">\n  <p> One\u00a0\u2003 two </p>\n<p>three\u3000</p>  <b></b></div><div id="b"> \n </div></body>', 'https://news.example/', dom);
      open.push(page);
      for (const id of ['a', 'b']) {
        const el = page.document.getElementById(id) as Element;
        expect(textLength(el)).toBe((el.textContent ?? '').replace(/\s+/g, ' ').trim().length);
      }
      expect(textLength(page.document.getElementById('a') as Element)).toBe('One two three'.length);
    });
  }
});

describe('collapsedLength', () => {
  /** What collapsedLength answers for. */
  const byRegex = (text: string): number => text.replace(/\s+/g, ' ').trim().length;
  // Every character \s matches, and some it does not (zero-width space, joiner, NEL, Mongolian vowel separator).
  const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u200d', '\u0085', '\u180e'];

  it('counts what the regular expression leaves', () => {
    for (const text of ['', ' ', '  \n ', 'a', ' a ', 'one  two', '\u00a0One\u2003 two\n\nthree\u3000']) expect(collapsedLength(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it('agrees with the regular expression on any text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...SPACES, 'a', '中', '😀', '.'), { maxLength: 16 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => collapsedLength(t) === byRegex(t)), { numRuns: 5000 });
  });
});
