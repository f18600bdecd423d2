import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody, repairEncoding, utf8Evidence } from '../../src/fetch/decode.js';
import { closeDispatchers } from '../../src/fetch/http.js';
import { fetchPage } from '../../src/fetch/page.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { encode } from './encode.js';
import { testOptions } from './helpers.js';
import { extractArticle, get } from '../../src/pipeline.js';

const RU = 'Городской совет в понедельник утвердил бюджет на следующий год. «Мы долго спорили, но нашли решение», — сказал председатель совета. Жители района надеются, что новые деньги пойдут на ремонт дорог и школ.';
const SAMPLES: readonly { charset: string; text: string }[] = [
  { charset: 'windows-1251', text: RU },
  { charset: 'koi8-r', text: RU.replace(/[«»]/g, '"').replace('—', '-') },
  { charset: 'iso-8859-1', text: "Le conseil municipal a adopté lundi le budget de l'année prochaine. « Nous avons longuement débattu », a déclaré la présidente. Les habitants espèrent que les écoles et les rues en profiteront dès cet été." },
  { charset: 'iso-8859-2', text: 'Rada miasta przyjęła w poniedziałek budżet na przyszły rok. "Długo dyskutowaliśmy, ale znaleźliśmy rozwiązanie" - powiedział przewodniczący. Mieszkańcy liczą, że pieniądze trafią na remonty dróg i szkół.' },
  { charset: 'windows-1253', text: 'Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα τον προϋπολογισμό του επόμενου έτους. «Συζητήσαμε πολύ, αλλά βρήκαμε λύση», δήλωσε ο πρόεδρος.' },
  { charset: 'shift_jis', text: '市議会は月曜日、来年度の予算案を可決した。「長い議論だったが、結論を出せた」と議長は述べた。住民は道路や学校の修繕に予算が使われることを期待している。' },
  { charset: 'euc-jp', text: '市議会は月曜日、来年度の予算案を可決した。「長い議論だったが、結論を出せた」と議長は述べた。住民は道路や学校の修繕に予算が使われることを期待している。' },
  { charset: 'gb18030', text: '市议会周一通过了明年的预算案。议长表示：“经过长时间的讨论，我们终于达成了一致。”居民们希望这笔资金能用于修缮道路和学校。' },
  { charset: 'big5', text: '市議會週一通過了明年的預算案。議長表示：「經過長時間的討論，我們終於達成了一致。」居民們希望這筆資金能用於修繕道路和學校。' },
  { charset: 'euc-kr', text: '시의회는 월요일 내년도 예산안을 통과시켰다. 의장은 "오랜 논의 끝에 결론을 냈다"고 말했다. 주민들은 도로와 학교 보수에 예산이 쓰이기를 기대하고 있다.' },
];
/** The charsets chardet tells apart reliably on a paragraph; the rest are tested declared only. */
const DETECTABLE = new Set(['windows-1251', 'iso-8859-1', 'windows-1253', 'shift_jis', 'euc-jp', 'gb18030', 'big5', 'euc-kr']);

type Way = 'header' | 'meta charset' | 'meta http-equiv' | 'undeclared';
function page(text: string, charset: string, way: Way): { body: Buffer; contentType: string } {
  const meta = way === 'meta charset' ? `<meta charset="${charset}">` : way === 'meta http-equiv' ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : '';
  const html = `<!doctype html><html><head>${meta}<title>t</title></head><body><p>${text}</p></body></html>`;
  return { body: encode(html, charset), contentType: way === 'header' ? `text/html; charset=${charset}` : 'text/html' };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const sample = SAMPLES.find((s) => s.charset === u.searchParams.get('cs'));
    if (!sample) return void res.writeHead(404).end();
    const { body, contentType } = page(sample.text, sample.charset, u.searchParams.get('way') as Way);
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
  });
});
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

describe('the test encoder matches published code charts', () => {
  it.each([
    ['Привет', 'windows-1251', 'cff0e8e2e5f2'],
    ['Привет', 'koi8-r', 'f0d2c9d7c5d4'],
    ['été', 'iso-8859-1', 'e974e9'],
    ['日本語', 'shift_jis', '93fa967b8cea'],
    ['中文', 'gb18030', 'd6d0cec4'],
    ['中文', 'big5', 'a4a4a4e5'],
    ['한국', 'euc-kr', 'c7d1b1b9'],
  ])('%s in %s', (text, charset, hex) => {
    expect(encode(text, charset).toString('hex')).toBe(hex);
  });
});

