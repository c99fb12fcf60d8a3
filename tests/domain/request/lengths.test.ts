import { describe, expect, test } from 'vitest';
import { FIELDS, TEXT_FIELDS } from '../../../src/domain/request/fields';
import { cutToFieldLengths, overLongFields } from '../../../src/domain/request/lengths';
import { emptyRequestDraft } from '../../../src/domain/request/schema';

describe.each(TEXT_FIELDS)('%s', (name) => {
  const max = FIELDS[name].maxLength;

  test.each([
    ['at its maximum', 'あ'.repeat(max), 'あ'.repeat(max), []],
    ['one over', 'あ'.repeat(max + 1), 'あ'.repeat(max), [name]],
    ['1,000,000 characters', 'あ'.repeat(1_000_000), 'あ'.repeat(max), [name]],
    ['𠮷 across the cut', `${'あ'.repeat(max - 1)}𠮷`, 'あ'.repeat(max - 1), [name]],
  ])('%s', (_case, value, kept, cut) => {
    const draft = { ...emptyRequestDraft(), [name]: value };
    expect(overLongFields(draft)).toEqual(cut);
    const result = cutToFieldLengths(draft);
    expect(result.cut).toEqual(cut);
    expect(result.draft[name]).toBe(kept);
  });
});

test('a draft within every length is returned as it is', () => {
  const draft = emptyRequestDraft();
  expect(cutToFieldLengths(draft)).toEqual({ draft, cut: [] });
});
