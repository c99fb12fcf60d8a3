import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { FORM_LAYOUT, type ValueBox } from '../../../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { TEXT_FIELDS, type TextField } from '../../../src/domain/request/fields';
import type { Request } from '../../../src/domain/request/schema';
import { fitValue } from '../../../src/features/request-pdf/fit-value';
import { FontSet, parseFont } from '../../../src/features/request-pdf/font-engine';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { createPrintability } from '../../../src/features/request-pdf/printability';
import { renderRequestPdf, valuesOf } from '../../../src/features/request-pdf/render';
import {
  besideEachOther,
  compareReading,
  crop,
  faxEncode,
  ocr,
  printedFax,
  type FaxPage,
  type Reading,
} from '../../support/fax';
import { encodeGrayPng, type GrayImage } from '../../support/png';
import { poppler } from '../../support/poppler';
import { EVERY_MARK_REQUEST } from '../../support/requests';

/*
 * Issue 15: the print/FAX PDF as the bank receives it. Each request is rendered, encoded by
 * Ghostscript's FAX encoder (CCITT G3, `tiffg3`) at standard resolution, 204 × 98 dpi, decoded
 * and printed with every line twice as a receiving machine does, and read by Tesseract (jpn).
 * Every value must come back exactly or within 30 % edit distance, and every digit string
 * exactly. Hidden form fields (annotations) must change nothing on the page.
 */

const MAX_DISTANCE = 0.3;
const RESULTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'test-results',
  'fax-ocr',
);

/** The 記入例 with every procedure, so the circles and ticks are on the page too. */
const EXAMPLE = EVERY_MARK_REQUEST;

/** 髙, 﨑 and 𠮷 (the fallback font's) in names and addresses; read as 高, 崎, 吉. */
const RARE_KANJI: Request = {
  ...REQUEST_EXAMPLE,
  address: '群馬県高崎市髙﨑町1-2-3 﨑ビル2階',
  organisationName: '𠮷野髙﨑労働組合',
  representativeTitle: '執行委員長',
  representativeName: '髙﨑 𠮷男',
  contactPerson: '𠮷田 﨑子',
  procedures: ['masterUserDeletion', 'certificateRevocation'],
  deletionReasons: ['other'],
  deletionReasonOther: '髙﨑の異動',
  revocationTargets: ['generalUser'],
  generalUserName: 'yoshida01',
};

/** Words a long value of each field is made of, in order (spaces where people type them). */
const LONG_WORDS: Record<Exclude<TextField, 'contractNumber'>, string[]> = {
  postalCode: ['060-0001'],
  address: [
    ...'北海道 札幌市 中央区 北一条西 二丁目 1番地1 札幌中央 ビルディング 第二別館 12階'.split(' '),
    ' ',
    ...'全国労働金庫協会 会館 東側 通用口 奥 事務室 受付 窓口'.split(' '),
  ],
  organisationName: [
    ...'全国 金属機械 化学 情報産業 労働組合 連合会'.split(' '),
    ' ',
    ...'中央地方本部 書記局'.split(' '),
    ' ',
    ...'北海道地区 協議会 札幌支部 青年女性部 事務局 総務'.split(' '),
  ],
  representativeTitle: ['中央執行委員会', ' ', '執行委員長', '代行', ' ', '兼', '書記長'],
  representativeName: ['ロウキン', ' ', 'タロウベエ', ' ', 'アレクサンダー', ' ', '山田'],
  phone: ['090-9999-9999'],
  fax: ['0120-999-999'],
  contactPerson: ['総務部', ' ', '総務課長', ' ', '佐藤', ' ', '花子'],
  deletionReasonOther: ['担当者の', '異動により', 'パスワードが', '不明と', 'なったため'],
  generalUserName: ['rokin-general-user-0123'],
};

let longest: Request;
const pdfs: Record<string, Uint8Array> = {};
const pages: Record<string, FaxPage> = {};

beforeAll(async () => {
  poppler('pdftoppm', ['-v']);
  const fonts = await loadNodeFonts();
  const printability = createPrintability({
    primary: parseFont(fonts.primary),
    fallback: parseFont(await fonts.loadFallback()),
  });
  // Each value as long as its box takes: words are added while the form would accept it.
  const long = Object.fromEntries(
    Object.entries(LONG_WORDS).map(([field, words]) => {
      let text = '';
      for (const word of words) {
        if (!printability.fits(field as TextField, (text + word).trim())) break;
        text += word;
      }
      return [field, text.trim()];
    }),
  );
  longest = { ...EXAMPLE, ...long, requestDate: '2026-12-28', contractNumber: '1234567' };
  for (const [name, request] of Object.entries({
    example: EXAMPLE,
    longest,
    rareKanji: RARE_KANJI,
  })) {
    pdfs[name] = await renderRequestPdf(request, fonts);
    pages[name] = faxEncode(pdfs[name]);
  }
}, 60_000);

const CASES = () => ({ example: EXAMPLE, longest, rareKanji: RARE_KANJI });

/** A reading of the printed page: what a person reads at one place, and what it should say. */
interface Region {
  name: string;
  expected: string;
  image: GrayImage;
}

