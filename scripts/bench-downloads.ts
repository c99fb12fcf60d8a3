/**
 * What a person's browser downloads (not a test; part of `npm run bench`), measured in Chromium
 * against `vite preview` of the build, cold cache, no service worker:
 *
 * - landing → first PDF: the start page, はじめる, the task list, 依頼書を作成する, every page of
 *   the form typed in, 「この内容で依頼書を作成する」 and the finished preview; once with the
 *   guide's 記入例 and once with a rare character (𠮷, which BIZ UD Gothic lacks) in the name;
 * - web-font files fetched on the start page, the task list and the form's first page, each in a
 *   fresh context (with BIZ UDPGothic installed, as on Windows 10 1809+ and 11, this must be 0);
 * - the service worker's precache (from dist/sw.js).
 *
 * `vite preview` does not compress, so each file's gzip size is computed from dist/ (what a
 * server with gzip would send); raw sizes are given too.
 *   npx tsx scripts/bench-downloads.ts [--dist DIR]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import type { Request } from '../src/domain/request/schema';
import { fillRequestPages } from '../e2e/support/request-form';
import {
  chromiumPath,
  freePort,
  newContext,
  option,
  startPreview,
  stopPreview,
} from './support/preview';

const DIST = resolve(option('--dist') ?? 'dist');
const TIMEOUT = 120_000;
const KB = 1024;

const gzipCache = new Map<string, { raw: number; gzip: number }>();
/** A URL path's file in dist/ (an app path is index.html), raw and gzip sizes. */
function sizesOf(pathname: string): { raw: number; gzip: number } {
  let file = join(DIST, decodeURIComponent(pathname));
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
  let sizes = gzipCache.get(file);
  if (!sizes) {
    const bytes = readFileSync(file);
    sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    gzipCache.set(file, sizes);
  }
  return sizes;
}

type Kind = 'web font' | 'PDF font' | 'JS' | 'CSS' | 'HTML' | 'JSON' | 'other';
function kindOf(pathname: string): Kind {
  if (/\/assets\/biz-udpgothic-[^/]+\.woff2$/.test(pathname)) return 'web font';
  if (/\.(ttf|otf|bin|glyphs)$/.test(pathname) || /\/pdf\/(?!metrics)/.test(pathname))
    return 'PDF font';
  if (pathname.endsWith('.js')) return 'JS';
  if (pathname.endsWith('.css')) return 'CSS';
  if (pathname.endsWith('.json')) return 'JSON';
  if (!/\.\w+$/.test(pathname)) return 'HTML';
  return 'other';
}

interface Download {
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

/** Every response of the page's origin that carried a body (not 304, not from memory cache). */
function record(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() !== 200 || response.fromServiceWorker()) return;
    if (url.protocol !== 'http:') return;
    downloads.push({ path: url.pathname, kind: kindOf(url.pathname), ...sizesOf(url.pathname) });
  });
  return downloads;
}

function summarise(title: string, downloads: Download[]): void {
  const unique = new Map(downloads.map((d) => [d.path, d]));
  const byKind = new Map<Kind, { n: number; raw: number; gzip: number }>();
  for (const d of unique.values()) {
    const sum = byKind.get(d.kind) ?? { n: 0, raw: 0, gzip: 0 };
    sum.n += 1;
    sum.raw += d.raw;
    sum.gzip += d.gzip;
    byKind.set(d.kind, sum);
  }
  const total = [...unique.values()].reduce((s, d) => s + d.gzip, 0);
  const raw = [...unique.values()].reduce((s, d) => s + d.raw, 0);
  console.log(
    `${title}: ${(total / KB).toFixed(0)} KB gzip (${(raw / KB).toFixed(0)} KB raw), ${unique.size} files`,
  );
  for (const [kind, sum] of byKind)
    console.log(
      `    ${kind.padEnd(9)} ${String(sum.n).padStart(4)} files ${(sum.gzip / KB).toFixed(0).padStart(6)} KB gzip ${(sum.raw / KB).toFixed(0).padStart(6)} KB raw`,
    );
}

async function clickThrough(page: Page, request: Request, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'はじめる' }).click();
  await page.getByRole('heading', { level: 1, name: '手続きの一覧' }).waitFor({ timeout: TIMEOUT });
  await page.getByRole('link', { name: '依頼書を作成する' }).click();
  // The end-to-end tests' own way through the form, so its words stay the app's.
  await fillRequestPages(page, request, TIMEOUT);
  await page.getByRole('button', { name: 'この内容で依頼書を作成する' }).click();
  await page
    .getByText('依頼書（PDF）を作成しました。')
    .waitFor({ timeout: TIMEOUT, state: 'visible' });
}

async function landingToPdf(browser: Browser, base: string, request: Request): Promise<Download[]> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  const page = await context.newPage();
  const downloads = record(page);
  await clickThrough(page, request, base);
  await page.waitForLoadState('networkidle');
  await context.close();
  return downloads;
}

async function webFontsOn(browser: Browser, base: string, path: string): Promise<Download[]> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  const page = await context.newPage();
  const downloads = record(page);
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  await context.close();
  return downloads.filter((d) => d.kind === 'web font');
}

/** The precache list of dist/sw.js (Workbox's precacheAndRoute([...]) argument). */
function precache(): void {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  const byKind = new Map<Kind, number>();
  for (const url of urls) {
    const s = sizesOf(`/${url}`);
    raw += s.raw;
    gzip += s.gzip;
    const kind = kindOf(`/${url}`);
    byKind.set(kind, (byKind.get(kind) ?? 0) + s.gzip);
  }
  console.log(
    `offline precache: ${urls.length} files, ${(gzip / KB).toFixed(0)} KB gzip (${(raw / KB).toFixed(0)} KB raw): ` +
      [...byKind].map(([k, v]) => `${k} ${(v / KB).toFixed(0)} KB`).join(', '),
  );
}

const RARE: Request = { ...REQUEST_EXAMPLE, representativeName: '𠮷田 花子' };

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: run npm run build first`);
  const installed = (() => {
    try {
      return execFileSync('fc-list', [':family=BIZ UDPGothic'], { encoding: 'utf8' }).trim() !== '';
    } catch {
      return false;
    }
  })();
  const port = await freePort();
  const server = await startPreview(port, DIST);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu'],
  });
  try {
    console.log(
      `\nDownloads (Chromium ${browser.version()}, cold cache, no service worker; BIZ UDPGothic ${installed ? 'installed' : 'NOT installed'} on this machine)\n`,
    );
    summarise('landing → first PDF, 記入例', await landingToPdf(browser, base, REQUEST_EXAMPLE));
    summarise('landing → first PDF, rare character (𠮷)', await landingToPdf(browser, base, RARE));
    let total = 0;
    for (const path of ['/', '/tasks', '/request/procedures', '/request/organisation']) {
      const fonts = await webFontsOn(browser, base, path);
      total += fonts.length;
      console.log(
        `web-font files on ${path.padEnd(22)} ${String(fonts.length).padStart(4)} (${(fonts.reduce((s, d) => s + d.raw, 0) / KB).toFixed(0)} KB raw)`,
      );
    }
    console.log(`web-font files on those pages together: ${total}`);
    precache();
  } finally {
    await browser.close().catch(() => undefined);
    stopPreview(server);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
