import { expect, test, type Page } from '@playwright/test';
import type { Progress } from '../src/domain/progress/schema';
import { savedProgress } from './support/progress';
import { fillRequestForm } from './support/request-form';
import { REQUEST_PAGE_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/**
 * Privacy and safety over the whole journey: every request stays on the app's own origin, the
 * Content-Security-Policy is in force and never violated, and no page asks for a password, a
 * user ID or an authentication code.
 */

/** Inputs that would ask for secrets: by type, by autocomplete, or by their label's words. */
async function secretInputs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = /パスワード|ユーザーID|ユーザＩＤ|認証コード|password|user ?id|one-time/i;
    const found: string[] = [];
    for (const el of document.querySelectorAll(
      'input, textarea, select, [contenteditable="true"]',
    )) {
      const input = el as HTMLInputElement;
      // A tick box can name a password procedure (初期パスワードの閉塞解除); only a field that
      // takes text can ask for a secret.
      if (['checkbox', 'radio', 'button', 'submit', 'file'].includes(input.type)) continue;
      // `labels` is null on elements that cannot be labelled (contenteditable), whatever the types say.
      const labelList = (el as { labels?: NodeListOf<HTMLLabelElement> | null }).labels;
      const labels = Array.from(labelList ?? [])
        .map((l) => l.textContent)
        .join(' ');
      const name = `${labels} ${input.getAttribute('aria-label') ?? ''} ${input.name} ${input.id}`;
      const autocomplete = input.getAttribute('autocomplete') ?? '';
      if (
        input.type === 'password' ||
        /password|one-time-code|username/.test(autocomplete) ||
        words.test(name)
      ) {
        found.push(`${el.tagName} ${input.type} «${name.trim()}»`);
      }
    }
    return found;
  });
}

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (
        window as unknown as { reportCspViolation: (t: string) => Promise<void> }
      ).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test('over the whole journey: own origin only, CSP in force and unviolated, no secret inputs', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    // Network requests only: blob:/data: stay in the page, and chrome://, chrome-extension://
    // are the browser's own PDF viewer drawing the preview.
    const network = /^(https?|wss?|ftp):/.test(url);
    if (network && new URL(url).origin !== new URL(baseURL!).origin) foreign.push(url);
  });
  const violations = await watchViolations(page);
  const checked: string[] = [];
  const checkPage = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await secretInputs(page), `secret inputs on ${page.url()}`).toEqual([]);
    checked.push(new URL(page.url()).pathname);
  };

  await page.goto(ROUTES.start);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await checkPage();

  // The form, page by page, with the postal lookup.
  await page.goto(REQUEST_PAGE_PATHS.dateAndProcedures);
  await checkPage();
  await page.getByRole('checkbox', { name: '一般ユーザー', exact: true }).check();
  await checkPage();
  await page.getByRole('checkbox', { name: '一般ユーザー', exact: true }).uncheck();
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  await page.getByLabel('郵便番号').fill('1000001');
  await expect(page.getByText('東京都千代田区千代田')).toBeVisible();
  await checkPage();
  await fillRequestForm(page);
  await checkPage();
  await page.getByRole('button', { name: 'この内容で依頼書を作成する' }).click();
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 20_000 });
  await checkPage();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '依頼書をダウンロード' }).click();
  await downloading;

  // Every guide page in every branch.
  const called: Partial<Progress> = {
    requestConfirmed: true,
    faxSentAt: '2026-11-26T01:05:00.000Z',
    callReceivedAt: '2026-11-26T03:05:00.000Z',
  };
  await page.goto(TASK_PATHS.fax);
  await checkPage();
  for (const [path, choices] of [
    [TASK_PATHS['old-certificate'], { oldPcInUse: 'yes' }],
    [TASK_PATHS['old-certificate'], { oldPcInUse: 'no' }],
    [TASK_PATHS.edge, { browserMode: 'edge' }],
    [TASK_PATHS.edge, { browserMode: 'ie-mode' }],
    [TASK_PATHS['internet-options'], { windowsVersion: '10', popupBlocker: 'on' }],
    [TASK_PATHS['internet-options'], { windowsVersion: '11', popupBlocker: 'off' }],
    [TASK_PATHS.certificate, { browserMode: 'edge' }],
    [TASK_PATHS.certificate, { browserMode: 'ie-mode' }],
    [ROUTES.done, {}],
    [ROUTES.tasks, {}],
    [ROUTES.progressFile, {}],
    [ROUTES.reset, {}],
  ] as const) {
    await page.evaluate(
      (raw) => localStorage.setItem('rokin-cert-wizard:progress', raw),
      savedProgress({ ...called, choices: { ...choices } }),
    );
    await page.goto(path);
    await checkPage();
  }
  const timer = page.getByRole('button', { name: /タイマーを開始/ });
  await page.goto(TASK_PATHS.certificate);
  await timer.click();

  expect(foreign, 'requests outside the app’s origin').toEqual([]);
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  test.info().annotations.push({
    type: 'privacy',
    description: `${requests.length} requests recorded over ${checked.length} pages, none outside the origin`,
  });
  console.log(
    `privacy: ${requests.length} requests recorded over ${checked.length} page checks; 0 foreign; 0 CSP violations`,
  );
});
