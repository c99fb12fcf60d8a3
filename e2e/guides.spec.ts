import { expect, test, type Page } from '@playwright/test';
import { tickAll } from './support/guides';
import { heading, row } from './support/locators';
import { CALLED, CONFIRMED, savedProgress, seedStorage } from './support/progress';
import { ROUTES, TASK_PATHS } from '../src/content/routes';

async function expectTaskDone(page: Page, next: string | null) {
  await expect(page.getByText('この作業はすべて完了しました。')).toBeVisible();
  if (next) {
    await expect(page.getByRole('link', { name: `次の作業「${next}」へ進む` })).toBeVisible();
  }
  await expect(
    page.getByRole('main').getByRole('link', { name: '手続きの一覧へ戻る' }),
  ).toHaveCount(2);
}

test('tasks 4–7 stay locked until the call is recorded on the FAX page', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:05:00+09:00'));
  await seedStorage(page, savedProgress({ requestConfirmed: true }));
  await page.goto(TASK_PATHS.certificate);
  await expect(page.getByRole('main')).toContainText(
    'この作業はまだ開始できません。ろうきんから手続き完了のお電話があった後に行ってください。',
  );
  await expect(page.getByRole('checkbox')).toHaveCount(0);

  await page.goto(ROUTES.tasks);
  for (const title of ['以前の電子証明書を削除する', 'Microsoft Edge を設定する']) {
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    await expect(row(page, title)).toContainText('まだ開始できません');
  }

  await page.getByRole('link', { name: 'FAXで送信し、完了の連絡を待つ' }).click();
  await expect(heading(page, 'FAXで送信し、完了の連絡を待つ')).toBeFocused();
  // The destination and the number to dial: nothing to copy for a FAX machine.
  await expect(page.getByRole('region', { name: '《FAX 送信先》' })).toContainText(
    '中央労働金庫業務集中センター',
  );
  await expect(page.getByRole('button', { name: /^コピー/ })).toHaveCount(0);
  // The call is recorded after the FAX, not before.
  await expect(page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' })).toHaveCount(
    0,
  );

  await page.getByRole('button', { name: 'FAXを送信した' }).click();
  await expect(page.getByText('送信日時: 2026年11月26日（木） 10:05')).toBeVisible();
  await expect(
    page.getByText('ろうきんからのお電話の目安: 11月26日（木） 12:05ごろ'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '送信日時を取り消す' })).toBeFocused();

  await page.goto(ROUTES.tasks);
  await expect(row(page, 'FAXで送信し、完了の連絡を待つ')).toContainText('作業中');
  await expect(page.getByRole('link', { name: '以前の電子証明書を削除する' })).toHaveCount(0);

  await page.getByRole('link', { name: 'FAXで送信し、完了の連絡を待つ' }).click();
  await page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' }).click();
  await expect(
    page.getByText('完了のお電話を受けた日時: 2026年11月26日（木） 10:05'),
  ).toBeVisible();
  await expectTaskDone(page, '以前の電子証明書を削除する');

  await page.getByRole('main').getByRole('link', { name: '手続きの一覧へ戻る' }).last().click();
  await expect(row(page, 'FAXで送信し、完了の連絡を待つ')).toContainText('完了');
  for (const title of [
    '以前の電子証明書を削除する',
    'Microsoft Edge を設定する',
    'インターネットオプションを設定する',
    '電子証明書を取得する',
  ]) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }

  // Undoing the call locks them again.
  await page.getByRole('link', { name: 'FAXで送信し、完了の連絡を待つ' }).click();
  await page.getByRole('button', { name: 'お電話の記録を取り消す' }).click();
  await page.goto(ROUTES.tasks);
  await expect(page.getByRole('link', { name: '電子証明書を取得する' })).toHaveCount(0);
});

