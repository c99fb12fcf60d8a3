import { expect, test } from '@playwright/test';
import {
  CONFIRMED,
  allowFailingSaves,
  failSaves,
  readStorage,
  savedProgress,
  seedStorage,
} from './support/progress';
import { REQUEST_PAGE_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

const TITLE_SUFFIX = '| パソコン変更時の電子証明書再取得';

test('the start page says what the wizard does, what to prepare, and that data stays here', async ({
  page,
}) => {
  await page.goto(ROUTES.start);
  const heading = page.getByRole('heading', {
    level: 1,
    name: 'パソコン変更時の電子証明書再取得の手続き',
  });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(`パソコン変更時の電子証明書再取得の手続き ${TITLE_SUFFIX}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  for (const text of ['お申込印（代表者印）', 'FAX', 'ご契約番号', 'Microsoft Edge', '2時間程']) {
    await expect(page.getByRole('main')).toContainText(text);
  }
  await expect(page.getByRole('main')).toContainText('外部に送信されることはありません');
  await page.getByRole('link', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '手続きの一覧' })).toBeFocused();
});

test('the task list shows seven tasks, their statuses and the summary', async ({ page }) => {
  await page.goto(ROUTES.tasks);
  await expect(page).toHaveTitle(`手続きの一覧 ${TITLE_SUFFIX}`);
  await expect(page.getByText('7件中0件完了')).toBeVisible();
  const items = page.getByRole('main').getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(7);
  await expect(items.nth(0)).toContainText('依頼書を作成する');
  await expect(items.nth(0)).toContainText('未着手');
  // Only the first task can start; the others are plain text, not links.
  await expect(page.getByRole('link', { name: '依頼書を作成する' })).toBeVisible();
  for (const title of [
    '依頼書を印刷して捺印する',
    '以前の電子証明書を削除する',
    '電子証明書を取得する',
  ]) {
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  }
  await expect(items.nth(3)).toContainText('まだ開始できません');
  await expect(items.nth(3)).toContainText('手続き完了のお電話があった後に開始できます');
});

test('tasks 4–7 open only after the completion call is recorded', async ({ page }) => {
  await seedStorage(
    page,
    savedProgress({
      ...CONFIRMED,
      faxSentAt: '2026-11-26T01:00:00.000Z',
      callReceivedAt: '2026-11-26T03:00:00.000Z',
      choices: { oldPcInUse: 'no' },
    }),
  );
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('6件中2件完了')).toBeVisible();
  const oldCert = page.getByRole('listitem').filter({ hasText: '以前の電子証明書を削除する' });
  await expect(oldCert).toContainText('対象外');
  await page.getByRole('link', { name: 'Microsoft Edge を設定する' }).click();
  await expect(page).toHaveURL(/\/edge$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Microsoft Edge を設定する' }),
  ).toBeFocused();
});

test('a locked task opened by its URL says why it cannot start', async ({ page }) => {
  await page.goto(TASK_PATHS.certificate);
  await expect(page.getByRole('heading', { level: 1, name: '電子証明書を取得する' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('まだ開始できません');
});

test('deep links survive a reload, and back/forward work', async ({ page }) => {
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeFocused();
  await expect(page).toHaveTitle(`団体の情報 ${TITLE_SUFFIX}`);
  await page.getByRole('link', { name: '戻る' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '依頼日と手続きの種類' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '団体の情報' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: '依頼日と手続きの種類' })).toBeVisible();
});

test('an unknown address shows a Japanese not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(
    page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }),
  ).toBeVisible();
});

test('a malformed address fragment or query never shows the error page', async ({ page }) => {
  const cases: [string, string][] = [
    [`${REQUEST_PAGE_PATHS.organisation}#%E0`, '団体の情報'],
    [`${REQUEST_PAGE_PATHS.organisation}?return=%E0#%`, '団体の情報'],
    [`${TASK_PATHS.edge}#%E0%A4`, 'Microsoft Edge を設定する'],
    [`${ROUTES.tasks}#%ED%A0%80`, '手続きの一覧'],
  ];
  for (const [path, heading] of cases) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { name: '問題が発生しました' })).toHaveCount(0);
  }
});

test('progress survives a reload', async ({ page }) => {
  await seedStorage(page, savedProgress(CONFIRMED));
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('7件中1件完了')).toBeVisible();
  await page.reload();
  await expect(page.getByText('7件中1件完了')).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('完了');
  await page.goto(ROUTES.start);
  await expect(page.getByRole('link', { name: '続きから再開する' })).toBeVisible();
});

