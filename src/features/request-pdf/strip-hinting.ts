/**
 * Removes TrueType hinting from a subset font: the glyph programs, fpgm, prep and cvt. Hinting
 * snaps outlines to screen pixels; a printed and faxed form does not need it, and in BIZ UD Gothic
 * it is about a fifth of every glyph, which keeps a filled form under the size budget. All hinting
 * goes at once (never only some), so no glyph can call a function that is no longer there.
 * The rebuilt font uses the short `loca` format (offsets / 2) whenever the glyph data allows:
 * every glyph is padded to 4 bytes here, so no offset is odd (odd offsets written as short `loca`
 * are what garbles small subsets in @pdf-lib/fontkit). Half the `loca` bytes, ~350 bytes a form.
 */

const DROPPED_TABLES = new Set(['fpgm', 'prep', 'cvt ']);

// Composite glyph flags.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

interface Table {
  tag: string;
  data: Uint8Array;
}

function stripGlyph(glyph: Uint8Array): Uint8Array {
  if (glyph.length === 0) return glyph;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const contours = view.getInt16(0);
  if (contours >= 0) {
    const lengthAt = 10 + 2 * contours;
    const instructions = view.getUint16(lengthAt);
    const out = new Uint8Array(glyph.length - instructions);
    out.set(glyph.subarray(0, lengthAt), 0);
    // instructionLength stays 0 (fresh array); flags and coordinates follow directly.
    out.set(glyph.subarray(lengthAt + 2 + instructions), lengthAt + 2);
    return out;
  }
  const out = glyph.slice();
  const outView = new DataView(out.buffer);
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    outView.setUint16(at, flags & ~WE_HAVE_INSTRUCTIONS);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out.subarray(0, at);
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

export function stripHinting(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  if (!head || !loca || !glyf) return font; // not TrueType outlines: leave as is

  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const longLoca = headView.getInt16(50) === 1;
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const entries = loca.length / (longLoca ? 4 : 2);
  const offsetAt = (i: number) =>
    longLoca ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2;

  const glyphs: Uint8Array[] = [];
  let glyfLength = 0;
  for (let i = 0; i < entries - 1; i++) {
    const glyph = stripGlyph(glyf.subarray(offsetAt(i), offsetAt(i + 1)));
    glyphs.push(glyph);
    glyfLength += (glyph.length + 3) & ~3;
  }
  const shortLoca = glyfLength / 2 <= 0xffff;
  const newGlyf = new Uint8Array(glyfLength);
  const newLoca = new Uint8Array(entries * (shortLoca ? 2 : 4));
  const newLocaView = new DataView(newLoca.buffer);
  const setOffset = (i: number, offset: number) => {
    if (shortLoca) newLocaView.setUint16(i * 2, offset / 2);
    else newLocaView.setUint32(i * 4, offset);
  };
  let at = 0;
  glyphs.forEach((glyph, i) => {
    setOffset(i, at);
    newGlyf.set(glyph, at);
    at += (glyph.length + 3) & ~3;
  });
  setOffset(entries - 1, at);

  const newHead = head.slice();
  const newHeadView = new DataView(newHead.buffer);
  newHeadView.setInt16(50, shortLoca ? 0 : 1);
  newHeadView.setUint32(8, 0); // checkSumAdjustment, set below

  const out: Table[] = [];
  for (const [tag, data] of tables) {
    if (DROPPED_TABLES.has(tag)) continue;
    const replaced =
      tag === 'glyf' ? newGlyf : tag === 'loca' ? newLoca : tag === 'head' ? newHead : data;
    out.push({ tag, data: replaced });
  }
  out.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));

  const headerLength = 12 + 16 * out.length;
  const total = out.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerLength);
  const result = new Uint8Array(total);
  const resultView = new DataView(result.buffer);
  result.set(font.subarray(0, 4), 0); // sfnt version
  const n = out.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  resultView.setUint16(4, n);
  resultView.setUint16(6, searchRange);
  resultView.setUint16(8, entrySelector);
  resultView.setUint16(10, n * 16 - searchRange);
  let offset = headerLength;
  let headOffset = 0;
  out.forEach((table, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) result[record + c] = table.tag.charCodeAt(c);
    resultView.setUint32(record + 4, checksum(table.data));
    resultView.setUint32(record + 8, offset);
    resultView.setUint32(record + 12, table.data.length);
    if (table.tag === 'head') headOffset = offset;
    result.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  resultView.setUint32(headOffset + 8, (0xb1b0afba - checksum(result)) >>> 0);
  return result;
}
