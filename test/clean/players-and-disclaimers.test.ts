/**
 * A video player's teaser set between a story's paragraphs where class names say nothing, a
 * player's error note, a read-aloud player's machine-voice note and a site's disclaimer of its
 * columnists' views.
 */
import { describe, expect, it } from 'vitest';
import { STORY_SENTENCES, bodyAround, dropsLine, keepsLine } from '../helpers/story.js';

const THIRD = STORY_SENTENCES[2] ?? '';

describe("a player's teaser in the story", () => {
  it('drops the title and length of a clip whose box is named for a video player by its test id', () => {
    const body = bodyAround('<div class="_1C2Zm" data-testid="video-player"><div class="_3hN4a">Inside a harbour pilot\'s night shift</div><div class="_2QeJY">3:41</div><button class="_1xbUT" aria-label="Play video">Play</button></div>');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('night shift');
    expect(body).not.toContain('3:41');
  });

  it("drops a clip's box whose player could not load, with its error note", () => {
    const body = bodyAround(`<div class="video-embed"><div class="video-embed__title">Harbour pilots out in the gale</div><div class="video-embed__duration">2:19</div>
      <div class="video-embed__error">We apologize, but this video has failed to load.</div><div class="video-embed__retry">Try refreshing your browser, or tap here to see other videos from our team.</div></div>`);
    expect(body).toContain(THIRD);
    for (const gone of ['out in the gale', 'failed to load', 'Try refreshing']) expect(body).not.toContain(gone);
  });

  it("keeps a sports story's line of a player's minutes in a box named for the player", () => {
    const body = bodyAround('<div class="player-card"><p>Jonas Berg, the harbour club\'s captain, played the whole match and scored twice.</p><span class="player-card__minutes">90:00</span></div>');
    expect(body).toContain('played the whole match');
  });
});

describe('notes about the page', () => {
  it("drops a read-aloud player's note that a machine voice reads the story", () => {
    dropsLine('en', '<p>This article was converted to audio using an AI voice.</p>', 'AI voice');
  });

  it("drops a site's disclaimer of its columnists' and commenters' views", () => {
    const line = 'Disclaimer: Harbour News encourages freedom of speech. The views of columnists and commenters published on Harbour News are therefore their own and do not necessarily represent the views of Harbour News.';
    dropsLine('en', `<p>${line}</p>`, 'freedom of speech');
  });

  it("keeps a story's sentence about the views of people it names", () => {
    keepsLine('The views of residents published in the council survey were mixed, and the board said it would read every reply.');
  });
});
