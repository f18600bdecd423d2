/**
 * Dependencies run one way: no module reaches itself through static imports (types
 * included). A shared constant or type lives lower in the house, in a module both sides
 * import, instead of one side importing the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

const SRC = join(REPO_ROOT, 'src');
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const deps = [...readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((m) => relative(SRC, resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts'))));
    graph.set(relative(SRC, file), deps);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep].join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('module dependencies', () => {
  it('have no cycles in src/ (the CLI commands, the pipeline and the pool included)', () => {
    const graph = importGraph();
    expect(graph.get('cli/get.ts')?.length).toBeGreaterThan(3);
    expect(cycles(graph)).toEqual([]);
  });
});
