import { describe, expect, test } from 'vitest';
import { mergeProgress, unsavedParts } from '../../../src/domain/progress/merge';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import type { RequestDraft } from '../../../src/domain/request/schema';

const p = (
  changes: Omit<Partial<Progress>, 'request'> & { request?: Partial<RequestDraft> } = {},
): Progress => {
  const base = emptyProgress();
  return { ...base, ...changes, request: { ...base.request, ...changes.request } };
};

describe('mergeProgress: every change of either side is kept', () => {
  const cases: [name: string, base: Progress, mine: Progress, theirs: Progress, want: Progress][] =
    [
      ['nothing changed', p(), p(), p(), p()],
      [
        'different fields',
        p(),
        p({ request: { address: '東京都' } }),
        p({ request: { organisationName: '中央労働組合' } }),
        p({ request: { address: '東京都', organisationName: '中央労働組合' } }),
      ],
      [
        'the same field: mine, since this tab changed it last',
        p({ request: { address: 'A' } }),
        p({ request: { address: 'B' } }),
        p({ request: { address: 'C' } }),
        p({ request: { address: 'B' } }),
      ],
      [
        'a field only they changed',
        p({ request: { address: 'A' } }),
        p({ request: { address: 'A' } }),
        p({ request: { address: 'C' } }),
        p({ request: { address: 'C' } }),
      ],
      [
        'ticks on both sides',
        p({ ticked: ['a'] }),
        p({ ticked: ['a', 'b'] }),
        p({ ticked: ['a', 'c'] }),
        p({ ticked: ['a', 'c', 'b'] }),
      ],
      [
        'an untick here, a tick there',
        p({ ticked: ['a', 'b'] }),
        p({ ticked: ['b'] }),
        p({ ticked: ['a', 'b', 'c'] }),
        p({ ticked: ['b', 'c'] }),
      ],
      [
        'answers per question',
        p(),
        p({ choices: { oldPcInUse: 'yes' } }),
        p({ choices: { browserMode: 'edge' } }),
        p({ choices: { oldPcInUse: 'yes', browserMode: 'edge' } }),
      ],
      [
        'an answer taken back here',
        p({ choices: { oldPcInUse: 'yes' } }),
        p({ choices: {} }),
        p({ choices: { oldPcInUse: 'yes', windowsVersion: '11' } }),
        p({ choices: { windowsVersion: '11' } }),
      ],
      [
        'the FAX recorded here, the call undone there',
        p({ callReceivedAt: '2026-12-01T05:00:00.000Z' }),
        p({ callReceivedAt: '2026-12-01T05:00:00.000Z', faxSentAt: '2026-12-01T01:00:00.000Z' }),
        p(),
        p({ faxSentAt: '2026-12-01T01:00:00.000Z' }),
      ],
      [
        'a confirmation holds for the request it confirmed',
        p({ request: { address: 'A' } }),
        p({ request: { address: 'A' }, requestConfirmed: true }),
        p({ request: { address: 'A' } }),
        p({ request: { address: 'A' }, requestConfirmed: true }),
      ],
      [
        'a confirmation does not hold once the other tab changed the request',
        p({ request: { address: 'A' } }),
        p({ request: { address: 'A' }, requestConfirmed: true }),
        p({ request: { address: 'B' } }),
        p({ request: { address: 'B' }, requestConfirmed: false }),
      ],
    ];
  test.each(cases)('%s', (_name, base, mine, theirs, want) => {
    expect(mergeProgress(base, mine, theirs)).toEqual(want);
  });
});

describe('unsavedParts names what a failed save leaves unsaved', () => {
  const cases: [name: string, saved: Progress, current: Progress, want: string[]][] = [
    ['nothing', p(), p(), []],
    [
      'fields by their labels, in the form order',
      p(),
      p({ request: { representativeName: '労金 花子', address: '東京都' } }),
      ['ご住所', '代表者名の氏名'],
    ],
    [
      'answers, ticks and records',
      p({ ticked: ['a'] }),
      p({
        ticked: ['b', 'c'],
        choices: { oldPcInUse: 'no' },
        faxSentAt: '2026-12-01T01:00:00.000Z',
        callReceivedAt: '2026-12-01T05:00:00.000Z',
        requestConfirmed: true,
      }),
      [
        '依頼書の内容の確認',
        '選んだ項目',
        '手順のチェック（3件）',
        'FAXを送信した記録',
        '完了のお電話を受けた記録',
      ],
    ],
  ];
  test.each(cases)('%s', (_name, saved, current, want) => {
    expect(unsavedParts(saved, current)).toEqual(want);
  });
});
