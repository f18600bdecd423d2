/**
 * A question-and-answer site's thread: the question and every answer, dated by relative times
 * whose titles give the instant, not only the accepted answer Readability scores highest.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

const QUESTION = [
  'I have a GFCI receptacle on the back patio of our old house that trips every time it rains hard, but never in dry weather.',
  'I replaced the GFCI itself with a new weather-resistant one and the behaviour did not change at all over the next two storms.',
];
const ACCEPTED = [
  'Rain-only trips on an otherwise healthy GFCI almost always mean water is reaching a conductor somewhere on the load side of the device.',
  'Turn off the breaker, disconnect the wires on the load terminals and cap them, then put the GFCI back with only the line side connected.',
  'If it holds through the next storm, the fault is downstream: open the junction box at the eave first, because boxes under soffits collect wind-driven rain.',
  'Once you find the wet spot, replace any corroded wire nuts and damaged insulation rather than just drying them out, or the leak will come back.',
];
const SECOND = 'Check the in-use cover too: a cover that is cracked or mounted upside down lets the rain run straight into the box behind the receptacle.';

function post(kind: 'question' | 'answer', paragraphs: readonly string[], when: string, who: string): string {
  return `<div class="${kind} js-${kind}"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-vote-count">12</div></div>
    <div class="${kind === 'question' ? 'postcell' : 'answercell'} post-layout--right"><div class="s-prose js-post-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="post-signature"><div class="user-info"><div class="user-action-time">${kind === 'question' ? 'asked' : 'answered'} <span title="${when}" class="relativetime">Oct 3, 2024</span></div>
    <div class="user-details"><a href="/users/1/${who.toLowerCase()}">${who}</a><span class="reputation-score">243</span></div></div></div></div></div></div>`;
}

describe('a question-and-answer thread', () => {
  it('is the question and every answer, though Readability keeps only the accepted one', () => {
    const html = `<!doctype html><html lang="en"><head><title>GFCI trips only when it rains - Home Improvement Q&amp;A</title></head><body>
      <header><a href="/">Home Improvement</a><nav><a href="/questions">Questions</a><a href="/tags">Tags</a></nav></header>
      <div id="content"><div id="question-header"><h1><a href="/questions/284113/gfci-trips-only-when-it-rains">GFCI trips only when it rains</a></h1></div>
      <div id="mainbar">${post('question', QUESTION, '2024-10-03 19:41:07Z', 'Dana')}
      <div id="answers"><h2>2 Answers</h2>${post('answer', ACCEPTED, '2024-10-03 22:17:40Z', 'Harold')}${post('answer', [SECOND], '2024-10-04 14:05:22Z', 'Mira')}</div></div>
      <div id="sidebar"><h4>Related</h4><ul><li><a href="/questions/1">Why does my GFCI trip at night?</a></li></ul></div></div></body></html>`;
    const body = extractArticle(html, { url: 'https://diy.qanda.example/questions/284113/gfci-trips-only-when-it-rains' }).body;
    for (const kept of [QUESTION[0], ACCEPTED[3], SECOND]) expect(body).toContain(kept);
  });
});

describe('a thread that declares itself one', () => {
  const OPENING = [
    'After two seasons of fighting a lumpy idle on my old twin I finally stopped blaming the points and built a water manometer to balance the carbs.',
    'Run the tubing in a long U down a board and fasten it so both legs stand vertical, then fill the bottom of the U with coloured water.',
    'With the engine fully warm, connect both legs, let it idle and watch the columns; the side that pulls more is doing more of the work.',
    'Result: the idle went from a galloping eleven hundred to a steady nine fifty, and the buzz in the bars at four thousand is basically gone.',
  ];
  const REPLY = 'Check the vacuum port caps before you trust the readings: a leaky port on one side reads exactly like an out-of-balance carb.';
  const post = (text: string, when: string, who: string): string => `<article class="cPost ipsBox ipsComment ipsComment_parent"><aside class="cAuthorPane"><h3><a href="/profile/1-${who}/">${who}</a></h3><ul><li>Members</li><li>412 posts</li></ul></aside>
    <div class="ipsColumn ipsColumn_fluid"><div class="cPost_contentWrap ipsComment_content"><p class="ipsComment_meta">Posted <time datetime="${when}">${when.slice(0, 10)}</time></p><div class="ipsType_richText">${text}</div></div></div></article>`;

  it("is its replies too, though its software names them comments", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Building a water manometer","author":{"@type":"Person","name":"boxerblue"},"datePublished":"2024-05-12T18:22:41Z"}</script>';
    const html = `<!doctype html><html lang="en"><head><title>Building a water manometer - Airheads Forum</title>${ld}</head><body><header><a href="/">Airheads Forum</a></header>
      <main><h1>Building a water manometer</h1><div class="cTopic">${post(OPENING.map((p) => `<p>${p}</p>`).join(''), '2024-05-12T18:22:41Z', 'boxerblue')}${post(`<p>${REPLY}</p>`, '2024-05-12T21:05:10Z', 'wrenchfolk')}</div></main>
      <footer><p>Powered by Invision Community</p></footer></body></html>`;
    const body = extractArticle(html, { url: 'https://airheads.example/forums/topic/88412-building-a-water-manometer/' }).body;
    expect(body).toContain(OPENING[3]);
    expect(body).toContain(REPLY);
  });
});