describe('charsets over HTTP', () => {
  const cases: [string, Way][] = [];
  for (const s of SAMPLES) {
    for (const way of ['header', 'meta charset', 'meta http-equiv', 'undeclared'] as Way[]) {
      if (way !== 'undeclared' || DETECTABLE.has(s.charset)) cases.push([s.charset, way]);
    }
  }
  it.each(cases)('%s declared by %s comes out right', async (charset, way) => {
    const sample = SAMPLES.find((s) => s.charset === charset);
    const result = await fetchPage(server.url(`/?cs=${charset}&way=${encodeURIComponent(way)}`), testOptions());
    expect(result.html).toContain(sample?.text);
  });
});

describe('decodeBody', () => {
  const html = (text: string) => `<html><head><title>x</title></head><body><p>${text}</p></body></html>`;

  it('lets a BOM win over the header, as browsers do', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html(RU))]);
    const d = decodeBody(body, 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(d.text).toContain(RU);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s with its BOM', (charset) => {
    const bom = charset === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const d = decodeBody(Buffer.concat([Buffer.from(bom), encode(html(RU), charset)]), 'text/html');
    expect(d).toMatchObject({ charset, source: 'bom' });
    expect(d.text).toContain(RU);
  });

  it.each([
    ['a header naming ISO-8859-1', 'text/html; charset=ISO-8859-1', ''],
    ['a meta tag naming latin1', 'text/html', '<meta charset="latin1">'],
    ['a header naming windows-1252', 'text/html; charset=windows-1252', ''],
    ['nothing', 'text/html', ''],
  ])('reads 0x80-0x9F as windows-1252 under %s (curly quotes, dashes, the euro sign)', (_way, contentType, meta) => {
    // „So ein Wochenende hatten wir noch nie“ – sagt der Wirt, der 3 € pro Parkplatz nimmt. ’s Wetter … ™
    const text = 'So ein Wochenende hatten wir noch nie, sagt der Wirt in der Fränkischen Schweiz, der für jeden Parkplatz drei Euro nimmt und sich über die Ausflügler freut.';
    const bytes = Buffer.concat([
      Buffer.from(`<html><head>${meta}<title>x</title></head><body><p>`, 'latin1'),
      Buffer.from([0x84]), Buffer.from(text, 'latin1'), Buffer.from([0x93, 0x20, 0x96, 0x20, 0x33, 0x20, 0x80, 0x20, 0x92, 0x85, 0x99, 0x8a, 0x9f]),
      Buffer.from('</p></body></html>', 'latin1'),
    ]);
    const d = decodeBody(bytes, contentType);
    expect(d.charset).toBe('windows-1252');
    expect(d.text).toContain(`„${text}“ – 3 € ’…™ŠŸ`);
    expect(d.text).not.toMatch(/[\x80-\x9f]/);
  });

  it('prefers the header to the meta tag', () => {
    const body = encode(`<meta charset="koi8-r">${html(RU)}`, 'windows-1251');
    expect(decodeBody(body, 'text/html; charset="Windows-1251"')).toMatchObject({ charset: 'windows-1251', source: 'header' });
  });

  it('passes over a UTF-8 header that the bytes refute and uses the meta tag', () => {
    const body = encode(`<meta charset="windows-1251">${html(RU)}`, 'windows-1251');
    const d = decodeBody(body, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'meta' });
    expect(d.text).toContain(RU);
  });

  it('keeps a UTF-8 label over a page with a few stray legacy bytes, which become U+FFFD', () => {
    const text = 'The café owners on the quay said the council’s plan — a new sea wall — came “too late” for them. ';
    // A Word apostrophe pasted as a raw windows-1252 byte, twice in the page.
    const stray = (s: string): Buffer => Buffer.concat(s.split('\x92').flatMap((part, i) => (i ? [Buffer.from([0x92]), Buffer.from(part)] : [Buffer.from(part)])));
    const body = stray(html(`${text.repeat(2)}The mayor\x92s office and the harbour master\x92s staff did not reply.`));
    const d = decodeBody(body, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'header' });
    expect(d.text).toContain(text);
    expect(d.text).toContain('The mayor\ufffds office');
    // Mislabelled legacy text is still refused: its chance UTF-8 sequences are far fewer than its invalid bytes.
    for (const { charset, text: legacy } of SAMPLES.filter((x) => ['euc-kr', 'gb18030', 'shift_jis', 'big5'].includes(x.charset))) {
      expect(decodeBody(encode(html(legacy), charset), 'text/html; charset=utf-8').charset).toBe(charset);
    }
  });

  it('passes over a legacy header when the bytes are plainly UTF-8', () => {
    const d = decodeBody(Buffer.from(html(RU)), 'text/html; charset=ISO-8859-1');
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(RU);
  });

  it('detects windows-1251 when nothing is declared', () => {
    expect(decodeBody(encode(html(RU), 'windows-1251'), null)).toMatchObject({ charset: 'windows-1251', source: 'detected' });
  });

  it('ignores unknown labels, and the "replacement" labels that would blank the page', () => {
    for (const label of ['x-no-such-charset', 'iso-2022-kr', 'hz-gb-2312', '']) {
      const d = decodeBody(Buffer.from(html('plain text')), `text/html; charset=${label}`);
      expect(d.text).toContain('plain text');
    }
  });

  it('treats a meta tag claiming UTF-16 as UTF-8 (the tag itself was read as ASCII)', () => {
    const d = decodeBody(Buffer.from(`<meta charset="utf-16">${html(RU)}`), 'text/html');
    expect(d).toMatchObject({ charset: 'utf-8', source: 'meta' });
  });

  it('skips meta tags inside comments and finds one after a long head', () => {
    const commented = `<!-- <meta charset="koi8-r"> --><meta charset="windows-1251">${html(RU)}`;
    expect(decodeBody(encode(commented, 'windows-1251'), null).source).toBe('meta');
    expect(decodeBody(encode(commented, 'windows-1251'), null).charset).toBe('windows-1251');
    const late = `<script>${'var a = 1;\n'.repeat(200)}</script><meta charset="windows-1251">${html(RU)}`;
    expect(decodeBody(encode(late, 'windows-1251'), null)).toMatchObject({ charset: 'windows-1251', source: 'meta' });
  });

  it('reads an XML declaration, and a <meta> pushed past the first kilobytes by scripts', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${RU}</p></body></html>`;
    expect(decodeBody(encode(xml, 'windows-1251'), null)).toMatchObject({ charset: 'windows-1251', source: 'meta' });
    const PL = 'Nowy wał przeciwpowodziowy ochroni Żółtą Łąkę, mówią mieszkańcy.';
    const far = `<head><script>${'var a = 1;\n'.repeat(1500)}</script><meta charset="iso-8859-2"></head>${html(PL)}`;
    const d = decodeBody(encode(far, 'iso-8859-2'), null);
    expect(d).toMatchObject({ charset: 'iso-8859-2', source: 'meta' });
    expect(d.text).toContain(PL);
  });

  it("reads an ISO-8859 label over bytes in 0x80-0x9F as the label's Windows code page", () => {
    const PL = 'Nowy wał przeciwpowodziowy ochroni Żółtą Łąkę – mówią mieszkańcy Śląska.';
    const d = decodeBody(encode(`<meta charset="iso-8859-2">${html(PL)}`, 'windows-1250'), null);
    expect(d.charset).toBe('windows-1250');
    expect(d.text).toContain(PL);
    const FR = 'Le ticket passera à 1,80 € – « enfin », disent les usagers.';
    // windows-1252 bytes written by hand: € is 0x80 and – 0x96 there (some Node versions decode the label as Latin-1).
    const cp1252 = Buffer.from(html(FR).replace('€', '\x80').replace('–', '\x96'), 'latin1');
    expect(decodeBody(cp1252, 'text/html; charset=iso-8859-15').text).toContain(FR);
    // A real ISO-8859-2 page, with no byte in that range, keeps its label.
    expect(decodeBody(encode(`<meta charset="iso-8859-2">${html('Żółta łąka, ś i ą.')}`, 'iso-8859-2'), null).charset).toBe('iso-8859-2');
  });

  it('takes two valid UTF-8 sequences and no invalid byte over a legacy label', () => {
    const d = decodeBody(Buffer.from(`<meta charset="iso-8859-1">${html('The café reopened — at last.')}`), null);
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain('The café reopened — at last.');
  });

  it('recognises ISO-2022-JP (seven-bit) and UTF-16 without a byte-order mark', () => {
    const JA = '港町の夏祭り、三年ぶりに花火大会が復活へ';
    const jis = Buffer.concat([Buffer.from('<html><head><title>'), Buffer.from('\x1b$B9AD.$NE_:W\x1b(B', 'latin1'), Buffer.from('</title></head><body><p>x</p></body></html>')]);
    expect(decodeBody(jis, null).charset).toBe('iso-2022-jp');
    expect(decodeBody(jis, null).text).not.toContain('\x1b');
    const wide = Buffer.from(`<!doctype html><html lang="ja"><head><title>t</title></head><body><p>${JA}</p></body></html>`, 'utf16le');
    const d = decodeBody(wide, 'text/html');
    expect(d.charset).toBe('utf-16le');
    expect(d.text).toContain(JA);
  });

  it('keeps a UTF-8 page with a stray invalid byte as UTF-8, the byte replaced', () => {
    const body = Buffer.concat([Buffer.from(html(RU)), Buffer.from([0xff]), Buffer.from(html(RU))]);
    const d = decodeBody(body, 'text/html');
    expect(d.charset).toBe('utf-8');
    expect(d.text).toContain(`${RU}`);
    expect(d.text).toContain('\uFFFD');
  });

  it('does not mistake a multibyte character cut at the sample edge for invalid UTF-8', () => {
    const filler = 'a'.repeat(64 * 1024 - 1);
    const d = decodeBody(Buffer.from(`${filler}ж${html(RU)}`), null);
    expect(d.charset).toBe('utf-8');
  });

  it('keeps NUL bytes and invalid UTF-8 from throwing', () => {
    const body = Buffer.concat([Buffer.from('<p>before'), Buffer.from([0, 0, 0xc3, 0x28, 0xe2, 0x82, 0, 0xf0, 0x28]), Buffer.from('after</p>')]);
    const d = decodeBody(body, 'text/html; charset=utf-8');
    expect(d.text).toMatch(/^<p>before.*after<\/p>$/s);
  });

  it('counts UTF-8 evidence', () => {
    expect(utf8Evidence(Buffer.from('жж'))).toEqual({ multibyte: 2, invalid: 0 });
    expect(utf8Evidence(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toMatchObject({ multibyte: 0 });
    expect(utf8Evidence(encode('простой', 'windows-1251')).invalid).toBeGreaterThan(0);
  });
});

describe('a Content-Type charset that lies', () => {
  // A windows-1251 news page as such sites serve them: tens of kilobytes of inline script
  // before the title, Cyrillic navigation, no <meta charset>, and a server that labels every
  // file UTF-8. Before, the first 64 KB (all ASCII) "proved" the label and the title came out
  // as U+FFFD; with a shorter script, detection over the whole page guessed windows-1252.
  const TITLE = 'Городской совет утвердил бюджет';
  const realPage = (script: number): string => `<!doctype html><html lang="ru"><head><meta name="viewport" content="width=device-width">
<script>${'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}\n'.repeat(script)}</script>
<title>${TITLE} — Городские новости</title></head><body>
<nav><a href="/">Главная</a> <a href="/city">Город</a> <a href="/sport">Спорт</a></nav>
<article><h1>${TITLE}</h1>${`<p>${RU}</p>`.repeat(5)}</article></body></html>`;

  let liar: TestServer;
  beforeAll(async () => {
    liar = await startServer((req, res) => {
      const script = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('script'));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(encode(realPage(script), 'windows-1251'));
    });
  });
  afterAll(() => liar.close());

  it.each([0, 40, 1_200])('reads a windows-1251 page labelled utf-8 (%i lines of script first)', async (script) => {
    const record = await get(liar.url(`/?script=${script}`), testOptions());
    if ('error' in record) throw new Error(record.error.message);
    expect(record.title).toBe(TITLE);
    expect(record.body).toContain('Городской совет в понедельник утвердил бюджет');
    expect(record.body).not.toContain('\uFFFD');
  });

  it('a label that the bytes cannot decode is passed over too', () => {
    const d = decodeBody(encode(realPage(40), 'windows-1251'), 'text/html; charset=shift_jis');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'detected' });
  });

  it('a label the bytes agree with is kept, whatever ASCII comes first', () => {
    const d = decodeBody(encode(realPage(1_200), 'windows-1251'), 'text/html; charset=windows-1251');
    expect(d).toMatchObject({ charset: 'windows-1251', source: 'header' });
    expect(decodeBody(Buffer.from(realPage(1_200)), 'text/html; charset=utf-8')).toMatchObject({ charset: 'utf-8', source: 'header' });
  });
});

describe('text a site stored in the wrong encoding', () => {
  // What a UTF-8 string becomes when its bytes are read as windows-1252 (or Latin-1, where
  // windows-1252 has no character) and written out as UTF-8 again.
  const twice = (text: string): string =>
    Array.from(Buffer.from(text, 'utf8'), (b) => decodeBody(Uint8Array.of(b), 'text/html; charset=windows-1252').text).join('');
  const latin1Twice = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

  it('reads back UTF-8 encoded twice, whether the bytes went through windows-1252 or Latin-1', () => {
    expect(twice('The harbour’s ferries — “on time” … São Tomé, Ærø, €5')).toBe('The harbourâ€™s ferries â€” â€œon timeâ€\u009d â€¦ SÃ£o TomÃ©, Ã†rÃ¸, â‚¬5');
    expect(repairEncoding(twice('The harbour’s ferries — “on time” … São Tomé, Ærø, €5'))).toBe('The harbour’s ferries — “on time” … São Tomé, Ærø, €5');
    expect(repairEncoding(latin1Twice('A Harbour Investor’s Guide ¶ 10 °C'))).toBe('A Harbour Investor’s Guide ¶ 10 °C');
    expect(repairEncoding(twice('Hafenfähre für 12 € — Ελλάδα, Россия 🚢 ⭐️ ⟨bug@harbour.example⟩ Tiếng Việt'))).toBe('Hafenfähre für 12 € — Ελλάδα, Россия 🚢 ⭐️ ⟨bug@harbour.example⟩ Tiếng Việt');
  });

  it('reads it back from character references too, and decodes no other reference', () => {
    expect(repairEncoding('<p>isn&acirc;&euro;&trade;t &#195;&#169;t&#195;&#169; &lt;b&gt; &amp;amp; caf&eacute;&nbsp;&raquo;</p>')).toBe('<p>isn’t été &lt;b&gt; &amp;amp; caf&eacute;&nbsp;&raquo;</p>');
    // Without the sign anywhere, references stay as they are.
    expect(repairEncoding('<p>&#195;&#169;t&#195;&#169; caf&eacute;&nbsp;&raquo;</p>')).toBe('<p>&#195;&#169;t&#195;&#169; caf&eacute;&nbsp;&raquo;</p>');
  });

  it("reads windows-1252's punctuation stored as the control characters at its codes", () => {
    expect(repairEncoding('I shouldn\u0092t have \u0093said\u0094 it \u0096 twice\u0085')).toBe('I shouldn’t have “said” it – twice…');
    // Codes windows-1252 leaves empty stay as they are.
    expect(repairEncoding('a\u0081b')).toBe('a\u0081b');
  });

  it('leaves text alone that shows no sign of it, and text around what it reads back', () => {
    // Latin-1 letters and signs after "Â" or "Ã" may be meant; only 0x80-0x9F after a lead byte tells.
    for (const text of ['Café Â© Harbour', 'Ã¼ber and ÃÂ© stay as they are', 'naïve “quotes” — dashes … and € are text']) {
      expect(repairEncoding(text)).toBe(text);
    }
    // Once the sign is there, what does not form a character stays, and so does what forms one
    // no Western page holds: a French "é »" is no Chinese character.
    expect(repairEncoding('Le café… Ã©tÃ© « voilà\u00a0» et é\u00a0» — harbourâ€™s')).toBe('Le café… été « voilà\u00a0» et é\u00a0» — harbour’s');
    expect(repairEncoding('harbourâ€™s Ã( Â€x')).toBe('harbour’s Ã( Â€x');
  });

  it('gives a page encoded twice a clean title, body and quotes', () => {
    const page = `<html><head><meta charset="utf-8"><title>${twice('Ferry reaches Ærø on time, the board’s “first” in weeks')}</title></head><body><article>
      <h1>${twice('Ferry reaches Ærø on time, the board’s “first” in weeks')}</h1>
      ${['The harbour board’s new ferry left the pier at 6:00 on Monday, and it reached Ærø on time.', '“It was the first crossing in weeks without a delay,” said Søren Holm, who runs the terminal’s café.', 'Passengers paid €5 each, the same fare as last year — the board had promised that it would not rise.']
        .map((p) => `<p>${twice(p)}</p>`)
        .join('\n')}
    </article></body></html>`;
    const record = extractArticle(page, { url: 'https://harbour.example/ferry' }, { quotes: true, keepNonArticles: true });
    expect(record.title).toBe('Ferry reaches Ærø on time, the board’s “first” in weeks');
    expect(record.body).toContain('reached Ærø on time');
    expect(record.body).toContain('Passengers paid €5 each, the same fare as last year — the board');
    expect(record.body).not.toMatch(/[\u0080-\u009f]|â€|Ã/);
    expect(record.quotes.map((q) => [q.text, q.speaker])).toContainEqual(['It was the first crossing in weeks without a delay', 'Søren Holm']);
  });
});
