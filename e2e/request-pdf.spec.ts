import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EXAMPLE, createPdf, fillRequestForm } from './support/request-form';
import { savedProgress, seedStorage } from './support/progress';
import { emptyRequestDraft } from '../src/domain/request/schema';
import { TASK_PATHS } from '../src/content/routes';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('the PDF made from the form is shown, and its download carries every value', async ({
  page,
}) => {
  await fillRequestForm(page);
  await createPdf(page, 20_000);
  await expect(page.getByRole('button', { name: '依頼書を印刷' })).toBeEnabled();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '依頼書をダウンロード' }).click();
  const download = await downloading;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  expect(download.suggestedFilename()).toBe(`依頼書_中央労働組合_${today}.pdf`);
  const path = test.info().outputPath('request.pdf');
  await download.saveAs(path);
  // Layout spaces (the contract number's digit cells, 肩書 and 氏名) are not part of the values.
  const text = pdfText(path).replace(/\s+/g, '');
  for (const value of Object.values(EXAMPLE)) expect(text).toContain(value.replace(/\s+/g, ''));
  expect(text).toContain('中央労働金庫御中');
  expect(text).toContain('045-476-1189');
  // The print/FAX PDF: values are page content, with no form fields a print path could leave out.
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Form:\s+none$/m);
  // The worker's pdf-lib deflates at level 4 too (src/features/request-pdf/deflate.ts): each
  // stream's zlib header says levels 2–5 (0x78 0x5E), not pako's default 6 (0x78 0x9C).
  const bytes = readFileSync(path).toString('latin1');
  expect(bytes).toContain('stream\nx^');
  expect(bytes).not.toContain('stream\nx\u009c');
});

test('the fillable PDF is a second choice, with what it can and cannot do said first', async ({
  page,
}) => {
  await fillRequestForm(page);
  await createPdf(page, 20_000);
  const section = page.getByRole('region', { name: 'PDFの上で文字を直したい場合' });
  await expect(section).toContainText('印刷とFAXには、上の依頼書をお使いください。');
  await expect(section).toContainText(
    '直せるのは、数字・英字・ひらがな・カタカナと、この依頼書にすでに使われている文字です。',
  );
  await expect(section).toContainText('入力欄の文字が印刷されません');
  await expect(section.getByRole('link', { name: '入力内容の確認' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: '入力欄つきの依頼書（PDF）をダウンロード' }).click();
  const download = await downloading;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
  expect(download.suggestedFilename()).toBe(`依頼書_中央労働組合_${today}_入力欄つき.pdf`);
  const path = test.info().outputPath('fillable.pdf');
  await download.saveAs(path);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Form:\s+AcroForm$/m);
  const text = pdfText(path).replace(/\s+/g, '');
  for (const value of Object.values(EXAMPLE)) expect(text).toContain(value.replace(/\s+/g, ''));
});

test('with answers missing, the PDF page says what is missing and links there', async ({
  page,
}) => {
  await seedStorage(
    page,
    savedProgress({
      requestConfirmed: true,
      request: {
        ...emptyRequestDraft(),
        requestDate: '2026-04-01',
        revocationTargets: ['masterUser'],
        organisationName: '中央労働組合',
      },
    }),
  );
  await page.goto(TASK_PATHS.print);
  await expect(page.getByRole('heading', { name: '依頼書（PDF）を作成できません' })).toBeVisible();
  await page.getByRole('link', { name: 'ご住所を入力してください' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeVisible();
});

test('the blank form for handwriting can be downloaded', async ({ page }) => {
  await seedStorage(page, savedProgress({ requestConfirmed: true }));
  await page.goto(TASK_PATHS.print);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '手書き用の白紙の依頼書（PDF）をダウンロード' }).click();
  const download = await downloading;
  const path = test.info().outputPath('blank.pdf');
  await download.saveAs(path);
  const text = pdfText(path);
  expect(text).toContain('マスターユーザー削除・電子証明書失効等依頼書');
  expect(text).not.toContain('中央労働組合');
});
