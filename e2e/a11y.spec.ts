import { expect, test, type Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import type { Progress } from '../src/domain/progress/schema';
import { emptyRequestDraft } from '../src/domain/request/schema';
import { expectNoAxeViolations } from './support/a11y';
import { savedProgress, seedStorage } from './support/progress';

/**
 * WCAG 2.2 AA with axe on every page, in each state that matters. Each test seeds the progress
 * for its states, opens the page, brings it into the state and checks it.
 */

const CONFIRMED: Partial<Progress> = { request: { ...REQUEST_EXAMPLE }, requestConfirmed: true };
const CALLED: Partial<Progress> = {
  ...CONFIRMED,
  faxSentAt: '2026-11-26T01:05:00.000Z',
  callReceivedAt: '2026-11-26T03:05:00.000Z',
  ticked: ['fax.send'],
};

interface State {
  name: string;
  path: string;
  seed?: Partial<Progress>;
  /** Brings the page into the state after it opened. */
  act?: (page: Page) => Promise<void>;
  media?: 'print';
}

const next = (page: Page) => page.getByRole('button', { name: '次へ' }).click();

const STATES: State[] = [
  { name: 'start page', path: '/' },
  { name: 'start page, returning', path: '/', seed: CONFIRMED },
  { name: 'task list, empty', path: '/tasks' },
  {
    name: 'task list, after the call',
    path: '/tasks',
    seed: { ...CALLED, choices: { oldPcInUse: 'no' } },
  },
  { name: 'reset confirmation', path: '/reset', seed: CONFIRMED },
  { name: 'not found', path: '/nowhere' },
  { name: 'progress file', path: '/progress-file', seed: CONFIRMED },
  {
    name: 'progress file, with an error',
    path: '/progress-file',
    act: (page) => page.getByRole('button', { name: 'ファイルから再開' }).click(),
  },
  { name: 'form: procedures', path: '/request/procedures' },
  {
    name: 'form: procedures, every conditional field open',
    path: '/request/procedures',
    act: async (page) => {
      await page.getByRole('checkbox', { name: 'マスターユーザーの削除' }).check();
      await page.getByRole('checkbox', { name: 'その他', exact: true }).check();
      await page.getByRole('checkbox', { name: '一般ユーザー', exact: true }).check();
    },
  },
  {
    name: 'form: procedures, with errors',
    path: '/request/procedures',
    act: async (page) => {
      await page.getByLabel('月').fill('13');
      await page.getByRole('checkbox', { name: 'マスターユーザーの削除' }).check();
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'form: organisation', path: '/request/organisation' },
  {
    name: 'form: organisation, several addresses for a postal code',
    path: '/request/organisation',
    act: async (page) => {
      await page.getByLabel('郵便番号').fill('4520961');
      await expect(page.getByRole('group', { name: /複数の住所があります/ })).toBeVisible();
    },
  },
  {
    name: 'form: organisation, with errors',
    path: '/request/organisation',
    act: async (page) => {
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: contact, with errors',
    path: '/request/contact',
    act: async (page) => {
      await page.getByLabel('電話番号').fill('abc');
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: contract number, with errors',
    path: '/request/contract-number',
    act: async (page) => {
      await page.getByLabel('ご契約番号').fill('123');
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: check page, incomplete',
    path: '/request/check',
    seed: { request: { ...emptyRequestDraft(), organisationName: '中央' } },
  },
  {
    name: 'form: check page, complete',
    path: '/request/check',
    seed: { request: { ...REQUEST_EXAMPLE } },
  },
  { name: 'form: example', path: '/request/example' },
  {
    name: 'print: PDF shown',
    path: '/print',
    seed: CONFIRMED,
    act: (page) =>
      expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 20_000 }),
  },
  { name: 'print: answers missing', path: '/print', seed: { requestConfirmed: true } },
  { name: 'print: print view', path: '/print', seed: CONFIRMED, media: 'print' },
  { name: 'fax: before sending', path: '/fax', seed: CONFIRMED },
  {
    name: 'fax: sent, waiting for the call',
    path: '/fax',
    seed: { ...CONFIRMED, faxSentAt: '2026-11-26T01:05:00.000Z' },
  },
  { name: 'fax: call received', path: '/fax', seed: CALLED },
  { name: 'old certificate: locked', path: '/old-certificate', seed: CONFIRMED },
  { name: 'old certificate: question', path: '/old-certificate', seed: CALLED },
  {
    name: 'old certificate: old PC kept',
    path: '/old-certificate',
    seed: { ...CALLED, choices: { oldPcInUse: 'yes' } },
  },
  {
    name: 'old certificate: old PC gone',
    path: '/old-certificate',
    seed: { ...CALLED, choices: { oldPcInUse: 'no' } },
  },
  { name: 'edge: question', path: '/edge', seed: CALLED },
  {
    name: 'edge: normal mode',
    path: '/edge',
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
  },
  {
    name: 'edge: IE mode',
    path: '/edge',
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
  },
  {
    name: 'internet options: Windows 10, popup blocker on',
    path: '/internet-options',
    seed: { ...CALLED, choices: { browserMode: 'edge', windowsVersion: '10', popupBlocker: 'on' } },
  },
  {
    name: 'internet options: Windows 11, popup blocker off',
    path: '/internet-options',
    seed: {
      ...CALLED,
      choices: { browserMode: 'edge', windowsVersion: '11', popupBlocker: 'off' },
    },
  },
  {
    name: 'internet options: IE mode',
    path: '/internet-options',
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
  },
  {
    name: 'certificate: normal mode',
    path: '/certificate',
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
  },
  {
    name: 'certificate: IE mode, timer running',
    path: '/certificate',
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
    act: (page) => page.getByRole('button', { name: /タイマーを開始/ }).click(),
  },
  {
    name: 'certificate: print view',
    path: '/certificate',
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
    media: 'print',
  },
  { name: 'done', path: '/done', seed: CALLED },
];

for (const state of STATES) {
  test(`axe: ${state.name}`, async ({ page }, info) => {
    if (state.seed) await seedStorage(page, savedProgress(state.seed));
    if (state.media) await page.emulateMedia({ media: state.media });
    await page.goto(state.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await state.act?.(page);
    await expectNoAxeViolations(page, state.name, info);
  });
}

test.describe('layout at 320 px and at 200 % zoom', () => {
  const PAGES: [string, Partial<Progress> | undefined][] = [
    ['/', undefined],
    ['/tasks', CALLED],
    ['/request/procedures', undefined],
    ['/request/organisation', undefined],
    ['/request/check', { request: { ...REQUEST_EXAMPLE } }],
    ['/fax', CONFIRMED],
    ['/edge', { ...CALLED, choices: { browserMode: 'edge' } }],
    ['/internet-options', { ...CALLED, choices: { windowsVersion: '10', popupBlocker: 'on' } }],
    ['/certificate', { ...CALLED, choices: { browserMode: 'edge' } }],
    ['/done', CALLED],
  ];
  // 1280 px at 200 % zoom lays out like 640 CSS px; 320 px is WCAG 1.4.10's reflow width.
  for (const width of [320, 640]) {
    for (const [path, seed] of PAGES) {
      test(`${path} reflows at ${width} CSS px without horizontal scrolling`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        if (seed) await seedStorage(page, savedProgress(seed));
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      });
    }
  }
});

test('every page sets lang="ja" and moves focus to its heading after navigation', async ({
  page,
}) => {
  await seedStorage(page, savedProgress(CALLED));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  for (const link of ['はじめる', '以前の電子証明書を削除する']) {
    await page
      .getByRole('link', { name: link === 'はじめる' ? /はじめる|続きから再開する/ : link })
      .click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeFocused();
  }
});

test('the axe check can fail: a page with an unlabelled input is reported', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main')!.append(input);
  });
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(results.violations.map((v) => v.id)).toContain('label');
});
