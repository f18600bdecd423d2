/**
 * Readers' comments known by their heading alone ("Top Rated Comments", "3 Comments"), on
 * templates whose class names say nothing (hashed): removed before Readability, as it drops a
 * box whose class says "comment", so that it takes the story and not the longest comment.
 */
import { describe, expect, it } from 'vitest';
import { withRulesOff } from '../../src/clean/switches.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const STORY = STORY_SENTENCES.slice(0, 4);
const COMMENT = 'I have been taking that ferry for twenty years, and I can tell you, as can my neighbours, my brother, my wife, and my children, that the new timetable is the worst thing, by far, the board has done, since it sold the old harbour office, to a developer, who never built anything, anywhere, on the site.';

function page(heading: string, story: readonly string[] = STORY): string {
  return `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body>
    <div class="q1"><h1>Harbour board weighs pier rebuild</h1><div class="q2">${story.map((s) => `<p>${s}</p>`).join('')}</div></div>
    <div class="q3"><div class="q9"><h2>${heading}</h2></div>
      <div class="c1"><div class="u">reader</div><div class="d">2 days ago</div><div class="t">${`<p>${COMMENT}</p>`.repeat(5)}</div></div>
      <div class="c1"><div class="u">other</div><div class="d">2 days ago</div><div class="t"><p>Agreed.</p></div></div>
    </div></body></html>`;
}

const url = 'https://coast.example/news/harbour-pier-rebuild';

describe('readers\' comments known by their heading', () => {
  it('keeps the story and drops the comments under "Top Rated Comments", "3 Comments" or "Leserkommentare", with a count or without', () => {
    for (const heading of ['Top Rated Comments', '3 Comments', 'Leserkommentare', 'Leserkommentare (20)', 'Top Rated Comments (12)', 'Commentaires des lecteurs']) {
      const record = extractArticle(page(heading), { url });
      for (const s of STORY) expect(record.body).toContain(s);
      expect(record.body).not.toContain(COMMENT);
    }
  });

  it('without the rule, Readability takes the longest comment for the story', () => {
    const record = withRulesOff(['before:comment-headings'], () => extractArticle(page('Top Rated Comments'), { url }));
    expect(record.body).toContain(COMMENT);
    expect(record.body).not.toContain(STORY[0]);
  });

  it('leaves a heading with no story before it, and one of other words ("Comments" alone heads a thread too)', () => {
    expect(extractArticle(page('Top Rated Comments', STORY.slice(0, 1)), { url }).body).toContain(COMMENT);
    expect(extractArticle(page('Comments'), { url }).body).toContain(COMMENT);
  });

  it('keeps replies that hold nearly all the page\'s text: a thread under its count', () => {
    const thread = page('12 Replies').replace(`${`<p>${COMMENT}</p>`.repeat(5)}`, `<p>${COMMENT}</p>`.repeat(40));
    expect(extractArticle(thread, { url }, { keepNonArticles: true }).body).toContain(COMMENT);
  });
});
