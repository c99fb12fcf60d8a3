import { link, rich, step, type Procedure } from './types';

/** Task 3: the guide's flow items 3–4 and its <お問い合わせ先>. */

/** A number as printed in the guide, with the digits for a tel: link. */
export interface PhoneNumber {
  /** As the guide prints it, e.g. '045-476-7588'. */
  readonly display: string;
  /** Digits only, for `tel:` links (a domestic number, as the guide gives no other form). */
  readonly tel: string;
}

export interface Contact {
  readonly id: 'documents' | 'operation';
  /** What the number is for, in the guide's words. */
  readonly purpose: string;
  readonly phone: PhoneNumber;
  /** Reception hours as the guide gives them. */
  readonly hours: string;
}

const phone = (display: string): PhoneNumber => ({ display, tel: display.replace(/\D/g, '') });

/** <お問い合わせ先> */
export const CONTACT_ORGANISATION = '中央労働金庫 賃金控除事務支援サービス担当';

export const CONTACTS: readonly Contact[] = [
  {
    id: 'documents',
    purpose: 'ご提出書類に関するお問い合わせ',
    phone: phone('045-476-7588'),
    hours: '平日9:00~17:00',
  },
  {
    id: 'operation',
    purpose: '操作に関するお問い合わせ',
    phone: phone('0120-54-6091'),
    hours: '平日9:00~18:00',
  },
];

/** 《FAX 送信先》 */
export const FAX_DESTINATION = {
  name: '中央労働金庫業務集中センター',
  department: '（賃金控除事務支援サービス担当）',
  fax: phone('045-476-1189'),
} as const;

export const FAX: Procedure = {
  task: 'fax',
  intro: [
    rich(
      '印刷・押印した「依頼書」をFAXにて送信し、ろうきんからの手続き完了のご連絡をお待ちください。',
    ),
    rich('ご不明な点がございましたら、お問い合わせ先までご連絡ください。'),
  ],
  notices: [],
  questions: [],
  beforeSteps: ['fax-destination'],
  afterSteps: ['contacts'],
  steps: [
    step({
      id: 'fax.send',
      number: null,
      instruction: rich(
        '「依頼書」を',
        `${FAX_DESTINATION.name}${FAX_DESTINATION.department}（FAX ${FAX_DESTINATION.fax.display}）`,
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
