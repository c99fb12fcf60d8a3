import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import type { Request } from '../../../src/domain/request/schema';
import { LONG_REQUEST as LONG } from '../../../scripts/support/requests';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import {
  GlyphFonts,
  GlyphIndexSchema,
  GlyphsUnavailableError,
  decodeGlyphPack,
  encodeGlyphPack,
  fixedTexts,
  type GlyphIndex,
} from '../../../src/features/request-pdf/glyph-shards';
import { renderRequestPdf } from '../../../src/features/request-pdf/render';

/**
 * The PDF made from glyph shards (what the browser downloads) is the PDF made from the whole
 * fonts, byte for byte: same glyphs, same ids, same widths, same ToUnicode, same /DR.
 * Reads public/pdf/glyphs/, which `npm run assets` (part of test:unit) builds.
 */

const DIR = join(import.meta.dirname, '..', '..', '..', 'public', 'pdf', 'glyphs');

function fromDisk(log?: string[]) {
  return (path: string) => {
    log?.push(path);
    return Promise.resolve(new Uint8Array(readFileSync(join(DIR, path))));
  };
}

/**
 * JIS X 0213 plane 2 (𩸽), the fallback font (𠮷), variation sequences whose glyph is far from
 * the base character's (侮 + VS1, 僊 + VS18), half-width kana.
 */
const RARE: Request = {
  ...REQUEST_EXAMPLE,
  address: '群馬県高崎市髙﨑町1-2-3 𩸽ビル',
  organisationName: '𠮷野家労働組合 ｶﾌﾞｼｷｶﾞｲｼｬ',
  representativeName: '葛\u{E0100}城 𠮷男 侮\uFE00 僊\u{E0101}',
  contactPerson: '𠮷田 鷗外',
};

/**
 * Every object of the PDF (streams with their bytes) but the document information, whose dates
 * are the time of the render.
 */
async function objects(pdf: Uint8Array): Promise<Map<string, string>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const info = doc.context.trailerInfo.Info?.toString();
  const out = new Map<string, string>();
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (ref.toString() === info) continue;
    out.set(
      ref.toString(),
      object instanceof PDFRawStream
        ? `${object.dict.toString()} ${Buffer.from(object.contents).toString('hex')}`
        : object.toString(),
    );
  }
  return out;
}

async function expectSamePdf(actual: Uint8Array, expected: Uint8Array) {
  const [a, b] = await Promise.all([objects(actual), objects(expected)]);
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [ref, value] of b) expect(a.get(ref), `object ${ref}`).toBe(value);
}

let index: GlyphIndex;
let primary: Font;

beforeAll(() => {
  if (!existsSync(join(DIR, 'index.json'))) {
    throw new Error('No public/pdf/glyphs/index.json: run `npm run assets` first');
  }
  index = GlyphIndexSchema.parse(JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')));
  primary = fontkit.create(
    readFileSync(
      require.resolve('@expo-google-fonts/biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf'),
    ),
  ) as Font;
});

describe('PDF from glyph shards', () => {
  test.each([
    ['記入例', REQUEST_EXAMPLE],
    ['long values, every mark', LONG],
    ['rare characters (fallback font, variation sequence)', RARE],
    ['blank form', null],
  ] as const)('%s: the same PDF objects as from the whole fonts', async (_, request) => {
    const whole = await renderRequestPdf(request, await loadNodeFonts());
    const fromShards = await renderRequestPdf(
      request,
      await new GlyphFonts(fromDisk()).fontsFor(request),
    );
    await expectSamePdf(fromShards, whole);
  });

  test.each([
    ['記入例', REQUEST_EXAMPLE],
    ['rare characters', RARE],
  ] as const)(
    'the fillable PDF (%s, with the glyphs a correction may type): the same objects too',
    async (_, request) => {
      const whole = await renderRequestPdf(request, await loadNodeFonts(), { fillable: true });
      const fonts = await new GlyphFonts(fromDisk()).fontsFor(request, { fillable: true });
      await expectSamePdf(await renderRequestPdf(request, fonts, { fillable: true }), whole);
    },
  );

  test('one loader for several requests keeps the bytes the same', async () => {
    const fonts = new GlyphFonts(fromDisk());
    for (const request of [RARE, REQUEST_EXAMPLE, LONG, null]) {
      const whole = await renderRequestPdf(request, await loadNodeFonts());
      const fromShards = await renderRequestPdf(request, await fonts.fontsFor(request));
      await expectSamePdf(fromShards, whole);
    }
  });

  test('downloads the form file and only the shards of the values, once', async () => {
    const log: string[] = [];
    const fonts = new GlyphFonts(fromDisk(log));
    await fonts.fontsFor(REQUEST_EXAMPLE);
    const size = index.shardSize;
    const shards = new Set<string>();
    for (const text of Object.values(REQUEST_EXAMPLE)) {
      if (typeof text !== 'string') continue;
      for (const ch of text) {
        const id = primary.glyphForCodePoint(ch.codePointAt(0)!).id;
        shards.add(`${index.dir}/p-${Math.floor(id / size)}.bin`);
      }
    }
    const fetched = log.filter((path) => /\/p-\d+\.bin$/.test(path));
    // Never a shard no value needs (the form's own words come with the form file).
    for (const path of fetched) expect(shards).toContain(path);
    expect(fetched.length).toBeGreaterThan(0);
    expect(log).toContain(`${index.dir}/p-form.bin`);
    expect(log.some((path) => path.includes('f-'))).toBe(false);
    log.length = 0;
    await fonts.fontsFor(REQUEST_EXAMPLE);
    expect(log).toEqual([]);
  });

  test('glyphs that cannot be downloaded are named, as typed', async () => {
    const log: string[] = [];
    const online = fromDisk(log);
    // Everything but the fallback font's shards (offline before 𠮷 was ever printed).
    const fonts = new GlyphFonts((path) =>
      /\/f-\d+\.bin$/.test(path) ? Promise.reject(new Error('offline')) : online(path),
    );
    const error = await fonts.fontsFor(RARE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlyphsUnavailableError);
    expect((error as GlyphsUnavailableError).characters.sort()).toEqual(['𠮷']);
    // The example needs no fallback: it still works with the same loader.
    await expect(fonts.fontsFor(REQUEST_EXAMPLE)).resolves.toBeDefined();
  });

  test('the form file holds every glyph of the form’s own words', () => {
    const form = decodeGlyphPack(new Uint8Array(readFileSync(join(DIR, index.dir, 'p-form.bin'))));
    for (const text of fixedTexts()) {
      for (const ch of text) {
        expect(form.has(primary.glyphForCodePoint(ch.codePointAt(0)!).id), ch).toBe(true);
      }
    }
    expect(form.has(0)).toBe(true);
  });

  test('glyph packs round-trip', () => {
    const glyphs = new Map([
      [7, new Uint8Array([1, 2, 3, 4])],
      [3, new Uint8Array([])],
      [900, new Uint8Array([9, 9, 9, 9, 9, 9, 9, 9])],
    ]);
    const back = decodeGlyphPack(encodeGlyphPack(glyphs));
    expect([...back.keys()]).toEqual([3, 7, 900]);
    for (const [id, bytes] of glyphs) expect([...back.get(id)!]).toEqual([...bytes]);
  });
});
