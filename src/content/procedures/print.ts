import { label, link, rich, step, type Procedure } from './types';

/**
 * Task 2: print the request made in task 1 and stamp it. The guide's flow items 1–2
 * (「ご記入・ご捺印ください」 and 【ご確認事項】①②③) and the form's own ※ lines.
 */

const BOTH_SEALS = '2つのご印鑑（角印と丸印等）でお届出の場合は、両方ともご捺印ください。';

export const PRINT: Procedure = {
  task: 'print',
  intro: [
    rich(
      '作成した『ろうきん賃金控除事務支援サービス マスターユーザー削除・電子証明書失効等依頼書』（以下「依頼書」）を印刷し、お申込印をご捺印ください。',
    ),
  ],
  notices: [],
  questions: [],
  // The request itself is printed with the PDF's own button; this prints the checklist only.
  printStepsLabel: '確認の手順を印刷（依頼書は含みません）',
  steps: [
    step({
      id: 'print.print',
      number: null,
      instruction: '作成した「依頼書」を印刷してください。',
    }),
    step({
      id: 'print.stamp',
      number: null,
      instruction: rich(label('お申込印（代表者印）'), '欄に、お申込印をご捺印ください。'),
      notes: [
        '「お申込印」には利用申込書により届出ている「お申込印」と同じ印鑑を押してください。',
        'お申込印は鮮明にご捺印願います。',
        BOTH_SEALS,
      ],
    }),
    step({
      id: 'print.check-filled',
      number: '①',
      sectionHeading: '【ご確認事項】',
      instruction: '以下について記入されているかご確認ください。',
      list: [
        '依頼日',
        '郵便番号',
        'ご住所',
        '団体名',
        '代表者名（肩書および氏名）',
        '電話番号',
        'FAX番号',
        'ご担当者',
        'ご契約番号',
        '失効する対象ユーザーへの✓（一般ユーザーの場合は✓とユーザー名）',
      ],
      // Task 2 opens only after the request passed the form's checks, so every field is filled.
      auto: {
        reason: rich(
          'この項目は、「',
          link('依頼書を作成する', 'request'),
          '」で入力内容を確認済みのため、確認は不要です。',
        ),
      },
    }),
    step({
      id: 'print.check-seal',
      number: '②',
      instruction:
        'お申込印が鮮明に捺印されているかご確認ください。また、2つのご印鑑（角印と丸印等）でお届出の場合は、両方とも捺印されているかご確認ください。',
    }),
    step({
      id: 'print.check-corrections',
      number: '③',
      instruction: '訂正がある場合、お申込印にて訂正印が捺印されているかご確認ください。',
      tips: [
        {
          heading: '【訂正が必要な場合】',
          body: [
            rich(
              `再度、依頼書を作成していただくか、訂正箇所を二重線で抹消のうえ訂正いただき、お申込印にて訂正印をご捺印ください（${BOTH_SEALS}）。`,
            ),
            rich(
              'この案内では、「',
              link('依頼書を作成する', 'request'),
              '」で入力内容を直して印刷し直すほうが簡単です。印刷し直した依頼書には、あらためてお申込印をご捺印ください。',
            ),
          ],
          variants: [],
        },
      ],
    }),
  ],
};
