/**
 * A forum thread's writer: the first link to a member's profile on the site, when nothing
 * else names one; not a profile on another site, nor a link to the reader's own account.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const url = 'https://forum.harbour.example/showthread.php?t=4711';

function thread(before: string): string {
  const posts = STORY_SENTENCES.slice(0, 4).map((s, i) => `<table class="post"><tr><td class="alt2"><a class="bigusername" href="member.php?u=${100 + i}">${['quayside_mike', 'ferryman', 'diver_jo', 'oldsalt'][i]}</a><div>Join Date: Mar 2006</div></td>
    <td class="alt1"><div id="post_message_${i}">${s} ${s}</div></td></tr></table>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Rotten piles under the ferry pier - Harbour Forum</title></head><body>
    <div class="navbar"><a href="/login.php">Log in</a></div>
    <h1>Rotten piles under the ferry pier</h1>${before}<div id="posts">${posts}</div></body></html>`;
}

describe("a forum thread's writer", () => {
  it("is the first member's profile link, the thread's starter", () => {
    expect(extractArticle(thread(''), { url }).authors).toEqual(['quayside_mike']);
  });

  it('is not a profile on another site, nor an account link', () => {
    const before = '<p><a href="https://video.example/user/harbourtv">Harbour TV</a> <a href="/users/sign_in">Sign in</a></p>';
    expect(extractArticle(thread(before), { url }).authors).toEqual(['quayside_mike']);
  });
});
