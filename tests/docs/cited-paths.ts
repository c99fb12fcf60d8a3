/**
 * Finds what documentation and comments point at — markdown links, paths cited in prose and in
 * code comments — and which of those do not exist in the repository or lie outside it. Pure: the
 * caller says which repository paths exist, so the rules can be tested on made-up files
 * (tests/docs/cited-paths.test.ts) and applied to the real tree (tests/docs/links.test.ts).
 *
 * Paths are repository-relative and POSIX-style (`docs/ux-rules.md`), without a leading `./`.
 */
import { posix } from 'node:path';
import ts from 'typescript';

export interface Finding {
  /** The citing file, repository-relative. */
  file: string;
  line: number;
  /** What the file cites, as written. */
  cited: string;
  problem: 'missing' | 'outside' | 'status';
}

/** Answers whether a repository-relative path (a file or a folder) exists. */
export type Exists = (path: string) => boolean;

/** Top-level folders whose paths are cited from the repository root. */
const ROOT_FOLDERS = ['docs', 'src', 'tests', 'e2e', 'scripts', 'public'];

/** Machine folders and a neighbour checkout: joined here so this file does not contain them. */
const OUTSIDE_PREFIXES = [
  ['', 'work', ''],
  ['', 'home', ''],
  ['', 'root', ''],
  ['..', 'shared'],
].map((parts) => parts.join('/'));
const OUTSIDE = new RegExp(
  OUTSIDE_PREFIXES.map((prefix) => prefix.replace(/[./]/g, '\\$&')).join('|'),
  'g',
);

// A character that may not directly precede a cited path, so that the path inside a URL, or the
// tail of a longer path, is not read as a citation of its own.
const NOT_BEFORE = String.raw`(?<![\w/.@:~-])`;
/** `docs/…`, `src/…`, …, optionally with an extension: resolved from the root (or the file). */
const ROOTED = new RegExp(
  `${NOT_BEFORE}(?:${ROOT_FOLDERS.join('|')})/[\\w\\-./\\[\\]]*\\w(?:\\.\\w+)?`,
  'g',
);
/** A path that starts with ./ or ../ and has an extension: resolved from the citing file. */
const RELATIVE = new RegExp(`${NOT_BEFORE}\\.{1,2}/[\\w\\-./]*\\.[a-z]{1,5}\\b`, 'g');
/** A markdown file, bare or in any folder: resolved from the root or the citing file. */
const MARKDOWN = new RegExp(`${NOT_BEFORE}(?:[\\w-]+/)*[\\w-]+\\.md\\b`, 'g');

/** The line (1-based) of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export interface Located {
  text: string;
  /** Offset of `text` in the file it came from. */
  at: number;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Fenced code blocks hold examples: neither links nor citations. */
const withoutCodeBlocks = (markdown: string) =>
  markdown.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, blank);

// `[text](target "title")`, `![alt](<target with spaces>)`, and `[label]: target` on its own line.
const INLINE_LINK = /!?\[[^\]]*\]\(\s*(?:<([^>\n]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*(?:<([^>\n]+)>|(\S+))(?:[ \t]+"[^"]*")?[ \t]*$/gm;

/** The targets of markdown links and images, with their offsets. */
export function markdownLinks(markdown: string): Located[] {
  // Inline code spans show link syntax without linking.
  const prose = withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, blank);
  return [...prose.matchAll(INLINE_LINK), ...prose.matchAll(LINK_DEFINITION)]
    .map((m) => ({ text: (m[1] ?? m[2])!, at: m.index }))
    .sort((a, b) => a.at - b.at);
}

/** A markdown file's prose, where paths are cited: without code blocks and link targets. */
function proseOf(markdown: string): string {
  return withoutCodeBlocks(markdown)
    .replace(INLINE_LINK, (link) => link.replace(/\]\([\s\S]*$/, blank))
    .replace(LINK_DEFINITION, (definition) => definition.replace(/\]:[\s\S]*$/, blank));
}

/** The comments of a TypeScript, JavaScript or CSS file, with their offsets. */
export function commentsOf(file: string, text: string): Located[] {
  if (file.endsWith('.css')) {
    return [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map((m) => ({ text: m[0], at: m.index }));
  }
  const kind = file.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : /\.[cm]?js$/.test(file)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const seen = new Map<number, Located>();
  const add = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      seen.set(range.pos, { text: text.slice(range.pos, range.end), at: range.pos });
    }
  };
  // Every comment is trivia before a token (on the lines above it) or after one (on its line).
  // Walking the tokens, not only the nodes, also reaches comments in JSX expressions and at the
  // end of the file. JSX text is content: it is never read as trivia.
  const tokens: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    const children = node.getChildren(source);
    if (children.length === 0 || node.kind === ts.SyntaxKind.JsxText) tokens.push(node);
    else for (const child of children) visit(child);
  };
  visit(source);
  const isJsxText = (node: ts.Node | undefined) => node?.kind === ts.SyntaxKind.JsxText;
  tokens.forEach((token, i) => {
    if (isJsxText(token)) return;
    add(ts.getLeadingCommentRanges(text, token.pos));
    if (!isJsxText(tokens[i + 1])) add(ts.getTrailingCommentRanges(text, token.end));
  });
  return [...seen.values()].sort((a, b) => a.at - b.at);
}

