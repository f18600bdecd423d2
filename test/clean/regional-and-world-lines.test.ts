/**
 * Lines of regional and world news: a print edition's note, a portal's plug for a town's page, a
 * call to a section's page, a box named "also read", a marker that the story goes on below an
 * ad, a columnist's disclaimer, a pointer labelled "Baca juga", an affiliate note, a reactions
 * bar, a page's feedback question, a call to report an error, readers' comments named in
 * Indonesian, and a Japanese or Chinese headline set again over its story.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;

/** The body of a story with `extra` after its third paragraph and a fourth after that. */
function bodyWith(extra: string, lang = 'en'): string {
  return storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${extra}<p>${FOURTH}</p>`, lang);
}

describe('lines that point elsewhere', () => {
  it.each([
    ['de', '<p>Dieser Artikel erschien in der Printausgabe vom Samstag, 9. November 2024, auf Seite 7.</p>', 'Printausgabe'],
    ['de', '<p><strong>Mehr Nachrichten aus Lenggries lesen Sie hier.</strong> Unser Newsletter informiert Sie über alle wichtigen Geschichten aus Ihrer Region.</p>', 'Lenggries'],
    ['en', '<p>Published in The Express Tribune, March 18<sup>th</sup>, 2025.</p>', 'Express Tribune'],
    ['en', '<p>For more news about the national elections, visit our Eleksyon 2025 page.</p>', 'Eleksyon'],
    ['pl', '<p>Dalsza część artykułu pod materiałem wideo</p>', 'Dalsza część'],
    ['tr', "<p>Yazarın görüşleri kişisel olup gazetenin yayın politikasını yansıtmayabilir.</p>", 'görüşleri'],
    ['id', '<p><strong>Baca juga: <a href="/read/2025/03/03/pasar-murah">Pemprov DKI Gelar Pasar Murah di 44 Kelurahan</a></strong></p>', 'Pasar Murah'],
    ['en', '<p>Vox Press has affiliate partnerships. These do not influence editorial content.</p>', 'affiliate'],
    ['en', '<p>If you buy an independently reviewed product or service through a link on our website, Verve may receive an affiliate commission.</p>', 'affiliate commission'],
    ['en', "<div class=\"reactions\"><p>What's your reaction?</p><button>Love</button><button>Wow</button></div>", 'reaction'],
    ['de', '<p>Hat Ihnen diese Seite geholfen? Ja Nein</p>', 'geholfen'],
    ['en', '<p>Was this page useful? Yes No</p>', 'useful'],
    ['de', '<p class="errorreport">Ein Fehler gefunden? <a href="/kontakt/">Jetzt melden.</a></p>', 'Fehler gefunden'],
  ])('drops the %s line %#', (lang, extra, gone) => {
    const body = bodyWith(extra, lang);
    expect(body).toContain(FOURTH);
    expect(body).not.toContain(gone);
  });

  it("keeps a sentence that sends the reader on for more than news (WCXB 0427's truth keeps one)", () => {
    const line = 'For more information on our prompt, see the full prompt configuration in our GitHub repository.';
    expect(bodyWith(`<p>${line}</p>`)).toContain(line);
  });
});

describe("a writer's name", () => {
  it('is never a link\'s question ("Why Trust Us?")', () => {
    expect(cleanAuthors(['Carla Whitfield', 'Why Trust Us?'])).toEqual(['Carla Whitfield']);
  });
});

describe('boxes named in the page', () => {
  it('drops a box named "also read" with its headline', () => {
    const box = '<div class="story-element story-element-also-read"><a href="/uae/public-holidays-2025"><span class="label">Also read</span><h3>UAE public holidays 2025: Full list of long weekends</h3></a></div>';
    const body = bodyWith(box);
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('long weekends');
  });

  it("drops readers' comments named in Indonesian", () => {
    const comments = `<div class="komentar">${[1, 2].map((n) => `<div class="komentar__item"><span class="komentar__name">Pembaca ${n}</span><p>Setiap tahun polanya sama, harusnya sudah bisa diantisipasi dari jauh hari oleh pemerintah daerah, tulis pembaca ${n}.</p></div>`).join('')}</div>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${comments}`, 'id');
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('polanya');
  });
});

describe('a headline in Chinese or Japanese set again over its story', () => {
  const page = (lang: string, headline: string, paragraphs: readonly string[]): string =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline} | Wenmouth</title></head><body><main><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

  it.each([
    ['ja', 'ウェンマス港、嵐の修理後に再開', ['月曜日の朝、ウェンマス港は三週間ぶりに再開した。嵐で壊れた防波堤の修理が予定より早く終わったためだ。', '港長は「漁師たちが待ちわびていた日だ」と語った。最初の船は午前六時に出港した。']],
    ['zh', '温茅斯港风暴修复后重新开放', ['周一早上，温茅斯港在关闭三周后重新开放。被风暴损坏的防波堤修复工程比预期提前完成。', '港务长说：“渔民们一直在等待这一天。”第一艘船在早上六点出港。']],
  ] as const)('is the title, not the body (%s)', (lang, headline, paragraphs) => {
    const record = extractArticle(page(lang, headline, paragraphs), { url: 'https://wenmouth.example/news/2026/11/30/harbour.html' });
    expect(record.title).toBe(headline);
    expect(record.body.startsWith(paragraphs[0])).toBe(true);
    expect(record.body).toContain(paragraphs[1]);
  });
});
