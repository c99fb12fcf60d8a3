import { expect, type Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../../src/content/request-example';
import type { Request } from '../../src/domain/request/schema';
import { REQUEST_PATHS } from '../../src/content/routes';

/** The fields a person types the 記入例 into; 依頼日 and the procedures are chosen instead. */
const TYPED = [
  'postalCode',
  'address',
  'organisationName',
  'representativeTitle',
  'representativeName',
  'phone',
  'fax',
  'contactPerson',
  'contractNumber',
] as const;

/** The guide's 記入例 (src/content/request-example.ts), as a person would type it. */
export const EXAMPLE = Object.fromEntries(
  TYPED.map((field) => [field, REQUEST_EXAMPLE[field]]),
) as Pick<Request, (typeof TYPED)[number]>;

export async function next(page: Page) {
  await page.getByRole('button', { name: '次へ' }).click();
}

/** Fills every page with the example (依頼日 stays today, マスターユーザー's certificate). */
export async function fillRequestForm(page: Page, values = EXAMPLE) {
  await page.goto(REQUEST_PATHS.start);
  await fillRequestPages(page, values);
}

/**
 * The same from the form's first page however it was reached (the benchmark clicks its way there
 * from the start page); each page is waited for up to `timeout` ms.
 */
export async function fillRequestPages(
  page: Page,
  values: typeof EXAMPLE = EXAMPLE,
  timeout?: number,
) {
  const heading = (name: string) =>
    expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout });
  await heading('依頼日と手続きの種類');
  await page.getByRole('checkbox', { name: 'マスターユーザー', exact: true }).check();
  await next(page);
  await heading('団体の情報');
  await page.getByLabel('郵便番号').fill(values.postalCode);
  await page.getByLabel('ご住所').fill(values.address);
  await page.getByLabel('団体名').fill(values.organisationName);
  await page.getByLabel('肩書').fill(values.representativeTitle);
  await page.getByLabel('氏名').fill(values.representativeName);
  await next(page);
  await heading('連絡先');
  await page.getByLabel('電話番号').fill(values.phone);
  await page.getByLabel('FAX番号').fill(values.fax);
  await page.getByLabel('ご担当者').fill(values.contactPerson);
  await next(page);
  await heading('ご契約番号');
  await page.getByLabel('ご契約番号').fill(values.contractNumber);
  await next(page);
  await heading('入力内容の確認');
}

/**
 * On the check page: 「この内容で依頼書を作成する」, then the print page shows the finished PDF
 * (within `timeout`: the first PDF loads its code and fonts).
 */
export async function createPdf(page: Page, timeout: number) {
  await page.getByRole('button', { name: 'この内容で依頼書を作成する' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '依頼書を印刷して捺印する' }),
  ).toBeVisible();
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout });
  await expect(page.getByTitle('依頼書のプレビュー')).toBeVisible();
}