/** The repository paths `text` (a comment or prose) cites, with their offsets in it. */
export function citedPaths(text: string): Located[] {
  const found = new Map<number, Located>(); // by offset: the patterns overlap
  for (const pattern of [ROOTED, RELATIVE, MARKDOWN]) {
    for (const match of text.matchAll(pattern)) {
      // A sentence may end right after a path: its full stop is not part of it.
      found.set(match.index, { text: match[0].replace(/\.+$/, ''), at: match.index });
    }
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
}

/** Absolute machine paths and paths into a checkout's neighbours, with their offsets. */
export function outsidePaths(text: string): Located[] {
  return [...text.matchAll(OUTSIDE)].map((m) => ({ text: m[0], at: m.index }));
}

const isExternal = (target: string) =>
  /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//');

/** `target` resolved against `from` (a folder), or null when it leaves the repository. */
function resolveFrom(from: string, target: string): string | null {
  const path = posix.normalize(posix.join(from, target)).replace(/\/$/, '');
  return path === '..' || path.startsWith('../') || posix.isAbsolute(path) ? null : path;
}

/**
 * Whether a path cited in `file` exists: `./` and `../` paths relative to the file; others
 * relative to the repository root or, failing that, to the file's folder.
 */
function citedExists(file: string, cited: string, exists: Exists): 'ok' | 'missing' | 'outside' {
  const folder = posix.dirname(file);
  if (cited.startsWith('./') || cited.startsWith('../')) {
    const path = resolveFrom(folder, cited);
    return path === null ? 'outside' : exists(path) ? 'ok' : 'missing';
  }
  const candidates = [resolveFrom('.', cited), resolveFrom(folder, cited)];
  return candidates.some((path) => path !== null && exists(path)) ? 'ok' : 'missing';
}

/** Decision records open with `# N. Title`, a blank line and a status line. */
const STATUS_LINE = /^Status: (?:accepted|superseded by \d{4})$/;

/** Everything wrong with what `file` (its text is `text`) cites. */
export function checkFile(file: string, text: string, exists: Exists): Finding[] {
  const findings: Finding[] = [];
  const report = (at: number, cited: string, problem: Finding['problem']) => {
    findings.push({ file, line: lineAt(text, at), cited, problem });
  };

  for (const found of outsidePaths(text)) report(found.at, found.text, 'outside');

  const isMarkdown = file.endsWith('.md');
  if (isMarkdown) {
    for (const link of markdownLinks(text)) {
      const target = link.text.split('#')[0]!;
      if (target === '' || isExternal(link.text)) continue;
      if (posix.isAbsolute(target)) {
        report(link.at, link.text, 'outside');
        continue;
      }
      const path = resolveFrom(posix.dirname(file), decodeURI(target));
      if (path === null) report(link.at, link.text, 'outside');
      else if (!exists(path)) report(link.at, link.text, 'missing');
    }
    if (/^docs\/decisions\/\d{4}-[^/]+\.md$/.test(file)) {
      const [title, blank, status] = text.split('\n');
      if (!/^# \d+\. /.test(title ?? '') || blank !== '' || !STATUS_LINE.test(status ?? '')) {
        report(0, status ?? '', 'status');
      }
    }
  }

  const isCode = /\.(?:[cm]?[jt]sx?|css)$/.test(file);
  // Parsing is the slow part: a file that cites nothing anywhere has nothing to parse.
  const places = isMarkdown
    ? [{ text: proseOf(text), at: 0 }]
    : isCode && citedPaths(text).length > 0
      ? commentsOf(file, text)
      : [];
  for (const place of places) {
    for (const cited of citedPaths(place.text)) {
      const result = citedExists(file, cited.text, exists);
      if (result !== 'ok') report(place.at + cited.at, cited.text, result);
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