test('two tabs stay in sync', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(ROUTES.tasks);
  await second.goto(ROUTES.tasks);
  await expect(second.getByText('7件中0件完了')).toBeVisible();
  // A change made in one tab (here written as the app writes it) reaches the other.
  await first.evaluate(
    (raw) => localStorage.setItem('rokin-cert-wizard:progress', raw),
    savedProgress(CONFIRMED),
  );
  await expect(second.getByText('7件中1件完了')).toBeVisible();
  await expect(second.getByRole('link', { name: '依頼書を印刷して捺印する' })).toBeVisible();

  // And a change made through the app's own UI: erasing in one tab empties the other.
  await first.reload();
  await first.getByRole('main').getByRole('link', { name: '最初からやり直す' }).click();
  await first.getByRole('button', { name: '消去して最初からやり直す' }).click();
  await expect(second.getByText('7件中0件完了')).toBeVisible();
});

test.describe('saved progress that cannot be restored', () => {
  for (const [name, raw] of [
    ['corrupt JSON', '{"app":"rokin-cert-wizard","version":1,"progress":{'],
    ['an unknown version', JSON.stringify({ app: 'rokin-cert-wizard', version: 42, progress: {} })],
  ] as const) {
    test(`${name}: the app starts fresh and says so`, async ({ page }) => {
      await seedStorage(page, raw);
      await page.goto(ROUTES.tasks);
      await expect(page.getByText('保存されていた進み具合を復元できませんでした')).toBeVisible();
      await expect(page.getByText('7件中0件完了')).toBeVisible();
      await page.getByRole('button', { name: '閉じる' }).click();
      await expect(page.getByText('保存されていた進み具合を復元できませんでした')).toHaveCount(0);
    });
  }

  test('a damaged field is reset and the rest kept', async ({ page }) => {
    const raw = JSON.parse(savedProgress(CONFIRMED)) as {
      progress: Record<string, unknown>;
    };
    raw.progress.ticked = 'not-a-list';
    await seedStorage(page, JSON.stringify(raw));
    await page.goto(ROUTES.tasks);
    await expect(
      page.getByText('保存されていた進み具合の一部を復元できませんでした'),
    ).toBeVisible();
    await expect(page.getByText('7件中1件完了')).toBeVisible();
  });
});

test('blocked storage: the app works in memory and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto(ROUTES.start);
  await expect(page.getByText('このブラウザでは進み具合を保存できません')).toBeVisible();
  await page.getByRole('link', { name: 'はじめる' }).click();
  await expect(page.getByText('7件中0件完了')).toBeVisible();
});

test('a failed save is said, retried on the next change, and the notice goes once it works', async ({
  page,
}) => {
  await allowFailingSaves(page);
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  const name = page.getByRole('textbox', { name: '団体名' });
  await failSaves(page, true);
  await name.fill('中央労働組合');
  const notice = page.getByText('直前の変更をこのブラウザに保存できませんでした');
  await expect(notice).toBeVisible();
  // It says exactly what is not saved.
  await expect(page.getByText('保存されていない内容：団体名')).toBeVisible();
  await page.getByRole('textbox', { name: '肩書' }).fill('執行委員長');
  await expect(page.getByText('保存されていない内容：団体名、代表者名の肩書')).toBeVisible();
  await failSaves(page, false);
  await name.press('End');
  await name.pressSequentially('本部');
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: '団体名' })).toHaveValue('中央労働組合本部');
});

test('最初からやり直す erases everything after a confirmation', async ({ page }) => {
  await seedStorage(page, savedProgress(CONFIRMED));
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('7件中1件完了')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '最初からやり直す' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: '最初からやり直しますか？' }),
  ).toBeFocused();
  // Cancelling keeps everything.
  await page.getByRole('link', { name: 'キャンセル' }).click();
  await expect(page.getByText('7件中1件完了')).toBeVisible();
  expect(await readStorage(page)).not.toBeNull();

  await page.getByRole('main').getByRole('link', { name: '最初からやり直す' }).click();
  await page.getByRole('button', { name: '消去して最初からやり直す' }).click();
  await expect(page.getByText('入力内容を消去しました。')).toBeVisible();
  await expect(page.getByRole('link', { name: 'はじめる' })).toBeVisible();
  expect(await readStorage(page)).toBeNull();
});

test('every request stays on the app’s own origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
      foreign.push(request.url());
  });
  await page.goto(ROUTES.start);
  await page.getByRole('link', { name: 'はじめる' }).click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('saved progress older than 30 days is erased on load, with a notice', async ({ page }) => {
  const old = JSON.parse(savedProgress(CONFIRMED)) as { updatedAt: string };
  old.updatedAt = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000).toISOString();
  await seedStorage(page, JSON.stringify(old));
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('前回の入力から30日以上たったため')).toBeVisible();
  await expect(page.getByText('7件中0件完了')).toBeVisible();
  expect(await readStorage(page)).toBeNull();
});
