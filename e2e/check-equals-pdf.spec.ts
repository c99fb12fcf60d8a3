import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { FORM_LAYOUT } from '../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { REQUEST_DECLARATION } from '../src/content/request-form';
import { FIELDS, type TextField } from '../src/domain/request/fields';
import { heading } from './support/locators';
import { savedProgress, seedStorage } from './support/progress';
import { createPdf, fillRequestForm } from './support/request-form';
import { REQUEST_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/*
 * Issue 13: what the check page shows is what the PDF prints, also when a page was left with the
 * browser's Back button (its raw values saved as typed, never checked by 次へ).
 */

function row(page: Page, key: string) {
  return page
    .locator('.summary-list__row')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${key}$`) }) });
}

/** The value a check page row shows (its first definition; the second is the 変更 link). */
async function shown(page: Page, key: string): Promise<string> {
  return (await row(page, key).getByRole('definition').first().innerText()).trim();
}

/** Where the check page shows a text field, and how: its own row (〒 before a postal code) or a
 *  row shared with other fields (代表者名). */
function expectedRow(field: TextField): { key: string; whole: boolean; prefix: string } {
  const spec = FIELDS[field];
  const summary = 'summary' in spec ? (spec.summary as { prefix?: string; row?: string }) : {};
  if (summary.row !== undefined) return { key: summary.row, whole: false, prefix: '' };
  return { key: spec.label, whole: true, prefix: summary.prefix ?? '' };
}

/**
 * The finished PDF's values by layout field: read from the fillable PDF's form fields with
 * pdf-lib, and checked against the print/FAX PDF's text (the same values, as page content).
 */
async function downloadedValues(page: Page): Promise<Map<string, string>> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '入力欄つきの依頼書（PDF）をダウンロード' }).click();
  const path = test.info().outputPath('fillable.pdf');
  await (await downloading).saveAs(path);
  const form = (await PDFDocument.load(await readFile(path))).getForm();
  const values = new Map(
    FORM_LAYOUT.values.map((box) => [box.field, form.getTextField(box.name).getText() ?? '']),
  );
  const printing = page.waitForEvent('download');
  await page.getByRole('link', { name: '依頼書をダウンロード' }).click();
  const printPath = test.info().outputPath('request.pdf');
  await (await printing).saveAs(printPath);
  const printed = execFileSync('pdftotext', [printPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
  for (const value of values.values()) expect(printed).toContain(value.replace(/\s+/g, ''));
  return values;
}

test('after Back without 次へ, the check page shows the normalised values, which the PDF prints', async ({
  page,
}) => {
  await fillRequestForm(page);
  // The 変更 link to ご担当者, then paste a right-to-left override and half-width kana.
  await row(page, 'ご担当者')
    .getByRole('link', { name: /変更.*ご担当者/ })
    .click();
  await expect(heading(page, '連絡先')).toBeVisible();
  await page.getByLabel('ご担当者').fill('\u202Eﾁｭｳｵｳ');
  // Leave with the browser's Back button, without 次へ: back to the check page.
  await page.goBack();
  await expect(heading(page, '入力内容の確認')).toBeVisible();
  expect(await shown(page, 'ご担当者')).toBe('チュウオウ');

  // Back through the history to the page 団体の情報, paste half-width kana, leave with Back again.
  await page.goBack();
  await expect(heading(page, 'ご契約番号')).toBeVisible();
  await page.goBack();
  await expect(heading(page, '連絡先')).toBeVisible();
  await page.goBack();
  await expect(heading(page, '団体の情報')).toBeVisible();
  await page.getByLabel('団体名').fill('ﾁｭｳｵｳ\u202E労働組合\u200B');
  await page.goBack();
  await expect(heading(page, '依頼日と手続きの種類')).toBeVisible();

  await page.goto(REQUEST_PATHS.check);
  await expect(heading(page, '入力内容の確認')).toBeVisible();
  expect(await shown(page, '団体名')).toBe('チュウオウ労働組合');
  expect(await shown(page, 'ご担当者')).toBe('チュウオウ');
  // The declaration the お申込印 approves, as the guide words it.
  await expect(page.getByText(REQUEST_DECLARATION, { exact: true })).toBeVisible();

  await createPdf(page, 20_000);
  const pdf = await downloadedValues(page);
  expect(pdf.get('organisationName')).toBe('チュウオウ労働組合');
  expect(pdf.get('contactPerson')).toBe('チュウオウ');

  // Every value the PDF prints is what the check page showed, string for string.
  await page.goto(REQUEST_PATHS.check);
  await expect(heading(page, '入力内容の確認')).toBeVisible();
  const [year, month, day] = ['requestYear', 'requestMonth', 'requestDay'].map((f) => pdf.get(f));
  expect(await shown(page, '依頼日')).toBe(`${year}年${month}月${day}日`);
  for (const [field, value] of pdf) {
    if (!(field in FIELDS) || value === '') continue;
    const { key, whole, prefix } = expectedRow(field as TextField);
    const text = await shown(page, key);
    if (whole) expect(text, field).toBe(`${prefix}${value}`);
    else expect(text, field).toContain(value);
  }
});

test('a value left invalid by Back is listed with a link to its field, and no PDF is made', async ({
  page,
}) => {
  await fillRequestForm(page);
  await page.goBack();
  await expect(heading(page, 'ご契約番号')).toBeVisible();
  await page.getByLabel('ご契約番号').fill('\u202E１２３４５');
  await page.goBack();
  await expect(heading(page, '連絡先')).toBeVisible();

  await page.goto(REQUEST_PATHS.check);
  await expect(heading(page, '入力内容の確認')).toBeVisible();
  // The normalised value, beside the problem; nothing to create a PDF from.
  expect(await shown(page, 'ご契約番号')).toBe('12345');
  const problem = page
    .getByRole('region', { name: '依頼書を作成する前に、次の項目を直してください' })
    .getByRole('link', {
      name: 'ご契約番号は7桁の数字で入力してください（入力された数字は5桁です）',
    });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('button', { name: 'この内容で依頼書を作成する' })).toHaveCount(0);

  // A changed answer must be checked again: the print page makes no PDF until then.
  await page.goto(TASK_PATHS.print);
  await expect(
    page.getByText('この作業はまだ開始できません。先に依頼書を作成してください。'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '依頼書をダウンロード' })).toHaveCount(0);

  await page.goto(REQUEST_PATHS.check);
  await problem.click();
  await expect(heading(page, 'ご契約番号')).toBeVisible();
  await expect(page.getByLabel('ご契約番号')).toBeFocused();
});

test('ご契約番号照会 chosen: the empty contract number says why it is blank', async ({ page }) => {
  await seedStorage(
    page,
    savedProgress({
      request: {
        ...REQUEST_EXAMPLE,
        procedures: ['contractNumberInquiry', 'certificateRevocation'],
        contractNumber: '',
      },
    }),
  );
  await page.goto(REQUEST_PATHS.check);
  expect(await shown(page, 'ご契約番号')).toBe('ご契約番号照会を依頼するため空欄');
});

test('a saved flag beside an invalid postal code does not make 依頼書 完了', async ({ page }) => {
  await seedStorage(
    page,
    savedProgress({
      requestConfirmed: true,
      request: { ...REQUEST_EXAMPLE, postalCode: '12-34' },
    }),
  );
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('7件中0件完了')).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('作業中');
  await page.goto(TASK_PATHS.print);
  await expect(page.getByRole('heading', { name: '依頼書（PDF）を作成できません' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /郵便番号は7桁の数字で入力してください/ }),
  ).toBeVisible();
});
