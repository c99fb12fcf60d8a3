import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The layer rules of eslint.config.js (docs/decisions/0008-layers.md), each fed a file that
 * breaks it and one that keeps it. The files are virtual (lintText with a path under src/), so
 * the project's type-aware parsing is switched off for them: it cannot see such files, and the
 * import rules need no types. Everything else comes from the real eslint.config.js.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) =>
    ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const DOMAIN = 'The domain imports nothing above it';
const DOMAIN_REACT = 'The domain stays free of React.';
const CONTENT = 'Content imports only the domain';
const CONTENT_REACT = 'Content stays free of React.';
const SHARED = 'Shared code does not depend on features or the app.';
const FEATURE = 'Features never import each other';
const FEATURE_APP = 'Features do not import the app shell.';

type Case = readonly [file: string, code: string, message: string];

const violations: readonly Case[] = [
  // The domain: nothing above it, by any spelling, nor React.
  ['src/domain/x.ts', "import { TASKS } from '../content/tasks';", DOMAIN],
  ['src/domain/request/x.ts', "import { X } from '../../content/request-form';", DOMAIN],
  ['src/domain/request/x.ts', "import type { X } from '../../content/procedures';", DOMAIN],
  ['src/domain/x.ts', "export { X } from '../content/tasks';", DOMAIN],
  ['src/domain/x.ts', "export * from '../content/tasks';", DOMAIN],
  ['src/domain/x.ts', "import { X } from 'src/content/tasks';", DOMAIN],
  ['src/domain/x.ts', "import { X } from '@/features/guides';", DOMAIN],
  ['src/domain/x.ts', "import { X } from '../features/guides/hooks';", DOMAIN],
  ['src/domain/x.ts', "import { X } from '../lib/progress/store';", DOMAIN],
  ['src/domain/x.ts', "import { X } from '../components/page';", DOMAIN],
  ['src/domain/x.ts', "import { X } from '../app/router';", DOMAIN],
  ['src/domain/x.ts', "export const load = () => import('../content/tasks');", DOMAIN],
  ['src/domain/x.ts', "import { useState } from 'react';", DOMAIN_REACT],
  ['src/domain/x.ts', "import { jsx } from 'react/jsx-runtime';", DOMAIN_REACT],
  ['src/domain/x.ts', "import { useForm } from 'react-hook-form';", DOMAIN_REACT],
  ['src/domain/x.ts', "import { Link } from 'react-router';", DOMAIN_REACT],
  // Content: the domain only.
  ['src/content/x.ts', "import { X } from '../features/guides/hooks';", CONTENT],
  ['src/content/procedures/x.ts', "import { X } from '../../features/request-form';", CONTENT],
  ['src/content/x.ts', "import { X } from '../app/router';", CONTENT],
  ['src/content/x.ts', "import { X } from '../lib/progress/store';", CONTENT],
  ['src/content/x.ts', "import { X } from '../components/page';", CONTENT],
  ['src/content/x.ts', "import { createElement } from 'react';", CONTENT_REACT],
  // Features: never another feature, by a sibling path or through features/, nor the app.
  ['src/features/guides/x.ts', "import { X } from '../request-form';", FEATURE],
  ['src/features/guides/x.ts', "import { X } from '../request-form/pages/form';", FEATURE],
  ['src/features/guides/pictures/x.ts', "import { X } from '../../request-pdf';", FEATURE],
  ['src/features/guides/x.ts', "import { X } from '../../features/request-pdf';", FEATURE],
  ['src/features/guides/x.ts', "import { X } from 'src/features/request-form';", FEATURE],
  ['src/features/request-form/x.ts', "import { X } from '../guides';", FEATURE],
  ['src/features/request-pdf/x.ts', "export const f = () => import('../guides');", FEATURE],
  ['src/features/guides/x.ts', "import { X } from '../../app/router';", FEATURE_APP],
  // Shared code: never features or the app.
  ['src/components/x.tsx', "import { X } from '../features/guides';", SHARED],
  ['src/lib/progress/x.ts', "import { X } from '../../app/router';", SHARED],
];

const allowed: readonly (readonly [file: string, code: string])[] = [
  ['src/domain/x.ts', "import { z } from 'zod/mini';"],
  ['src/domain/request/x.ts', "import { FIELDS } from './fields';"],
  ['src/domain/request/x.ts', "import type { Progress } from '../progress/schema';"],
  ['src/content/x.ts', "import type { TaskId } from '../domain/tasks/status';"],
  ['src/content/procedures/x.ts', "import { planFor } from '../../domain/procedure/plan';"],
  ['src/content/procedures/x.ts', "import { PRINT } from './print';"],
  // The feature's own folders, even one named like a sibling feature's file.
  ['src/features/guides/x.ts', "import { X } from './pictures';"],
  ['src/features/guides/pictures/x.ts', "import { X } from '../hooks';"],
  ['src/features/request-form/pages/x.ts', "import { X } from '../fields';"],
  ['src/features/request-form/x.ts', "export const f = () => import('./pages/check');"],
  // Below a feature: content, domain, lib, components.
  ['src/features/guides/x.ts', "import { X } from '../../content/request-form';"],
  ['src/features/guides/x.ts', "import { X } from '../../lib/progress/react';"],
  ['src/features/guides/x.ts', "import { X } from '../../components/page';"],
  ['src/features/guides/x.ts', "import { useState } from 'react';"],
  // The app composes the features.
  ['src/app/x.ts', "export const f = () => import('../features/guides');"],
  ['src/components/x.tsx', "import { X } from '../lib/progress/react';"],
];

describe('layer rules of eslint.config.js', () => {
  test.each(violations)('%s: %s is refused', async (file, code, message) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-(imports|syntax): /);
    expect(found[0]).toContain(message);
  });

  test.each(allowed)('%s: %s is allowed', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  // The feature blocks come from the directory listing: every feature folder, at every depth,
  // bans every other feature, so adding a feature needs no change to eslint.config.js.
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  test.each(features)('features/%s may import no other feature', async (feature) => {
    const folders = readdirSync(`src/features/${feature}`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.parentPath}/${entry.name}`.slice('src/features/'.length));
    for (const folder of [feature, ...folders]) {
      const depth = folder.split('/').length;
      for (const other of features.filter((name) => name !== feature)) {
        const sibling = `${'../'.repeat(depth)}${other}/index`;
        const found = await problems(`src/features/${folder}/x.ts`, `import '${sibling}';`);
        expect(found.join('\n'), `${folder} → ${sibling}`).toContain(FEATURE);
      }
    }
  });
});