test('print: ① is checked by the app; ticking the rest completes the task', async ({ page }) => {
  await seedStorage(page, savedProgress({ requestConfirmed: true }));
  await page.goto(TASK_PATHS.print);
  await expect(heading(page, '依頼書を印刷して捺印する')).toBeFocused();
  await expect(page.getByRole('heading', { name: '【ご確認事項】' })).toBeVisible();
  const first = page.getByRole('checkbox', { name: /^①の作業が終わった/ });
  await expect(first).toBeChecked();
  await expect(first).toBeDisabled();
  await expect(page.getByText('自動でチェックしています。')).toBeVisible();
  await expect(page.getByText('【訂正が必要な場合】')).toBeVisible();
  await expect(page.getByRole('button', { name: '手順を印刷' })).toBeVisible();

  expect(await tickAll(page)).toBe(5);
  await expectTaskDone(page, 'FAXで送信し、完了の連絡を待つ');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^③の作業が終わった/ })).toBeChecked();
  await page.goto(ROUTES.tasks);
  await expect(row(page, '依頼書を印刷して捺印する')).toContainText('完了');
});

test.describe('old certificate (task 4)', () => {
  test('old PC still there: three steps, ticks survive a reload', async ({ page }) => {
    await seedStorage(page, savedProgress(CALLED));
    await page.goto(TASK_PATHS['old-certificate']);
    await page.getByRole('radio', { name: '残っている、もしくは継続利用する' }).check();
    await expect(page.getByRole('checkbox')).toHaveCount(3);
    await page.getByRole('checkbox', { name: /^①の作業が終わった/ }).check();
    await page.getByRole('checkbox', { name: /^②の作業が終わった/ }).check();
    await page.reload();
    await expect(
      page.getByRole('radio', { name: '残っている、もしくは継続利用する' }),
    ).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^①の作業が終わった/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^③の作業が終わった/ })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'コピー（インターネット）' })).toBeVisible();
    await page.getByRole('checkbox', { name: /^③の作業が終わった/ }).check();
    await expectTaskDone(page, 'Microsoft Edge を設定する');
    await page.goto(ROUTES.tasks);
    await expect(row(page, '以前の電子証明書を削除する')).toContainText('完了');
  });

  test('old PC gone: not needed, the question stays to change the answer', async ({ page }) => {
    await seedStorage(page, savedProgress(CALLED));
    await page.goto(TASK_PATHS['old-certificate']);
    await page.getByRole('radio', { name: '残っていない' }).check();
    await expect(
      page.getByText('以前のパソコンが残っていないため、この作業は不要です。'),
    ).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '手順を印刷' })).toHaveCount(0);
    await page.getByRole('radio', { name: '残っている、もしくは継続利用する' }).check();
    await expect(page.getByRole('checkbox')).toHaveCount(3);
    await page.getByRole('radio', { name: '残っていない' }).check();
    await page
      .getByRole('main')
      .getByRole('link', { name: '次の作業「Microsoft Edge を設定する」へ進む' })
      .click();
    await expect(heading(page, 'Microsoft Edge を設定する')).toBeFocused();
    await page.goto(ROUTES.tasks);
    await expect(row(page, '以前の電子証明書を削除する')).toContainText('対象外');
  });
});

