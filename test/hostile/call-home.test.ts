/**
 * A page whose scripts, frames, images, media, style sheets and refreshes would all call
 * home: `copydesk get` fetches the page and nothing else, with either DOM builder, and no
 * script on it runs (a script that ran would request /ran/… or set a global).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { ndjson, runCli } from '../cli/io.js';
import { get } from '../../src/pipeline.js';

const PROSE = '<p>The harbour wall was repaired over the winter, and the council said the ferries would run on time for the rest of the season, weather permitting.</p>';

function callingHome(origin: string): string {
  const home = (what: string): string => `${origin}/home/${what}`;
  const ran = (what: string): string => `fetch('${origin}/ran/${what}'); globalThis.copydeskScriptRan = true;`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall repaired</title>
<meta http-equiv="refresh" content="0; url=${home('refresh')}">
<link rel="stylesheet" href="${home('style.css')}"><link rel="preload" as="script" href="${home('preload.js')}">
<link rel="icon" href="${home('favicon.ico')}"><link rel="manifest" href="${home('manifest.json')}">
<style>@import url("${home('import.css')}"); body { background: url(${home('bg.png')}); }</style>
<script src="${home('script.js')}"></script><script type="module" src="${home('module.js')}"></script>
<script>${ran('inline')} var x = new XMLHttpRequest(); x.open('GET', '${origin}/ran/xhr'); x.send(); document.write('<img src="${origin}/ran/write">');</script>
<base href="${origin}/home/base/">
</head><body onload="${ran('onload')}">
<article><h1>Harbour wall repaired</h1>${PROSE.repeat(3)}
<img src="${home('img.png')}" srcset="${home('img-2x.png')} 2x" onerror="${ran('onerror')}" loading="eager">
<picture><source srcset="${home('source.webp')}"><img src="${home('picture.png')}"></picture>
<iframe src="${home('frame.html')}"></iframe><iframe srcdoc="<script>${ran('srcdoc')}</script>"></iframe>
<video poster="${home('poster.jpg')}" src="${home('video.mp4')}" autoplay><track src="${home('track.vtt')}"></video>
<audio src="${home('audio.mp3')}" autoplay></audio><embed src="${home('embed.swf')}"><object data="${home('object.swf')}"></object>
<svg><image href="${home('svg.png')}"/><script>${ran('svg')}</script></svg>
<div style="background-image: url(${home('inline-style.png')})">${PROSE}</div>
<input type="image" src="${home('input.png')}"><img src="x" onerror="${ran('onerror2')}">
<form action="${home('form')}"><button formaction="${home('button')}" autofocus onfocus="${ran('focus')}">Go</button></form>
${PROSE.repeat(3)}</article>
<noscript><img src="${home('noscript.png')}"></noscript><template><img src="${home('template.png')}"></template>
<script>setTimeout(function () { ${ran('timeout')} }, 0);</script>
</body></html>`;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', link: `<${server.origin}/home/header-link.css>; rel=stylesheet` });
      res.end(callingHome(server.origin));
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('home');
    }
  });
});
afterAll(async () => {
  await server.close();
});

async function settle(): Promise<void> {
  // Give anything a page might have set off (timers, fetches) a moment to reach the server.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

function expectPageOnly(): void {
  expect(server.requests.filter((p) => p !== '/robots.txt')).toEqual(['/page']);
  expect((globalThis as { copydeskScriptRan?: boolean }).copydeskScriptRan).toBeUndefined();
}

describe('a page that would call home', () => {
  it('copydesk get fetches the page and nothing else, and runs no script', async () => {
    server.requests.length = 0;
    const r = await runCli(['get', server.url('/page'), '--retries', '0', '--timeout', '5']);
    await settle();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [record] = ndjson(r.stdout);
    expect(record?.error).toBeUndefined();
    expect(String(record?.body)).toContain('ferries would run on time');
    expectPageOnly();
  }, 20_000);

  // `get` has no --dom flag: the jsdom builder is reached through the library option.
  it('the jsdom builder fetches nothing either and runs no script', async () => {
    server.requests.length = 0;
    const record = await get(server.url('/page'), { dom: 'jsdom', retries: 0 }, { trusted: true });
    await settle();
    expect('error' in record ? record.error : null).toBeNull();
    if (!('error' in record)) expect(record.body).toContain('ferries would run on time');
    expectPageOnly();
  }, 20_000);
});
