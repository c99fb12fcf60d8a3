import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GrayImage } from './png';

/*
 * What a receiving FAX machine prints: Ghostscript's CCITT Group 3 encoder (`tiffg3`, the encoding
 * of a standard-resolution FAX) at 204 × 98 dpi, decoded, every row printed twice (a machine
 * prints 98 lines an inch as ~196, square pixels), then read by Tesseract.
 */

const require = createRequire(import.meta.url);
// utif2 is CommonJS without types: the part used here.
const UTIF = require('utif2') as {
  decode(buffer: Uint8Array): TiffImage[];
  decodeImage(buffer: Uint8Array, image: TiffImage): void;
};
interface TiffImage {
  width: number;
  height: number;
  data: Uint8Array;
  t259?: number[];
  t282?: number[][];
  t283?: number[][];
}

export const FAX_DPI = { x: 204, y: 98 } as const;

function run(tool: string, args: string[], input?: Uint8Array): Buffer {
  try {
    return execFileSync(tool, args, { maxBuffer: 256 * 1024 * 1024, input, stdio: 'pipe' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} not found: install it (apt-get install ghostscript tesseract-ocr tesseract-ocr-jpn)`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

export interface FaxPage {
  /** The G3 TIFF as Ghostscript wrote it. */
  tiff: Uint8Array;
  /** One bit per pixel, 1 = black, rows of ceil(width / 8) bytes: the decoded FAX lines. */
  bits: Uint8Array;
  width: number;
  /** FAX lines (98 an inch). */
  lines: number;
}

/** Page 1 of `pdf` through Ghostscript's tiffg3 device at 204 × 98 dpi. */
export function faxEncode(pdf: Uint8Array, options: { annotations?: boolean } = {}): FaxPage {
  const dir = mkdtempSync(join(tmpdir(), 'fax-'));
  try {
    const pdfFile = join(dir, 'in.pdf');
    const tiffFile = join(dir, 'out.tif');
    writeFileSync(pdfFile, pdf);
    // tiffg3 needs a seekable output: a file, not stdout.
    run('gs', [
      '-q',
      '-dSAFER',
      '-dBATCH',
      '-dNOPAUSE',
      '-sDEVICE=tiffg3',
      `-r${FAX_DPI.x}x${FAX_DPI.y}`,
      ...(options.annotations === false ? ['-dShowAnnots=false'] : []),
      '-dFirstPage=1',
      '-dLastPage=1',
      `-sOutputFile=${tiffFile}`,
      pdfFile,
    ]);
    const tiff = new Uint8Array(readFileSync(tiffFile));
    const [image] = UTIF.decode(tiff);
    if (!image) throw new Error('Ghostscript wrote no TIFF page');
    if (image.t259?.[0] !== 3)
      throw new Error(`not a CCITT G3 TIFF (compression ${image.t259?.[0]})`);
    UTIF.decodeImage(tiff, image);
    return { tiff, bits: image.data, width: image.width, lines: image.height };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page as the receiving machine prints it: every FAX line twice, 8-bit grey (0 black). */
export function printedFax(page: FaxPage): GrayImage {
  const { width, lines, bits } = page;
  const stride = Math.ceil(width / 8);
  const data = new Uint8Array(width * lines * 2);
  for (let y = 0; y < lines; y++) {
    for (let x = 0; x < width; x++) {
      const black = (bits[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
      const v = black ? 0 : 255;
      data[2 * y * width + x] = v;
      data[(2 * y + 1) * width + x] = v;
    }
  }
  return { width, height: lines * 2, data };
}

/** Printed pixels an inch: 204 across, 98 × 2 down. */
export const PRINTED_DPI = { x: FAX_DPI.x, y: FAX_DPI.y * 2 } as const;

export interface MmRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the printed page inside `rect` (mm from the top-left), with a white border. */
export function crop(image: GrayImage, rect: MmRect, border = 12): GrayImage {
  const px = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);
  const x0 = px(rect.x, PRINTED_DPI.x);
  const y0 = px(rect.y, PRINTED_DPI.y);
  const w = px(rect.x + rect.width, PRINTED_DPI.x) - x0;
  const h = px(rect.y + rect.height, PRINTED_DPI.y) - y0;
  const width = w + 2 * border;
  const height = h + 2 * border;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * image.width + x0;
    data.set(image.data.subarray(from, from + w), (y + border) * width + border);
  }
  return { width, height, data };
}

/** Images side by side, `gap` white pixels apart (cells of a comb read as one line). */
export function besideEachOther(images: GrayImage[], gap = 16): GrayImage {
  const height = Math.max(...images.map((i) => i.height));
  const width = images.reduce((w, i) => w + i.width, 0) + gap * (images.length - 1);
  const data = new Uint8Array(width * height).fill(255);
  let left = 0;
  for (const image of images) {
    const top = Math.floor((height - image.height) / 2);
    for (let y = 0; y < image.height; y++) {
      data.set(
        image.data.subarray(y * image.width, (y + 1) * image.width),
        (top + y) * width + left,
      );
    }
    left += image.width + gap;
  }
  return { width, height, data };
}

function pgm({ width, height, data }: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), data]);
}

/**
 * Tesseract's reading (Japanese) of each image, in one process (the language model loads once).
 * `psm` is Tesseract's page segmentation mode: 6 = a block of text, 7 = a single line.
 */
export function ocr(images: GrayImage[], psm = 6): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-'));
  try {
    const files = images.map((image, i) => {
      const file = join(dir, `${i}.pgm`);
      writeFileSync(file, pgm(image));
      return file;
    });
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${files.join('\n')}\n`);
    const out = run('tesseract', [
      list,
      'stdout',
      '-l',
      'jpn',
      '--psm',
      String(psm),
      '--dpi',
      String(PRINTED_DPI.x),
    ]).toString('utf8');
    // Tesseract ends every page with a form feed.
    const pages = out.split('\f');
    if (pages.length < images.length)
      throw new Error(`Tesseract read ${pages.length} of ${images.length} images`);
    return pages.slice(0, images.length).map((p) => p.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Levenshtein distance between the code points of `a` and `b`. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[t.length]!;
}

/*
 * Tesseract's Japanese model has no 髙, 﨑 or 𠮷: it reads the common forms, which is what a
 * person reading the FAX reads too. Compared in their common form.
 */
const COMMON_FORMS: Record<string, string> = { 髙: '高', 﨑: '崎', '𠮷': '吉' };

/** Text as compared: compatibility forms folded (ｱ → ア, ０ → 0), no spaces or line breaks. */
export function comparable(text: string): string {
  return Array.from(text.normalize('NFKC').replace(/\s+/gu, ''), (ch) => COMMON_FORMS[ch] ?? ch)
    .join('')
    .toLowerCase();
}

export const digitStrings = (text: string) => comparable(text).match(/\d+/g) ?? [];

export interface Reading {
  expected: string;
  read: string;
  /** Edit distance over the expected length, both as `comparable` gives them. */
  distance: number;
  digitsExact: boolean;
}

export function compareReading(expected: string, read: string): Reading {
  const e = comparable(expected);
  const distance = e.length === 0 ? 0 : editDistance(e, comparable(read)) / Array.from(e).length;
  const digitsExact = JSON.stringify(digitStrings(expected)) === JSON.stringify(digitStrings(read));
  return { expected, read, distance, digitsExact };
}

/** `image` `factor` times larger, each pixel a square of pixels (no new detail, none lost). */
export function enlarged(image: GrayImage, factor: number): GrayImage {
  const width = image.width * factor;
  const height = image.height * factor;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = Math.floor(y / factor) * image.width;
    for (let x = 0; x < width; x++)
      data[y * width + x] = image.data[from + Math.floor(x / factor)]!;
  }
  return { width, height, data };
}

/** `image` cut down to its ink, with a white border of `border` pixels (Tesseract reads a line
 * better without a wide empty margin beside it). */
export function trimmed(image: GrayImage, border = 12): GrayImage {
  let [top, bottom, left, right] = [image.height, -1, image.width, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x]! < 128) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (bottom < 0) return image;
  const width = right - left + 1 + 2 * border;
  const height = bottom - top + 1 + 2 * border;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = top; y <= bottom; y++) {
    const from = y * image.width + left;
    data.set(
      image.data.subarray(from, from + right - left + 1),
      (y - top + border) * width + border,
    );
  }
  return { width, height, data };
}
