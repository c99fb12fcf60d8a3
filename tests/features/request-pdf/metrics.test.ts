import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Glyphs } from '../../../src/features/request-pdf/layout-printability';
import { buildPdfMetrics } from '../../../scripts/build-pdf-metrics';
import {
  ALPHABETS,
  hex,
  proofKey,
  provedMetrics,
  proveMetrics,
  type MetricsProof,
} from '../../../scripts/pdf-metrics-proof';
import { FORM_LAYOUT } from '../../../src/content/pdf/form-layout';
import type { Printability } from '../../../src/domain/request/printability';
import { TEXT_FIELDS } from '../../../src/domain/request/schema';
import { FontSet, parseFont } from '../../../src/features/request-pdf/font-engine';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import {
  createMetricsFontSet,
  createMetricsPrintability,
  parsePdfMetrics,
  type PdfMetrics,
} from '../../../src/features/request-pdf/metrics';
import { createPrintability } from '../../../src/features/request-pdf/printability';

/*
 * The metrics table must answer exactly as the fonts do: the form accepts a value on the table's
 * word and the renderer then throws if it does not fit. Every comparison is against the real
 * fonts through the renderer's own FontSet and createPrintability. The exhaustive part (every
 * code point, every box) lives in scripts/pdf-metrics-proof.ts: it runs once for a given set of
 * fonts, table and code, and its kept result is what these tests check until one of them changes.
 */

let metrics: PdfMetrics;
let fontSet: FontSet;
let fromTable: Glyphs;
let byFonts: Printability;
let byTable: Printability;
let proof: () => MetricsProof;

beforeAll(async () => {
  const bytes = await loadNodeFonts();
  const fontBytes = [bytes.primary, await bytes.loadFallback()];
  const fonts = { primary: parseFont(fontBytes[0]!), fallback: parseFont(fontBytes[1]!) };
  const json = JSON.stringify(buildPdfMetrics(fonts.primary, fonts.fallback));
  // Through JSON and the parser, as the browser gets it.
  metrics = parsePdfMetrics(JSON.parse(json));
  let kept: MetricsProof | undefined;
  proof = () =>
    (kept ??= provedMetrics(proofKey(fontBytes, json), () => proveMetrics(fonts, metrics)));
  fontSet = new FontSet(fonts.primary, fonts.fallback);
  fromTable = createMetricsFontSet(metrics);
  byFonts = createPrintability(fonts);
  byTable = createMetricsPrintability(metrics);
}, 30_000);

/** Every JIS X 0208 character (and the NEC/IBM extensions EUC-JP decodes), in row order. */
function jisX0208(): string[] {
  const decoder = new TextDecoder('euc-jp', { fatal: false });
  const out: string[] = [];
  for (let row = 0xa1; row <= 0xfe; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch !== '\uFFFD' && ch.length > 0) out.push(ch);
    }
  }
  return out;
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

const SAMPLES: Record<string, string[]> = {
  ascii: range(0x20, 0x7e),
  controls: [...range(0x00, 0x1f), ...range(0x7f, 0x9f), '\u2028', '\u200b', '\ufeff'],
  halfWidthKatakana: range(0xff61, 0xff9f),
  fullWidthKatakana: range(0x30a0, 0x30ff),
  hiragana: range(0x3040, 0x309f),
  fullWidthForms: range(0xff01, 0xff60),
  specials: Array.from('髙﨑𠮷♪①⑳㈱㍻㌔〜～－—‐≒∑√∵☎✓※〒々〆ヶ'),
  emoji: Array.from('😀👍🏻🇯🇵❤️✨🍣🚃'),
  variationSelectors: [...range(0xfe00, 0xfe0f), ...range(0xe0100, 0xe01ef)],
  pua: [...range(0xe000, 0xe0ff), ...range(0xf8f0, 0xf8ff), '\u{F0000}', '\u{10FFFD}'],
  cjkExtB: range(0x20b00, 0x20cff),
  surrogatesAlone: ['\ud842', '\udfb7'],
  jisX0208: jisX0208(),
};

describe('unsupportedCharacters: table = fonts', () => {
  it('the JIS X 0208 sample is the whole set', () => {
    expect(SAMPLES.jisX0208!.length).toBeGreaterThanOrEqual(6879);
  });

  it.each(Object.keys(SAMPLES))('%s, character by character and as one text', (name) => {
    const chars = SAMPLES[name]!;
    const mismatches = chars.filter(
      (ch) =>
        JSON.stringify(byTable.unsupportedCharacters(ch)) !==
        JSON.stringify(byFonts.unsupportedCharacters(ch)),
    );
    expect(mismatches.map((ch) => hex(ch.codePointAt(0) ?? 0))).toEqual([]);
    const text = chars.join('');
    expect(byTable.unsupportedCharacters(text)).toEqual(byFonts.unsupportedCharacters(text));
  });

  it('variation sequences are printable when their base is', () => {
    expect(byTable.unsupportedCharacters('葛\u{E0100}飾区 辻\uFE00')).toEqual([]);
    expect(byTable.unsupportedCharacters('😀\uFE0F')).toEqual(['😀']);
  });

  it('the fallback font counts: 𠮷 is printable, emoji are not', () => {
    expect(byTable.unsupportedCharacters('𠮷田 😀')).toEqual(['😀']);
  });
});

