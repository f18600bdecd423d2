/**
 * Boilerplate set inside the story's own column in the story's own elements, known by its
 * words: a disclosure behind a note's label, an embed's stand-in until the reader consents, a
 * press release's contact block and distribution credit; and a refused page's score shown
 * below the cut.
 */
import { describe, expect, it } from 'vitest';
import { shownScore } from '../../src/clean/verdict.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;
const url = 'https://nachrichten.example/lokales/hafen-anleger-4711.html';

function page(inner: string): string {
  return `<!doctype html><html lang="de"><head><title>Neuer Anleger für den Hafen</title></head><body>
    <header><a href="/">Nachrichtenblick</a></header>
    <article><h1>Neuer Anleger für den Hafen</h1>${inner}</article>
    <footer><p>Impressum</p></footer></body></html>`;
}

describe('boilerplate in the story\'s own paragraphs', () => {
  it('drops a disclosure behind a note\'s label and an embed\'s consent stand-in', () => {
    const html = page(`<p><em>Hinweis: Dieser Artikel enthält Affiliate-Links.</em></p><p>${FIRST}</p><p>${SECOND}</p>
      <figure><div class="embed-placeholder"><p>Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der Einbindung von Instagram zustimmen.</p></div></figure>
      <p>${THIRD}</p><figure class="wp-block-embed"><div class="cmpnt-container"><p>Sie sehen gerade einen Platzhalterinhalt von YouTube. Um auf den eigentlichen Inhalt zuzugreifen, klicken Sie auf die Schaltfläche unten.</p></div></figure><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('Affiliate-Links');
    expect(body).not.toContain('Externer Inhalt');
    expect(body).not.toContain('Platzhalterinhalt');
  });

  it("drops a German product box's price note and the affiliate link's footnote, not a sentence about a broker's commission", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>Der Makler erhält eine Provision von drei Prozent, wenn die Wohnung verkauft wird.</p><p>Preis inkl. MwSt., zzgl. Versandkosten. Letzte Aktualisierung am 03.03.2025 um 09:58 Uhr.</p><p>${THIRD}</p><p>${FOURTH}</p>
      <p>*Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhält die Rhein-Main-Post eine Provision vom Händler.</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain('Der Makler erhält eine Provision');
    expect(body).not.toContain('zzgl. Versandkosten');
    expect(body).not.toContain('Wenn Sie über diesen Link');
  });

  it('drops a site\'s disclosure of its commissions and its disclaimer, not a sentence about a commission', () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>The harbour office earns a commission on every mooring it lets to visiting yachts in summer.</p><p>${THIRD}</p>
      <p><small>We may earn a commission when you buy through links on our site.</small></p><p>As an Amazon Associate I earn from qualifying purchases.</p>
      <p>When you buy through links on our site, we may earn an affiliate commission.</p><p>*Affiliate-Link: Wir erhalten bei einem Kauf eine Provision.</p>
      <p class="disclaimer"><small>This article is for informational purposes only and does not constitute financial advice.</small></p><p><small>Dieser Artikel stellt keine Anlageberatung dar.</small></p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('earns a commission on every mooring');
    for (const gone of ['We may earn a commission', 'an affiliate commission', 'bei einem Kauf', 'qualifying purchases', 'informational purposes only', 'Anlageberatung']) expect(body).not.toContain(gone);
  });

  it('drops a press release\'s contact block and its distribution credit', () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FIFTH}</p>
      <p><strong>Pressekontakt:</strong></p><p>Beispiel GmbH</p><p>Anna Schmidt</p><p>Telefon: +49 351 4455 6120</p><p>presse@beispiel-gmbh.example</p>
      <p>Original-Content von: Beispiel GmbH, übermittelt durch Nachrichtendienst</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FIFTH);
    expect(body).not.toContain('+49 351');
    expect(body).not.toContain('Original-Content von');
  });

  it('shows a refused page\'s score below the cut, never 0.5', () => {
    expect(shownScore(0.497)).toBe(0.49);
    expect(shownScore(0.503)).toBe(0.5);
    expect(shownScore(0.234)).toBe(0.23);
  });
});
