import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fragmentId } from '../../../src/domain/text/fragment';

describe('fragmentId', () => {
  test.each([
    ['#postalCode', 'postalCode'],
    ['#edge.popups', 'edge.popups'],
    ['postalCode', 'postalCode'],
    ['#%E9%83%B5%E4%BE%BF', '郵便'],
    ['#', ''],
    ['', ''],
    // Malformed escapes are taken as written: they match no element, and nothing throws.
    ['#%E0', '%E0'],
    ['#%E0%A4', '%E0%A4'],
    ['#%', '%'],
    ['#%zz', '%zz'],
    ['#%ED%A0%80', '%ED%A0%80'], // an encoded lone surrogate
  ])('%j → %j', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });

  test('never throws, whatever the fragment', () => {
    const escape = fc
      .integer({ min: 0, max: 255 })
      .map((n) => `%${n.toString(16).toUpperCase().padStart(2, '0')}`);
    const piece = fc.oneof(
      escape,
      fc.constantFrom('%', '%E', '%G0', '#', '.', '?', '&', '='),
      fc.string({ maxLength: 3, unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const hash = `#${pieces.join('')}`;
        expect(typeof fragmentId(hash)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });
});
