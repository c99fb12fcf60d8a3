import { expect, type Page } from '@playwright/test';

/** The guide's 記入例, as a person would type it. */
export const EXAMPLE = {
  postalCode: '999-9999',
  address: '東京都千代田区神田駿河台9-99-9',
  organisationName: '中央労働組合',
  representativeTitle: '執行委員長',
  representativeName: '労金 花子',
  phone: '090-9999-9999',
  fax: '03-9999-9999',
  contactPerson: '中央',
  contractNumber: '9999999',
};

export async function next(page: Page) {
  await page.getByRole('button', { name: '次へ' }).click();
}

/** Fills every page with the example (依頼日 stays today, マスターユーザー's certificate). */
export async function fillRequestForm(page: Page, values = EXAMPLE) {
  await page.goto('/request');
  await expect(page.getByRole('heading', { level: 1, name: '依頼日と手続の種類' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'マスターユーザー', exact: true }).check();
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeVisible();
  await page.getByLabel('郵便番号').fill(values.postalCode);
  await page.getByLabel('ご住所').fill(values.address);
  await page.getByLabel('団体名').fill(values.organisationName);
  await page.getByLabel('肩書').fill(values.representativeTitle);
  await page.getByLabel('氏名').fill(values.representativeName);
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: '連絡先' })).toBeVisible();
  await page.getByLabel('電話番号').fill(values.phone);
  await page.getByLabel('FAX番号').fill(values.fax);
  await page.getByLabel('ご担当者').fill(values.contactPerson);
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'ご契約番号' })).toBeVisible();
  await page.getByLabel('ご契約番号').fill(values.contractNumber);
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: '入力内容の確認' })).toBeVisible();
}
