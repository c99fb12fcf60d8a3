import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';
import type { Progress } from '../src/domain/progress/schema';
import { requestFingerprint } from '../src/domain/tasks/request-version';
import { CATALOG } from '../src/features/guides/pictures/catalog';
import { heading, row } from './support/locators';
import { CALLED, CONFIRMED, savedProgress, seedStorage } from './support/progress';

/**
 * Issue 16, "the guide in real life": the bank's hours in the call estimate, help on every page,
 * which PC, the question before the steps, paper, the 記入例 and small screens.
 */

test.describe('1. the call estimate knows the bank’s calendar', () => {
  for (const [name, sent, expected, reason] of [
    ['weekday morning', '2026-12-08T10:05:00+09:00', '12月8日（火） 12:05', 'FAX到着後2時間程'],
    [
      'Friday late',
      '2026-12-04T18:30:00+09:00',
      '12月7日（月） 11:00',
      '受付時間外に送信したため、次の営業日（12月7日（月））の9:00から',
    ],
    [
      'Friday 16:30, across 17:00',
      '2026-12-04T16:30:00+09:00',
      '12月7日（月） 10:30',
      '17:00までに終わらない分は、次の営業日の9:00から',
    ],
    [
      'Saturday',
      '2026-12-05T10:00:00+09:00',
      '12月7日（月） 11:00',
      '12月5日（土）・12月6日（日）は土日のため、休業日として数えています。',
    ],
    [
      'the day before a holiday',
      '2026-11-02T17:30:00+09:00',
      '11月4日（水） 11:00',
      '11月3日（火）は祝日（文化の日）のため',
    ],
    [
      '12/30 late',
      '2026-12-30T17:30:00+09:00',
      '2027年1月4日（月） 11:00',
      '年末年始の休業日（12月31日〜1月3日）',
    ],
  ] as const) {
    test(name, async ({ page }) => {
      await page.clock.setFixedTime(new Date(sent));
      await seedStorage(page, savedProgress({ ...CONFIRMED }));
      await page.goto(TASK_PATHS.fax);
      await page.getByRole('button', { name: 'FAXを送信した' }).click();
      await expect(page.getByText(`ろうきんからのお電話の目安: ${expected}ごろ`)).toBeVisible();
      const record = page.locator('.record__status');
      await expect(record).toContainText('目安です');
      await expect(record).toContainText(reason);
      await expect(record).toContainText(
        '記入不備等でFAXのご再送が必要な場合は、お手続きに2時間以上かかることがあります。',
      );
      // What to do if no call comes: the request line, its hours, a tel: link.
      await expect(record).toContainText(
        '目安を過ぎてもお電話がない場合は、ご提出書類に関するお問い合わせの TEL 045-476-7588（平日9:00〜17:00）までご連絡ください。',
      );
      await expect(record.getByRole('link', { name: '045-476-7588' })).toHaveAttribute(
        'href',
        'tel:0454767588',
      );
    });
  }

  test('past the estimate it says so; the call only after the FAX, and both undo', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-12-08T10:05:00+09:00'));
    await seedStorage(page, savedProgress({ ...CONFIRMED }));
    await page.goto(TASK_PATHS.fax);
    const call = page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' });
    await expect(call).toHaveCount(0);
    await expect(
      page.getByText('お電話を受けたことは、FAXの送信日時を記録した後に記録できます。'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'FAXを送信した' }).click();
    await expect(page.getByText('目安の時刻を過ぎました。')).toHaveCount(0);

    await page.clock.setFixedTime(new Date('2026-12-08T12:30:00+09:00'));
    await page.reload();
    await expect(page.getByText(/^目安の時刻を過ぎました。/)).toBeVisible();

    await call.click();
    await expect(page.getByText('この作業はすべて完了しました。')).toBeVisible();
    // While the call stands, the FAX it answered stays recorded.
    await expect(page.getByRole('button', { name: '送信日時を取り消す' })).toHaveCount(0);
    await page.getByRole('button', { name: 'お電話の記録を取り消す' }).click();
    await page.getByRole('button', { name: '送信日時を取り消す' }).click();
    await expect(page.getByRole('button', { name: 'FAXを送信した' })).toBeVisible();
    await expect(call).toHaveCount(0);
  });
});

