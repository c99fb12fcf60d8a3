import { describe, expect, test } from 'vitest';
import { checkFile, citedPaths, commentsOf, markdownLinks } from './cited-paths';

/** A made-up repository. */
const FILES = new Set([
  'README.md',
  'docs',
  'docs/ux-rules.md',
  'docs/decisions',
  'docs/decisions/0001-first.md',
  'src',
  'src/domain',
  'src/domain/rules.ts',
  'src/domain/schema.ts',
]);
const exists = (path: string) => FILES.has(path);
const problems = (file: string, text: string) =>
  checkFile(file, text, exists).map((f) => `${f.line} ${f.problem}: ${f.cited}`);

// Assembled so that this file holds no absolute path or neighbour path of its own.
const WORK = ['', 'work', ''].join('/');
const HOME = ['', 'home', ''].join('/');
const SHARED = ['..', 'shared'].join('/');

describe('markdown links', () => {
  test('a broken relative link is found; external links and anchors are not checked', () => {
    const text = [
      '# Title',
      'See [the rules](docs/ux-rules.md#validation) and [a decision](docs/decisions/0001-first.md).',
      'Not [here](docs/missing.md), nor ![a picture](docs/picture.png).',
      '[web](https://example.com/docs/x.md) [mail](mailto:a@example.com) [top](#title)',
      '[ref]: docs/gone.md',
      '```',
      '[in code](docs/not-checked.md)',
      '```',
    ].join('\n');
    expect(problems('README.md', text)).toEqual([
      '3 missing: docs/missing.md',
      '3 missing: docs/picture.png',
      '5 missing: docs/gone.md',
    ]);
  });

  test('links resolve from the linking file, and may not leave the repository', () => {
    expect(
      problems('docs/decisions/0001-first.md', '# 1. T\n\nStatus: accepted\n[r](../ux-rules.md)'),
    ).toEqual([]);
    expect(problems('docs/ux-rules.md', '[r](ux-rules.md) [d](decisions/0002-next.md)')).toEqual([
      '1 missing: decisions/0002-next.md',
    ]);
    expect(problems('docs/ux-rules.md', '[up](../../elsewhere.md) [abs](/etc/x.md)')).toEqual([
      '1 outside: ../../elsewhere.md',
      '1 outside: /etc/x.md',
    ]);
  });

  test('link targets include titles and reference definitions', () => {
    expect(
      markdownLinks('[a](docs/a.md "A title") [b](<docs/b c.md>)\n[c]: docs/c.md').map(
        (l) => l.text,
      ),
    ).toEqual(['docs/a.md', 'docs/b c.md', 'docs/c.md']);
  });
});

describe('paths cited in comments', () => {
  test('a missing cited path is found, from the root or relative to the file', () => {
    const text = [
      '/** Rules: see docs/ux-rules.md and ./schema.ts; the layout is in src/content/layout.ts. */',
      "const a = 'src/not-a-comment.ts';",
      '// Old notes: ux-rules.md, docs/decisions/0009-gone.md, notes/pdf-and-fonts.md.',
      'export const b = 1; // ../domain/rules.ts is fine, ./gone.ts is not',
    ].join('\n');
    expect(problems('src/domain/rules.ts', text)).toEqual([
      '1 missing: src/content/layout.ts',
      '3 missing: ux-rules.md',
      '3 missing: docs/decisions/0009-gone.md',
      '3 missing: notes/pdf-and-fonts.md',
      '4 missing: ./gone.ts',
    ]);
  });

  test('comments are found in JSX and CSS, never in strings, regexes or JSX text', () => {
    const tsx = [
      "const url = 'http://x/*not*/'; const re = /\\/\\/ not/g;",
      'export const A = () => <p>// text {/* in JSX */}</p>; // trailing',
      '/* last */',
    ].join('\n');
    expect(commentsOf('a.tsx', tsx).map((c) => c.text)).toEqual([
      '/* in JSX */',
      '// trailing',
      '/* last */',
    ]);
    expect(commentsOf('a.css', 'a { color: red; } /* see docs/x.md */').map((c) => c.text)).toEqual(
      ['/* see docs/x.md */'],
    );
  });

  test('a URL or the tail of a longer path is not a citation of its own', () => {
    expect(
      citedPaths(
        'https://github.com/o/r/blob/main/src/a.ts, docs/ux-rules.md, @scope/src/b.ts',
      ).map((c) => c.text),
    ).toEqual(['docs/ux-rules.md']);
  });
});

describe('paths outside the repository', () => {
  test('absolute machine paths and neighbour checkouts fail, in code as in docs', () => {
    expect(problems('src/a.ts', `const notes = '${WORK}notes/ux.md';`)).toEqual([
      `1 outside: ${WORK}`,
    ]);
    expect(problems('README.md', `Notes: ${HOME}me/notes.md and ${SHARED}/notes/pdf.md`)).toEqual([
      `1 outside: ${HOME}`,
      `1 outside: ${SHARED}`,
      `1 outside: ${SHARED}/notes/pdf.md`,
    ]);
  });
});

describe('decision records', () => {
  test('each opens with its title, a blank line and a status line', () => {
    const file = 'docs/decisions/0001-first.md';
    expect(problems(file, '# 1. First\n\nStatus: accepted\n\n## Context')).toEqual([]);
    expect(problems(file, '# 1. First\n\nStatus: superseded by 0002\n')).toEqual([]);
    expect(problems(file, '# 1. First\n\n## Context')).toEqual(['1 status: ## Context']);
    expect(problems(file, '# 1. First\n\nStatus: Accepted')).toEqual([
      '1 status: Status: Accepted',
    ]);
  });
});
