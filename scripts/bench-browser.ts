/**
 * Benchmark (not a test) of the production build in Chromium: npm run bench (builds first), or
 * npx tsx scripts/bench-browser.ts [--runs N] [--dist DIR].
 *
 * Starts `vite preview` of dist/ (or DIR) on a free port, drives Chromium with Playwright and
 * prints min / median / max over N runs (default 7) of:
 * - the start page: first-contentful-paint and the h1 being visible, first visit (empty cache),
 *   on this machine and on a throttled "office PC" (4× slower CPU, 1.6 Mbit/s, 150 ms RTT),
 *   with the JS / CSS / font bytes it downloaded; and a repeat visit under the service worker;
 * - the postal-code answer after the 7th digit (a chunk not loaded before);
 * - the PDF preview: from 「この内容で依頼書を作成する」 with the PDF code and the form's glyphs
 *   already prefetched by the form (warm), and from opening /print in a new browser context
 *   (cold: code, glyphs and all), each on this machine and on the office PC;
 * - responsiveness while the PDF renders: a checkbox click's time to the next frame, and the
 *   longest main-thread task during the render.
 * Service workers are blocked except where measured (they would download in the background).
 * Everything is bounded by timeouts; the server is stopped at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { savedProgress, seedStorage } from '../e2e/support/progress';
import {
  chromiumPath,
  freePort,
  newContext,
  option,
  startPreview,
  stopPreview,
} from './support/preview';

const RUNS = Number(option('--runs') ?? 7);
/** `--only pdf`: only the PDF measures. */
const ONLY = option('--only');
/** The office PC: 4× slower CPU, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
const OFFICE_PC = {
  cpu: 4,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
/** What the form prefetches for the PDF: this build's form glyphs (or, before, the whole font). */
const PDF_PREFETCH = /(\/pdf\/glyphs\/[0-9a-f]+\/p-form\.bin|BIZUDGothic_400Regular-[^/]+\.ttf)$/;
const DIST = resolve(option('--dist') ?? 'dist');
const STEP_TIMEOUT = 60_000;

function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/** The 記入例, complete; confirmed or not (then the check page offers 「この内容で依頼書を作成する」). */
function exampleProgress(confirmed: boolean): string {
  return savedProgress({
    requestConfirmed: confirmed,
    request: { ...REQUEST_EXAMPLE, requestDate: today() },
  });
}

/** In the page: when the first element matching `selector` containing `text` appears. */
async function watchFor(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, txt]) => {
      const w = window as unknown as { __seen?: number };
      delete w.__seen;
      const check = () => {
        const hit = [...document.querySelectorAll(sel)].some((el) => el.textContent.includes(txt));
        if (hit && w.__seen === undefined) w.__seen = performance.now();
        return hit;
      };
      if (check()) return;
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    [selector, text] as const,
  );
}

async function seenAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __seen?: number }).__seen !== undefined, null, {
    timeout: STEP_TIMEOUT,
  });
  return page.evaluate(() => (window as unknown as { __seen: number }).__seen);
}

/** Records, from the first script on, when the start page's h1 appears and FCP. */
const START_PAGE_PROBE = () => {
  const w = window as unknown as { __h1?: number; __fcp?: number };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') w.__fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (w.__h1 === undefined && document.querySelector('h1')) {
      // Visible = painted: the frame after the h1 is in the DOM.
      requestAnimationFrame(() => (w.__h1 = performance.now()));
      observer.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
};

/** Throttles the page (and the workers it starts, which share its network) to the office PC. */
async function officePc(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: OFFICE_PC.cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: OFFICE_PC.latency,
    downloadThroughput: OFFICE_PC.downloadThroughput,
    uploadThroughput: OFFICE_PC.uploadThroughput,
  });
}

interface StartPageRun {
  fcp: number;
  h1: number;
  js: number;
  /** Each script with its bytes, to tell the first load from what follows it. */
  jsFiles: [name: string, bytes: number][];
  css: number;
  fonts: number;
  fontBytes: number;
}

