// A static news site for the demo: serves fixtures/site on 127.0.0.1 (port 0 unless given),
// with ETag and Last-Modified so repeated crawls get 304s. "{{ORIGIN}}" in a served file
// becomes the server's own address, so feeds and sitemaps carry absolute links.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../fixtures/site', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export async function startSite(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(ROOT, path));
      if (!file.startsWith(ROOT)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      const body = (await readFile(file, 'utf8')).replaceAll('{{ORIGIN}}', origin);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const lastModified = info.mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'last-modified': lastModified });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag, 'last-modified': lastModified });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = await startSite(Number(process.argv[2] ?? 0));
  process.stderr.write(`serving fixtures/site at ${site.origin} (Ctrl-C to stop)\n`);
}
