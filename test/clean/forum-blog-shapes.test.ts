/**
 * Forum software's and old blog templates' shapes: a post whose class sets where its member box
 * sits ("messageSidebarOrientationLeft"), a quote's toggle in German, a board's "Posting
 * Permissions", a wiki's "[edit]" links, a classic blog's "posted by … at 2:05 PM" under the
 * post, and a label read as a name ("Author" heading a forum's column, "Rezept von").
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;

describe('forums, wikis and old blogs', () => {
  it('keeps a thread\'s posts whose class says where their member box sits', () => {
    const post = (n: number, text: string | undefined): string =>
      `<li id="post${n}"><article class="wbbPost message messageSidebarOrientationLeft jsMessage"><div class="messageSidebar"><a class="username" href="/user/${n}">angler${n}</a><dl><dt>Beiträge</dt><dd>${n * 37}</dd></dl></div>
        <div class="messageContent"><div class="messageHeader"><a href="#post${n}">#${n}</a></div><div class="messageBody"><div class="messageText"><p>${text}</p></div></div></div></article></li>`;
    const html = `<!doctype html><html lang="de"><head><title>Zander im Winter - Petri-Forum</title></head><body>
      <header><a href="/">Petri-Forum</a></header><div id="main"><h1>Zander im Winter</h1>
      <ul class="wbbThreadPostList">${post(1, FIRST)}${post(2, SECOND)}${post(3, THIRD)}${post(4, FOURTH)}</ul></div>
      <footer><p>Impressum</p></footer></body></html>`;
    const body = extractArticle(html, { url: 'https://petri.example/thread/18834-zander-im-winter/' }).body;
    for (const s of [FIRST, SECOND, THIRD, FOURTH]) expect(body).toContain(s);
  });

  it('drops a quote\'s German toggle, a board\'s "Posting Permissions" and a wiki\'s "[edit]" links', () => {
    const html = `<!doctype html><html lang="en"><head><title>Harbour - Coast Wiki</title></head><body>
      <div id="content"><h1>Harbour</h1><p>${FIRST}</p>
      <h2><span class="mw-headline">History</span><span class="mw-editsection"><span>[</span><a href="/w/index.php?title=Harbour&amp;action=edit&amp;section=1">edit</a><span>]</span></span></h2>
      <p>${SECOND}</p><blockquote><p>${THIRD}</p><div class="bbCodeBlock-expandLink">Zum Erweitern klicken...</div></blockquote><p>${FOURTH}</p><p>${FIFTH}</p>
      <h3>Posting Permissions</h3><ul><li>You may not post new threads</li><li>You may not post replies</li></ul></div></body></html>`;
    const body = extractArticle(html, { url: 'https://wiki.example/wiki/Harbour' }, { keepNonArticles: true }).body;
    expect(body).toContain(FIFTH);
    for (const gone of ['[edit]', 'Zum Erweitern klicken', 'Posting Permissions', 'You may not post new threads']) expect(body).not.toContain(gone);
  });

  it('reads a classic blog\'s "posted by … at 2:05 PM" under the post', () => {
    const html = `<!doctype html><html lang="en"><head><title>Notes from the Shed: Restoring a 1952 Raleigh</title></head><body>
      <div id="main"><h2 class="date-header">Sunday, October 12, 2008</h2><div class="post"><h3 class="post-title">Restoring a 1952 Raleigh, part three</h3>
      <div class="post-body"><p>${FIRST}</p><p>${SECOND}</p><p>${SIXTH}</p></div>
      <p class="post-footer"><em>posted by Jack Pemberton at <a href="/2008/10/restoring-raleigh.html">2:05 PM</a></em></p></div></div>
      <div id="sidebar"><h2>Previous Posts</h2><ul><li><a href="/2008/09/part-two.html">Part two</a></li></ul></div></body></html>`;
    expect(extractArticle(html, { url: 'https://shed.example/2008/10/restoring-raleigh.html' }).authors).toEqual(['Jack Pemberton']);
  });

  it('ends a byline at a time of day and reads no label as a name', () => {
    expect(cleanAuthors(['Jack Pemberton at 2:05 PM'])).toEqual(['Jack Pemberton']);
    expect(cleanAuthors(['Eingestellt von Max Muster um 14:05'])).toEqual(['Max Muster']);
    expect(cleanAuthors(['Author'])).toEqual([]);
    expect(cleanAuthors(['Rezept von'])).toEqual([]);
    expect(cleanAuthors(['Rezept von omaerna'])).toEqual(['omaerna']);
  });
});
