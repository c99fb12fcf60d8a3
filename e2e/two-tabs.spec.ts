import { expect, test } from '@playwright/test';
import { REQUEST_PAGE_PATHS } from '../src/content/routes';
import { readStorage } from './support/progress';

test('two tabs on the same form page keep every entry, and each shows what the other typed', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(REQUEST_PAGE_PATHS.organisation);
  await b.goto(REQUEST_PAGE_PATHS.organisation);
  const field = (page: typeof a, name: string) => page.getByRole('textbox', { name });

  await field(a, 'ご住所').fill('東京都千代田区神田駿河台9-99-9');
  await expect(field(b, 'ご住所')).toHaveValue('東京都千代田区神田駿河台9-99-9');
  await field(b, '団体名').fill('中央労働組合');
  await expect(field(a, '団体名')).toHaveValue('中央労働組合');
  await field(a, '肩書').fill('執行委員長');
  await expect(field(b, '肩書')).toHaveValue('執行委員長');
  await field(b, '氏名').fill('労金 花子');
  await expect(field(a, '氏名')).toHaveValue('労金 花子');

  const saved = JSON.parse((await readStorage(a))!) as {
    progress: { request: Record<string, string> };
  };
  expect(saved.progress.request).toMatchObject({
    address: '東京都千代田区神田駿河台9-99-9',
    organisationName: '中央労働組合',
    representativeTitle: '執行委員長',
    representativeName: '労金 花子',
  });

  // 次へ in one tab keeps the other tab's entries too.
  await field(b, '郵便番号').fill('999-9999');
  await expect(field(a, '郵便番号')).toHaveValue('999-9999');
  await a.getByRole('button', { name: '次へ' }).click();
  await expect(a.getByRole('heading', { level: 1, name: '連絡先' })).toBeVisible();
  const after = JSON.parse((await readStorage(b))!) as {
    progress: { request: Record<string, string> };
  };
  expect(after.progress.request.representativeName).toBe('労金 花子');
});
