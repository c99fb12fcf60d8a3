/**
 * Screenshots of pages of the running app, for looking at them as a person would.
 * Usage: npx tsx scripts/screenshot.ts <outDir> <path>[=<seed.json>] ... (app on :4173)
 * Options: --width N (default 1024), --base URL.
 */
import { mkdirSync } from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const take = (flag: string) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const width = Number(take('--width') ?? 1024);
const base = take('--base') ?? 'http://localhost:4173';
const [outDir, ...paths] = args;
if (!outDir || paths.length === 0) {
  console.error('usage: tsx scripts/screenshot.ts <outDir> <path>[=<seed.json>] ...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
for (const spec of paths) {
  const [path, seed] = spec.split('=');
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'ja-JP' });
  if (seed) {
    const raw = readFileSync(seed, 'utf8');
    await page.addInitScript(
      (value) => localStorage.setItem('rokin-cert-wizard:progress', value),
      raw,
    );
  }
  await page.goto(base + path!);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const file = join(outDir, `${path!.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
