/**
 * A byline that opens on the day, a role in brackets after a name, a system account, Word's title
 * style, a call to switch scripts on, an audio player's call with its length, and other posts'
 * excerpts under "More posts". (A site builder's quotation or box of facts in a block of its
 * own between two text blocks: fixtures/clean, builder-interview-quote and builder-travel-facts.)
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyBody, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;
const url = STORY_URL;

describe('bylines and the lines around the post', () => {
  it('reads a byline that opens on the day, in the same element', () => {
    const html = storyPage(`<p class="info"><time datetime="2024-06-04T09:00:00+02:00">04.06.2024</time> Text: Reto Ammann</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    expect(extractArticle(html, { url }).authors).toEqual(['Reto Ammann']);
  });

  it('drops an audio player\'s call with its length in brackets', () => {
    const html = storyPage(`<p>${FIRST}</p><div class="player"><span>Beitrag hören (1:34)</span></div><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Beitrag hören');
  });
});

describe("other posts' excerpts under a boilerplate heading", () => {
  it('go with their headlines, however long each excerpt', () => {
    const excerpt = (n: number): string => `Four books this month, number ${n} of the series, which is three more than January, and the standout was a slim history of the survey that made me want to find a trig point.`;
    const more = `<h2>More posts</h2><ul>${[1, 2, 3].map((n) => `<li><h3><a href="/2025/0${n}/post-${n}/">Reading list, part ${n}</a></h3><div><p>${excerpt(n)}</p></div><div><time datetime="2025-0${n}-28">Feb 28, 2025</time></div></li>`).join('')}</ul>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${more}`);
    expect(body).toContain(THIRD);
    expect(body).not.toContain('number 2 of the series');
    expect(body).not.toContain('Reading list, part 3');
  });

  it("keeps the story's paragraphs that resume after a related link", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><h3>Related</h3><p><a href="/2025/02/ferry-fares/">Ferry fares rise again in spring</a></p><p>${FOURTH}</p><p>${FIFTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain(FIFTH);
  });
});

describe("writers' names and a word processor's headline", () => {
  it("drops a role or place in brackets after a name, keeps a handle, and takes no system account's name", () => {
    const page = (byline: string): string => storyPage(`<p class="byline">${byline}</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    expect(extractArticle(page('Von Jonas Kettler (Pressewart)'), { url }).authors).toEqual(['Jonas Kettler']);
    expect(extractArticle(page('Von Jean Doe (JDoeWrites)'), { url }).authors).toEqual(['Jean Doe (JDoeWrites)']);
    const joomla = storyPage(`<dl class="article-info"><dd class="createdby">Escrito por Administrador</dd></dl><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'es');
    expect(extractArticle(joomla, { url }).authors).toEqual([]);
  });

  it("takes the headline from Word's title style when the page's <title> is the file's", () => {
    const html = `<html><head><title>PM Vorlage 2025</title></head><body lang="DE"><div class="WordSection1">
      <p class="MsoNormal">Pressemitteilung</p><p class="MsoTitle"><span>Hochschule startet Pilotanlage für Wasserstoff aus Klärschlamm</span></p>
      <p class="MsoNormal">${FIRST}</p><p class="MsoNormal">${SECOND}</p><p class="MsoNormal">${THIRD}</p></div></body></html>`;
    expect(extractArticle(html, { url }).title).toBe('Hochschule startet Pilotanlage für Wasserstoff aus Klärschlamm');
  });

  it("drops an application's call to switch scripts on, kept with its text in <noscript>", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>Für die volle Funktionalität von harbour-news.example aktivieren Sie bitte JavaScript in Ihrem Browser.</p><p>${THIRD}</p>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('aktivieren Sie bitte JavaScript');
  });
});

describe("a gallery's shop button", () => {
  it('goes under each picture, linked or not', () => {
    // A gallery: its captions hold most of the text.
    const slides = Array.from({ length: 8 }, (_, i) => `<figure><img src="/p${i}.jpg" alt=""><figcaption>Slide ${i + 1}: the grand marshal waves from an open car on Main Street while taiko drummers lead the second half of the parade past the library.</figcaption><a href="https://photos.example/buy/${i}">Buy Photo</a></figure>`).join('');
    const body = storyBody(`<p>${FIRST}</p>${slides}<p>${SECOND}</p><p>${THIRD}</p>`);
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Buy Photo');
  });
});
