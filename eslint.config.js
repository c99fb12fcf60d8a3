import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers (docs/decisions/0008-layers.md): domain < content < lib, components < features < app.
// A module imports only from its own layer or the ones below it; features never import each
// other. The layer folder names below are reserved under src/, so an import whose path names one
// as a segment (`../content/tasks`, `../../content`, `src/content/…`) points into that layer.
const LAYERS = ['domain', 'content', 'lib', 'components', 'features', 'app'];
/** An import written as a path (relative or rooted), not a package name. */
const PATH = String.raw`^(\.{1,2}|@|~|src)?/`;
const intoLayer = (layer) => String.raw`${PATH}(.*/)?${layer}(/|$)`;
const REACT = String.raw`^react(-[^/]*)?(/|$)`;

/**
 * One `no-restricted-imports` option plus the same bans for dynamic `import()`, which that rule
 * does not see.
 * @param {readonly { regex: string, message: string }[]} bans
 */
function restrict(bans) {
  return {
    'no-restricted-imports': ['error', { patterns: bans }],
    'no-restricted-syntax': [
      'error',
      ...bans.map(({ regex, message }) => ({
        // esquery ends a regular expression at the first '/', so spell it \u002F.
        selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', String.raw`\u002F`)}/]`,
        message,
      })),
    ],
  };
}

const above = (layers, message) => layers.map((layer) => ({ regex: intoLayer(layer), message }));

/** Every folder of every feature, with its depth below the feature's own folder. */
function featureFolders() {
  const root = path.join(import.meta.dirname, 'src/features');
  /** @type {{ feature: string, folder: string, depth: number }[]} */
  const result = [];
  const walk = (feature, folder, depth) => {
    result.push({ feature, folder, depth });
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true }))
      if (entry.isDirectory()) walk(feature, `${folder}/${entry.name}`, depth + 1);
  };
  for (const entry of fs.readdirSync(root, { withFileTypes: true }))
    if (entry.isDirectory()) walk(entry.name, entry.name, 0);
  return result;
}

const FEATURE_FOLDERS = featureFolders();
const FEATURES = [...new Set(FEATURE_FOLDERS.map(({ feature }) => feature))];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);

const layerRules = [
  {
    files: ['src/domain/**'],
    rules: restrict([
      { regex: REACT, message: 'The domain stays free of React.' },
      ...above(
        LAYERS.filter((layer) => layer !== 'domain'),
        'The domain imports nothing above it (content, lib, components, features, app).',
      ),
    ]),
  },
  {
    files: ['src/content/**'],
    rules: restrict([
      { regex: REACT, message: 'Content stays free of React.' },
      ...above(
        ['lib', 'components', 'features', 'app'],
        'Content imports only the domain (lib, components, features and app are above it).',
      ),
    ]),
  },
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: restrict(
      above(['features', 'app'], 'Shared code does not depend on features or the app.'),
    ),
  },
  // One block per folder of each feature, made from the directory listing, so a new feature (or
  // a new folder in one) is covered without editing this file. The depth tells how many `../`
  // lead from a file there to src/features/, where a sibling feature starts.
  ...FEATURE_FOLDERS.map(({ feature, folder, depth }) => {
    const others = FEATURES.filter((other) => other !== feature).map(escape);
    const message = `Features never import each other (${feature} → another feature); the app composes them.`;
    return {
      files: [`src/features/${folder}/*`],
      rules: restrict([
        ...others.flatMap((other) => [
          { regex: String.raw`^(\.\./){${String(depth + 1)}}${other}(/|$)`, message },
          { regex: String.raw`${PATH}(.*/)?features/${other}(/|$)`, message },
        ]),
        { regex: intoLayer('app'), message: 'Features do not import the app shell.' },
      ]),
    };
  }),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/postal', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The app does not use the React Compiler; react-hook-form's watch() is fine without it.
      'react-hooks/incompatible-library': 'off',
      // Japanese text legitimately contains the full-width space (U+3000).
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipTemplates: true, skipJSXText: true },
      ],
    },
  },
  ...layerRules,
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