test.describe('Microsoft Edge (task 5)', () => {
  test('normal mode: ①–⑧ with ⑦ ア–ウ, the URL to copy, then 完了', async ({ page }) => {
    await seedStorage(page, savedProgress({ ...CALLED, choices: { oldPcInUse: 'no' } }));
    await page.goto(TASK_PATHS.edge);
    // Headless Chromium is not Microsoft Edge: the warning names where to do the steps.
    await expect(page.getByRole('note').filter({ hasText: 'このブラウザ' })).toContainText(
      '新しいパソコン（Windows）の Microsoft Edge で行ってください',
    );
    await page.getByRole('radio', { name: 'Microsoft Edge (通常モード) でご利用' }).check();
    await expect(
      page.getByText('【「ポップアップとリダイレクト」が「ブロック済み」になっている場合】'),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'コピー（https://www.cjs-rokin.jp）' }),
    ).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'ご注意ください！' })).toContainText(
      'Google Chrome等については、ご利用いただけません',
    );
    expect(await tickAll(page)).toBe(8);
    await expectTaskDone(page, 'インターネットオプションを設定する');
    await page.goto(ROUTES.tasks);
    await expect(row(page, 'Microsoft Edge を設定する')).toContainText('完了');
  });

  test('IE mode: the separate manual is the step of task 5, task 6 is not needed', async ({
    page,
  }) => {
    await seedStorage(page, savedProgress({ ...CALLED, choices: { oldPcInUse: 'no' } }));
    await page.goto(TASK_PATHS.edge);
    // The question first: no step before it is answered.
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByText('上の質問に答えると、手順が表示されます。')).toBeVisible();
    await page.getByRole('radio', { name: 'Microsoft Edge IE モードでご利用' }).check();
    const main = page.getByRole('main');
    const manual = page.locator('[id="edge.ie-mode-manual"]');
    await expect(manual).toContainText(
      '当金庫ホームページ掲示の別冊『ご利用マニュアル～ Microsoft Edge IE モード設定手順～』に沿って設定してください。',
    );
    await expect(page.getByRole('checkbox')).toHaveCount(1);
    await page.getByRole('checkbox', { name: /^この作業が終わった/ }).check();
    await expectTaskDone(page, '電子証明書を取得する');

    await page.goto(TASK_PATHS['internet-options']);
    await expect(main).toContainText(
      'Microsoft Edge IE モードでご利用の場合、この作業は不要です。',
    );
    await expect(page.getByRole('radio')).toHaveCount(0);
    await main.getByRole('link', { name: '次の作業「電子証明書を取得する」へ進む' }).click();
    await expect(heading(page, '電子証明書を取得する')).toBeFocused();

    await page.goto(ROUTES.tasks);
    await expect(row(page, 'Microsoft Edge を設定する')).toContainText('完了');
    // The counts and statuses say why.
    await expect(row(page, 'インターネットオプションを設定する')).toContainText(
      'Microsoft Edge IE モードでご利用の場合、この作業は不要です。',
    );
    await expect(row(page, 'インターネットオプションを設定する')).toContainText('対象外');
    await expect(page.getByText('5件中3件完了（対象外の2件を除く）')).toBeVisible();
  });
});

test.describe('Internet Options (task 6)', () => {
  for (const [windows, blocker, count] of [
    ['10', 'on', 11],
    ['11', 'on', 11],
    ['10', 'off', 8],
    ['11', 'off', 8],
  ] as const) {
    test(`Windows ${windows}, pop-up blocker ${blocker}: ${count} steps`, async ({ page }) => {
      await seedStorage(
        page,
        savedProgress({ ...CALLED, choices: { oldPcInUse: 'no', browserMode: 'edge' } }),
      );
      await page.goto(TASK_PATHS['internet-options']);
      await page.getByRole('radio', { name: `Windows ${windows}` }).check();
      // The tip for a missing search box shows the chosen Windows only.
      await page.getByText('【タスクバーに検索ボックスが無い場合の検索方法】').click();
      const other = windows === '10' ? '11' : '10';
      await expect(
        page.locator('details').getByText(`＜Windows ${windows} の場合＞`),
      ).toBeVisible();
      await expect(page.locator('details').getByText(`＜Windows ${other} の場合＞`)).toHaveCount(0);

      await page
        .getByRole('radio', {
          name: blocker === 'on' ? '☑（チェックが入っている）' : '☐（チェックが入っていない）',
        })
        .check();
      await expect(page.getByRole('checkbox', { name: /^③の作業が終わった/ })).toHaveCount(
        blocker === 'on' ? 1 : 0,
      );
      expect(await tickAll(page)).toBe(count);
      await expectTaskDone(page, '電子証明書を取得する');
      await page.reload();
      await expect(page.getByRole('checkbox', { name: /^⑪の作業が終わった/ })).toBeChecked();
      await page.goto(ROUTES.tasks);
      await expect(row(page, 'インターネットオプションを設定する')).toContainText('完了');
    });
  }

  test('a link to another step moves there, and is no link while its step is not shown', async ({
    page,
  }) => {
    await seedStorage(
      page,
      savedProgress({ ...CALLED, choices: { browserMode: 'edge', windowsVersion: '11' } }),
    );
    await page.goto(TASK_PATHS['internet-options']);
    const options = page.getByRole('group', { name: /ポップアップブロックを有効にする/ });
    // Before the answer, ③ is not on the page: its mention is plain text.
    await expect(options.getByText('③へすすんでください。')).toBeVisible();
    await expect(options.getByRole('link', { name: '③' })).toHaveCount(0);
    await expect(page.locator('[id="internet-options.popup-settings"]')).toHaveCount(0);
    await page.getByRole('radio', { name: '☐（チェックが入っていない）' }).check();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'ポップアップブロックを有効にする」が☐' })
      .getByRole('link', { name: '⑥' })
      .first()
      .click();
    await expect(page).toHaveURL(/\/internet-options#internet-options\.security$/);
    await expect(page.locator('[id="internet-options.security"]')).toBeFocused();
  });

  test('Windows is chosen from the browser when it tells, but can be changed', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'userAgentData', {
        configurable: true,
        get: () => ({
          brands: [{ brand: 'Microsoft Edge', version: '140' }],
          platform: 'Windows',
          getHighEntropyValues: () => Promise.resolve({ platformVersion: '15.0.0' }),
        }),
      });
    });
    await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
    await page.goto(TASK_PATHS['internet-options']);
    await expect(page.getByRole('radio', { name: 'Windows 11' })).toBeChecked();
    await expect(page.getByRole('group', { name: /Windows はどちらですか/ })).toContainText(
      'この案内を表示しているパソコンは Windows 11 のため',
    );
    await page.getByRole('radio', { name: 'Windows 10' }).check();
    await page.reload();
    // The person's answer is never replaced by the detection.
    await expect(page.getByRole('radio', { name: 'Windows 10' })).toBeChecked();

    // Microsoft Edge on Windows: no warning on the browser tasks.
    await page.goto(TASK_PATHS.certificate);
    await expect(heading(page, '電子証明書を取得する')).toBeVisible();
    await expect(page.getByText('ご利用いただけません')).toHaveCount(0);
  });
});

