import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { requestFileName } from '../../../src/features/request-pdf/pdf-panel';
import type { Request } from '../../../src/domain/request/schema';

const named = (organisationName: string): Request => ({
  ...REQUEST_EXAMPLE,
  organisationName,
  requestDate: '2026-04-01',
});

/** True when `s` holds a surrogate without its other half. */
const hasLoneSurrogate = (s: string) => /\p{Cs}/u.test(s);

describe('requestFileName', () => {
  test.each([
    ['a short name', '中央労働組合', '依頼書_中央労働組合_2026-04-01.pdf'],
    [
      'spaces and unsafe characters go',
      '中央 労働組合／本部:東京',
      '依頼書_中央労働組合／本部東京_2026-04-01.pdf',
    ],
    ['40 characters stay', 'あ'.repeat(40), `依頼書_${'あ'.repeat(40)}_2026-04-01.pdf`],
    ['longer is cut at 40', 'あ'.repeat(50), `依頼書_${'あ'.repeat(40)}_2026-04-01.pdf`],
    [
      '𠮷 across the cut is left out whole',
      `${'あ'.repeat(39)}𠮷田`,
      `依頼書_${'あ'.repeat(39)}_2026-04-01.pdf`,
    ],
    [
      '𠮷 ending at the cut is kept',
      `${'あ'.repeat(38)}𠮷田`,
      `依頼書_${'あ'.repeat(38)}𠮷_2026-04-01.pdf`,
    ],
    ['only 𠮷', '𠮷'.repeat(30), `依頼書_${'𠮷'.repeat(20)}_2026-04-01.pdf`],
    [
      'a mark stays with its character',
      `${'あ'.repeat(39)}か\u3099`,
      `依頼書_${'あ'.repeat(39)}_2026-04-01.pdf`,
    ],
  ])('%s', (_name, organisation, fileName) => {
    const result = requestFileName(named(organisation));
    expect(result).toBe(fileName);
    expect(hasLoneSurrogate(result)).toBe(false);
  });
});
