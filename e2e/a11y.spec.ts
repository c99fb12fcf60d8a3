import { expect, test, type Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import type { Progress } from '../src/domain/progress/schema';
import { emptyRequestDraft } from '../src/domain/request/schema';
import { expectNoAxeViolations } from './support/a11y';
import { savedProgress, seedStorage, STORAGE_KEY } from './support/progress';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/**
 * WCAG 2.2 AA with axe on every page, in each state that matters. Each test opens one page and
 * goes through several states in it (a page load per state made this the slowest spec): for each
 * state it seeds the progress, opens the page, brings it into the state and checks it.
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
  { name: 'task list, empty', path: ROUTES.tasks },
  {
    name: 'task list, after the call',
    path: ROUTES.tasks,
    seed: { ...CALLED, choices: { oldPcInUse: 'no' } },
  },
  { name: 'reset confirmation', path: ROUTES.reset, seed: CONFIRMED },
  { name: 'not found', path: '/nowhere' },
  { name: 'progress file', path: ROUTES.progressFile, seed: CONFIRMED },
  {
    name: 'progress file, with an error',
    path: ROUTES.progressFile,
    act: (page) => page.getByRole('button', { name: 'ファイルから再開' }).click(),
  },
  { name: 'form: procedures', path: REQUEST_PAGE_PATHS.dateAndProcedures },
  {
    name: 'form: procedures, every conditional field open',
    path: REQUEST_PAGE_PATHS.dateAndProcedures,
    act: async (page) => {
      await page.getByRole('checkbox', { name: 'マスターユーザーの削除' }).check();
      await page.getByRole('checkbox', { name: 'その他', exact: true }).check();
      await page.getByRole('checkbox', { name: '一般ユーザー', exact: true }).check();
    },
  },
  {
    name: 'form: procedures, with errors',
    path: REQUEST_PAGE_PATHS.dateAndProcedures,
    act: async (page) => {
      await page.getByLabel('月').fill('13');
      await page.getByRole('checkbox', { name: 'マスターユーザーの削除' }).check();
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'form: organisation', path: REQUEST_PAGE_PATHS.organisation },
  {
    name: 'form: organisation, several addresses for a postal code',
    path: REQUEST_PAGE_PATHS.organisation,
    act: async (page) => {
      await page.getByLabel('郵便番号').fill('4520961');
      await expect(page.getByRole('group', { name: /複数の住所があります/ })).toBeVisible();
    },
  },
  {
    name: 'form: organisation, with errors',
    path: REQUEST_PAGE_PATHS.organisation,
    act: async (page) => {
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: contact, with errors',
    path: REQUEST_PAGE_PATHS.contact,
    act: async (page) => {
      await page.getByLabel('電話番号').fill('abc');
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: contract number, with errors',
    path: REQUEST_PAGE_PATHS.contractNumber,
    act: async (page) => {
      await page.getByLabel('ご契約番号').fill('123');
      await next(page);
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'form: check page, incomplete',
    path: REQUEST_PATHS.check,
    seed: { request: { ...emptyRequestDraft(), organisationName: '中央' } },
  },
  {
    name: 'form: check page, complete',
    path: REQUEST_PATHS.check,
    seed: { request: { ...REQUEST_EXAMPLE } },
  },
  { name: 'form: example', path: REQUEST_PATHS.example },
  {
    name: 'print: PDF shown',
    path: TASK_PATHS.print,
    seed: CONFIRMED,
    act: (page) =>
      expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 20_000 }),
  },
  { name: 'print: answers missing', path: TASK_PATHS.print, seed: { requestConfirmed: true } },
  { name: 'print: print view', path: TASK_PATHS.print, seed: CONFIRMED, media: 'print' },
  { name: 'fax: before sending', path: TASK_PATHS.fax, seed: CONFIRMED },
  {
    name: 'fax: sent, waiting for the call',
    path: TASK_PATHS.fax,
    seed: { ...CONFIRMED, faxSentAt: '2026-11-26T01:05:00.000Z' },
  },
  { name: 'fax: call received', path: TASK_PATHS.fax, seed: CALLED },
  { name: 'old certificate: locked', path: TASK_PATHS['old-certificate'], seed: CONFIRMED },
  { name: 'old certificate: question', path: TASK_PATHS['old-certificate'], seed: CALLED },
  {
    name: 'old certificate: old PC kept',
    path: TASK_PATHS['old-certificate'],
    seed: { ...CALLED, choices: { oldPcInUse: 'yes' } },
  },
  {
    name: 'old certificate: old PC gone',
    path: TASK_PATHS['old-certificate'],
    seed: { ...CALLED, choices: { oldPcInUse: 'no' } },
  },
  { name: 'edge: question', path: TASK_PATHS.edge, seed: CALLED },
  {
    name: 'edge: normal mode',
    path: TASK_PATHS.edge,
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
  },
  {
    name: 'edge: IE mode',
    path: TASK_PATHS.edge,
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
  },
  {
    name: 'internet options: Windows 10, popup blocker on',
    path: TASK_PATHS['internet-options'],
    seed: { ...CALLED, choices: { browserMode: 'edge', windowsVersion: '10', popupBlocker: 'on' } },
  },
  {
    name: 'internet options: Windows 11, popup blocker off',
    path: TASK_PATHS['internet-options'],
    seed: {
      ...CALLED,
      choices: { browserMode: 'edge', windowsVersion: '11', popupBlocker: 'off' },
    },
  },
  {
    name: 'internet options: IE mode',
    path: TASK_PATHS['internet-options'],
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
  },
  {
    name: 'certificate: normal mode',
    path: TASK_PATHS.certificate,
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
  },
  {
    name: 'certificate: IE mode, timer running',
    path: TASK_PATHS.certificate,
    seed: { ...CALLED, choices: { browserMode: 'ie-mode' } },
    act: (page) => page.getByRole('button', { name: /タイマーを開始/ }).click(),
  },
  {
    name: 'certificate: print view',
    path: TASK_PATHS.certificate,
    seed: { ...CALLED, choices: { browserMode: 'edge' } },
    media: 'print',
  },
  { name: 'done', path: ROUTES.done, seed: CALLED },
];

// The page every in-app visit starts from: in the first load (no chunk to wait for), and it reads
// no progress, so the next page mounts afresh with the progress seeded for it.
const BETWEEN = '/nowhere';
const BETWEEN_HEADING = 'ページが見つかりません';

/**
 * Opens `path` with `seed` as the saved progress. The first visit of a test loads the page; the
 * later ones stay in the app: through the not-found page, the progress arrives as another tab's
 * change would (a `storage` event) and the router follows a history entry, so no page load.
 */
async function visit(
  page: Page,
  path: string,
  seed: Partial<Progress> | undefined,
  first: boolean,
) {
  if (first) {
    if (seed) await seedStorage(page, savedProgress(seed));
    await page.goto(path);
  } else {
    const between = page.getByRole('heading', { level: 1, name: BETWEEN_HEADING });
    await navigateInApp(page, BETWEEN);
    await expect(between).toBeVisible();
    await replaceProgress(page, seed ? savedProgress(seed) : null);
    if (path !== BETWEEN) {
      await navigateInApp(page, path);
      // Waits for the page's chunk: until then the router keeps the not-found page on screen.
      await expect(between).toBeHidden();
    }
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Saved progress replaced (null: removed) the way another tab would, which the app follows. */
async function replaceProgress(page: Page, raw: string | null) {
  await page.evaluate(
    ([key, value]) => {
      const oldValue = localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      const init = { key, oldValue, newValue: value, storageArea: localStorage };
      dispatchEvent(new StorageEvent('storage', init));
    },
    [STORAGE_KEY, raw] as const,
  );
}

/** The states in groups of a page each; several groups, so the workers can share them. */
const GROUPS: Record<string, string[]> = {
  'start, tasks and progress': [
    'start page',
    'start page, returning',
    'task list, empty',
    'task list, after the call',
    'reset confirmation',
    'not found',
    'progress file',
    'progress file, with an error',
  ],
  'form: procedures and organisation': [
    'form: procedures',
    'form: procedures, every conditional field open',
    'form: procedures, with errors',
    'form: organisation',
    'form: organisation, several addresses for a postal code',
    'form: organisation, with errors',
  ],
  'form: contact to example': [
    'form: contact, with errors',
    'form: contract number, with errors',
    'form: check page, incomplete',
    'form: check page, complete',
    'form: example',
  ],
  'print and fax': [
    'print: PDF shown',
    'print: answers missing',
    'print: print view',
    'fax: before sending',
    'fax: sent, waiting for the call',
    'fax: call received',
  ],
  'old certificate and Edge': [
    'old certificate: locked',
    'old certificate: question',
    'old certificate: old PC kept',
    'old certificate: old PC gone',
    'edge: question',
    'edge: normal mode',
    'edge: IE mode',
  ],
  'internet options, certificate and done': [
    'internet options: Windows 10, popup blocker on',
    'internet options: Windows 11, popup blocker off',
    'internet options: IE mode',
    'certificate: normal mode',
    'certificate: IE mode, timer running',
    'certificate: print view',
    'done',
  ],
};

test('the groups hold every state once', () => {
  expect(Object.values(GROUPS).flat().sort()).toEqual(STATES.map((s) => s.name).sort());
});

for (const [group, names] of Object.entries(GROUPS)) {
  test(`axe: ${group}`, async ({ page }, info) => {
    test.setTimeout(30_000 * names.length);
    for (const [i, name] of names.entries()) {
      const state = STATES.find((s) => s.name === name)!;
      await test.step(state.name, async () => {
        await page.emulateMedia({ media: state.media ?? 'screen' });
        await visit(page, state.path, state.seed, i === 0);
        await state.act?.(page);
        await expectNoAxeViolations(page, state.name, info);
      });
    }
  });
}

test.describe('layout at 320 px and at 200 % zoom', () => {
  const PAGES: [string, Partial<Progress> | undefined][] = [
    ['/', undefined],
    [ROUTES.tasks, CALLED],
    [REQUEST_PAGE_PATHS.dateAndProcedures, undefined],
    [REQUEST_PAGE_PATHS.organisation, undefined],
    [REQUEST_PATHS.check, { request: { ...REQUEST_EXAMPLE } }],
    [TASK_PATHS.fax, CONFIRMED],
    [TASK_PATHS.edge, { ...CALLED, choices: { browserMode: 'edge' } }],
    [
      TASK_PATHS['internet-options'],
      { ...CALLED, choices: { windowsVersion: '10', popupBlocker: 'on' } },
    ],
    [TASK_PATHS.certificate, { ...CALLED, choices: { browserMode: 'edge' } }],
    [ROUTES.done, CALLED],
  ];
  // 1280 px at 200 % zoom lays out like 640 CSS px; 320 px is WCAG 1.4.10's reflow width.
  for (const width of [320, 640]) {
    test(`every page reflows at ${width} CSS px without horizontal scrolling`, async ({ page }) => {
      test.setTimeout(10_000 * PAGES.length);
      await page.setViewportSize({ width, height: 800 });
      for (const [i, [path, seed]] of PAGES.entries()) {
        await test.step(path, async () => {
          await visit(page, path, seed, i === 0);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
        });
      }
    });
  }
});

test('every page sets lang="ja" and moves focus to its heading after navigation', async ({
  page,
}) => {
  await seedStorage(page, savedProgress(CALLED));
  await page.goto(ROUTES.start);
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
  await page.goto(ROUTES.start);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    document.querySelector('main')!.append(input);
  });
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(results.violations.map((v) => v.id)).toContain('label');
});
