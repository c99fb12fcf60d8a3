import { input, label, link, rich, step, type Procedure } from './types';

/** Task 4: 電子証明書の取得方法 1. 従来の電子証明書の確認（削除）. */

/** The guide's 「2.へ進んでください」: obtaining the certificate on the new PC (tasks 5–7). */
const GO_ON = rich(
  '次の作業「',
  link('Microsoft Edge を設定する', 'edge'),
  '」（Microsoft Edge IE モードでご利用の場合は「',
  link('電子証明書を取得する', 'certificate'),
  '」）へ進んでください。',
);

export const OLD_CERTIFICATE: Procedure = {
  task: 'old-certificate',
  intro: [
    rich(
      '以前利用されていたパソコンが残っている、もしくは継続利用する場合は、次の手順で従来の「電子証明書」の確認（削除）を行ってください。',
    ),
  ],
  notices: [],
  printStepsHint:
    '以前のパソコンでこの案内を開かない場合は、手順を印刷してお持ちください（A4 1枚）。',
  questions: [
    {
      choice: 'oldPcInUse',
      question: '以前利用されていたパソコンが残っていますか。または、継続して利用しますか。',
      options: [
        {
          value: 'yes',
          label: '残っている、もしくは継続利用する',
          hint: rich('以前のパソコンで、以下の手順を行ってください。'),
        },
        {
          value: 'no',
          label: '残っていない',
          hint: rich('この作業は必要ありません。', ...GO_ON),
        },
      ],
    },
  ],
  notApplicable: {
    title: '以前のパソコンが残っていないため、この作業は不要です。',
    paragraphs: [],
  },
  steps: [
    step({
      id: 'old-certificate.open-options',
      number: '①',
      instruction: rich(
        '従来、賃金控除事務支援サービスを利用していたパソコンの画面下ツールバー',
        label('検索'),
        'ボックスに',
        input('インターネット'),
        'と入力し、',
        label('インターネットオプション'),
        'の',
        label('開く'),
        'をクリックします。',
      ),
    }),
    step({
      id: 'old-certificate.open-personal',
      number: '②',
      instruction: rich(
        label('コンテンツ'),
        'タブをクリックし、',
        label('証明書'),
        'ボタンをクリックして、',
        label('個人'),
        'タブをクリックします。',
      ),
      picture: 'old-certificate.open-personal',
    }),
    step({
      id: 'old-certificate.delete',
      number: '③',
      instruction: rich(
        label('個人'),
        'タブの一覧から、今まで利用していた電子証明書（発行先の前半部分がご自身の「ユーザーID」で発行者が',
        label('Rokin-KW CA'),
        'となっているもの）を選択し、',
        label('削除'),
        'ボタンをクリックして削除します。',
      ),
      notes: [rich('上記の電子証明書が存在しない場合は、削除は必要ありません。', ...GO_ON)],
      picture: 'old-certificate.delete',
    }),
  ],
};
