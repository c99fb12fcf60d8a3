import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFile } from './cited-paths';

const ROOT = join(import.meta.dirname, '..', '..');

/** Generated or installed, never written by hand (the same as .gitignore). */
const SKIPPED = new Set([
  '.git',
  'node_modules',
  'dist',
  'coverage',
  'test-results',
  'playwright-report',
  'tmp',
  'public/postal',
  'public/pdf',
  'package-lock.json',
]);
const TEXT = /\.(?:[cm]?[jt]sx?|md|css|html|json|svg)$|^\.[\w-]+$|^\.ci\/run$/;

function repositoryFiles(folder = ''): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (SKIPPED.has(path)) return [];
    if (entry.isDirectory()) return repositoryFiles(path);
    return entry.isFile() && TEXT.test(path) ? [path] : [];
  });
}

/** Written by `npm run assets` or the build: cited as patterns, absent until generated. */
const GENERATED = ['dist', 'public/postal', 'public/pdf'];

const exists = (path: string) =>
  GENERATED.some((folder) => path === folder || path.startsWith(`${folder}/`)) ||
  existsSync(join(ROOT, ...path.split('/')));
const files = repositoryFiles();

describe('docs stand alone', () => {
  test('the walk sees the docs, the sources and the config files', () => {
    for (const file of ['README.md', 'docs/ux-rules.md', 'src/main.tsx', 'vite.config.ts']) {
      expect(files).toContain(file);
    }
  });

  test('every relative link, cited path and decision status is in order', () => {
    const findings = files.flatMap((file) =>
      checkFile(file, readFileSync(join(ROOT, file), 'utf8'), exists),
    );
    expect(findings.map((f) => `${f.file}:${f.line} ${f.problem}: ${f.cited}`)).toEqual([]);
  });
});
