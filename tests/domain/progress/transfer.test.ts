import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../src/domain/request/fields';
import { CURRENT_VERSION } from '../../../src/domain/progress/envelope';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import { exportFileName, exportProgress } from '../../../src/domain/progress/transfer';
import { importProgress } from '../../../src/domain/progress/transfer-import';

const progress: Progress = {
  ...emptyProgress(),
  request: {
    ...emptyProgress().request,
    organisationName: '髙﨑𠮷労働組合',
    phone: '03-9999-9999',
  },
  requestConfirmed: true,
  choices: { oldPcInUse: 'no' },
  ticked: ['print.seal'],
  faxSentAt: '2026-11-26T01:00:00.000Z',
};
const exported = exportProgress(
  progress,
  '2026-11-26T02:00:00.000Z',
  new Date('2026-11-26T03:00:00.000Z'),
);

function withProgress(change: (p: Record<string, unknown>) => void): string {
  const file = JSON.parse(exported) as { progress: Record<string, unknown> };
  change(file.progress);
  return JSON.stringify(file);
}

describe('progress files', () => {
  test('an exported file imports back unchanged', () => {
    expect(importProgress(exported)).toEqual({
      ok: true,
      progress,
      updatedAt: '2026-11-26T02:00:00.000Z',
    });
  });

  test('the file name carries the date', () => {
    expect(exportFileName(new Date(2026, 10, 26, 9))).toBe('進捗_2026-11-26.json');
  });

  test.each<[string, string, string[]]>([
    [
      'not JSON',
      '{"app":',
      [
        'ファイルを読み取れません。この案内の「進捗をファイルに保存」で保存したファイルを選んでください。',
      ],
    ],
    [
      'another file',
      JSON.stringify({ hello: 'world' }),
      ['この案内で保存した進捗ファイルではありません。'],
    ],
    [
      'saved storage instead of an export',
      JSON.stringify({ app: 'rokin-cert-wizard', version: 1, progress: {} }),
      ['この案内で保存した進捗ファイルではありません。'],
    ],
    [
      'a newer version',
      exported.replace(`"version": ${CURRENT_VERSION}`, '"version": 9'),
      [
        '新しい版の案内で保存されたファイルのため、読み込めません。最新の案内を開き直してからお試しください。',
      ],
    ],
    [
      'a wrong type',
      withProgress((p) => (p.requestConfirmed = 'yes')),
      ['「依頼書の確認」の種類が正しくありません。'],
    ],
    [
      'a missing field',
      withProgress((p) => delete p.ticked),
      ['「チェックした手順」がありません。'],
    ],
    [
      'a bad nested value',
      withProgress((p) => ((p.request as Record<string, unknown>).phone = 42)),
      ['「依頼書の入力内容 › 電話番号」の種類が正しくありません。'],
    ],
    [
      'an unknown choice',
      withProgress((p) => (p.choices = { oldPcInUse: 'maybe' })),
      ['「選んだ項目 › 以前のパソコン」の値が正しくありません。'],
    ],
    [
      'a bad step id',
      withProgress((p) => (p.ticked = ['ok', '<script>'])),
      ['「チェックした手順 › 2番目」の値が正しくありません。'],
    ],
  ])('%s is refused whole with a clear message', (_name, text, problems) => {
    expect(importProgress(text)).toEqual({ ok: false, problems });
  });

  test('several problems are all listed', () => {
    const text = withProgress((p) => {
      p.requestConfirmed = 1;
      p.faxSentAt = 'yesterday';
    });
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(2);
  });

  test('a value longer than its field takes is refused, naming the field', () => {
    const text = withProgress((p) => {
      const request = p.request as Record<string, unknown>;
      request.organisationName = '労'.repeat(FIELDS.organisationName.maxLength + 1);
      request.contactPerson = 'あ'.repeat(FIELDS.contactPerson.maxLength + 1);
    });
    expect(importProgress(text)).toEqual({
      ok: false,
      problems: [
        `「依頼書の入力内容 › 団体名」が長すぎます（${FIELDS.organisationName.maxLength}文字までです）。`,
        `「依頼書の入力内容 › ご担当者」が長すぎます（${FIELDS.contactPerson.maxLength}文字までです）。`,
      ],
    });
  });

  test('a file that is too large is refused before parsing', () => {
    expect(importProgress(' '.repeat(1_000_001)).ok).toBe(false);
  });
});
