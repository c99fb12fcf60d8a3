/**
 * Reading and writing the table directory of a TrueType (sfnt) font: just enough to cut a font
 * into glyph shards at build time (scripts/build-pdf-glyphs.ts) and to put one back together in
 * the browser (glyph-shards.ts). Tables are byte arrays; nothing inside them is interpreted here.
 */

export type Tables = Map<string, Uint8Array>;

/** The font's tables by tag (views into `font`, not copies). */
export function readTables(font: Uint8Array): Tables {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12) throw new Error('Not a font: too short');
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) {
    throw new Error(`Not a TrueType font (sfnt version 0x${version.toString(16)})`);
  }
  const count = view.getUint16(4);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > font.byteLength) throw new Error(`Table ${tag} runs past the end`);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const whole = data.length & ~3;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (data[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * A TrueType font of these tables, sorted by tag, each 4-byte aligned, with checksums and the
 * head table's checkSumAdjustment as the specification asks.
 */
export function writeSfnt(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + 16 * tags.length;
  let total = headerLength;
  for (const tag of tags) total += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, n * 16 - searchRange);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    let data = tables.get(tag)!;
    if (tag === 'head') {
      data = data.slice();
      new DataView(data.buffer).setUint32(8, 0); // checkSumAdjustment: set below
      headOffset = offset;
    }
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
