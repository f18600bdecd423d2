import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_BLOB_MIN_CHARS, prepareHtml } from '../../src/extract/prepare.js';

describe('prepareHtml', () => {
  it('drops scripts, styles, SVG and comments and keeps the text around them', () => {
    const html = `<html><head><style>p { color: red }</style><script src="a.js"></script>
<SCRIPT type="text/javascript">var s = "</div>"; if (a < b) {}</SCRIPT></head>
<body><p>One<!-- note --> two</p><svg viewBox="0 0 1 1"><path d="M0 0"/><title>icon</title></svg><p>three</p></body></html>`;
    const out = prepareHtml(html);
    expect(out).not.toMatch(/<script|<style|<svg|<!--|color: red|icon/i);
    expect(out).toContain('<p>One two</p>');
    expect(out).toContain('<p>three</p>');
  });

  it('keeps JSON-LD scripts, whatever the attribute quoting and case', () => {
    const ld = `<script type='application/LD+json'>{"@type":"NewsArticle","headline":"A <b> headline"}</script>`;
    const html = `<head>${ld}<script type="application/json">{"big":"blob"}</script></head>`;
    expect(prepareHtml(html)).toBe(`<head>${ld}</head>`);
  });

  it('reads quoted attribute values whole, so a ">" inside one does not end the tag', () => {
    const html = `<p title="a > b <!-- not a comment -->">kept</p><script data-x='>'>gone</script>`;
    expect(prepareHtml(html)).toBe(`<p title="a > b <!-- not a comment -->">kept</p>`);
  });

  it('leaves raw-text elements alone: a comment inside <title> or <textarea> is text', () => {
    const html = `<title>A <!-- b --> c</title><textarea><script>x</script></textarea><p>d</p>`;
    expect(prepareHtml(html)).toBe(html);
  });

  it('keeps an <svg> that holds HTML the parser would move out of it', () => {
    const html = `<svg><p>Real text inside a broken svg</p></svg>`;
    expect(prepareHtml(html)).toBe(html);
  });

  it('handles nested and self-closing SVG', () => {
    expect(prepareHtml(`a<svg><svg><g/></svg><rect/></svg>b<svg/>c`)).toBe('abc');
  });

  it('cuts inline data blobs but keeps small data URLs', () => {
    const blob = `data:image/png;base64,${'A'.repeat(DATA_BLOB_MIN_CHARS + 10)}`;
    const small = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const out = prepareHtml(`<img src="${blob}" alt="x"><img src="${small}">`);
    expect(out.length).toBeLessThan(600);
    expect(out).toMatch(/^<img src="data:image\/png;base64,A+" alt="x"><img src="data:image\/gif/);
    expect(out).toContain(small);
  });

  it('ends a script where the tokenizer does: a script written inside a comment in it does not end it', () => {
    const html = `<body><p>Before</p><script><!-- document.write('<script src="ad.js"></script>'); //--></script><p>After</p></body>`;
    const out = prepareHtml(html);
    expect(out).not.toMatch(/-->|document\.write|'\);/);
    expect(out).toContain('<p>Before</p>');
    expect(out).toContain('<p>After</p>');
    // A comment alone inside a script, or a script tag outside any comment, changes nothing.
    expect(prepareHtml('<script><!-- var a = 1; //--></script><p>x</p>')).toContain('<p>x</p>');
    expect(prepareHtml('<script>var t = "<script>";</script><p>y</p>')).toBe('<p>y</p>');
  });

  it('treats unclosed comments and scripts as running to the end of the page', () => {
    expect(prepareHtml('<p>a</p><!-- open')).toBe('<p>a</p>');
    expect(prepareHtml('<p>a</p><script>open')).toBe('<p>a</p>');
    expect(prepareHtml('<p>a</p><!--><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('reads past a style or a script inside an <svg>, so that a second pass strips nothing more', () => {
    for (const html of ['<svg><style><svg></style></svg>', '<svg><script><p>', '<p>a</p><svg><style>.x{}</style><path d="M0"/></svg><p>b</p>']) {
      const once = prepareHtml(html);
      expect(prepareHtml(once)).toBe(once);
    }
    expect(prepareHtml('<svg><style><svg></style></svg><p>b</p>')).toBe('<p>b</p>');
  });

  it('returns the same string when there is nothing to strip', () => {
    const html = '<p>plain <b>text</b> &amp; entities</p>';
    expect(prepareHtml(html)).toBe(html);
  });

  it('never throws and is idempotent on arbitrary markup-like input', () => {
    const piece = fc.constantFrom('<', '>', '"', "'", '=', '<!--', '-->', '<script>', '</script>', '<style>', '</style>', '<svg>', '</svg>', '<p>', '</p>', '<title>', '</title>', ' ', 'x', 'data:', '<script type="application/ld+json">', '<textarea>', '</textarea>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        const once = prepareHtml(html);
        expect(once.length).toBeLessThanOrEqual(html.length);
        expect(prepareHtml(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
