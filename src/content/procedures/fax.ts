import { FAX_DESTINATION } from '../fax-destination';
import { link, number, rich, step, type Procedure } from './types';

/** Task 3: the guide's flow items 3–4 and its <お問い合わせ先>. */

export const FAX: Procedure = {
  task: 'fax',
  intro: [
    rich(
      '印刷・捺印した「依頼書」をFAXにて送信し、ろうきんからの手続き完了のご連絡をお待ちください。',
    ),
    rich('ご不明な点がございましたら、このページの下のお問い合わせ先までご連絡ください。'),
  ],
  notices: [],
  questions: [],
  beforeSteps: ['fax-destination'],
  steps: [
    step({
      id: 'fax.send',
      number: null,
      instruction: rich(
        '「依頼書」を',
        `${FAX_DESTINATION.name}${FAX_DESTINATION.department}（FAX `,
        number(FAX_DESTINATION.fax.display),
        '）',
        'へFAXにて送信してください。',
      ),
      record: 'fax-sent',
    }),
    step({
      id: 'fax.wait-call',
      number: null,
      instruction:
        'ろうきんでの処理終了後、お電話にて手続き完了のご連絡を申し上げます。ご連絡があるまでお待ちください。',
      notes: [
        'ろうきんにFAX到着後、お手続きに2時間程お時間をいただきます。（なお、記入不備等がある場合はFAXのご再送が必要となり、お手続きに2時間以上頂戴する場合がございます。）',
        rich(
          '「',
          link('以前の電子証明書を削除する', 'old-certificate'),
          '」以降の作業は、ろうきんからの手続き完了の連絡があった後に行ってください。',
        ),
      ],
      // The call is recorded with its own control (Progress.callReceivedAt), not with a tick.
      record: 'call-received',
      checkable: false,
    }),
  ],
};
