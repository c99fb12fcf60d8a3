import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from './font-engine';

/** Node only (CLI, tests, benchmark): the fonts straight from node_modules. */

const require = createRequire(import.meta.url);

export const PRIMARY_FONT_PATH =
  require.resolve('@expo-google-fonts/biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf');
export const FALLBACK_FONT_PATH =
  require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');

let primary: Promise<Uint8Array> | undefined;
let fallback: Promise<Uint8Array> | undefined;

// The same Uint8Array instances every time, so parsed fonts are cached across renders.
const load = (path: string) =>
  readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.length));

export async function loadNodeFonts(): Promise<PdfFonts> {
  primary ??= load(PRIMARY_FONT_PATH);
  return { primary: await primary, loadFallback: () => (fallback ??= load(FALLBACK_FONT_PATH)) };
}
