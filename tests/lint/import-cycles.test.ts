import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * No import circle in src/: modules import downwards only, so any module can be loaded, tested
 * and split into a chunk on its own. Every relative import counts — static, `export … from`,
 * `import type` and dynamic `import()` — since a circle through a type or a lazy chunk still
 * ties the modules' layers together.
 */

type Graph = ReadonlyMap<string, readonly string[]>;

const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.d.ts'));
}

/** The module a relative specifier names: the file itself, with an extension, or an index. */
function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find(
    (file) =>
      EXTENSIONS.includes(path.extname(file)) && existsSync(file) && statSync(file).isFile(),
  );
}

function importGraph(folder: string): Graph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.resolve(folder))) {
    // TypeScript's own scanner: it finds imports, re-exports and dynamic imports without
    // mistaking an import written in a comment or a string for one.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => {
        const target = resolve(file, specifier);
        // An import that resolves to nothing would hide an edge; tsc would refuse it anyway.
        if (target === undefined && !/\.(css|svg|png|json)(\?|$)/.test(specifier))
          throw new Error(`${file}: cannot resolve ${specifier}`);
        return target;
      })
      .filter((target) => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components; a circle is one with more than one module. */
function stronglyConnected(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

function circles(graph: Graph): string[][] {
  return stronglyConnected(graph).filter(
    (component) => component.length > 1 || (graph.get(component[0]!) ?? []).includes(component[0]!),
  );
}

describe('import circles', () => {
  test('the detector finds a circle, a self-import, and nothing in a tree', () => {
    const graph: Graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', ['e']],
      ['e', []],
      ['f', ['f']],
      ['g', ['e', 'd']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['f']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  test('the graph resolves index files and sees every kind of import', () => {
    const graph = importGraph('src');
    const edges = (file: string) =>
      (graph.get(path.resolve(file)) ?? []).map((target) => path.relative('src', target));
    // `import('../features/guides')` is the folder's index.
    expect(edges('src/app/router.tsx')).toContain(path.join('features', 'guides', 'index.ts'));
    // `import type` counts.
    expect(edges('src/content/procedures/types.ts')).toContain(
      path.join('domain', 'procedure', 'model.ts'),
    );
    expect(graph.size).toBe(sourceFiles('src').length);
  });

  test('src/ has none', () => {
    const found = circles(importGraph('src')).map((component) =>
      component.map((file) => path.relative(process.cwd(), file)),
    );
    expect(found).toEqual([]);
  });
});