test.describe('certificate (task 7)', () => {
  test('the 30-minute timer counts down, announcing only at milestones', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-26T13:59:00+09:00') });
    await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
    await page.goto(TASK_PATHS.certificate);
    // The page first: once the clock is paused, React's timers that reveal a loaded page wait too.
    await expect(heading(page, '電子証明書を取得する')).toBeVisible();
    // Paused: on a loaded machine real seconds would otherwise pass between the steps below.
    await page.clock.pauseAt(new Date('2026-11-26T14:00:00+09:00'));
    await expect(page.getByRole('note').filter({ hasText: 'このブラウザ' })).toBeVisible();
    const start = page.getByRole('button', { name: '認証コードが届いたらタイマーを開始' });
    await start.click();
    const timer = page.getByRole('region', { name: '認証コードの有効期限のタイマー' });
    await expect(timer).toContainText('残り 30:00');
    await expect(timer).toContainText(
      'タイマーを開始しました。認証コードの有効期限まで残り30分です。',
    );
    await page.clock.runFor('01:00');
    await expect(timer).toContainText('残り 29:00');
    await expect(timer).toContainText('残り30分です。');
    await page.clock.runFor('04:00');
    await expect(timer).toContainText('残り 25:00');
    await expect(timer).toContainText('認証コードの有効期限まで残り25分です。');
    await page.clock.runFor('24:00');
    await expect(timer).toContainText('残り 01:00');
    await expect(timer).toContainText('認証コードの有効期限まで残り1分です。');
    await page.clock.runFor('01:00');
    await expect(timer).toContainText('30分が経過しました。');
    await page.getByRole('button', { name: 'タイマーを止める' }).click();
    await expect(timer).not.toContainText('残り');
    await expect(
      page.getByRole('button', { name: '認証コードが届いたらタイマーを開始' }),
    ).toBeFocused();
    // Never a field for the code, a password or a user ID.
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.locator('input[type=password]')).toHaveCount(0);
  });

  for (const mode of ['edge', 'ie-mode'] as const) {
    test(`${mode}: every step ticked leads to the final page`, async ({ page }) => {
      await seedStorage(
        page,
        savedProgress({ ...CALLED, choices: { oldPcInUse: 'no', browserMode: mode } }),
      );
      await page.goto(TASK_PATHS.certificate);
      const ieSecurity = page.getByText('＜Internet Explorer セキュリティ画面が表示される場合＞');
      await expect(ieSecurity).toHaveCount(mode === 'ie-mode' ? 1 : 0);
      expect(await tickAll(page)).toBe(15);
      await expect(page.getByText('以上で電子証明書取得の作業は完了です。')).toBeVisible();
      await expect(page.getByText('電子証明書取得の作業はすべて完了しました。')).toBeVisible();
      await page.getByRole('link', { name: '手続きの完了へ進む' }).click();
      await expect(heading(page, '手続きの完了')).toBeFocused();
    });
  }
});

