/**
 * The golden pages under fixtures/pages/<slug>/: source.html, meta.json ({url, options}),
 * expected.json (the record without run-dependent fields) and expected.md.
 * `npm run golden` rewrites the expected files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from '../../src/config.js';
import { REPO_ROOT } from '../helpers/shared.js';

export const PAGES_DIR = join(REPO_ROOT, 'fixtures', 'pages');

export interface GoldenPage {
  slug: string;
  html: string;
  url: string;
  options: Partial<Options>;
  expected: Record<string, unknown>;
  expectedMarkdown: string | null;
}

export function goldenPages(): GoldenPage[] {
  return readdirSync(PAGES_DIR)
    .filter((slug) => existsSync(join(PAGES_DIR, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const dir = join(PAGES_DIR, slug);
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url: string; options?: Partial<Options> };
      const md = join(dir, 'expected.md');
      return {
        slug,
        html: readFileSync(join(dir, 'source.html'), 'utf8'),
        url: meta.url,
        options: meta.options ?? {},
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>,
        expectedMarkdown: existsSync(md) ? readFileSync(md, 'utf8') : null,
      };
    });
}
