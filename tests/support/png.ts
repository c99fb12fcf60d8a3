import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * Just enough PNG for the PDF snapshots: 8-bit greyscale, non-interlaced (what encodeGrayPng
 * writes), read and written with node:zlib so the tests need no image package. Also reads the
 * binary PGM that `pdftoppm -gray` prints.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 is black. */
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodeGrayPng(png: Uint8Array): GrayImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.length);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || colour !== 0 || interlace !== 0) {
        throw new Error(`only 8-bit greyscale PNGs (got depth ${depth}, colour type ${colour})`);
      }
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)];
    const src = raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1));
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const a = x > 0 ? data[row + x - 1]! : 0;
      const b = y > 0 ? data[row - width + x]! : 0;
      const c = x > 0 && y > 0 ? data[row - width + x - 1]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      data[row + x] = (src[x]! + predictor) & 0xff;
    }
  }
  return { width, height, data };
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

export function encodeGrayPng({ width, height, data }: GrayImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth; colour type 0 (grey), no interlace
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter "Up" on every row: a form's rows mostly repeat the one above, which deflates well.
    const at = y * (width + 1);
    raw[at] = 2;
    for (let x = 0; x < width; x++) {
      const above = y > 0 ? data[(y - 1) * width + x]! : 0;
      raw[at + 1 + x] = (data[y * width + x]! - above) & 0xff;
    }
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A binary greyscale PGM (P5, maxval 255), as `pdftoppm -gray` writes it. */
export function decodePgm(pgm: Uint8Array): GrayImage {
  const buf = Buffer.from(pgm.buffer, pgm.byteOffset, pgm.length);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.toString('latin1', 0, 64));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return { width, height, data: new Uint8Array(buf.subarray(start, start + width * height)) };
}