test.describe('2. help on every page', () => {
  const DOCUMENTS_FIRST = [
    ROUTES.start,
    ROUTES.tasks,
    ROUTES.progressFile,
    ROUTES.reset,
    ...Object.values(REQUEST_PAGE_PATHS),
    REQUEST_PATHS.check,
    REQUEST_PATHS.example,
    TASK_PATHS.print,
    TASK_PATHS.fax,
    '/no-such-page',
  ];
  const OPERATION_FIRST = [
    TASK_PATHS['old-certificate'],
    TASK_PATHS.edge,
    TASK_PATHS['internet-options'],
    TASK_PATHS.certificate,
    ROUTES.done,
  ];
  test('both lines with their hours as tel: links, the page’s own line first', async ({ page }) => {
    await seedStorage(page.context(), savedProgress(CALLED));
    for (const [paths, first] of [
      [DOCUMENTS_FIRST, 'ご提出書類に関するお問い合わせ'],
      [OPERATION_FIRST, '操作に関するお問い合わせ'],
    ] as const) {
      for (const path of paths) {
        await page.goto(path);
        const help = page.getByRole('region', { name: 'お問い合わせ先' });
        await expect(help, path).toBeVisible();
        await expect(help.getByRole('link', { name: '045-476-7588' })).toHaveAttribute(
          'href',
          'tel:0454767588',
        );
        await expect(help.getByRole('link', { name: '0120-54-6091' })).toHaveAttribute(
          'href',
          'tel:0120546091',
        );
        await expect(help).toContainText('（平日9:00〜17:00）');
        await expect(help).toContainText('（平日9:00〜18:00）');
        await expect(help.getByRole('listitem').first(), path).toContainText(first);
      }
    }
  });

  test('the certificate page names the lines where it says to ask the bank', async ({ page }) => {
    await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
    await page.goto(TASK_PATHS.certificate);
    const warning = page.getByRole('note').filter({ hasText: '電子証明書を失効するには' });
    await expect(warning.getByRole('link', { name: '0120-54-6091' })).toBeVisible();
    await expect(warning.getByRole('link', { name: '045-476-7588' })).toBeVisible();
  });
});

test('3. /print leads with the request: one primary action prints it', async ({ page }) => {
  await seedStorage(page, savedProgress(CONFIRMED));
  await page.goto(TASK_PATHS.print);
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 30_000 });
  const main = page.getByRole('main');
  // The first button of the page prints the request, and it is the only primary one.
  await expect(main.getByRole('button').first()).toHaveText('依頼書を印刷');
  await expect(main.locator('.button:not(.button--secondary):visible')).toHaveText([
    '依頼書を印刷',
  ]);
  await expect(main.getByRole('link', { name: '依頼書をダウンロード' })).toHaveClass(
    /button--secondary/,
  );
  const steps = main.getByRole('button', { name: '確認の手順を印刷（依頼書は含みません）' });
  await expect(steps).toHaveClass(/button--secondary/);
  // Printing the steps leaves the request's preview off the paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTitle('依頼書のプレビュー')).toBeHidden();
  await expect(page.locator('[id="print.print"]')).toBeVisible();
});

