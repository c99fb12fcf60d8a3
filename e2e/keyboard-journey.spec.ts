import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tickAll } from './support/guides';
import { EXAMPLE } from './support/request-form';
import { ROUTES } from '../src/content/routes';

/**
 * The whole journey — form, PDF, every guide task — with the keyboard alone: no click, check or
 * fill anywhere in this file, only Tab, Shift+Tab, arrows, Space, Enter and typed text.
 */

test.setTimeout(180_000);

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus (as a person scanning forward would). */
async function tabTo(page: Page, target: Locator, max = 150) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label));
  await page.keyboard.insertText(text);
}

/** Tabs into a radio group and moves with the arrow keys to the wanted answer. */
async function choose(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  const group = await radio.getAttribute('name');
  for (let i = 0; i < 150; i++) {
    const inGroup = await page.evaluate((g) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === 'radio' && el.name === g;
    }, group);
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 6 && !(await radio.isChecked()); i++) {
    if (await isFocused(radio)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(radio).toBeChecked();
}

/** Ticks a check box as a keyboard user does: Tab to it, then Space. */
function withSpace(page: Page) {
  return async (box: Locator) => {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  };
}

async function finishTask(page: Page, next: string) {
  await tickAll(page, withSpace(page));
  await expect(page.getByText('この作業はすべて完了しました。')).toBeVisible();
  await activate(page, page.getByRole('link', { name: `次の作業「${next}」へ進む` }));
  await expect(page.getByRole('heading', { level: 1, name: next })).toBeFocused();
}

test('the full journey with the keyboard alone', async ({ page }) => {
  await page.goto(ROUTES.start);
  await activate(page, page.getByRole('link', { name: 'はじめる' }));
  await activate(page, page.getByRole('link', { name: '依頼書を作成する' }));

  await expect(page.getByRole('heading', { level: 1, name: '依頼日と手続きの種類' })).toBeFocused();
  await tabTo(page, page.getByRole('checkbox', { name: 'マスターユーザー', exact: true }));
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: '次へ' }));

  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeFocused();
  await typeInto(page, '郵便番号', EXAMPLE.postalCode);
  await typeInto(page, 'ご住所', EXAMPLE.address);
  await typeInto(page, '団体名', EXAMPLE.organisationName);
  await typeInto(page, '肩書', EXAMPLE.representativeTitle);
  await typeInto(page, '氏名', EXAMPLE.representativeName);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: '連絡先' })).toBeFocused();
  await typeInto(page, '電話番号', EXAMPLE.phone);
  await typeInto(page, 'FAX番号', EXAMPLE.fax);
  await typeInto(page, 'ご担当者', EXAMPLE.contactPerson);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'ご契約番号' })).toBeFocused();
  await typeInto(page, 'ご契約番号', EXAMPLE.contractNumber);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: '入力内容の確認' })).toBeFocused();
  await activate(page, page.getByRole('button', { name: 'この内容で依頼書を作成する' }));

  // Task 2: the PDF, downloaded with Enter on its link.
  await expect(
    page.getByRole('heading', { level: 1, name: '依頼書を印刷して捺印する' }),
  ).toBeFocused();
  const downloadLink = page.getByRole('link', { name: '依頼書をダウンロード' });
  await expect(downloadLink).toBeVisible({ timeout: 20_000 });
  const downloading = page.waitForEvent('download');
  await activate(page, downloadLink);
  const path = test.info().outputPath('request.pdf');
  await (await downloading).saveAs(path);
  expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('中央労働組合');
  await finishTask(page, 'FAXで送信し、完了の連絡を待つ');

  // Task 3: record the FAX and the bank's call.
  await activate(page, page.getByRole('button', { name: 'FAXを送信した' }));
  await expect(page.getByText(/送信日時: \d{4}年/)).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' }));
  await finishTask(page, '以前の電子証明書を削除する');

  // Task 4: the old PC is still there.
  await choose(page, '残っている、もしくは継続利用する');
  await finishTask(page, 'Microsoft Edge を設定する');

  // Task 5: Edge in normal mode.
  await choose(page, 'Microsoft Edge (通常モード) でご利用');
  await finishTask(page, 'インターネットオプションを設定する');

  // Task 6: Windows 11 with the pop-up blocker on.
  await choose(page, 'Windows 11');
  await choose(page, '☑（チェックが入っている）');
  await finishTask(page, '電子証明書を取得する');

  // Task 7, then the final page.
  await tickAll(page, withSpace(page));
  await expect(page.getByText('電子証明書取得の作業はすべて完了しました。')).toBeVisible();
  await activate(page, page.getByRole('link', { name: '手続きの完了へ進む' }));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('7件中7件完了')).toBeVisible();
});
