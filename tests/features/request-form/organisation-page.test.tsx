// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pasteCutMessage } from '../../../src/components/form/fields';
import { FIELDS } from '../../../src/domain/request/fields';
import { OrganisationPage } from '../../../src/features/request-form';
import { REQUEST_PAGE_PATHS } from '../../../src/content/routes';
import { ProgressProvider } from '../../../src/lib/progress/react';
import { createProgressStore } from '../../../src/lib/progress/store';
import { MemoryStorage } from '../../support/memory-storage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  // The postal lookup's data is not served here: every lookup answers 'error'.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline in tests')));
  const storage = new MemoryStorage();
  const store = createProgressStore({ getStorage: () => storage });
  const path = REQUEST_PAGE_PATHS.organisation;
  const router = createMemoryRouter(
    [
      { path, element: <OrganisationPage /> },
      { path: REQUEST_PAGE_PATHS.contact, element: <h1>連絡先</h1> },
    ],
    { initialEntries: [path] },
  );
  render(
    <ProgressProvider store={store}>
      <RouterProvider router={router} />
    </ProgressProvider>,
  );
  return { store, user: userEvent.setup() };
}

// A label reads 「団体名必須」: the field's name, then 必須 or 任意.
const input = (label: string) =>
  screen.getByLabelText<HTMLInputElement>(new RegExp(`^${label}(必須|任意)$`));
const messageAt = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null;
const summaryLinks = () =>
  screen
    .queryAllByRole('link')
    .filter((a) => a.closest('.error-summary'))
    .map((a) => a.textContent);

describe('messages on the organisation page', () => {
  test('a corrected field loses its message at once; the others stay until 次へ', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(summaryLinks()).toEqual([
      '郵便番号を入力してください',
      'ご住所を入力してください',
      '団体名を入力してください',
      '代表者名の肩書を入力してください',
      '代表者名の氏名を入力してください',
    ]);

    await user.type(input('団体名'), '中央労働組合');
    expect(messageAt('organisationName')).toBeNull();
    expect(summaryLinks()).not.toContain('団体名を入力してください');
    expect(summaryLinks()).toHaveLength(4);
    // Typing stays in the field: the summary does not take the focus back.
    expect(document.activeElement).toBe(input('団体名'));

    // A message that is still right says what is wrong now.
    await user.type(input('郵便番号'), '12');
    expect(messageAt('postalCode')).toContain('郵便番号は7桁の数字で入力してください');
    await user.type(input('郵便番号'), '34567');
    expect(messageAt('postalCode')).toBeNull();
    expect(summaryLinks()).toEqual([
      'ご住所を入力してください',
      '代表者名の肩書を入力してください',
      '代表者名の氏名を入力してください',
    ]);
  });

  test('a field without a message gets none while typing, only on 次へ', async () => {
    const { user } = renderPage();
    await user.type(input('団体名'), '中央');
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(messageAt('organisationName')).toBeNull();
    await user.type(input('団体名'), '😀');
    expect(messageAt('organisationName')).toBeNull();
    expect(messageAt('address')).toBe('エラー：ご住所を入力してください');
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(messageAt('organisationName')).toContain('印刷できない文字「😀」');
  });
});

describe('maximum lengths', () => {
  test.each(['postalCode', 'address', 'organisationName', 'representativeTitle'] as const)(
    '%s: the input takes at most the registry’s length',
    (name) => {
      renderPage();
      expect(document.getElementById(name)!.getAttribute('maxlength')).toBe(
        String(FIELDS[name].maxLength),
      );
    },
  );

  test('a 1,000,000-character paste is cut at the limit, said at the field and saved cut', () => {
    const { store } = renderPage();
    const field = input('団体名');
    const max = FIELDS.organisationName.maxLength;
    field.focus();
    act(() => {
      fireEvent.paste(field, {
        clipboardData: { getData: () => `${'労'.repeat(max - 1)}𠮷${'労'.repeat(999_000)}` },
      });
    });
    // 𠮷 would end past the limit: it is left out whole.
    expect(field.value).toBe('労'.repeat(max - 1));
    expect(document.getElementById('organisationName-notice')!.textContent).toBe(
      pasteCutMessage(max),
    );
    expect(field.getAttribute('aria-describedby')).toContain('organisationName-notice');
    expect(store.getState().progress.request.organisationName).toBe('労'.repeat(max - 1));
  });

  test('a paste that fits is left to the browser, with no notice', () => {
    renderPage();
    const field = input('団体名');
    const event = fireEvent.paste(field, { clipboardData: { getData: () => '中央労働組合' } });
    expect(event).toBe(true); // not prevented
    expect(document.getElementById('organisationName-notice')!.textContent).toBe('');
  });

  test('the notice goes with the next change', async () => {
    const { user } = renderPage();
    const field = input('団体名');
    field.focus();
    act(() => {
      fireEvent.paste(field, { clipboardData: { getData: () => 'あ'.repeat(200) } });
    });
    expect(document.getElementById('organisationName-notice')!.textContent).not.toBe('');
    await user.type(field, '{Backspace}');
    expect(document.getElementById('organisationName-notice')!.textContent).toBe('');
  });
});