test.describe('4. editing the request after the FAX', () => {
  const fp = requestFingerprint(REQUEST_EXAMPLE);
  const FAXED: Partial<Progress> = {
    ...CONFIRMED,
    ticked: [
      'print.print',
      'print.stamp',
      'print.check-seal',
      'print.check-corrections',
      'fax.send',
    ],
    printedRequest: fp,
    faxSentAt: '2026-12-08T01:05:00.000Z',
    faxedRequest: fp,
  };

  test('the page says to print, stamp and send again; print and FAX reopen', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-08T11:00:00+09:00'));
    await seedStorage(page, savedProgress(FAXED));
    await page.goto(ROUTES.tasks);
    await expect(row(page, 'FAXで送信し、完了の連絡を待つ')).toContainText('作業中');
    await expect(page.getByRole('note')).toHaveCount(0);

    await page.goto(REQUEST_PAGE_PATHS.contact);
    await page.getByLabel('ご担当者').fill('労金');
    const notice = page.getByRole('note').filter({ hasText: '依頼書の内容が' });
    await expect(notice).toContainText('依頼書の内容が、FAXで送信したときから変わっています。');
    await expect(notice).toContainText(
      '変更後の依頼書を印刷し、お申込印をご捺印のうえ、あらためてFAXで送信してください。',
    );

    await page.goto(ROUTES.tasks);
    await expect(page.getByRole('note').filter({ hasText: '依頼書の内容が' })).toBeVisible();
    await expect(row(page, '依頼書を印刷して捺印する')).toContainText(
      '依頼書の内容が印刷したときから変わったため、印刷・ご捺印し直します。',
    );
    await expect(row(page, 'FAXで送信し、完了の連絡を待つ')).toContainText(
      '依頼書の内容がFAXで送信したときから変わったため、あらためて送信します。',
    );

    await page.goto(REQUEST_PATHS.check);
    await page.getByRole('button', { name: 'この内容で依頼書を作成する' }).click();
    await expect(heading(page, '依頼書を印刷して捺印する')).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: '依頼書の内容が' })).toContainText(
      'FAXで送信したときから変わっています。',
    );
    // The old paper's ticks no longer hold (① is checked by the app).
    await expect(page.getByText('5手順中1手順完了')).toBeVisible();

    await page.goto(ROUTES.tasks);
    await expect(row(page, '依頼書を印刷して捺印する')).toContainText('作業中');
    await expect(row(page, 'FAXで送信し、完了の連絡を待つ')).toContainText('作業中');

    await page.goto(TASK_PATHS.fax);
    await expect(
      page.getByText('前回の送信日時: 2026年12月8日（火） 10:05（変更前の依頼書）'),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' }),
    ).toHaveCount(0);
    await page.getByRole('button', { name: '変更後の依頼書をFAXで送信した' }).click();
    await expect(page.getByText('送信日時: 2026年12月8日（火） 11:00')).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: '依頼書の内容が' })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' }),
    ).toBeVisible();
  });
});

