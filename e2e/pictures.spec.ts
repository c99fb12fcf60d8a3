import { expect, test, type Page } from '@playwright/test';
import type { Progress } from '../src/domain/progress/schema';
import { CATALOG } from '../src/features/guides/pictures/catalog';
import { savedProgress, seedStorage } from './support/progress';
import { TASK_PATHS } from '../src/content/routes';

/** After the bank's call: tasks 4–7 are open. */
const CALLED: Partial<Progress> = {
  requestConfirmed: true,
  faxSentAt: '2026-11-26T01:05:00.000Z',
  callReceivedAt: '2026-11-26T03:05:00.000Z',
  ticked: ['fax.send'],
};

// Only what the page itself fetches counts here, not what a service worker precaches.
test.use({ serviceWorkers: 'block' });

const GROUPS = ['old-certificate', 'edge', 'internet-options', 'certificate'] as const;

/** The picture chunks the page fetched, by task (the chunk is named after its module). */
function recordPictureChunks(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    for (const group of GROUPS) if (path.includes(`/pictures-${group}-`)) fetched.add(group);
  });
  return fetched;
}

const idsOf = (prefix: string) => Object.keys(CATALOG).filter((id) => id.startsWith(prefix));

test('a task page shows its pictures as named images and fetches no other task’s', async ({
  page,
}) => {
  const fetched = recordPictureChunks(page);
  await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
  await page.goto(TASK_PATHS.edge);

  const figures = page.locator('figure.picture');
  await expect(figures).toHaveCount(idsOf('edge.').length);
  for (const id of idsOf('edge.')) {
    const figure = page.locator(`figure[data-picture-id="${id}"]`);
    await expect(
      figure.getByRole('img', { name: CATALOG[id as keyof typeof CATALOG].alt }),
    ).toBeVisible();
  }
  await expect(
    page
      .locator('#edge\\.site-permissions')
      .getByRole('img', { name: /「Cookie とサイトのアクセス許可」（赤枠①）をクリックします。/ }),
  ).toBeVisible();

  expect([...fetched]).toEqual(['edge']);
  for (const other of GROUPS.filter((g) => g !== 'edge')) expect(fetched).not.toContain(other);
});

test('the picture of the chosen Windows is shown, and only that task’s pictures', async ({
  page,
}) => {
  const fetched = recordPictureChunks(page);
  await seedStorage(
    page,
    savedProgress({ ...CALLED, choices: { windowsVersion: '11', popupBlocker: 'on' } }),
  );
  await page.goto(TASK_PATHS['internet-options']);
  const variant = page
    .locator('.step__variant')
    .filter({ hasText: '＜Windows 11 の場合＞' })
    .first();
  await expect(
    variant.getByRole('img', { name: CATALOG['internet-options.open.win11'].alt }),
  ).toBeVisible();
  await expect(page.locator('figure[data-picture-id$=".win10"]')).toHaveCount(0);
  // ① (Windows 11 and the tip's Windows 11), ②, ③ (Windows 11), ④–⑪.
  await expect(page.locator('figure.picture')).toHaveCount(12);
  expect([...fetched]).toEqual(['internet-options']);
});

test('「拡大して見る」 works with the keyboard: Enter opens, Escape closes', async ({ page }) => {
  await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
  await page.goto(TASK_PATHS.certificate);
  const figure = page.locator('figure[data-picture-id="certificate.import-password"]');
  const alt = CATALOG['certificate.import-password'].alt;
  await expect(figure.getByRole('img', { name: alt })).toBeVisible();

  const opener = figure.getByRole('button', { name: '拡大して見る' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /秘密キーの保護/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeFocused();
  const large = dialog.getByRole('img', { name: alt });
  await expect(large).toBeVisible();
  // Enlarged: wider than the picture in the step.
  const small = await figure.locator('.picture__frame svg').first().boundingBox();
  const big = await large.boundingBox();
  expect(big!.width).toBeGreaterThan(small!.width * 1.2);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('on paper the pictures are printed without the enlarge buttons', async ({ page }) => {
  await seedStorage(page, savedProgress({ ...CALLED, choices: { oldPcInUse: 'yes' } }));
  await page.goto(TASK_PATHS['old-certificate']);
  await expect(page.locator('figure.picture svg[role="img"]')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  const buttons = page.locator('.picture__enlarge');
  await expect(buttons).toHaveCount(2);
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  await expect(
    page.getByRole('img', { name: CATALOG['old-certificate.delete'].alt }),
  ).toBeVisible();
  const frame = page
    .locator('[data-picture-id="old-certificate.delete"] .pic-highlight__frame')
    .first();
  await expect(frame).toHaveCSS('stroke', 'rgb(0, 0, 0)');
});