async function startPage(
  browser: Browser,
  base: string,
  throttled: boolean,
): Promise<StartPageRun> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  const page = await context.newPage();
  if (throttled) await officePc(page);
  await page.addInitScript(START_PAGE_PROBE);
  const sizes = { js: 0, jsFiles: [] as [string, number][], css: 0, fonts: 0, fontBytes: 0 };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    const counted = request.sizes().then((s) => {
      const url = request.url();
      const bytes = s.responseBodySize + s.responseHeadersSize;
      if (url.endsWith('.js')) {
        sizes.js += bytes;
        sizes.jsFiles.push([new URL(url).pathname.replace('/assets/', ''), bytes]);
      } else if (url.endsWith('.css')) sizes.css += bytes;
      else if (/\.(woff2?|ttf)$/.test(url)) {
        sizes.fonts += 1;
        sizes.fontBytes += bytes;
      }
    });
    pending.push(counted.catch(() => undefined));
  });
  await page.goto(`${base}/`, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __h1?: number; __fcp?: number };
      return w.__h1 !== undefined && w.__fcp !== undefined;
    },
    null,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForLoadState('networkidle', { timeout: STEP_TIMEOUT });
  await Promise.all(pending);
  const { fcp, h1 } = await page.evaluate(() => {
    const w = window as unknown as { __h1: number; __fcp: number };
    return { fcp: w.__fcp, h1: w.__h1 };
  });
  await context.close();
  return { fcp, h1, ...sizes };
}

