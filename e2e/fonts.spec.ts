import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { CONFIRMED, savedProgress, seedStorage } from './support/progress';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/**
 * Windows 10 (1809 and later) and 11 ship BIZ UDPGothic; every @font-face names it first
 * (local()), so a PC that has it downloads no web-font file on any page. Debian's
 * fonts-morisawa-bizud-gothic is the same font (.ci/run installs it).
 */

function installed(): boolean {
  try {
    return execFileSync('fc-list', [':family=BIZ UDPGothic'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Font files and the stylesheet of the lazily loaded pages' @font-face rules. */
function countFonts(page: Page): string[] {
  const fonts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.(woff2?|ttf|otf)$/.test(path) || /faces-rest-[^/]*\.css$/.test(path)) fonts.push(path);
  });
  return fonts;
}

const PAGES = [
  [ROUTES.start, /./],
  [ROUTES.tasks, '手続きの一覧'],
  [REQUEST_PAGE_PATHS.dateAndProcedures, '依頼日と手続きの種類'],
  [REQUEST_PAGE_PATHS.organisation, '団体の情報'],
  [REQUEST_PATHS.check, '入力内容の確認'],
  [TASK_PATHS.print, '依頼書を印刷して捺印する'],
  [TASK_PATHS.certificate, '電子証明書を取得する'],
] as const;

test('with BIZ UDPGothic installed, no page downloads a font file', async ({ page, context }) => {
  expect(
    installed(),
    'BIZ UDPGothic is not installed: apt-get install fonts-morisawa-bizud-gothic',
  ).toBe(true);
  await seedStorage(context, savedProgress(CONFIRMED));
  const fonts = countFonts(page);
  for (const [path, heading] of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // Every face the page's text needs has been chosen and loaded (from the PC or the network).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await page.evaluate(() => document.fonts.check('16px "BIZ UDPGothic"', '手続き'))).toBe(
      true,
    );
  }
  expect(fonts).toEqual([]);
});

test('without the installed font, the lazily loaded pages bring their @font-face rules', async ({
  page,
  context,
}) => {
  // A PC without BIZ UDPGothic: the app's check for the installed font finds none.
  await page.addInitScript(() => {
    const load = Object.getOwnPropertyDescriptor(FontFace.prototype, 'load')!.value as (
      this: FontFace,
    ) => Promise<FontFace>;
    FontFace.prototype.load = function (this: FontFace) {
      return this.family === 'rokin-installed-probe'
        ? Promise.reject(new DOMException('not installed', 'NetworkError'))
        : load.call(this);
    };
  });
  await seedStorage(context, savedProgress(CONFIRMED));
  const fonts = countFonts(page);
  await page.goto(ROUTES.tasks);
  await expect(page.getByRole('heading', { level: 1, name: '手続きの一覧' })).toBeVisible();
  await expect.poll(() => fonts.filter((path) => path.endsWith('.css'))).toHaveLength(1);
});
