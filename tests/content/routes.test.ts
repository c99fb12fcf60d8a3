import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRoutesFromElements, matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, test } from 'vitest';
import { APP_ROUTES } from '../../src/app/router';
import * as routes from '../../src/content/routes';

/** Every path content/routes.ts names: the string values of its exported tables. */
const PATHS = [
  ...new Set(
    Object.values(routes).flatMap((value) =>
      typeof value === 'object' ? Object.values(value as Record<string, string>) : [],
    ),
  ),
];

const TREE = createRoutesFromElements(APP_ROUTES);

/** The full path of every route of the router that shows a page, index routes included. */
function routedPaths(tree: readonly RouteObject[], parent = '/'): string[] {
  return tree.flatMap((route) => {
    const path =
      route.path === undefined
        ? parent
        : route.path.startsWith('/')
          ? route.path
          : `${parent.replace(/\/$/, '')}/${route.path}`;
    const own = route.path === '*' || route.children ? [] : [path];
    return [...own, ...routedPaths(route.children ?? [], path)];
  });
}

describe('content/routes.ts and the router', () => {
  test('names paths at all', () => {
    expect(PATHS).toContain('/');
    expect(PATHS.length).toBeGreaterThan(15);
  });

  test.each(PATHS)(
    '%s is routed to a page of its own, not to 「ページが見つかりません」',
    (path) => {
      const matches = matchRoutes(TREE, path) ?? [];
      const page = matches.at(-1)?.route;
      expect(page).toBeDefined();
      expect(page?.path).not.toBe('*');
    },
  );

  test('every routed page has its path in content/routes.ts', () => {
    const routed = routedPaths(TREE);
    expect(routed.length).toBeGreaterThan(15);
    for (const path of routed) expect(PATHS).toContain(path);
  });
});

const SRC = join(import.meta.dirname, '..', '..', 'src');
const ROUTES_MODULE = join(SRC, 'content', 'routes.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** First path segments of the app ('tasks', 'request', …), taken from the module itself. */
const SEGMENTS = [
  ...new Set(PATHS.map((path) => path.split('/')[1]).filter((s): s is string => !!s)),
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** A quoted app path: '/tasks', "/request/check", `/edge#…`, '/fax?…'. */
const QUOTED_PATH = new RegExp(`(['"\`])/(?:${SEGMENTS.map(escape).join('|')})(?=[/#?'"\`])`);
/** The start page spelled out in a link or a redirect: to="/", navigate('/'). */
const QUOTED_ROOT = /(?:to=|to:\s*|navigate\(|href=)\s*\{?(['"`])\/\1/;

describe('app paths are spelled out only in content/routes.ts', () => {
  const files = sourceFiles(SRC).filter((file) => file !== ROUTES_MODULE);

  test('the scan reads the app', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(SEGMENTS).toEqual(expect.arrayContaining(['tasks', 'request', 'edge', 'done']));
  });

  test.each(files.map((file) => relative(SRC, file)))('src/%s', (name) => {
    const lines = readFileSync(join(SRC, name), 'utf8').split('\n');
    const offending = lines
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      // Comments may show a path as an example.
      .filter(({ line }) => !/^(\/\/|\/\*|\*)/.test(line))
      .filter(({ line }) => QUOTED_PATH.test(line) || QUOTED_ROOT.test(line))
      .map(({ line, number }) => `${number}: ${line}`);
    expect(offending).toEqual([]);
  });
});
