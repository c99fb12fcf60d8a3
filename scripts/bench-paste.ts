/**
 * Benchmark (not a test): how long the request form takes to respond to a 1,000,000-character
 * paste into 団体名, and to the next keystroke after it, in Chromium against a production build:
 * npx tsx scripts/bench-paste.ts [--runs N] [--dist DIR] [--chars N].
 *
 * The text goes through the real clipboard (Ctrl+V), so the page sees what a person's paste
 * gives it. "Responds" is the next animation frame after the key: until then the page is frozen.
 * Prints each run, the median, and how long the field's value ended up.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { REQUEST_PAGE_PATHS } from '../src/content/routes';
import {
  chromiumPath,
  freePort,
  newContext,
  option,
  startPreview,
  stopPreview,
} from './support/preview';

const RUNS = Number(option('--runs') ?? 3);
const DIST = resolve(option('--dist') ?? 'dist');
const CHARS = Number(option('--chars') ?? 1_000_000);

/** Milliseconds from pressing `key` until the page paints its next frame. */
async function responseTime(page: Page, key: string): Promise<number> {
  const started = performance.now();
  await page.keyboard.press(key);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: run npm run build first`);
  }
  const port = await freePort();
  const server = await startPreview(port, DIST);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu'],
  });
  try {
    const paste: number[] = [];
    const keystroke: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await newContext(browser, { serviceWorkers: 'block', locale: 'ja-JP' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: `http://localhost:${port}`,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      await page.goto(`http://localhost:${port}${REQUEST_PAGE_PATHS.organisation}`);
      const input = page.getByLabel('団体名');
      await input.focus();
      await page.evaluate((n) => navigator.clipboard.writeText('労'.repeat(n)), CHARS);
      paste.push(await responseTime(page, 'Control+V'));
      keystroke.push(await responseTime(page, 'a'));
      const length = await input.evaluate((el) => (el as HTMLInputElement).value.length);
      const notice = await page
        .locator('#organisationName-notice')
        .textContent()
        .catch(() => null);
      console.log(
        `run ${run + 1}: paste ${paste.at(-1)!.toFixed(0)} ms, next key ${keystroke.at(-1)!.toFixed(0)} ms, value ${length} characters${notice ? `, notice 「${notice}」` : ''}`,
      );
      await context.close();
    }
    console.log(
      `\n${CHARS.toLocaleString('en')} characters pasted into 団体名 (${DIST}), median of ${RUNS}: ` +
        `paste → next frame ${median(paste).toFixed(0)} ms, next keystroke → next frame ${median(keystroke).toFixed(0)} ms`,
    );
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