test.describe('5. which PC', () => {
  test('every task says where it is done, on the list and on its page', async ({ page }) => {
    await seedStorage(page.context(), savedProgress({ ...CALLED, choices: { oldPcInUse: 'yes' } }));
    await page.goto(ROUTES.tasks);
    for (const [title, where] of [
      ['依頼書を作成する', 'どちらでも'],
      ['依頼書を印刷して捺印する', 'どちらでも'],
      ['FAXで送信し、完了の連絡を待つ', 'どちらでも'],
      ['以前の電子証明書を削除する', '以前のパソコン'],
      ['Microsoft Edge を設定する', '新しいパソコン'],
      ['インターネットオプションを設定する', '新しいパソコン'],
      ['電子証明書を取得する', '新しいパソコン'],
    ] as const) {
      await expect(row(page, title)).toContainText(`作業するパソコン：${where}`);
    }
    for (const [path, where] of [
      [TASK_PATHS.print, 'どちらでも'],
      [TASK_PATHS.fax, 'どちらでも'],
      [TASK_PATHS['old-certificate'], '以前のパソコン'],
      [TASK_PATHS.edge, '新しいパソコン'],
      [TASK_PATHS['internet-options'], '新しいパソコン'],
      [TASK_PATHS.certificate, '新しいパソコン'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByText(`作業するパソコン：${where}`)).toBeVisible();
    }
  });

  test('a new PC’s fresh browser goes on after the call without importing anything', async ({
    page,
  }) => {
    await page.goto(ROUTES.tasks);
    await expect(page.getByRole('link', { name: '電子証明書を取得する' })).toHaveCount(0);
    await page
      .getByRole('button', { name: '完了のお電話を受けたので、このパソコンでの作業に進む' })
      .click();
    for (const title of [
      '依頼書を作成する',
      '依頼書を印刷して捺印する',
      'FAXで送信し、完了の連絡を待つ',
    ]) {
      await expect(row(page, title)).toContainText('完了');
      await expect(row(page, title)).toContainText('別のパソコンで済ませています。');
    }
    await expect(page.getByText('7件中3件完了')).toBeVisible();
    await page.getByRole('link', { name: 'Microsoft Edge を設定する' }).click();
    await expect(heading(page, 'Microsoft Edge を設定する')).toBeFocused();
    await expect(
      page.getByRole('radio', { name: 'Microsoft Edge (通常モード) でご利用' }),
    ).toBeVisible();
    // Nothing of the request is in this browser.
    const saved = await page.evaluate(() => localStorage.getItem('rokin-cert-wizard:progress'));
    expect(saved).not.toContain(REQUEST_EXAMPLE.organisationName);

    await page.goto(ROUTES.tasks);
    await page.getByRole('button', { name: 'この記録を取り消す' }).click();
    await expect(row(page, '電子証明書を取得する')).toContainText('まだ開始できません');
    await expect(row(page, '依頼書を作成する')).toContainText('未着手');
  });

  test('the old PC’s task prints on one A4 page', async ({ page }) => {
    await seedStorage(page, savedProgress({ ...CALLED, choices: { oldPcInUse: 'yes' } }));
    await page.goto(TASK_PATHS['old-certificate']);
    await expect(page.locator('figure.picture svg[role="img"]')).toHaveCount(2);
    await expect(page.getByText('手順を印刷してお持ちください（A4 1枚）')).toBeVisible();
    expect(await printedPages(page)).toBe(1);
  });
});

/** The pages the browser prints the page on (A4, the page's own @page margins). */
async function printedPages(page: Page): Promise<number> {
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

test.describe('7. the question first', () => {
  test('no step before the answer, then that branch’s steps with a counter and folding', async ({
    page,
  }) => {
    await seedStorage(page, savedProgress(CALLED));
    await page.goto(TASK_PATHS['old-certificate']);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByText('上の質問に答えると、手順が表示されます。')).toBeVisible();
    await page.getByRole('radio', { name: '残っている、もしくは継続利用する' }).check();
    await expect(page.getByText('3手順中0手順完了')).toBeVisible();
    await page.getByRole('checkbox', { name: /^②の作業が終わった/ }).check();
    await expect(page.getByText('3手順中1手順完了')).toBeVisible();

    const second = page.locator('[id="old-certificate.open-personal"]');
    await expect(second.locator('figure')).toHaveCount(1);
    const fold = page.getByRole('button', { name: '完了した手順をたたむ' });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-pressed', 'true');
    await expect(second.locator('figure')).toHaveCount(0);
    await expect(second.getByRole('checkbox', { name: /^②の作業が終わった/ })).toBeChecked();
    await expect(page.locator('[id="old-certificate.delete"] figure')).toHaveCount(1);
    await fold.click();
    await expect(second.locator('figure')).toHaveCount(1);
  });

  test('Internet Options asks the pop-up question at ② and shows what follows after it', async ({
    page,
  }) => {
    await seedStorage(
      page,
      savedProgress({ ...CALLED, choices: { browserMode: 'edge', windowsVersion: '10' } }),
    );
    await page.goto(TASK_PATHS['internet-options']);
    await expect(page.locator('[id="internet-options.security"]')).toHaveCount(0);
    await expect(page.getByText('上の質問に答えると、続きの手順が表示されます。')).toBeVisible();
    await page.getByRole('radio', { name: '☑（チェックが入っている）' }).check();
    await expect(
      page.getByRole('group', { name: /ポップアップブロック/ }).getByRole('link', { name: '③' }),
    ).toBeVisible();
    await expect(page.locator('[id="internet-options.security"]')).toBeVisible();
    await expect(page.getByText('11手順中0手順完了')).toBeVisible();
  });

  test('every link in every page leads somewhere', async ({ page }) => {
    // Four states × nine pages, then every distinct target: slow by nature, not by waiting.
    test.setTimeout(300_000);
    const states: Partial<Progress>[] = [
      CONFIRMED,
      CALLED,
      {
        ...CALLED,
        choices: {
          oldPcInUse: 'yes',
          browserMode: 'edge',
          windowsVersion: '11',
          popupBlocker: 'on',
        },
      },
      { ...CALLED, choices: { oldPcInUse: 'no', browserMode: 'ie-mode', windowsVersion: '10' } },
    ];
    const pages = [
      ROUTES.start,
      ROUTES.tasks,
      ROUTES.done,
      REQUEST_PATHS.check,
      REQUEST_PATHS.example,
      ...Object.values(TASK_PATHS).filter((p) => p !== TASK_PATHS.request),
    ];
    for (const state of states) {
      await page.goto(ROUTES.start);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
        'rokin-cert-wizard:progress',
        savedProgress(state),
      ] as const);
      const targets = new Set<string>();
      for (const path of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        for (const href of await page
          .getByRole('main')
          .locator('a[href]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
          if (href.startsWith('tel:') || href.startsWith('blob:')) continue;
          targets.add(href.startsWith('#') ? `${path}${href}` : href);
        }
      }
      for (const target of targets) {
        await page.goto(target);
        await expect(page.getByRole('heading', { level: 1 }), target).toBeVisible();
        await expect(heading(page, 'ページが見つかりません'), target).toHaveCount(0);
        const hash = new URL(target, 'http://x').hash;
        if (hash) {
          const id = decodeURIComponent(hash.slice(1));
          await expect(page.locator(`[id="${id}"]`), target).toHaveCount(1);
        }
      }
    }
  });
});

