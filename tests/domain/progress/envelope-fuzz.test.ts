import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseEnvelope, serializeEnvelope } from '../../../src/domain/progress/envelope';
import { ProgressSchema, emptyProgress } from '../../../src/domain/progress/schema';

/**
 * Saved progress is untrusted: whatever is in storage, loading must not throw, must return a
 * valid Progress, and must never touch Object.prototype.
 */

const RUNS = 1500;
const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const anyKey = fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 12 }));
const huge = fc.integer({ min: 10_000, max: 100_000 }).map((n) => '漢'.repeat(n));
const leaf = fc.oneof(
  fc.string(),
  huge,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'edge',
    'ie-mode',
    'yes',
    'no',
    '10',
    '11',
    'on',
    'off',
    '2026-11-26T00:00:00.000Z',
  ),
);
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** Progress-shaped objects with some fields replaced by anything. */
const nearlyProgress = fc
  .record({
    replace: fc.dictionary(
      fc.constantFrom(
        'request',
        'requestConfirmed',
        'choices',
        'ticked',
        'faxSentAt',
        'callReceivedAt',
        '__proto__',
      ),
      anyValue,
    ),
  })
  .map(({ replace }) => ({ ...emptyProgress(), ...replace }));

const envelopeJson = fc
  .record({
    app: fc.oneof(fc.constant('rokin-cert-wizard'), fc.string()),
    version: fc.oneof(
      fc.constant(1),
      fc.integer({ min: -3, max: 5 }),
      fc.string(),
      fc.constant(null),
    ),
    updatedAt: fc.oneof(fc.constant('2026-11-26T00:00:00.000Z'), leaf),
    progress: fc.oneof(nearlyProgress, anyValue),
  })
  .map((envelope) => JSON.stringify(envelope));

const raw = fc.oneof(
  envelopeJson,
  // Truncated JSON: a write interrupted half-way.
  envelopeJson.chain((json) => fc.nat({ max: json.length }).map((n) => json.slice(0, n))),
  // JSON text with __proto__ written literally (JSON.stringify cannot produce it from objects).
  fc.constant(
    '{"app":"rokin-cert-wizard","version":1,"progress":{"__proto__":{"polluted":1},"ticked":["a"]}}',
  ),
  fc.string(),
  fc.json(),
);

function checkLoaded(input: string) {
  const loaded = parseEnvelope(input);
  expect(ProgressSchema.safeParse(loaded.progress).success).toBe(true);
  expect(['empty', 'restored', 'partly-restored', 'unreadable']).toContain(loaded.outcome);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(loaded.progress)).toBe(Object.prototype);
  // What was loaded can be saved and loaded again unchanged.
  expect(
    parseEnvelope(serializeEnvelope(loaded.progress, '2026-11-26T00:00:00.000Z')).progress,
  ).toEqual(loaded.progress);
}

describe('loading generated saved progress', () => {
  test(`${RUNS} generated envelopes load without a crash or pollution`, () => {
    let runs = 0;
    fc.assert(
      fc.property(raw, (input) => {
        runs++;
        checkLoaded(input);
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
  });
});