/** A repeat visit: everything from the service worker's cache. */
async function startPageRepeat(
  browser: Browser,
  base: string,
): Promise<{ fcp: number; h1: number }> {
  const context = await newContext(browser, { locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const deadline = Date.now() + STEP_TIMEOUT;
  while (
    (await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state,
    )) !== 'activated'
  ) {
    if (Date.now() > deadline) throw new Error('the service worker did not activate');
    await page.waitForTimeout(200);
  }
  const second = await context.newPage();
  await page.close();
  await second.addInitScript(START_PAGE_PROBE);
  await second.goto(`${base}/`);
  await second.waitForFunction(
    () => {
      const w = window as unknown as { __h1?: number; __fcp?: number };
      return w.__h1 !== undefined && w.__fcp !== undefined;
    },
    null,
    { timeout: STEP_TIMEOUT },
  );
  const result = await second.evaluate(() => {
    const w = window as unknown as { __h1: number; __fcp: number };
    return { fcp: w.__fcp, h1: w.__h1, controlled: navigator.serviceWorker.controller !== null };
  });
  await context.close();
  if (!result.controlled) throw new Error('repeat visit was not served by the service worker');
  return result;
}

const POSTAL_CODES = ['1000001', '1500001', '5300001', '4600002', '0600001', '8120011', '9800811'];

async function postalAnswer(browser: Browser, base: string, code: string): Promise<number> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(`${base}/request/organisation`);
  const input = page.getByLabel('郵便番号');
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.click();
  await page.keyboard.type(code.slice(0, 6));
  await page.evaluate(() => {
    const w = window as unknown as { __typed?: number };
    document.addEventListener('keydown', (e) => (w.__typed = e.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await watchFor(page, 'p, legend, span, div', 'の住所');
  await page.keyboard.press(code[6]!);
  const seen = await seenAt(page);
  const typed = await page.evaluate(() => (window as unknown as { __typed: number }).__typed);
  await context.close();
  return seen - typed;
}

/** Warm: the form's pages have prefetched the PDF worker and glyphs; then 「この内容で…」. */
async function pdfWarm(browser: Browser, base: string, throttled = false): Promise<number> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  await seedStorage(context, exampleProgress(false));
  const page = await context.newPage();
  if (throttled) await officePc(page);
  // What the form downloads ahead for the PDF, including the worker's glyph requests.
  let pending = 0;
  let lastDone = 0;
  const isPdfAsset = (url: string) => /\/pdf\/glyphs\/|\.ttf$/.test(url);
  page.on('request', (r) => isPdfAsset(r.url()) && (pending += 1));
  const done = (r: { url(): string }) => {
    if (!isPdfAsset(r.url())) return;
    pending -= 1;
    lastDone = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const font = page.waitForResponse(PDF_PREFETCH, { timeout: STEP_TIMEOUT });
  await page.goto(`${base}/request/check`);
  await (await font).finished();
  // The person reads the check page meanwhile: wait until the prefetch has settled.
  const deadline = Date.now() + STEP_TIMEOUT;
  while (pending > 0 || Date.now() - lastDone < 500) {
    if (Date.now() > deadline) throw new Error('the PDF prefetch did not settle');
    await page.waitForTimeout(100);
  }
  const button = page.getByRole('button', { name: 'この内容で依頼書を作成する' });
  await button.waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(() => {
    const w = window as unknown as { __clicked?: number };
    document.addEventListener('click', (e) => (w.__clicked = e.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await watchFor(page, '[role="status"]', '依頼書（PDF）を作成しました');
  await button.click();
  const seen = await seenAt(page);
  await page.getByTitle('依頼書のプレビュー').waitFor({ timeout: STEP_TIMEOUT });
  const clicked = await page.evaluate(() => (window as unknown as { __clicked: number }).__clicked);
  await context.close();
  return seen - clicked;
}

/** Cold: a new browser context opens /print; measured from the navigation's start. */
async function pdfCold(browser: Browser, base: string, throttled = false): Promise<number> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  await seedStorage(context, exampleProgress(true));
  const page = await context.newPage();
  if (throttled) await officePc(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __seen?: number };
    const observer = new MutationObserver(() => {
      const ready = [...document.querySelectorAll('[role="status"]')].some((el) =>
        el.textContent.includes('依頼書（PDF）を作成しました'),
      );
      if (ready && w.__seen === undefined) {
        w.__seen = performance.now();
        observer.disconnect();
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true, characterData: true }),
    );
  });
  await page.goto(`${base}/print`);
  const seen = await seenAt(page);
  await context.close();
  return seen;
}

/**
 * While the PDF renders (cold, so it takes a while), the person ticks a step: the time from the
 * click to the next frame, and the longest main-thread task during the render.
 */
async function responsiveness(
  browser: Browser,
  base: string,
): Promise<{ click: number; longestTask: number }> {
  const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
  await seedStorage(context, exampleProgress(true));
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/print`);
  const box = page.getByRole('checkbox').first();
  await box.waitFor({ timeout: STEP_TIMEOUT });
  const rendering = await page
    .getByText('依頼書（PDF）を作成しています')
    .isVisible()
    .catch(() => false);
  // Only what happens during the render counts: reset the longest task now.
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __frame?: number; __down?: number };
    w.__longest = 0;
    document.addEventListener(
      'click',
      (e) => {
        w.__down = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => (w.__frame = performance.now()), 0));
      },
      { capture: true, once: true },
    );
  });
  await box.click();
  await page.waitForFunction(() => (window as { __frame?: number }).__frame !== undefined, null, {
    timeout: STEP_TIMEOUT,
  });
  await page.getByText('依頼書（PDF）を作成しました').waitFor({ timeout: STEP_TIMEOUT });
  const result = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __frame: number; __down: number };
    return { click: w.__frame - w.__down, longestTask: w.__longest };
  });
  await context.close();
  if (!rendering)
    console.warn('  (the PDF was ready before the click: not measured during a render)');
  return result;
}

const f0 = (n: number) => n.toFixed(0).padStart(6);
function summary(name: string, values: number[], unit = 'ms'): void {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(
    `${name.padEnd(58)} ${f0(sorted[0] ?? NaN)} ${f0(median)} ${f0(sorted.at(-1) ?? NaN)}  ${unit}`,
  );
}

async function repeat<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

let server: ChildProcess | undefined;

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: run npm run build first`);
  }
  const port = await freePort();
  server = await startPreview(port, DIST);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu'],
  });
  process.once('SIGINT', () => {
    if (server) stopPreview(server);
    process.exit(130);
  });
  try {
    console.log(
      `\nBrowser benchmark: Chromium ${browser.version()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${RUNS} runs each, ${DIST}\n`,
    );
    console.log(
      `${'measure'.padEnd(58)} ${'min'.padStart(6)} ${'median'.padStart(6)} ${'max'.padStart(6)}`,
    );
    await startPage(browser, base, false); // warm-up: the server's and the OS's caches
    const local = await repeat(ONLY === 'pdf' ? 1 : RUNS, () => startPage(browser, base, false));
    summary(
      'start page, first visit: first-contentful-paint',
      local.map((r) => r.fcp),
    );
    summary(
      'start page, first visit: h1 rendered (next frame)',
      local.map((r) => r.h1),
    );
    const runs = ONLY === 'pdf' ? 0 : RUNS;
    const slow = await repeat(runs, () => startPage(browser, base, true));
    summary(
      'start page, office PC (4× CPU, 1.6 Mbit/s, 150 ms): FCP',
      slow.map((r) => r.fcp),
    );
    summary(
      'start page, office PC: h1 rendered',
      slow.map((r) => r.h1),
    );
    const repeatVisit = await repeat(runs, () => startPageRepeat(browser, base));
    summary(
      'start page, repeat visit (service worker): FCP',
      repeatVisit.map((r) => r.fcp),
    );
    summary(
      'start page, repeat visit (service worker): h1 rendered',
      repeatVisit.map((r) => r.h1),
    );
    const postal = await repeat(runs, (i) =>
      postalAnswer(browser, base, POSTAL_CODES[i % POSTAL_CODES.length]!),
    );
    summary('postal code: 7th digit → address shown (new chunk)', postal);
    await pdfWarm(browser, base); // warm-up
    summary(
      'PDF: 「この内容で依頼書を作成する」 → preview (prefetched)',
      await repeat(RUNS, () => pdfWarm(browser, base)),
    );
    summary(
      'PDF: open /print in a new context → preview (cold)',
      await repeat(RUNS, () => pdfCold(browser, base)),
    );
    summary(
      'PDF, office PC: 「この内容で…」 → preview (prefetched)',
      await repeat(RUNS, () => pdfWarm(browser, base, true)),
    );
    summary(
      'PDF, office PC: open /print, new context → preview (cold)',
      await repeat(RUNS, () => pdfCold(browser, base, true)),
    );
    const responsive = await repeat(RUNS, () => responsiveness(browser, base));
    summary(
      'while the PDF renders: click → next frame',
      responsive.map((r) => r.click),
    );
    summary(
      'while the PDF renders: longest main-thread task',
      responsive.map((r) => r.longestTask),
    );
    const first = local[0]!;
    console.log(
      `\nStart page, first visit, downloaded (bytes on the wire, compressed as served by vite preview):` +
        `\n  JS ${(first.js / 1024).toFixed(1)} KB, CSS ${(first.css / 1024).toFixed(1)} KB, ` +
        `${first.fonts} font files ${(first.fontBytes / 1024).toFixed(1)} KB` +
        `\n  scripts (body + headers; the update notice's chunks load after the page's load event):` +
        first.jsFiles
          .map(([name, bytes]) => `\n    ${name} ${(bytes / 1024).toFixed(1)} KB`)
          .join('') +
        '\n',
    );
  } finally {
    await browser.close().catch(() => undefined);
    stopPreview(server);
  }
}

const watchdog = setTimeout(
  () => {
    console.error('bench-browser: gave up after 20 minutes');
    if (server) stopPreview(server);
    process.exit(1);
  },
  20 * 60 * 1000,
);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