test.describe('8. print that respects paper', () => {
  for (const [path, state, pages] of [
    // Before issue 16: 3, 2 and 3 pages; Edge 8 and the certificate 11.
    [TASK_PATHS.print, CONFIRMED, 1],
    [TASK_PATHS.fax, CALLED, 1],
    [TASK_PATHS['old-certificate'], { ...CALLED, choices: { oldPcInUse: 'yes' } }, 1],
    [
      TASK_PATHS['internet-options'],
      { ...CALLED, choices: { browserMode: 'edge', windowsVersion: '11', popupBlocker: 'off' } },
      4,
    ],
    [TASK_PATHS.edge, { ...CALLED, choices: { browserMode: 'edge' } }, 4],
    [
      TASK_PATHS.certificate,
      { ...CALLED, choices: { browserMode: 'edge', windowsVersion: '11' } },
      5,
    ],
  ] as const) {
    test(`${path}: at most ${pages} A4 page(s)`, async ({ page }) => {
      await seedStorage(page, savedProgress(state));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 2, name: '手順' })).toBeVisible();
      await expect(page.locator('.picture__loading')).toHaveCount(0);
      expect(await printedPages(page)).toBeLessThanOrEqual(pages);
    });
  }
});

test('9. 記入例 is the form, drawn from the layout, with its notes beside it', async ({ page }) => {
  await page.goto(REQUEST_PATHS.example);
  const picture = page.getByRole('img', { name: /^記入例：記入・ご捺印した依頼書の図/ });
  await expect(picture).toBeVisible();
  for (const value of [
    REQUEST_EXAMPLE.organisationName,
    REQUEST_EXAMPLE.address,
    '20XX',
    'FAX 045-476-1189',
  ]) {
    await expect(picture.locator('text', { hasText: value }).first()).toBeAttached();
  }
  const notes = page.getByRole('region', { name: '記入のポイント' });
  await expect(notes.getByRole('listitem')).toHaveCount(7);
  await expect(notes).toContainText('代表者名については「肩書」「氏名」の両方をご記入ください。');
  await expect(notes).toContainText('【訂正が必要な場合】');
  // Beside it on a wide screen.
  const pictureBox = (await picture.boundingBox())!;
  const notesBox = (await notes.boundingBox())!;
  expect(notesBox.x).toBeGreaterThan(pictureBox.x + pictureBox.width - 1);
});

