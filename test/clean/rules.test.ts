import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanAfterReadability, isBoilerplateLine, isDateline, isShareBar } from '../../src/clean/after.js';
import { commentHeading, isBoilerplateHeading } from '../../src/clean/labels.js';
import { SIGNOFF_LINE } from '../../src/clean/rules.js';
import { cleanBeforeReadability, removeFurniture, WIDGET_MARK, widgetKind } from '../../src/clean/before.js';
import { nameWords } from '../../src/extract/attributes.js';
import { DOM_KINDS } from '../../src/config.js';
import { parseHtml } from '../../src/extract/dom.js';
import { extractArticle } from '../../src/pipeline.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { judgeArticle, proseWords, urlShape } from '../../src/clean/verdict.js';
import { buildGraph } from '../../src/extract/jsonld.js';
import type { Json } from '../../src/extract/jsonld.js';
import { taxonomyPage } from '../../src/clean/address.js';
import { listingTemplate } from '../../src/clean/signals.js';
import { elementToText } from '../../src/extract/text.js';

const PARA = 'The council voted on Tuesday night to approve the harbour plan, after a debate that lasted almost four hours and ended close to midnight.';

/** `check` on the page as each DOM builder parses it, one test per builder. */
function onEachDom(name: string, html: string, check: (doc: Document) => void): void {
  for (const kind of DOM_KINDS) {
    it(`${name} (${kind} DOM)`, () => {
      const dom = parseHtml(html, 'https://news.example/harbour', kind);
      try {
        check(dom.document);
      } finally {
        dom.close();
      }
    });
  }
}

/** The furniture kind widgetKind reads for each element directly in `body`. */
function kindsOf(body: string): (string | null)[] {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  return Array.from(doc.body.children).map((el) => widgetKind(el));
}

function clean(html: string): string {
  const doc = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  cleanAfterReadability(root);
  return elementToText(root);
}

