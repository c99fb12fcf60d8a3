import { describe, expect, test } from 'vitest';
import { migrate, type Migrated, type Migrations } from '../../../src/domain/progress/migrate';

// Each step appends its version, so the result shows which steps ran and in which order.
const append =
  (version: number) =>
  (progress: unknown): unknown => [...(progress as number[]), version];

const ALL: Migrations = { 1: append(1), 2: append(2), 3: append(3) };
const GAP: Migrations = { 1: append(1), 3: append(3) };
const THROWS: Migrations = {
  1: append(1),
  2: () => {
    throw new Error('not the shape of version 2');
  },
  3: append(3),
};

const cases: readonly (readonly [
  name: string,
  from: number,
  to: number,
  migrations: Migrations,
  expected: Migrated,
])[] = [
  ['the current version is kept as it is', 4, 4, {}, { ok: true, progress: [] }],
  ['one version behind runs one step', 3, 4, ALL, { ok: true, progress: [3] }],
  ['three behind run every step, in order', 1, 4, ALL, { ok: true, progress: [1, 2, 3] }],
  ['only the steps from the saved version run', 2, 4, ALL, { ok: true, progress: [2, 3] }],
  ['a later version is refused', 5, 4, ALL, { ok: false, problem: 'newer' }],
  ['a missing step on the way is refused', 1, 4, GAP, { ok: false, problem: 'missing' }],
  ['a gap behind the saved version does not matter', 3, 4, GAP, { ok: true, progress: [3] }],
  ['no migrations at all for an older version', 1, 2, {}, { ok: false, problem: 'missing' }],
  ['a step that throws is refused', 1, 4, THROWS, { ok: false, problem: 'failed' }],
  ['a throwing step not on the way does not matter', 3, 4, THROWS, { ok: true, progress: [3] }],
];

describe('migrate', () => {
  test.each(cases)('%s', (_name, from, to, migrations, expected) => {
    expect(migrate([], from, to, migrations)).toEqual(expected);
  });
});
