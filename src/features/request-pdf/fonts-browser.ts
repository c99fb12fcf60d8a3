import primaryUrl from '@expo-google-fonts/biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf?url';
import fallbackUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import type { PdfFonts } from './font-engine';

/**
 * Browser font loading (worker or main thread). The TTF files are emitted by Vite as assets of
 * the app itself, so they come from the app's own origin and the HTTP cache serves the worker and
 * the form the same download.
 */

let primary: Promise<Uint8Array> | undefined;
let fallback: Promise<Uint8Array> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font download failed (${response.status}): ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadPrimaryFont(): Promise<Uint8Array> {
  primary ??= fetchBytes(primaryUrl);
  primary.catch(() => (primary = undefined)); // allow a retry after a network error
  return primary;
}

export function loadFallbackFont(): Promise<Uint8Array> {
  fallback ??= fetchBytes(fallbackUrl);
  fallback.catch(() => (fallback = undefined));
  return fallback;
}

export async function loadBrowserFonts(): Promise<PdfFonts> {
  return { primary: await loadPrimaryFont(), loadFallback: loadFallbackFont };
}