test('a whole journey: every task 完了, the final page, and erasing', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // chrome: and chrome-extension: are the browser's own PDF viewer showing the preview (the
    // request is now a valid one, so the print page shows its PDF): nothing leaves the machine.
    const local = ['data:', 'blob:', 'chrome:', 'chrome-extension:'].some((s) => url.startsWith(s));
    if (!url.startsWith(baseURL!) && !local) foreign.push(url);
  });
  await seedStorage(page, savedProgress(CONFIRMED));
  await page.goto(TASK_PATHS.print);
  // The PDF appears above the steps: tick them once it is there, not while it pushes them down.
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 20_000 });
  // Each next task is ticked only once its own page is there: the one before has a 手順 too.
  const goOn = async (next: string) => {
    await page.getByRole('link', { name: `次の作業「${next}」へ進む` }).click();
    await expect(heading(page, next)).toBeFocused();
  };
  await tickAll(page);
  await goOn('FAXで送信し、完了の連絡を待つ');
  await page.getByRole('button', { name: 'FAXを送信した' }).click();
  await page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' }).click();
  await goOn('以前の電子証明書を削除する');
  await page.getByRole('radio', { name: '残っている、もしくは継続利用する' }).check();
  await tickAll(page);
  await goOn('Microsoft Edge を設定する');
  await page.getByRole('radio', { name: 'Microsoft Edge (通常モード) でご利用' }).check();
  await tickAll(page);
  await goOn('インターネットオプションを設定する');
  await page.getByRole('radio', { name: 'Windows 11' }).check();
  await page.getByRole('radio', { name: '☐（チェックが入っていない）' }).check();
  await tickAll(page);
  await goOn('電子証明書を取得する');
  await tickAll(page);
  await expect(page.getByText('電子証明書取得の作業はすべて完了しました。')).toBeVisible();

  await page.goto(ROUTES.tasks);
  await expect(page.getByText('7件中7件完了')).toBeVisible();
  await page.getByRole('link', { name: '手続きの完了へ進む' }).click();
  await expect(heading(page, '手続きの完了')).toBeFocused();
  const main = page.getByRole('main');
  await expect(main).toContainText('以上で電子証明書取得の作業は完了です。');
  await expect(main).toContainText(
    'サービスのURLを「お気に入り」に追加しておくと、次回以降ご利用の際に便利です。',
  );
  // The revocation sentence names the lines, and the help block below lists them.
  await expect(main.getByRole('link', { name: '0120-54-6091' })).toHaveCount(2);
  await main.getByRole('link', { name: 'このパソコンから入力内容を消去' }).click();
  await expect(heading(page, '最初からやり直しますか？')).toBeFocused();
  expect(foreign).toEqual([]);
});

test('手順を印刷 prints the procedure as a paper checklist', async ({ page }) => {
  await seedStorage(
    page,
    savedProgress({ ...CALLED, choices: { browserMode: 'edge' }, ticked: ['edge.open-settings'] }),
  );
  await page.goto(TASK_PATHS.edge);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: '手順を印刷' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const first = page.locator('[id="edge.open-settings"]');
  const second = page.locator('[id="edge.site-permissions"]');
  await expect(first.getByText('☑')).toBeVisible();
  await expect(second.getByText('☐')).toBeVisible();
  await expect(second.getByText('②の作業が終わった')).toBeVisible();
  await expect(page.getByRole('button', { name: '手順を印刷' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^コピー/ }).first()).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

test('copy buttons copy what the person types', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
  await page.goto(TASK_PATHS.edge);
  await page.getByRole('button', { name: 'コピー（https://www.cjs-rokin.jp）' }).click();
  await expect(page.getByText('コピーしました')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'https://www.cjs-rokin.jp',
  );
});
