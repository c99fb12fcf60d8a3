import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../src/domain/request/fields';
import {
  CURRENT_VERSION,
  parseEnvelope,
  serializeEnvelope,
  type Migrations,
} from '../../../src/domain/progress/envelope';
import { requestFingerprint } from '../../../src/domain/tasks/request-version';
import { changedSince } from '../../../src/domain/tasks/status';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';

const saved: Progress = {
  ...emptyProgress(),
  request: { ...emptyProgress().request, organisationName: '中央労働組合', phone: '090-9999-9999' },
  requestConfirmed: true,
  choices: { oldPcInUse: 'yes', browserMode: 'edge' },
  ticked: ['edge.cookies', 'print.seal'],
  faxSentAt: '2026-11-26T10:00:00.000Z',
};
const good = serializeEnvelope(saved, '2026-11-26T10:00:00.000Z');
const envelopeWith = (progress: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'rokin-cert-wizard',
    version: CURRENT_VERSION,
    updatedAt: '2026-11-26T10:00:00.000Z',
    progress,
    ...extra,
  });

const envelopeAt = (version: number, progress: unknown) =>
  JSON.stringify({ app: 'rokin-cert-wizard', version, progress });

describe('parseEnvelope', () => {
  test('round-trips what was saved', () => {
    const loaded = parseEnvelope(good);
    expect(loaded.outcome).toBe('restored');
    expect(loaded.progress).toEqual(saved);
    expect(loaded.updatedAt).toBe('2026-11-26T10:00:00.000Z');
  });

  test.each([
    ['nothing saved', null, 'empty'],
    ['empty string', '', 'empty'],
    ['corrupt JSON', '{"app":"rokin-cert-wizard","vers', 'unreadable'],
    ['JSON that is not an object', '42', 'unreadable'],
    ['JSON null', 'null', 'unreadable'],
    ['another app', JSON.stringify({ app: 'other', version: 1, progress: {} }), 'unreadable'],
    [
      'a future version',
      JSON.stringify({ app: 'rokin-cert-wizard', version: 99, progress: {} }),
      'unreadable',
    ],
    [
      'version 0',
      JSON.stringify({ app: 'rokin-cert-wizard', version: 0, progress: {} }),
      'unreadable',
    ],
    [
      'version as a string',
      JSON.stringify({ app: 'rokin-cert-wizard', version: '1', progress: {} }),
      'unreadable',
    ],
  ])('%s → %s with empty progress', (_name, raw, outcome) => {
    const loaded = parseEnvelope(raw);
    expect(loaded.outcome).toBe(outcome);
    expect(loaded.progress).toEqual(emptyProgress());
  });

  test.each([
    [
      'a field of the wrong type',
      { ...saved, requestConfirmed: 'yes' },
      { ...saved, requestConfirmed: false },
    ],
    ['a missing field', { ...saved, ticked: undefined }, { ...saved, ticked: [] }],
    [
      'a request field of the wrong type',
      { ...saved, request: { ...saved.request, phone: 12345 } },
      { ...saved, request: { ...saved.request, phone: '' } },
    ],
    [
      'an unknown choice value',
      { ...saved, choices: { oldPcInUse: 'maybe', browserMode: 'edge' } },
      {
        ...saved,
        choices: { browserMode: 'edge' },
      },
    ],
    [
      'invalid step ids among valid ones',
      { ...saved, ticked: ['edge.cookies', 5, '<b>', 'print.seal'] },
      saved,
    ],
    ['a malformed date', { ...saved, faxSentAt: 'yesterday' }, { ...saved, faxSentAt: undefined }],
    ['progress that is an array', [], emptyProgress()],
  ])('repairs %s and keeps the rest', (_name, progress, expected) => {
    const loaded = parseEnvelope(envelopeWith(progress));
    expect(loaded.outcome).toBe('partly-restored');
    expect(loaded.progress).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  test('a value longer than its field takes is cut on load, and the person told to check', () => {
    // 𠮷 straddles the maximum length: it is dropped whole, never cut in half.
    const max = FIELDS.organisationName.maxLength;
    const long = `${'労'.repeat(max - 1)}𠮷田`;
    const loaded = parseEnvelope(
      envelopeWith({ ...saved, request: { ...saved.request, organisationName: long } }),
    );
    expect(loaded.outcome).toBe('partly-restored');
    expect(loaded.progress.request.organisationName).toBe('労'.repeat(max - 1));
    expect(loaded.progress.request.phone).toBe(saved.request.phone);
    // What was confirmed was the longer value.
    expect(loaded.progress.requestConfirmed).toBe(false);
  });

  test('drops unknown extra fields without complaint', () => {
    const loaded = parseEnvelope(envelopeWith({ ...saved, somethingNew: 1 }, { extra: true }));
    expect(loaded.outcome).toBe('restored');
    expect(loaded.progress).toEqual(saved);
  });

  test('a __proto__ key cannot pollute objects', () => {
    const raw = `{"app":"rokin-cert-wizard","version":1,"progress":{"__proto__":{"polluted":true},"request":{"__proto__":{"polluted":true}},"choices":{"constructor":{"prototype":{"polluted":true}}}}}`;
    const loaded = parseEnvelope(raw);
    expect(loaded.outcome).toBe('partly-restored');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(loaded.progress)).toBe(Object.prototype);
    expect((loaded.progress as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('version 1 → 2: the paper printed and faxed is the request as saved', () => {
    const v1 = (progress: unknown) => envelopeAt(1, progress);

    test('a FAX and print ticks record the request they were made with', () => {
      const loaded = parseEnvelope(v1(saved));
      expect(loaded.outcome).toBe('restored');
      const fingerprint = requestFingerprint(saved.request);
      expect(loaded.progress).toEqual({
        ...saved,
        printedRequest: fingerprint,
        faxedRequest: fingerprint,
      });
      // So a change of the answers after loading shows as a change since the FAX.
      const edited = {
        ...loaded.progress,
        request: { ...loaded.progress.request, phone: '03-1111-1111' },
      };
      expect(changedSince('fax', edited)).toBe(true);
      expect(changedSince('print', edited)).toBe(true);
      expect(changedSince('fax', loaded.progress)).toBe(false);
    });

    test('nothing printed or faxed records nothing', () => {
      const loaded = parseEnvelope(
        v1({ ...saved, ticked: ['edge.cookies'], faxSentAt: undefined }),
      );
      expect(loaded.progress.printedRequest).toBeUndefined();
      expect(loaded.progress.faxedRequest).toBeUndefined();
    });

    test.each([
      ['an array', []],
      ['a string', 'x'],
      ['null', null],
      ['a request that is not an object', { ...saved, request: 7 }],
      ['ticks that are not a list', { ...saved, ticked: 'print.print' }],
    ])('progress that is %s is left to repair', (_, progress) => {
      expect(() => parseEnvelope(v1(progress))).not.toThrow();
    });
  });

  describe('migrations', () => {
    const migrations: Migrations = {
      1: (old) => ({ ...(old as object), renamedInV2: true }),
    };
    test('runs each step from the saved version up to the current one', () => {
      const calls: number[] = [];
      const steps: Migrations = {
        1: (p) => (calls.push(1), p),
        2: (p) => (calls.push(2), p),
      };
      parseEnvelope(envelopeAt(1, saved), steps, 3);
      expect(calls).toEqual([1, 2]);
    });
    test('a missing step makes the data unreadable instead of guessing', () => {
      expect(parseEnvelope(envelopeAt(1, saved), {}, 2).outcome).toBe('unreadable');
    });
    test('a migration that throws makes the data unreadable, not the app crash', () => {
      const throwing: Migrations = {
        1: () => {
          throw new Error('bad');
        },
      };
      expect(parseEnvelope(envelopeAt(1, saved), throwing, 2).outcome).toBe('unreadable');
    });
    test('migrated data is still validated', () => {
      expect(parseEnvelope(envelopeAt(1, saved), migrations, 2).progress).toEqual(saved);
    });
  });
});