test.describe('10. small screens', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('pictures keep readable words, and the enlarged view pans and zooms', async ({ page }) => {
    await seedStorage(page, savedProgress({ ...CALLED, choices: { browserMode: 'edge' } }));
    await page.goto(TASK_PATHS.edge);
    const id = 'edge.site-permissions';
    const figure = page.locator(`figure[data-picture-id="${id}"]`);
    const svg = figure.locator('svg.picture__svg');
    await expect(svg).toBeVisible();
    const drawn = (await svg.boundingBox())!.width;
    // The pictures' words are 14 px at the drawing's own size.
    expect((drawn / CATALOG[id].width) * 14).toBeGreaterThanOrEqual(9.5);
    // The frame scrolls sideways and can be reached by keyboard.
    await expect(figure.getByRole('group', { name: /横にスクロールできます/ })).toHaveAttribute(
      'tabindex',
      '0',
    );

    await figure.getByRole('button', { name: '拡大して見る' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('100%')).toBeVisible();
    const body = dialog.getByRole('group', { name: /拡大した図/ });
    const large = body.locator('svg.picture__svg');
    await expect(large).toBeVisible();
    expect((await large.boundingBox())!.width).toBeCloseTo(CATALOG[id].width, -1);
    // Nothing is cut off: the view scrolls to the picture's far edge.
    const scroll = await body.evaluate((el) => ({ width: el.scrollWidth, view: el.clientWidth }));
    expect(scroll.width).toBeGreaterThan(scroll.view);
    await dialog.getByRole('button', { name: '拡大' }).click();
    await expect(dialog.getByText('150%')).toBeVisible();
    await dialog.getByRole('button', { name: '全体を表示' }).click();
    await expect(dialog.getByText('全体', { exact: true })).toBeVisible();
    const fitted = (await large.boundingBox())!;
    const view = (await body.boundingBox())!;
    expect(fitted.width).toBeLessThanOrEqual(view.width);
    expect(fitted.y + fitted.height).toBeLessThanOrEqual(view.y + view.height + 1);
  });

  test('the 記入例 keeps readable words on a phone', async ({ page }) => {
    await page.goto(REQUEST_PATHS.example);
    const picture = page.getByRole('img', { name: /^記入例/ });
    await expect(picture).toBeVisible();
    // 10 pt on a 210 mm page: at least 9 px on screen.
    const width = (await picture.boundingBox())!.width;
    expect((width / 210) * 10 * (25.4 / 72)).toBeGreaterThanOrEqual(9);
    await expect(
      page.getByRole('group', { name: '記入例の図（横にスクロールできます）' }),
    ).toBeVisible();
  });
});

test.describe('11. wording', () => {
  test('the guide’s terms in prose, numbers unbroken, no copy button for the FAX', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await seedStorage(
      page.context(),
      savedProgress({
        ...CALLED,
        choices: {
          oldPcInUse: 'yes',
          browserMode: 'edge',
          windowsVersion: '11',
          popupBlocker: 'on',
        },
      }),
    );
    for (const path of [
      ROUTES.start,
      ROUTES.tasks,
      REQUEST_PAGE_PATHS.dateAndProcedures,
      REQUEST_PAGE_PATHS.contractNumber,
      REQUEST_PATHS.check,
      ...Object.values(TASK_PATHS).filter((p) => p !== TASK_PATHS.request),
      ROUTES.done,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The form's printed labels (＜手続依頼区分＞, 手続依頼事由) stay as printed.
      const text = (await page.getByRole('main').innerText()).replace(/手続依頼(区分|事由)/g, '');
      expect(text, path).not.toContain('押印');
      expect(text, path).not.toMatch(/手続(?!き)/);
    }
    // The form's hints keep their example numbers whole too.
    await page.goto(REQUEST_PAGE_PATHS.contact);
    const example = page.locator('.hint .nowrap', { hasText: '03-9999-9999' });
    await expect(example).toBeVisible();
    expect(await example.evaluate((el) => el.getClientRects().length)).toBe(1);

    await page.goto(TASK_PATHS.fax);
    await expect(page.getByRole('heading', { level: 2, name: '手順' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^コピー/ })).toHaveCount(0);
    // Every place the FAX number is written is one unbroken line, even at 375 px.
    const numbers = page.getByRole('main').locator('.nowrap', { hasText: '045-476-1189' });
    expect(await numbers.count()).toBeGreaterThanOrEqual(2);
    for (const number of await numbers.all()) {
      expect(await number.evaluate((el) => el.getClientRects().length)).toBe(1);
    }
    await expect(page.getByRole('main').locator('a[href^="tel:"]').first()).toHaveClass(/nowrap/);
  });
});
