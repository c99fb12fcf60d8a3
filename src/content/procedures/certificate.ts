import { IE_MODE_MANUAL, SCREENS_MAY_DIFFER } from './common';
import { contact, label, link, rich, step, type Procedure } from './types';

/** Task 7: the booklet's 4. 電子証明書の取得作業 ①–⑮. */

const EDGE_NORMAL = { browserMode: 'edge' } as const;
const IE_MODE = { browserMode: 'ie-mode' } as const;

/** The login of step ⑤; step ⑪ asks for the same password (the guide's 「P. 18⑤」). */
const LOGIN_STEP = 'certificate.login';

export const CERTIFICATE: Procedure = {
  task: 'certificate',
  intro: [
    rich('今後、賃金控除事務支援サービスを利用するパソコンで、電子証明書を取得します。'),
    rich(
      `Microsoft Edge IE モードでご利用の場合は、別冊${IE_MODE_MANUAL}での設定が完了した後に、この作業を行ってください。`,
    ),
  ],
  notices: [SCREENS_MAY_DIFFER],
  questions: [],
  inServiceBrowser: true,
  completedTitle: '電子証明書取得の作業はすべて完了しました。',
  steps: [
    step({
      id: 'certificate.open-service',
      number: '①',
      // The guide's URL was in a screenshot that is lost; the way there is all the text gives.
      instruction:
        'ブラウザを開き（インターネットに接続し）、ろうきん賃金控除事務支援サービスにアクセスします。',
      notes: [
        '中央ろうきんのホームページ → 各種サービス（会員団体向けサービス） → ろうきん賃金控除事務支援サービス からアクセスできます。',
      ],
      picture: 'certificate.open-service',
    }),
    step({
      id: 'certificate.login-start',
      number: '②',
      instruction: rich(label('サービスへのログイン／初期登録'), 'ボタンをクリックします。'),
      tips: [
        {
          heading: 'ワンポイント！',
          body: [
            rich('サービスのURLを「お気に入り」に追加しておくと、次回以降ご利用の際に便利です。'),
          ],
          variants: [],
        },
      ],
      picture: 'certificate.login-start',
    }),
    step({
      id: 'certificate.cancel-dialog',
      number: '③',
      instruction: rich(
        '以下の画面が表示された場合は、',
        label('キャンセル'),
        'ボタンをクリックします。',
      ),
      notes: [
        rich(
          '表示されない場合は、',
          link('④', 'certificate', 'certificate.issue-button'),
          'へ進んでください。',
        ),
      ],
      variants: [
        {
          when: EDGE_NORMAL,
          heading: 'Microsoft Edge (通常モード) の場合',
          picture: 'certificate.cancel-dialog.edge',
        },
        {
          when: { browserMode: 'ie-mode', windowsVersion: '10' },
          heading: 'Microsoft Edge (IE モード) の場合（Windows 10）',
          picture: 'certificate.cancel-dialog.ie-mode.win10',
        },
        {
          when: { browserMode: 'ie-mode', windowsVersion: '11' },
          heading: 'Microsoft Edge (IE モード) の場合（Windows 11）',
          picture: 'certificate.cancel-dialog.ie-mode.win11',
        },
      ],
    }),
    step({
      id: 'certificate.issue-button',
      number: '④',
      instruction: rich(label('電子証明書発行'), 'ボタンをクリックします。'),
      picture: 'certificate.issue-button',
    }),
    step({
      id: LOGIN_STEP,
      number: '⑤',
      instruction: rich(
        'ユーザーID/パスワードを入力して、',
        label('認証'),
        'ボタンをクリックします。',
      ),
      notes: [
        rich(
          'ここで入力するパスワードは、',
          link('⑪', 'certificate', 'certificate.import-password'),
          'でも入力します。この案内がユーザーIDやパスワードをお尋ねしたり、保存したりすることはありません。',
        ),
      ],
    }),
    step({
      id: 'certificate.auth-code',
      number: '⑥',
      instruction: rich(
        'ご登録のメールアドレス宛に送信された認証コード（半角数字 6 桁/有効期限 30 分）を入力し、',
        label('認証'),
        'ボタンをクリックします。',
      ),
      timer: { minutes: 30, label: '認証コードの有効期限' },
    }),
    step({
      id: 'certificate.issue',
      number: '⑦',
      instruction: rich(label('発行'), 'ボタンをクリックします。'),
    }),
    step({
      id: 'certificate.issuing',
      number: '⑧',
      instruction: rich(
        '発行中は',
        label('電子証明書発行中'),
        '画面が表示されます。そのままお待ちください。',
      ),
      notes: ['電子証明書の発行は、数十秒かかる場合があります。'],
      picture: 'certificate.issuing',
      checkable: false,
    }),
    step({
      id: 'certificate.result',
      number: '⑨',
      instruction: rich(
        '画面に表示された電子証明書発行結果を確認します。電子証明書発行画面が表示されると同時に、拡張子が「p12」の電子証明書ファイルが自動でダウンロードされ、下記の画面が表示されますので、',
        label('開く'),
        'または',
        label('ファイルを開く'),
        'ボタンを押してください。',
      ),
      warnings: [
        { items: [rich(label('閉じる'), 'ボタンをクリックしないでください。')] },
        {
          heading: 'ご注意ください！',
          items: [
            rich(
              '電子証明書の「p12」ファイルを開かずに終了した場合は、電子証明書が既に発行済みとなっているため、再度電子証明書を発行するためには電子証明書を失効する必要があります。',
            ),
            rich(
              '電子証明書を失効するにはろうきんへお問い合わせください（',
              contact('operation'),
              '、',
              contact('documents'),
              '）。',
            ),
            rich(
              'ダウンロードフォルダに保存した場合は、電子証明書の「p12」ファイルをダブルクリックもしくは右クリックから',
              label('開く'),
              'を選択してください。',
            ),
          ],
        },
      ],
      variants: [
        {
          when: EDGE_NORMAL,
          heading: 'ア.【Microsoft Edge (通常モード) の場合】',
          picture: 'certificate.result.edge',
        },
        {
          when: IE_MODE,
          heading: 'イ.【Microsoft Edge (IE モード) の場合】',
          picture: 'certificate.result.ie-mode',
        },
        {
          // Only IE mode shows Internet Explorer's own security prompt.
          when: IE_MODE,
          heading: 'Internet Explorer セキュリティ画面が表示される場合',
          text: rich(label('許可する'), 'ボタンを押してください。'),
          picture: 'certificate.result.ie-security',
        },
      ],
      extraLabels: ['閉じる', '許可する'],
      picture: 'certificate.result',
    }),
    step({
      id: 'certificate.import-store',
      number: '⑩',
      instruction: rich(
        '証明書のインポートウィザードが開始されます。保存場所に',
        label('現在のユーザー (C)'),
        'を選択し、',
        label('次へ'),
        'ボタンを押してください。',
      ),
      picture: 'certificate.import-store',
    }),
    step({
      // The guide has this screen between ⑩ and ⑪ without a number.
      id: 'certificate.import-file',
      number: null,
      instruction: rich(
        label('ファイル名'),
        'にインポートする電子証明書の「p12」ファイルが選択されていることを確認し、',
        label('次へ'),
        'ボタンを押してください。',
      ),
      picture: 'certificate.import-file',
    }),
    step({
      id: 'certificate.import-password',
      number: '⑪',
      // 「全ての」 in the guide's sentence; the dialog itself reads 「すべての」.
      instruction: rich(
        label('すべての拡張プロファイルを含める (A)'),
        'にチェックを入れ、',
        link('⑤', 'certificate', LOGIN_STEP),
        'で入力した賃金控除事務支援サービスにログインする際のパスワードをパスワード欄に入力し、',
        label('次へ'),
        'ボタンを押してください。',
      ),
      notes: [
        'この案内がパスワードをお尋ねしたり、保存したりすることはありません。パスワードは、画面のパスワード欄にだけ入力してください。',
      ],
      picture: 'certificate.import-password',
    }),
    step({
      id: 'certificate.import-auto-store',
      number: '⑫',
      instruction: rich(
        label('証明書の種類に基づいて、自動的に証明書ストアを選択する (U)'),
        'にチェックを入れ、',
        label('次へ'),
        'ボタンを押してください。',
      ),
      picture: 'certificate.import-auto-store',
    }),
    step({
      id: 'certificate.import-finish',
      number: '⑬',
      instruction: rich(label('完了'), 'ボタンを押してください。'),
      picture: 'certificate.import-finish',
    }),
    step({
      id: 'certificate.security-warning',
      number: null,
      parent: 'certificate.import-finish',
      onlyIf: 'セキュリティの警告が表示される場合',
      instruction: rich(label('はい'), 'ボタンを押してください。'),
      picture: 'certificate.security-warning',
      // Appears only on some PCs; ticking ⑬ covers it.
      checkable: false,
    }),
    step({
      id: 'certificate.import-done',
      number: '⑭',
      instruction: rich(
        label('正しくインポートされました。'),
        'とポップアップが表示されると電子証明書のインポートは完了です。',
        label('OK'),
        'ボタンを押してポップアップを閉じてください。',
      ),
      picture: 'certificate.import-done',
    }),
    step({
      id: 'certificate.close',
      number: '⑮',
      instruction: rich(
        label('閉じる'),
        'ボタンをクリックします。（ブラウザを全て閉じて終了します。）',
      ),
      picture: 'certificate.close',
    }),
  ],
  closing: rich('以上で電子証明書取得の作業は完了です。'),
};