describe('line tests', () => {
  it('recognises datelines but not sentences with dates', () => {
    expect(isDateline('Updated Nov 19, 2019, 6:55 AM EST')).toBe(true);
    expect(isDateline('Publié le 12 mai 2024 à 09h14')).toBe(true);
    expect(isDateline('On Nov 19, 2019 the council met.')).toBe(false);
    expect(isDateline('Опубликовано 17 января 2024, 08:30')).toBe(true);
    expect(isDateline('Publisert 5. desember 2023 kl. 09.14')).toBe(true);
    expect(isDateline('17 января 2024 года горожане вышли на забег')).toBe(false);
    // A media item's kind and length beside the date goes with it; alone it is no dateline.
    expect(isDateline('20.07.2021 | 18:30 Uhr | Video, 2 Min.')).toBe(true);
    expect(isDateline('12 mai 2024 · Vidéo 02:31')).toBe(true);
    expect(isDateline('Video, 2 Min.')).toBe(false);
  });
  it('takes a reading time for a dateline, but not minutes alone', () => {
    expect(isDateline('5 min read')).toBe(true);
    expect(isDateline('3 Min. Lesezeit')).toBe(true);
    expect(isDateline('Temps de lecture : 4 min')).toBe(true);
    expect(isDateline('25 Min.')).toBe(false);
    expect(isDateline('Cook 25 minutes')).toBe(false);
    expect(isDateline('Read 5 minutes a day')).toBe(false);
    expect(isDateline('Lecture 3 - 50 min')).toBe(false);
    expect(isDateline('Reading time: 6 minutes')).toBe(true);
  });
  it('takes a date with a reading time beside it for a dateline, in each language the reading time is known in', () => {
    expect(isDateline('03.12.2026 | 14:05 Uhr | Lesezeit: 3 Min.')).toBe(true);
    expect(isDateline('3 décembre 2026 · Temps de lecture : 4 min')).toBe(true);
    expect(isDateline('3 de diciembre de 2026 - 5 minutos de lectura')).toBe(true);
    expect(isDateline('Dec 3, 2026 | 4 min read')).toBe(true);
    // Without a date the other part is not a dateline's.
    expect(isDateline('Harbour plan | Lesezeit: 3 Min.')).toBe(false);
    expect(isDateline('Lecture 3 | 50 min')).toBe(false);
  });
  it('takes two labelled dates run together, with a media length or a desk beside them, for a dateline', () => {
    expect(isDateline('Published: Nov. 13, 2024 at 6:42 PM EST Updated: Nov. 13, 2024 at 7:05 PM EST 2:47')).toBe(true);
    expect(isDateline('Published: Nov. 13, 2024 at 6:42 PM EST Last updated: Nov. 13, 2024 at 7:05 PM EST')).toBe(true);
    expect(isDateline('Redaktion Blaulicht · Veröffentlicht am 03.11.2024 um 00:35 Uhr · Zuletzt aktualisiert am 03.11.2024 um 10:10 Uhr')).toBe(true);
    expect(isDateline('Erstellt: 3. November 2025, 11:30 Uhr Aktualisiert: 3. November 2025, 19:05 Uhr')).toBe(true);
    // Times set apart from their dates by a dash, and the agency signing them.
    expect(isDateline('dpa 31.10.2025 – 10:07 Uhr Aktualisiert: 31.10.2025 – 12:40 Uhr')).toBe(true);
    expect(isDateline('Ticket office · 10:00 – 12:30')).toBe(false);
    expect(isDateline('This page was last updated on Sunday, January 5, 2025 at 12:13 AM EST.')).toBe(false);
    // One date beside a section's name, a sentence beside two dates, a label alone: no dateline.
    expect(isDateline('Sports · March 3, 2024')).toBe(false);
    expect(isDateline('The council met. · March 3, 2024 · March 4, 2024')).toBe(false);
    expect(isDateline('Updated')).toBe(false);
  });
  it('takes two datelines in one line, and a labelled time told relative to now, for a dateline', () => {
    expect(isDateline('| Published: Mar. 3, 2025 at 5:42 PM EST | Updated: 2 hours ago')).toBe(true);
    expect(isDateline('Published: Mar. 3, 2025 at 5:42 PM EST | Updated: Mar. 3, 2025 at 7:00 PM EST')).toBe(true);
    expect(isDateline('Aktualisiert vor 3 Stunden')).toBe(true);
    // Unlabelled, a relative time heads a live entry; with other words it is a sentence's.
    expect(isDateline('2 hours ago')).toBe(false);
    expect(isDateline('Harbour plan | Updated: 2 hours ago')).toBe(false);
  });
  it('takes a date with a reading time set after it with no separator (spans of one line) for a dateline', () => {
    expect(isDateline('20.05.2025, 21:40 Uhr 3 Min. Lesezeit')).toBe(true);
    expect(isDateline('Feb 11, 2025 6 min read')).toBe(true);
    expect(isDateline('Harbour plan 3 Min. Lesezeit')).toBe(false);
  });
  it('recognises boilerplate headings and share bars', () => {
    expect(isBoilerplateHeading('Latest Stories')).toBe(true);
    expect(isBoilerplateHeading('More from Business:')).toBe(true);
    expect(isBoilerplateHeading('À lire aussi')).toBe(true);
    expect(isBoilerplateHeading('Next gallery')).toBe(true);
    expect(isBoilerplateHeading('Weitere Bildergalerien')).toBe(true);
    expect(isBoilerplateHeading('More Great Harbour Stories')).toBe(true);
    expect(isBoilerplateHeading('Other columns by Ruth Abernethy')).toBe(true);
    expect(isBoilerplateHeading('More by this author')).toBe(true);
    expect(isBoilerplateHeading('The latest on the strike')).toBe(false);
    // The commonest labels of other languages, a Turkish capital "İ" read as an "i".
    expect(isBoilerplateHeading('Czytaj także')).toBe(true);
    expect(isBoilerplateHeading('Читайте также')).toBe(true);
    expect(isBoilerplateHeading('İLGİNİZİ ÇEKEBİLİR')).toBe(true);
    expect(isBoilerplateHeading('関連記事')).toBe(true);
    expect(isBoilerplateHeading('Czytaj także, co radni mówią o budżecie')).toBe(false);
    expect(isBoilerplateLine('İLGİNİZİ ÇEKEBİLİR: Körfezde balık ölümleri')).toBe(true);
    expect(isBoilerplateLine('Lees ook: Nieuwe brug over de Maas')).toBe(true);
    expect(isBoilerplateLine('（责任编辑：陈静）')).toBe(true);
    expect(isBoilerplateLine('Помітили помилку? Виділіть її та натисніть Ctrl+Enter.')).toBe(true);
    expect(isBoilerplateLine('Dołącz do nas na Facebooku! Publikujemy najciekawsze artykuły.')).toBe(true);
    expect(isBoilerplateHeading('Reklama')).toBe(true);
    expect(isBoilerplateLine('Reklama w internecie rośnie szybciej niż w telewizji, wynika z raportu opublikowanego w środę.')).toBe(false);
    expect(commentHeading('Komentarze: 12')).toBe(true);
    expect(commentHeading('Обсуждение (6)')).toBe(true);
    expect(commentHeading('3 yorum')).toBe(true);
    // An obituary's guestbook of condolences.
    expect(commentHeading('Memories and Condolences')).toBe(true);
    expect(commentHeading('Guestbook (12)')).toBe(true);
    expect(commentHeading('Kondolenzbuch')).toBe(true);
    expect(commentHeading('Memories of the harbour in the 1950s')).toBe(false);
    // A promo's label set off by a bar or a dash instead of a colon.
    expect(isBoilerplateLine('Also Read | Monsoon arrives early in the south')).toBe(true);
    expect(isBoilerplateLine('Lesen Sie auch – Der Streit um den Hafen')).toBe(true);
    expect(isBoilerplateLine('The council said | it would')).toBe(false);
    expect(isDateline('Originally Published: February 27, 2024 at 6:30 p.m.')).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('Reach the writer at 402-473-7228 or jdoe@example.com.'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('On Twitter @jdoe'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('With reporting by Kenji Watanabe in Tokyo.'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('You are free to republish this story under a Creative Commons license, as long as you credit us.'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('With reporting on the harbour cut, the paper lost its last reporter.'))).toBe(false);
    expect(SIGNOFF_LINE.some((re) => re.test('Mention @saltandsunday or tag #saltandsunday!'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('Get weather alerts in your inbox'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test("Get Sérgio Schüler's stories in your inbox"))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('CVs in your inbox within 72 hours'))).toBe(false);
    expect(SIGNOFF_LINE.some((re) => re.test('Comments on this live blog are closed.'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('Over 5,000 readers like you have already stepped up'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('Markiere @ofenliebe auf Instagram, ich freu mich über jedes Foto!'))).toBe(true);
    expect(SIGNOFF_LINE.some((re) => re.test('Tag the chicken with the rub and leave it overnight.'))).toBe(false);
    expect(commentHeading('12 Antworten auf „Rhabarberkuchen mit Streuseln“')).toBe(true);
    expect(commentHeading('Leser-Interaktionen')).toBe(false);
    expect(isBoilerplateHeading('Leser-Interaktionen')).toBe(true);
    expect(isBoilerplateHeading('Das könnte dich auch interessieren')).toBe(true);
    expect(isShareBar('Whatsapp Facebook Pin Download')).toBe(true);
    expect(isShareBar('4.9 / 5.0')).toBe(false);
    expect(isShareBar('Google')).toBe(false);
    expect(isShareBar('Share')).toBe(true);
    expect(isShareBar('Facebook said on Monday')).toBe(false);
  });
});

describe('cleanAfterReadability', () => {
  it("drops the member box beside each post of a forum thread, the label's value on its own line too", () => {
    const post = (who: string, n: number, said: string, stats: string): string => `<div class="post"><p>${said}</p><dl><dt>${who}</dt>${stats.replace('N', String(n))}</dl></div>`;
    const de = '<dd>Beiträge: N</dd><dd>Registriert: Fr 12. Jan 2018, 09:12</dd>';
    const german = clean(post('Heimwerker77', 114, 'Ich möchte in meiner Wohnung mehrere Löcher in Betondecken bohren und frage mich, welche Maschine reicht.', de) + post('Betonbohrer', 1204, 'Für Betondecken würde ich dir klar zu einem Bohrhammer raten, mit einer Schlagbohrmaschine quälst du dich nur.', de));
    expect(german).toContain('Bohrhammer raten');
    expect(german).not.toMatch(/Beiträge|Registriert/);
    // A month the dates know by its German abbreviation ("Mär", "Okt", "Dez").
    const march = clean(post('Heimwerker77', 114, 'Ich möchte in meiner Wohnung mehrere Löcher in Betondecken bohren und frage mich, welche Maschine reicht.', de.replace('Jan', 'Mär')) + post('Betonbohrer', 1204, 'Für Betondecken würde ich dir klar zu einem Bohrhammer raten, mit einer Schlagbohrmaschine quälst du dich nur.', de.replace('Jan', 'Okt')));
    expect(march).not.toMatch(/Beiträge|Registriert/);
    // A free-text field of the box beside its stats goes too; the same label in the story stays.
    const placed = clean(post('Heimwerker77', 114, 'Ich möchte in meiner Wohnung mehrere Löcher in Betondecken bohren und frage mich, welche Maschine reicht.', `${de}<dd>Wohnort: Kassel</dd>`) + post('Betonbohrer', 1204, 'Für Betondecken würde ich dir klar zu einem Bohrhammer raten, mit einer Schlagbohrmaschine quälst du dich nur.', `<dd>Location: Brisbane, AU</dd>${de}`));
    expect(placed).not.toMatch(/Wohnort|Location/);
    expect(clean(`<p>${PARA}</p><p>Wohnort: Kassel</p><p>${PARA}</p>`)).toContain('Wohnort: Kassel');
    const en = '<dd>Joined</dd><dd>Mar 3, 2019</dd><dd>Messages</dd><dd>N</dd><dd>Reaction score: 87</dd>';
    const english = clean(post('alice', 412, 'Forums still matter for long answers that people can find again years later, and search engines index them well.', en) + post('bob', 98, 'I agree, though most of the people I know have moved their questions to chat rooms that nobody can search.', en));
    expect(english).toContain('chat rooms');
    expect(english).not.toMatch(/Joined|Mar 3, 2019|Messages|412|Reaction score/);
  });
  it('drops the article furniture of German and French pages as it does the English ("Newsletter abonnieren", "Artikel merken")', () => {
    const lines = ['Newsletter abonnieren', 'Abonnez-vous à notre infolettre', 'Artikel merken', 'Jetzt kommentieren', 'Zur Startseite', 'Skip Advertisement'];
    const text = clean(`<p>${PARA}</p>${lines.map((l) => `<div>${l}</div>`).join('')}<p>${PARA}</p>`);
    for (const line of lines) expect(text).not.toContain(line);
    expect(text.split(PARA)).toHaveLength(3);
  });
  it('keeps a lone stat in an article: one label is no member box', () => {
    const text = clean(`<p>${PARA}</p><p>Posts: 3 a week, the editor said.</p><div>Joined: the two clubs in 2019</div><p>${PARA}</p>`);
    expect(text).toContain('Posts: 3 a week');
    expect(text).toContain('Joined: the two clubs in 2019');
  });
  it('keeps a schedule set as lines above the first paragraph, and drops the header beside it', () => {
    const rows = ['September 10', 'September 17', 'October 1', 'October 8'].map((d) => `<div>${d}   12pm- 1pm   Room 217   Carrie Menke, Ph.D</div>`).join('');
    const text = clean(`<div>Events desk</div><div>By Ann Lee</div>${rows}<p>${PARA}</p>`);
    expect(text.match(/Carrie Menke/g)).toHaveLength(4);
    expect(text).not.toContain('Events desk');
    expect(text).not.toContain('By Ann Lee');
  });
  it('removes a run of link lines between paragraphs but keeps a sentence that merely contains a link', () => {
    const text = clean(`<p>${PARA}</p><p><a href="/a">One related story</a></p><p><a href="/b">Another related story</a></p><p>She said the <a href="/plan">plan</a> would be published on Friday with every figure in it.</p><p>${PARA}</p>`);
    expect(text).not.toContain('related story');
    expect(text).toContain('would be published on Friday');
  });
  it('keeps a list of links inside the article (its sources, the things it reviews), not one after it', () => {
    const list = '<ul><li><a href="/a">Harbour plan documents</a></li><li><a href="/b">Council minutes of May</a></li></ul>';
    const inside = clean(`<p>${PARA}</p>${list}<p>${PARA}</p>`);
    expect(inside).toContain('Harbour plan documents');
    const after = clean(`<p>${PARA}</p><p>${PARA}</p>${list}`);
    expect(after).not.toContain('Harbour plan documents');
  });
  it('removes figure captions and promo lines', () => {
    const text = clean(`<p>${PARA}</p><figure><img src="x.jpg"><figcaption>The harbour at dawn.</figcaption></figure><p>READ MORE: <a href="/x">Ferry strike ends</a></p><p>${PARA}</p>`);
    expect(text).not.toContain('harbour at dawn');
    expect(text).not.toContain('Ferry strike ends');
  });
  it('keeps a linked line that titles the paragraph after it, drops a promo for another story', () => {
    const text = clean(`<p>${PARA}</p>
      <p><a href="https://wire.example/imprivata-verosint">Imprivata acquires Verosint</a></p>
      <p>Identity solutions provider Imprivata has bought the threat detection company Verosint, adding its risk engine to the platform it sells to hospitals.</p>
      <p><a href="https://news.example/ferry-strike">Ferry workers vote to strike over pay</a></p>
      <p>The council's planning committee will meet again next month to hear objections from residents near the harbour.</p>`);
    expect(text).toContain('Imprivata acquires Verosint');
    expect(text).not.toContain('Ferry workers vote');
    expect(text).toContain('planning committee will meet again');
  });
  it('removes bracket-credited captions and sign-offs, keeps sentences that mention photos', () => {
    const text = clean(`<p>${PARA}</p><p>The mayor and her deputy pose for a photo at the harbour office on Monday. (Photo by Jane Roe/Coastal Wire)</p><p>Follow Jane Roe on Twitter @janeroe.</p><p>Tom Fisk contributed to this report.</p><p>She said the photo by the harbour office had been taken years before the vote, when the plan was new.</p><p>${PARA}</p>`);
    expect(text).not.toContain('pose for a photo');
    expect(text).not.toContain('Follow Jane Roe');
    expect(text).not.toContain('contributed to this report');
    expect(text).toContain('She said the photo by the harbour office');
  });
  it('removes a contributors\' credit in the other languages, keeps a sentence about working together', () => {
    for (const line of ['Mitarbeit: Jana Ohlsen', 'Unter Mitarbeit von Jana Ohlsen', 'Con información de EFE', 'Avec la contribution de Jean Roe', 'Com informações da Reuters']) {
      const text = clean(`<p>${PARA}</p><p>${PARA}</p><p>${line}</p>`);
      expect(text).not.toContain(line.slice(0, 12));
    }
    const story = 'Mitarbeit im Hafen ist für viele Schüler der erste Kontakt mit der Arbeitswelt.';
    expect(clean(`<p>${PARA}</p><p>${story}</p><p>${PARA}</p>`)).toContain(story);
  });
  it('removes a closing "follow on social media" line in any of the languages, keeps a story about following', () => {
    for (const line of ['Follow on social media: TikTok || Instagram || YouTube', 'Follow us on social: Facebook | X', 'Suivez-nous sur les réseaux sociaux', 'Folgen Sie uns in den sozialen Medien']) {
      const text = clean(`<p>${PARA}</p><p>${PARA}</p><p>${line}</p>`);
      expect(text).not.toContain(line.slice(0, 12));
    }
    const story = 'Teenagers follow on social media what their friends wear, the survey of the town\'s schools found.';
    expect(clean(`<p>${PARA}</p><p>${story}</p><p>${PARA}</p>`)).toContain(story);
  });
  it('judges marked furniture by its size: a small share box goes, a big marked wrapper stays', () => {
    const doc = new JSDOM(`<body><div class="article-share-wrapper"><p>${PARA}</p><p>${PARA}</p><div class="share-bar"><a href="#">Share on Facebook</a></div></div></body>`).window.document;
    cleanBeforeReadability(doc);
    expect(doc.querySelectorAll(`[${WIDGET_MARK}]`).length).toBe(2);
    const root = doc.body;
    cleanAfterReadability(root);
    const text = elementToText(root);
    expect(text).toContain('Tuesday night');
    expect(text).not.toContain('Share on Facebook');
  });
  onEachDom('marks furniture on every element that names it', `<body><div><p>${PARA}</p><div><div class="share-bar"><a href="#">Share</a></div></div><aside id="newsletter-signup"><p>Sign up</p></aside><p id="main-text">x</p></div></body>`, (doc) => {
    cleanBeforeReadability(doc);
    // The aside is furniture and goes; the nested share bar is marked.
    expect(Array.from(doc.querySelectorAll(`[${WIDGET_MARK}]`)).map((el) => el.getAttribute(WIDGET_MARK))).toEqual(['share']);
    expect(doc.body.textContent).not.toContain('Sign up');
  });
  onEachDom('removes code, frames and form controls but keeps JSON-LD, whatever the case of its type', `<head><script type="Application/LD+JSON">{"@type":"NewsArticle"}</script><script>var x = 1;</script></head><body><div><p>${PARA}</p><noscript><iframe src="https://ads.example/x"></iframe></noscript><form><label>Email</label><input type="email"><button>Sign up</button></form><template><p>later</p></template><script type="text/javascript">track()</script></div></body>`, (doc) => {
    cleanBeforeReadability(doc);
    expect(Array.from(doc.querySelectorAll('script')).map((s) => s.getAttribute('type'))).toEqual(['Application/LD+JSON']);
    for (const tag of ['noscript', 'iframe', 'label', 'input', 'button', 'template']) expect(doc.querySelector(tag), tag).toBeNull();
    expect(doc.body.textContent).toContain('Tuesday night');
  });
  onEachDom('keeps the comments of highlighted code', `<body><div><p>${PARA}</p><pre><code class="language-bash"><span class="hljs-comment"># set up the repository</span>\ngit init\n<span class="token comment"># record the first change</span>\ngit commit</code></pre><p>${PARA}</p></div></body>`, (doc) => {
    cleanBeforeReadability(doc);
    // A highlighter's "comment" token is not a readers' comments box.
    expect(doc.querySelectorAll(`[${WIDGET_MARK}]`).length).toBe(0);
    cleanAfterReadability(doc.body);
    expect(elementToText(doc.body)).toContain('# record the first change');
  });
  it('reads a heading\'s id as its anchor, not as a furniture name', () => {
    const doc = new JSDOM(`<body><h2 id="h-why-social-shopping-grows">Why social shopping grows</h2><h2 class="related-title">More</h2><div id="social-links">x</div></body>`).window.document;
    const [anchored, related] = Array.from(doc.querySelectorAll('h2'));
    expect(widgetKind(anchored!)).toBeNull();
    expect(widgetKind(related!)).toBe('related');
    expect(widgetKind(doc.getElementById('social-links')!)).toBe('share');
  });
  it('reads a section\'s id written from its heading as an anchor, and a template id as furniture', () => {
    const doc = new JSDOM(`<body>
      <li id="have-the-right-tools-handy"><h3>Have the Right Tools Handy</h3><p>You will need more than a screwdriver.</p></li>
      <div id="1-heading-how-popular-are-meditation-and-mindfulness"><h2>How popular are meditation and mindfulness?</h2><p>Twice as many adults.</p></div>
      <div id="popular-stories-box"><h2>Most read today</h2><a href="/a">A story</a></div>
      <div id="related"><h2>Related</h2></div>
      <div class="share-tools" id="how-to-share-this-story"><h2>How to share this story</h2></div>
      <div id="modal-refund-policy"><h2>Refund policy for all orders</h2></div>
      <div id="related-stories-box"><h2>Related stories</h2></div>
      <div id="popular-tools-for-windows-users"><h3><a href="/tools">Popular tools for Windows users</a></h3></div>
    </body>`).window.document;
    const kinds = Array.from(doc.body.children).map((el) => widgetKind(el));
    // The class still names furniture whatever the id says; a furniture word apart from the
    // heading's words, a short heading, a linked heading (a card named after its story) do too.
    expect(kinds).toEqual([null, null, 'related', 'related', 'share', 'consent', 'related', 'related']);
  });
  it('reads a class that states what the layout has as no furniture name', () => {
    const kinds = kindsOf(`
      <div class="blog-article__main sidebar-enabled--false container">x</div>
      <main class="layout has-sidebar with-comments">x</main>
      <aside class="sidebar">x</aside>
      <div class="no-ads article comments">x</div>
      <div class="share-buttons no-print">x</div>
      <div class="entry-actions no-print">x</div>
    `);
    // The state's word is dropped, and only it: another furniture class of the element still
    // counts, and so does "no-print", which marks what the page's print leaves out.
    expect(kinds).toEqual([null, null, 'utility', 'comments', 'share', 'utility']);
  });
  it('reads a utility-first class (a variant, an arbitrary value, a fraction) as a style, not furniture', () => {
    const kinds = kindsOf(`
      <p class="mx-auto print:break-inside-avoid max-w-3xl">x</p>
      <div class="[--sidebar:16rem] flex">x</div>
      <div class="w-1/2 sidebar">x</div>
      <div class="md:hidden share-bar">x</div>
      <div class="print-button">x</div>
    `);
    // Only the utility class is set aside: the element's other classes still name its kind.
    expect(kinds).toEqual([null, null, 'utility', 'share', 'utility']);
  });
  it("reads an application's root ('app', 'App') as no furniture", () => {
    expect(kindsOf('<div id="app">x</div><div class="App">x</div><div class="app-promo">x</div>')).toEqual([null, null, 'promo']);
  });
  it('reads furniture named in German, French, Spanish and Portuguese, not an opinion piece', () => {
    const kinds = kindsOf(`
      <div class="artikel-teilen">x</div>
      <div class="werbung-mitte">x</div>
      <section class="kommentare">x</section>
      <div class="bloc-commentaires">x</div>
      <div class="noticias-relacionadas">x</div>
      <div class="barra-compartilhar">x</div>
      <div class="publicidade">x</div>
      <article class="kommentar">x</article>
      <div id="comentarios-clientes">x</div>
    `);
    expect(kinds).toEqual(['share', 'ad', 'comments', 'comments', 'related', 'share', 'ad', null, null]);
  });
  it('reads a follow-up, a topic list or a reply form by the other words it carries', () => {
    const kinds = kindsOf(`
      <div class="follow-up__text">x</div>
      <div class="follow-us social-links">x</div>
      <div class="article-topics">x</div>
      <div id="respond" class="comment-respond">x</div>
    `);
    expect(kinds).toEqual([null, 'share', null, 'comments']);
  });
  it('keeps every paragraph of an article whose paragraphs carry print: variants', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p class="mx-auto print:break-inside-avoid page-api-block:ml-0">${PARA} Part ${i + 1}.</p>`).join('');
    const html = `<html><head><title>Harbour plan approved</title></head><body><nav><a href="/">Home</a></nav><main><h1>Harbour plan approved</h1><div class="flex flex-col [&>*+*]:mt-5">${paragraphs}</div></main></body></html>`;
    const body = extractArticle(html, { url: 'https://news.example/harbour-plan' }).body;
    for (let i = 1; i <= 6; i++) expect(body).toContain(`Part ${i}.`);
  });
  it('splits class names into words without matching inside words', () => {
    expect(nameWords('socialShare article-body')).toEqual(['social', 'share', 'article', 'body']);
    expect(nameWords('shareholder-news')).toEqual(['shareholder', 'news']);
  });
});

describe('verdict', () => {
  it('reads addresses', () => {
    expect(urlShape('https://x.example/')).toBe('home');
    expect(urlShape('https://x.example/news/')).toBe('listing');
    expect(urlShape('https://x.example/tag/ports/')).toBe('listing');
    expect(urlShape('https://x.example/2024/05/12/harbour/')).toBe('story');
    // A date archive: the date and nothing after it.
    for (const archive of ['https://x.example/2025/03/', 'https://x.example/2025/03/12/', 'https://x.example/archiv/2024/', 'https://x.example/termine/2024-12/']) expect(urlShape(archive)).toBe('listing');
    expect(urlShape('https://x.example/termine/2024-12-advent-market-opens/')).toBe('story');
    expect(urlShape('https://x.example/news/2024/05/17/123456/')).toBe('story');
    expect(urlShape('https://x.example/news/ferry-crews-walk-out')).toBe('story');
    expect(urlShape('https://x.example/view.php?idx=8576')).toBe('story');
    // The story's id before a short slug.
    expect(urlShape('https://x.example/story/3000000123456/hafen-kiel')).toBe('story');
    expect(urlShape('https://x.example/politik/article123456789/Hafen-Kiel.html')).toBe('story');
    expect(urlShape('https://x.example/nachrichten/id_100123456/hafen.html')).toBe('story');
    expect(urlShape('https://x.example/politik/hafen-kiel')).toBe('other');
    // Dated as the follow crawl's links are (DATE_PATH): a month segment, a date opening the slug.
    expect(urlShape('https://x.example/politik/2020-05/hafen-kiel')).toBe('story');
    expect(urlShape('https://x.example/blog/2025-12-17-minisgl')).toBe('story');
    // A page file named by one word is a page of its own; a folder so named holds a section.
    expect(urlShape('http://x.example/muehle.html')).toBe('other');
    expect(urlShape('http://x.example/chronik/muehle/')).toBe('listing');
  });
  it('reads a page of the most read, of press releases or a forum\'s threads as a listing, and a story under it as a story', () => {
    expect(urlShape('https://x.example/lo-mas-leido/')).toBe('listing');
    expect(urlShape('https://x.example/fr/medias/communiques-de-presse/')).toBe('listing');
    expect(urlShape('https://forum.x.example/viewforum.php?f=12')).toBe('listing');
    expect(urlShape('https://x.example/press-releases/harbour-plan-approved-by-council')).toBe('story');
    expect(urlShape('https://forum.x.example/viewtopic.php?t=4512')).not.toBe('listing');
  });
  it('reads a shelf under a tag, category or collection as a listing, however long its name', () => {
    expect(urlShape('https://x.example/category/harbour-and-ferry-news/')).toBe('listing');
    expect(urlShape('https://shop.example/collections/waterproof-winter-jackets')).toBe('listing');
    expect(urlShape('https://shop.example/c/outdoor/camping-stoves-and-grills')).toBe('listing');
    expect(urlShape('https://x.example/kategorie/hafen-und-faehren')).toBe('listing');
    expect(urlShape('https://shop.example/browse/shoes')).toBe('listing');
    // A writer's page, however many words the name has.
    expect(urlShape('https://x.example/author/marisol-quintero-banks/')).toBe('listing');
    expect(urlShape('https://x.example/autor/ana-luisa-rezende')).toBe('listing');
    // A date or a long id still makes a story, and a story slug elsewhere stays one.
    expect(urlShape('https://x.example/category/2024/05/ferry-crews-walk-out')).toBe('story');
    expect(urlShape('https://x.example/category/news/ferry-crews-walk-out-184467')).toBe('story');
    expect(urlShape('https://x.example/harbour/ferry-crews-walk-out')).toBe('story');
  });
  it('reads a French or Italian tag page and a search by its terms', () => {
    expect(urlShape('https://univ.example/fr/actualites/etiquette/developpement-durable')).toBe('listing');
    expect(urlShape('https://x.example/notizie/etichetta/porto')).toBe('listing');
    // An English site's etiquette section holds stories.
    expect(urlShape('https://x.example/etiquette/how-to-address-wedding-invitations')).toBe('story');
    expect(urlShape('https://x.example/presscorner/home/en?keywords=transport')).toBe('listing');
    expect(urlShape('https://x.example/suche?suchbegriff=hafen')).toBe('listing');
    expect(urlShape('https://x.example/?keywords=ferry')).toBe('home');
    expect(urlShape('https://x.example/?ref=mail')).toBe('other');
  });
  it("reads a wiki's category, special and portal pages as listings, its entries as stories", () => {
    expect(urlShape('https://wiki.example/wiki/Category:Lighthouses_in_Norway')).toBe('listing');
    expect(urlShape('https://de.wiki.example/wiki/Kategorie:Leuchtturm_in_Norwegen')).toBe('listing');
    expect(urlShape('https://wiki.example/index.php?title=Category%3ALighthouses')).toBe('listing');
    expect(urlShape('https://wiki.example/wiki/Lindesnes_Lighthouse_history')).toBe('story');
  });
  it("refuses a page whose headline is the site's own name, not a story whose headline names the site among other words", () => {
    const teasers = Array.from({ length: 4 }, (_, i) => `Harbour news ${i}: the council met again on Tuesday night and the ferry crews talked about the new timetable for spring.`).join('\n\n');
    const page = { body: teasers, ldTypes: [], ogType: 'article', url: 'https://x.example/harbour-news-and-updates/', dated: true, siteName: 'Portside Chronicle' };
    const named = judgeArticle({ ...page, title: 'Portside Chronicle' });
    const own = judgeArticle({ ...page, title: 'Harbour news' });
    expect(named.reasons).toContain("the site's name for headline +3.0");
    expect(named.score).toBeLessThan(own.score);
    // Undated and undeclared, as a tag page's archive is: refused.
    expect(judgeArticle({ ...page, ogType: null, dated: false, title: 'Portside Chronicle' }).isArticle).toBe(false);
    expect(judgeArticle({ ...page, ogType: null, dated: false, title: 'Harbour news' }).isArticle).toBe(true);
    expect(judgeArticle({ ...page, title: 'Portside Chronicle wins the regional press award for its harbour series' }).reasons.join()).not.toContain("site's name");
  });
  it.each(['Pressemitteilungen', 'News', 'Communiqués de presse', 'Notas de prensa'])("refuses a page headed by a collection's name (%s), not a story that names one", (title) => {
    const teasers = Array.from({ length: 4 }, (_, i) => `Harbour news ${i}: the council met again on Tuesday night and the ferry crews talked about the new timetable for spring.`).join('\n\n');
    const page = { body: teasers, ldTypes: [], ogType: null, url: 'https://x.example/presse/', dated: false, siteName: 'Portside Chronicle' };
    const collection = judgeArticle({ ...page, title });
    expect(collection.reasons).toContain("a collection's name for headline +3.0");
    expect(collection.isArticle).toBe(false);
    expect(judgeArticle({ ...page, title: `${title} of the harbour board on the new ferry pier` }).reasons.join()).not.toContain("collection's name");
  });
  it("refuses a tag's or a writer's own page by its address, not a story filed under a category", () => {
    expect(taxonomyPage('https://x.example/tag/windkraft/')).toBe(true);
    expect(taxonomyPage('https://x.example/author/jenna/')).toBe(true);
    expect(taxonomyPage('https://x.example/category/news/page/2/')).toBe(true);
    expect(taxonomyPage('https://x.example/schlagwort/windkraft')).toBe(true);
    expect(taxonomyPage('https://x.example/category/news/harbour-reopens-after-storm/')).toBe(false);
    expect(taxonomyPage('https://x.example/browse/restaurant')).toBe(false);
    expect(taxonomyPage('https://x.example/c/meditation-cost/')).toBe(false);
    expect(taxonomyPage('https://x.example/news/harbour-reopens/')).toBe(false);
    expect(taxonomyPage('https://x.example/blog/page/2/')).toBe(true);
    expect(taxonomyPage('https://x.example/news/harbour-reopens/2/')).toBe(false);
    // A date archive's own page, not a story whose date follows its slug.
    expect(taxonomyPage('https://x.example/2026/03/')).toBe(true);
    expect(taxonomyPage('https://x.example/blog/2025/')).toBe(true);
    expect(taxonomyPage('https://x.example/leadership/why-tutoring-has-not-worked/2025/11')).toBe(false);
    expect(taxonomyPage('https://x.example/2026/03/12/harbour-reopens/')).toBe(false);
    // A list of posts that an older site asks for in the query, not a post asked for so.
    expect(taxonomyPage('https://x.example/index.php?option=com_content&view=archive&year=2021&month=03&Itemid=9')).toBe(true);
    expect(taxonomyPage('https://x.example/index.php?option=com_content&task=blogcategory&id=4&Itemid=12')).toBe(true);
    expect(taxonomyPage('https://x.example/?cat=5')).toBe(true);
    expect(taxonomyPage('https://x.example/?m=202103')).toBe(true);
    expect(taxonomyPage('https://x.example/index.php?option=com_content&view=article&id=216:harbour-reopens&catid=1')).toBe(false);
    expect(taxonomyPage('https://x.example/?p=137&cat=5')).toBe(false);
    // A story's own address with a category or a tracker's tag beside it.
    expect(taxonomyPage('https://x.example/noticia.php?id=48213&cat=3')).toBe(false);
    expect(taxonomyPage('https://x.example/2021/03/15/harbour-reopens/?tag=rss')).toBe(false);
    expect(taxonomyPage('https://x.example/index.php?option=com_content&task=view&id=123&Itemid=5&cat=4')).toBe(false);
    // Four posts, each with its first paragraph in full and its date, on a writer's page.
    const posts = Array.from({ length: 4 }, (_, i) => `Post ${i}: ${PARA}`).join('\n\n');
    const page = { body: posts, ldTypes: [], ogType: null, title: 'Jenna Whitford', dated: true };
    const archive = judgeArticle({ ...page, url: 'https://x.example/author/jenna/' });
    expect(archive.reasons).toContain("a tag's, a writer's or a search's page +3.0");
    expect(archive.isArticle).toBe(false);
    expect(judgeArticle({ ...page, url: 'https://x.example/garden/jenna-plants-garlic-in-clay/' }).isArticle).toBe(true);
  });
  it("refuses a page whose <body> its blog system marks as a list of posts, not a post's or a shop category's", () => {
    const body = (cls: string): Element => new JSDOM(`<body class="${cls}"><p>x</p></body>`).window.document.body;
    expect(listingTemplate(body('archive category category-tartes-sucrees category-57 wp-embed-responsive hfeed'))).toBe(true);
    expect(listingTemplate(body('archive tag tag-glaciers tag-12 wp-theme-astra'))).toBe(true);
    expect(listingTemplate(body('search search-results wp-theme-x'))).toBe(true);
    expect(listingTemplate(body('blog wp-embed-responsive wp-theme-skift'))).toBe(true);
    expect(listingTemplate(body('lang-en section-subject views-page path-taxonomy'))).toBe(true);
    expect(listingTemplate(body('tag-template tag-news'))).toBe(true);
    // A post, a page, a HubSpot post, a shop's product category, a custom taxonomy's page.
    expect(listingTemplate(body('post-template-default single single-post postid-4411 wp-embed-responsive'))).toBe(false);
    expect(listingTemplate(body('page-template-default page page-id-12 wp-theme-x blog'))).toBe(false);
    expect(listingTemplate(body('blog blog-post hs-content-id-1 hs-blog-post'))).toBe(false);
    expect(listingTemplate(body('archive tax-product_cat term-robotic-lawn-mowers woocommerce'))).toBe(false);
    expect(listingTemplate(body('archive tax-language term-spanish wp-custom-logo'))).toBe(false);
    // Four posts with their first paragraphs and nine recipe cards under a category's headline: passed without the mark.
    const posts = Array.from({ length: 4 }, (_, i) => `Post ${i}: ${PARA}`).join('\n\n');
    const shape = { passwordFields: 0, videoPlayers: 0, linkShare: 0.17, linkedHeadings: 9, cardChars: 2600, prices: 0, longParagraphs: 7, storyLinks: 7, listingTemplate: false };
    const page = { body: posts, ldTypes: [], ogType: null, url: 'https://x.example/recettes/desserts/tartes-sucrees/', title: 'Tartes sucrées : mes recettes faciles', dated: true };
    expect(judgeArticle({ ...page, page: shape }).isArticle).toBe(true);
    const marked = judgeArticle({ ...page, page: { ...shape, listingTemplate: true } });
    expect(marked.reasons).toContain('a template of many posts +3.0');
    expect(marked.isArticle).toBe(false);
  });
  it('refuses a page that declares itself a collection, a profile or search results, not one that declares an article too', () => {
    const posts = Array.from({ length: 4 }, (_, i) => `Post ${i}: ${PARA}`).join('\n\n');
    // Nine recipe cards, each a linked headline and a teaser of a sentence or two.
    const shape = { passwordFields: 0, videoPlayers: 0, linkShare: 0.17, linkedHeadings: 9, cardChars: 2600, prices: 0, longParagraphs: 7, storyLinks: 7, listingTemplate: false };
    const page = { body: posts, ogType: 'article', url: 'https://x.example/ricette/primi-piatti/', title: 'Risotto agli asparagi e limone', dated: true, page: shape };
    expect(judgeArticle({ ...page, ldTypes: ['website'] }).isArticle).toBe(true);
    const declared = judgeArticle({ ...page, ldTypes: ['website', 'collectionpage', 'itemlist'] });
    expect(declared.reasons).toContain('declared a collection or a profile +5.0');
    expect(declared.isArticle).toBe(false);
    expect(judgeArticle({ ...page, ldTypes: [], ogType: 'profile' }).isArticle).toBe(false);
    // An article's graph that names the page it sits in.
    expect(judgeArticle({ ...page, ldTypes: ['newsarticle', 'collectionpage'] }).isArticle).toBe(true);
    // A magazine's issue, its table of contents.
    expect(judgeArticle({ ...page, ldTypes: ['publicationissue', 'periodical'] }).isArticle).toBe(false);
  });
  it("reads the page's own JSON-LD types, not those of the works it lists", () => {
    const types = (ld: object): string[] => buildGraph([ld as Json]).types;
    const issue = { '@type': 'PublicationIssue', name: 'No. 87', hasPart: [{ '@type': 'Article', headline: 'The lagoon runs out of time' }] };
    expect(types(issue)).toEqual(['publicationissue']);
    const list = { '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle' } }] } };
    expect(types(list)).toEqual(['collectionpage', 'itemlist']);
    // A paywalled article's parts do not hide the article itself.
    const walled = { '@type': 'NewsArticle', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false }, author: { '@type': 'Person', name: 'Jane Doe' } };
    expect(types(walled)).toEqual(['newsarticle', 'person']);
  });
  it('counts a body made of links towards a page of many', () => {
    const base = { body: `${PARA}\n\n${PARA}`, ldTypes: [], ogType: null, url: 'https://x.example/p/4411', title: 'Harbour plan approved after a two-year fight', dated: true };
    const plain = judgeArticle(base);
    // A few linked sources are free; a body that is nearly all link text is not.
    const sourced = judgeArticle({ ...base, bodyLinkChars: Math.round(base.body.length * 0.2) });
    const links = judgeArticle({ ...base, bodyLinkChars: Math.round(base.body.length * 0.95) });
    expect(sourced.score).toBe(plain.score);
    expect(links.score).toBeLessThan(plain.score);
  });
  it('holds photos with a line or two against an undated page, not against a dated post', () => {
    const base = { body: 'Heute war Markttag in Kassel, und ich habe Fotos von den Ständen mitgebracht.\n\nNächste Woche bin ich wieder dort!', ldTypes: [], ogType: null, url: 'https://blog.example/2020/05/markttag.html', title: 'Markttag in Kassel: die ersten Erdbeeren', cleaned: { images: 5, wallLines: 0 } };
    const gallery = judgeArticle({ ...base, dated: false });
    const post = judgeArticle({ ...base, dated: true });
    expect(gallery.reasons.join('; ')).toMatch(/photos with little text/);
    expect(post.reasons.join('; ')).not.toMatch(/photos with little text/);
    expect(post.isArticle).toBe(true);
    // A video player with a line or two counts either way.
    const video = judgeArticle({ ...base, dated: true, page: { passwordFields: 0, videoPlayers: 1, linkShare: 0, linkedHeadings: 0, cardChars: 0, prices: 0, longParagraphs: 0, storyLinks: 0, listingTemplate: false } });
    expect(video.reasons.join('; ')).toMatch(/video with little text/);
  });
  it('counts prose, not headlines', () => {
    expect(proseWords('Ferry strike ends\nThe crews went back to work on Monday after a deal was struck.')).toBe(13);
  });
  it('calls a short declared article an article and a bare home page not one', () => {
    const short = judgeArticle({ body: `${PARA}\n\n${PARA}`, ldTypes: ['newsarticle'], ogType: 'article', url: 'https://x.example/news/harbour-plan-approved', title: 'Harbour plan approved after a two-year fight', dated: true });
    expect(short.isArticle).toBe(true);
    const home = judgeArticle({ body: 'Top stories', ldTypes: [], ogType: 'website', url: 'https://x.example/', title: 'Coast Gazette', dated: false });
    expect(home.isArticle).toBe(false);
    expect(home.score).toBeLessThan(short.score);
    // What the page lacks is named as lacking, not as if it were there.
    expect(home.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^no article declaration \+/), expect.stringMatching(/^no publication date \+/), expect.stringMatching(/^listing address \+/)]));
    expect(home.reasons.join('; ')).not.toMatch(/(?<!no )(?:article declaration|publication date)/);
    expect(short.reasons.join('; ')).not.toMatch(/no article declaration|no publication date/);
  });
  it('reads a headline and a date as a story\'s, a shelf name without a date as a listing\'s', () => {
    const base = { body: `${PARA}\n\n${PARA}`, ldTypes: [], ogType: null, url: 'https://x.example/p/4411' };
    const story = judgeArticle({ ...base, title: 'Harbour plan approved after a two-year fight', dated: true });
    const shelf = judgeArticle({ ...base, title: 'Harbour news', dated: false });
    const unknown = judgeArticle(base);
    expect(story.score).toBeGreaterThan(unknown.score);
    expect(shelf.score).toBeLessThan(unknown.score);
    expect(shelf.reasons.join('; ')).toMatch(/headline length \+/);
  });
  it('gives a short page without metadata the benefit of the doubt, and a walled teaser too', () => {
    const plain = judgeArticle({ body: `${PARA}\n\n${PARA}`, ldTypes: [], ogType: null, url: 'https://x.example/p/4411' });
    expect(plain.isArticle).toBe(true);
    const wall = judgeArticle({ body: `${PARA}\n\n${PARA}\n\nSubscribe to continue reading.`, ldTypes: [], ogType: null, url: 'https://x.example/p/4411' });
    expect(wall.isArticle).toBe(true);
    expect(wall.walled).toBe(true);
    expect(plain.walled).toBe(false);
  });
});

describe('paragraphs written in blank lines, split before Readability', () => {
  const part = (lead: string): string => `${lead} a certificate is a way to earn credits in a structured way, and it can prepare you to advance in your career or to stay up to date in your field.`;
  const TABLE = '<table><thead><tr><th>Certificate</th><th>Certification</th></tr></thead><tbody><tr><td>Result of an educational process</td><td>Result of an assessment process</td></tr><tr><td>For newcomers and experienced professionals</td><td>Typically requires experience</td></tr></tbody></table>';
  const page = (paragraph: string, beside: string): string => `<!doctype html><html><head><title>Certificate or certification?</title></head><body><header><nav><a href="/">Home</a> <a href="/programs">Programs</a></nav></header><div class="k1"><h1>Certificate or certification?</h1><div class="k2"><div class="k3">${paragraph}${beside}</div></div></div><footer><a href="/about">About</a></footer></body></html>`;
  const broken = `<p>${part('Earning')}<br><br>${part('Completing')}<br> <br>${part('Holding')}</p>`;
  const URL = 'https://school.example/whats-the-difference-between-certificate-and-certification';

  it('keeps the table beside such a paragraph, after its parts, in order', () => {
    const body = extractArticle(page(broken, TABLE), { url: URL }).body;
    const places = [part('Earning'), part('Completing'), part('Holding'), 'Result of an educational process'].map((t) => body.indexOf(t));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('loses the table without the rule (what the rule is for)', () => {
    const body = withRulesOff(['before:broken-paragraphs'], () => extractArticle(page(broken, TABLE), { url: URL }).body);
    expect(body).toContain(part('Holding'));
    expect(body).not.toContain('Result of an educational process');
  });

  onEachDom('splits only at blank lines, and only beside a table or a list', page(`<p>${part('Earning')}<br>${part('Completing')}<br><br>${part('Holding')}</p>`, '<ul><li>Credits</li></ul>'), (doc) => {
    cleanBeforeReadability(doc);
    const paragraphs = Array.from(doc.querySelectorAll('p'), (p) => p.innerHTML);
    expect(paragraphs).toHaveLength(2);
    // A single line break stays a line break inside its paragraph.
    expect(paragraphs[0]).toMatch(/Earning.*<br>.*Completing/);
  });

  onEachDom('leaves a paragraph with no table or list beside it as written', page(broken, ''), (doc) => {
    cleanBeforeReadability(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(1);
  });
});

describe('cookie banners removed before Readability, known by their words', () => {
  const banner = (button: string): string => `<div class="n1"><div class="n2"><p>We use cookies and other tracking technologies to improve your browsing experience on our site and show personalised content.</p><p>By choosing I Accept, you consent to our use of cookies.</p><button type="button">${button}</button></div></div>`;
  const story = `<div class="n3"><h1>Harbour plan</h1><p>${PARA}</p><p>The cookie stall on the quay stays open, the council said.</p></div>`;

  onEachDom('removes the box around an accept button that speaks of cookies', `<body>${banner('I Accept')}${story}</body>`, (doc) => {
    cleanBeforeReadability(doc);
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('tracking technologies');
    expect(text).toContain('Tuesday night');
    expect(text).toContain('cookie stall');
  });

  onEachDom('in German too, and leaves a story about cookies with a sign-up button alone', `<body>${banner('Alle akzeptieren')}${story}<div><p>${PARA}</p><p>Cookies and consent: what the new rules mean.</p><button>Subscribe</button></div></body>`, (doc) => {
    cleanBeforeReadability(doc);
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('tracking technologies');
    expect(text).toContain('what the new rules mean');
  });

  onEachDom('takes a link with no address of its own for the accept button ("Verstanden", href="#")', `<body><div id="cookiebox">Um unsere Webseite optimal zu gestalten, verwenden wir Cookies. <a href="/datenschutz">Mehr erfahren</a> <a href="#" id="ok">Verstanden</a></div>${story}<p>Cookies? <a href="/cookies">Okay</a></p></body>`, (doc) => {
    cleanBeforeReadability(doc);
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('optimal zu gestalten');
    expect(text).toContain('Tuesday night');
    // A link to a page of its own is no dismiss button.
    expect(text).toContain('Cookies?');
  });
});

describe('cookie banners beside a short story', () => {
  // A brief whose whole page is shorter than a banner may be: the app's wrapper holds both.
  const brief = `<body><div id="app"><div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p><button id="accept">Accept All Cookies</button></div>
    <header><a href="/">Cedar Gazette</a></header><main><article><h1>Water main break floods Cedar Avenue</h1><p>Crews shut two blocks of Cedar Avenue on Tuesday after a water main burst under the road.</p></article></main></div></body>`;
  onEachDom('removes the banner, not the wrapper that holds the story', brief, (doc) => {
    cleanBeforeReadability(doc);
    const text = doc.body.textContent ?? '';
    expect(text).not.toContain('improve your experience');
    expect(text).toContain('Crews shut two blocks');
  });
});

describe('furniture removed before Readability', () => {
  const page = `<body><nav><a href="/">Home</a></nav><article><h1>Harbour plan</h1><p>${PARA}</p><p>${PARA}</p>
    <aside><p>Read more: the harbour in pictures</p></aside>
    <footer><div><span class="byline"><a href="/authors/jane-roe">Jane Roe</a></span></div></footer></article>
    <aside id="sidebar"><p>Most read today</p></aside><footer><p>Copyright, terms and cookies</p></footer></body>`;

  onEachDom('drops nav, footers and asides but keeps a block holding a byline', page, (doc) => {
    removeFurniture(doc.body);
    const html = doc.body.innerHTML;
    expect(html).not.toContain('Home');
    expect(html).not.toContain('Most read today');
    expect(html).not.toContain('in pictures');
    expect(html).not.toContain('Copyright');
    expect(html).toContain('Jane Roe');
    expect(html).toContain('Tuesday night');
  });

  onEachDom("keeps a furniture element that holds most of the page's text", `<body><nav><a href="/">Home</a></nav><aside class="layout"><h1>Harbour plan</h1>${`<p>${PARA}</p>`.repeat(5)}</aside><footer>Copyright</footer></body>`, (doc) => {
    removeFurniture(doc.body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Tuesday night');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('Copyright');
  });

  it('still finds the author whose byline sits in the article footer', () => {
    const record = extractArticle(`<html><head><title>Harbour plan</title></head>${page}</html>`, { url: 'https://news.example/harbour' }, { keepNonArticles: true });
    expect(record.authors).toEqual(['Jane Roe']);
    expect(record.body).toContain('Tuesday night');
    expect(record.body).not.toContain('Copyright');
  });
});