describe('canDraw and measure: table = fonts for every code point', () => {
  it('U+0000–U+10FFFF', () => {
    expect(proof().codePoints).toEqual([]);
  }, 300_000);

  it('sums to the same bits over long mixed texts', () => {
    const text = Object.values(SAMPLES).flat().join('');
    expect(fromTable.measure(text)).toBe(fontSet.measure(text));
  });
});

describe('fits: table = fonts for every box of the layout', () => {
  const boxes = FORM_LAYOUT.values;

  it('covers every text field', () => {
    const fields = new Set(boxes.map((b) => b.field));
    for (const field of TEXT_FIELDS) expect(fields.has(field)).toBe(true);
  });

  it.each(Object.keys(ALPHABETS))(
    '%s: growing texts up to and past each limit',
    (name) => {
      const { mismatches, boundaries } = proof().fits[name]!;
      expect(mismatches.slice(0, 20)).toEqual([]);
      // The limit itself was crossed, not only texts far from it.
      expect(boundaries).toBeGreaterThan(0);
    },
    300_000,
  );

  it('agrees on the values the renderer is known to accept and refuse', () => {
    const cases: [(typeof TEXT_FIELDS)[number], string, boolean][] = [
      ['organisationName', '全国金属機械化学情報産業労働組合連合会 中央地方本部', true],
      ['organisationName', '労'.repeat(200), false],
      ['contractNumber', '1234567', true],
      ['contractNumber', '12345678', false],
      ['representativeName', '髙﨑 𠮷男', true],
      ['generalUserName', 'ユーザー'.repeat(10), false],
    ];
    for (const [field, text, fits] of cases) {
      expect(byTable.fits(field, text)).toBe(fits);
      expect(byFonts.fits(field, text)).toBe(fits);
    }
  });
});

describe('parsePdfMetrics', () => {
  it.each([
    ['an HTML page', '<!doctype html><html></html>'],
    ['null', null],
    ['an empty object', {}],
    ['another version', () => ({ ...metrics, v: 2 })],
    ['one font', () => ({ ...metrics, fonts: [metrics.fonts[0]] })],
    [
      'a truncated range list',
      () => ({
        ...metrics,
        fonts: [
          { ...metrics.fonts[0], ranges: metrics.fonts[0].ranges.slice(0, -1) },
          metrics.fonts[1],
        ],
      }),
    ],
    [
      'advances that do not cover the ranges',
      () => ({
        ...metrics,
        fonts: [
          metrics.fonts[0],
          { ...metrics.fonts[1], advances: metrics.fonts[1].advances.slice(2) },
        ],
      }),
    ],
    [
      'a range past U+10FFFF',
      () => ({
        ...metrics,
        fonts: [
          metrics.fonts[0],
          { ...metrics.fonts[1], ranges: [0x10ffff, 2], advances: [2, 1000] },
        ],
      }),
    ],
    [
      'a zero unitsPerEm',
      () => ({ ...metrics, fonts: [{ ...metrics.fonts[0], unitsPerEm: 0 }, metrics.fonts[1]] }),
    ],
  ])('rejects %s', (_, input) => {
    const value: unknown = typeof input === 'function' ? input() : input;
    expect(() => parsePdfMetrics(value)).toThrow(/Invalid PDF metrics/);
  });

  it('accepts what the builder writes', () => {
    expect(() => parsePdfMetrics(JSON.parse(JSON.stringify(metrics)))).not.toThrow();
  });
});

describe('loadPrintability (client)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function load(response: () => Response): Promise<Printability> {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(response()));
    vi.stubGlobal('fetch', fetch);
    const { loadPrintability } = await import('../../../src/features/request-pdf/client');
    try {
      return await loadPrintability();
    } finally {
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(fetch.mock.calls[0]?.[0]).toBe('/pdf/metrics.json');
    }
  }

  it('builds the printability from the fetched table, with no font download', async () => {
    const printability = await load(() => Response.json(metrics));
    expect(printability.unsupportedCharacters('𠮷田😀')).toEqual(['😀']);
    expect(printability.fits('contractNumber', '1234567')).toBe(true);
  });

  it('rejects when the server answers index.html', async () => {
    await expect(
      load(() => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })),
    ).rejects.toThrow();
  });

  it('rejects on 404', async () => {
    await expect(load(() => new Response('Not found', { status: 404 }))).rejects.toThrow(/404/);
  });

  it('rejects a table that is not one', async () => {
    await expect(load(() => Response.json({ v: 1 }))).rejects.toThrow(/Invalid PDF metrics/);
  });
});
