// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { HelpContacts } from '../../src/components/help-contacts';

afterEach(cleanup);

const lines = () =>
  within(screen.getByRole('region', { name: 'お問い合わせ先' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('<お問い合わせ先> on every page', () => {
  test('both lines, with their hours, as tel: links', () => {
    render(<HelpContacts first="documents" />);
    const region = screen.getByRole('region', { name: 'お問い合わせ先' });
    expect(within(region).getByRole('link', { name: '045-476-7588' }).getAttribute('href')).toBe(
      'tel:0454767588',
    );
    expect(within(region).getByRole('link', { name: '0120-54-6091' }).getAttribute('href')).toBe(
      'tel:0120546091',
    );
    expect(region.textContent).toContain('中央労働金庫 賃金控除事務支援サービス担当');
    expect(lines()).toEqual([
      'ご提出書類に関するお問い合わせ TEL 045-476-7588（平日9:00〜17:00）',
      '操作に関するお問い合わせ TEL 0120-54-6091（平日9:00〜18:00）',
    ]);
  });

  test('the operations line first where asked', () => {
    render(<HelpContacts first="operation" />);
    expect(lines()[0]).toMatch(/^操作に関するお問い合わせ/);
  });

  test('numbers and hours do not break inside', () => {
    render(<HelpContacts first="documents" />);
    const link = screen.getByRole('link', { name: '045-476-7588' });
    expect(link.className).toContain('nowrap');
    expect(screen.getByText('（平日9:00〜17:00）').className).toContain('nowrap');
  });
});