/** Where each value is read: its box; the date as one line 「2026年12月28日」; comb cells apart. */
function regions(request: Request, page: GrayImage): Region[] {
  const values = valuesOf(request);
  const date = FORM_LAYOUT.values.filter((box) => !TEXT_FIELDS.includes(box.field as TextField));
  const dateLeft = Math.min(...date.map((box) => box.rect.x));
  const dateRight = Math.max(...date.map((box) => box.rect.x + box.rect.width)) + 5; // 日
  const out: Region[] = [
    {
      name: 'requestDate',
      expected: `${values.requestYear}年${values.requestMonth}月${values.requestDay}日`,
      image: crop(page, { ...date[0]!.rect, x: dateLeft, width: dateRight - dateLeft }),
    },
  ];
  const cellsOf = (box: ValueBox, cells: number) => {
    // Each digit cell inside its rules (a rule read as 1 would be a wrong digit).
    const width = box.rect.width / cells;
    return Array.from({ length: cells }, (_, i) =>
      crop(page, {
        x: box.rect.x + i * width + 0.8,
        y: box.rect.y + 0.8,
        width: width - 1.6,
        height: box.rect.height - 1.6,
      }),
    );
  };
  for (const box of FORM_LAYOUT.values) {
    const field = box.field as TextField;
    if (!TEXT_FIELDS.includes(field) || values[field] === '') continue;
    const image = box.comb ? besideEachOther(cellsOf(box, box.comb)) : crop(page, box.rect);
    out.push({ name: field, expected: values[field], image });
  }
  return out;
}

function readAll(name: keyof ReturnType<typeof CASES>): (Reading & { name: string })[] {
  const wanted = regions(CASES()[name], printedFax(pages[name]!));
  const read = ocr(wanted.map((r) => r.image));
  return wanted.map((r, i) => ({ name: r.name, ...compareReading(r.expected, read[i] ?? '') }));
}

describe('the print/FAX PDF after a standard-resolution FAX (Ghostscript tiffg3, Tesseract jpn)', () => {
  test('the longest values fill their boxes: the smallest size is reached', async () => {
    const fonts = await loadNodeFonts();
    const set = new FontSet(parseFont(fonts.primary), parseFont(await fonts.loadFallback()));
    const values = valuesOf(longest);
    const sizes = FORM_LAYOUT.values.map((box) => fitValue(box, values[box.field], set.measure));
    // At least the address, the organisation and the representative's title at 9 or 9.5 pt.
    const small = sizes.filter((fit) => fit.fits && fit.lines.length > 0 && fit.size < 10);
    expect(small.length).toBeGreaterThanOrEqual(3);
    for (const fit of sizes) if (fit.fits) expect(fit.size).toBeGreaterThanOrEqual(9);
  });

  test.each(['example', 'longest', 'rareKanji'] as const)(
    '%s: every value is read back, every digit string exactly',
    (name) => {
      const readings = readAll(name);
      // What Tesseract read, to look at (test-results/ is not committed).
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify(readings, null, 1));
      writeFileSync(join(RESULTS, `${name}.png`), encodeGrayPng(printedFax(pages[name]!)));
      expect(readings.length).toBeGreaterThan(8);
      const wrong = readings.filter((r) => r.distance > MAX_DISTANCE || !r.digitsExact);
      expect(wrong, JSON.stringify(readings, null, 1)).toEqual([]);
    },
  );

  test.each(['example', 'longest', 'rareKanji'] as const)(
    '%s: with form fields hidden the FAX is the same, dot for dot',
    (name) => {
      const hidden = faxEncode(pdfs[name]!, { annotations: false });
      expect(hidden.lines).toBe(pages[name]!.lines);
      expect(Buffer.from(hidden.bits).equals(Buffer.from(pages[name]!.bits))).toBe(true);
      // The same with poppler, which many print paths are built on.
      const shown = poppler('pdftoppm', ['-r', '100', '-gray', '-'], pdfs[name]);
      const without = poppler(
        'pdftoppm',
        ['-r', '100', '-gray', '-hide-annotations', '-'],
        pdfs[name],
      );
      expect(without.equals(shown)).toBe(true);
    },
  );

  test('the fillable PDF, by contrast, loses its values when form fields are hidden', async () => {
    const fillable = await renderRequestPdf(EXAMPLE, await loadNodeFonts(), { fillable: true });
    const box = FORM_LAYOUT.values.find((b) => b.field === 'organisationName')!;
    const dark = (page: FaxPage) =>
      crop(printedFax(page), box.rect, 0).data.filter((v) => v === 0).length;
    expect(dark(faxEncode(fillable))).toBeGreaterThan(100);
    expect(dark(faxEncode(fillable, { annotations: false }))).toBe(0);
    expect(dark(pages.example!)).toBeGreaterThan(100);
  });

  test('the G3 decoder reads back exactly what Ghostscript rasterised', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fax-pbm-'));
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdfs.rareKanji!);
    const pbm = execFileSync('gs', [
      '-q',
      '-dSAFER',
      '-dBATCH',
      '-dNOPAUSE',
      '-sDEVICE=pbmraw',
      '-r204x98',
      '-sOutputFile=-',
      file,
    ]);
    const header = /^P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s/.exec(pbm.toString('latin1', 0, 200))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const page = pages.rareKanji!;
    expect(page.lines).toBe(height);
    const stride = Math.ceil(width / 8);
    const faxStride = Math.ceil(page.width / 8);
    let differing = 0;
    let black = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const a = (pbm[header[0].length + y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
        const b = (page.bits[y * faxStride + (x >> 3)]! >> (7 - (x & 7))) & 1;
        if (a !== b) differing++;
        black += a;
      }
    }
    expect(black).toBeGreaterThan(10_000);
    expect(differing).toBe(0);
  });
});
