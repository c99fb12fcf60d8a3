import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONFIRMED, readStorage, savedProgress, seedStorage } from './support/progress';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { FIELDS } from '../src/domain/request/fields';
import { emptyRequestDraft } from '../src/domain/request/schema';
import { REQUEST_PAGE_PATHS, ROUTES } from '../src/content/routes';
import { exportProgress } from '../src/domain/progress/transfer';
import { emptyProgress, type Progress } from '../src/domain/progress/schema';

/** A progress file as 「進捗をファイルに保存」 writes it, with `changes` (valid or not) applied. */
const exportedFile = (changes: Partial<Progress>) =>
  exportProgress(
    { ...emptyProgress(), ...changes },
    '2026-11-26T00:00:00.000Z',
    new Date('2026-11-26T00:00:00.000Z'),
  );

test('progress saved to a file resumes on another PC (a fresh browser)', async ({
  page,
  browser,
}) => {
  await seedStorage(
    page,
    savedProgress({
      ...CONFIRMED,
      request: { ...REQUEST_EXAMPLE, organisationName: '髙﨑𠮷労働組合' },
    }),
  );
  await page.goto(ROUTES.tasks);
  await page.getByRole('link', { name: '進捗をファイルに保存・ファイルから再開' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '進捗をファイルに保存' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^進捗_\d{4}-\d{2}-\d{2}\.json$/);
  const path = test.info().outputPath('progress.json');
  await download.saveAs(path);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(ROUTES.progressFile);
  await fresh.getByLabel('進捗ファイル').setInputFiles(path);
  await fresh.getByRole('button', { name: 'ファイルから再開' }).click();
  await expect(fresh.getByText('進捗ファイルを読み込みました。')).toBeVisible();
  await expect(fresh.getByText('7件中1件完了')).toBeVisible();
  await fresh.goto(REQUEST_PAGE_PATHS.organisation);
  await expect(fresh.getByLabel('団体名')).toHaveValue('髙﨑𠮷労働組合');
  await other.close();
});

test('a bad file says exactly what is wrong and changes nothing', async ({ page }) => {
  await seedStorage(page, savedProgress({ requestConfirmed: true }));
  await page.goto(ROUTES.progressFile);
  const before = await readStorage(page);

  const path = test.info().outputPath('bad.json');
  writeFileSync(path, exportedFile({ requestConfirmed: 'yes' as unknown as boolean }));
  await page.getByLabel('進捗ファイル').setInputFiles(path);
  await page.getByRole('button', { name: 'ファイルから再開' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('「依頼書の確認」の種類が正しくありません。');
  await expect(page).toHaveTitle(/^エラー: /);
  expect(await readStorage(page)).toBe(before);

  writeFileSync(path, 'not json at all');
  await page.getByLabel('進捗ファイル').setInputFiles(path);
  await page.getByRole('button', { name: 'ファイルから再開' }).click();
  await expect(page.getByRole('alert')).toContainText('ファイルを読み取れません。');
  expect(await readStorage(page)).toBe(before);
});

test('a file with a value longer than its field takes is refused, naming the field', async ({
  page,
}) => {
  await page.goto(ROUTES.progressFile);
  const before = await readStorage(page);
  const path = test.info().outputPath('long.json');
  writeFileSync(
    path,
    exportedFile({ request: { ...emptyRequestDraft(), organisationName: '労'.repeat(1000) } }),
  );
  await page.getByLabel('進捗ファイル').setInputFiles(path);
  await page.getByRole('button', { name: 'ファイルから再開' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `「依頼書の入力内容 › 団体名」が長すぎます（${FIELDS.organisationName.maxLength}文字までです）。`,
  );
  expect(await readStorage(page)).toBe(before);
});
