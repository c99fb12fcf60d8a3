import { IE_MODE_MANUAL, SCREENS_MAY_DIFFER, SERVICE_SITE_URL } from './common';
import { input, label, link, rich, step, type Procedure } from './types';

/**
 * Task 5: the booklet's 1. 電子証明書取得時の注意事項 (as notices and the browser-mode question)
 * and 2. ブラウザの設定 ①–⑧ for Microsoft Edge (通常モード); for IE mode, the guide's one step:
 * the bank's separate manual, after which the person goes straight to obtaining the certificate.
 */

const EDGE_NORMAL = { browserMode: 'edge' } as const;
const IE_MODE = { browserMode: 'ie-mode' } as const;

/** The guide's toggles lost their icons in 「「無効」()」; the words alone still say it all. */
const TURN_ON = '「無効」になっている場合は、「有効」に設定してください。';

export const EDGE: Procedure = {
  task: 'edge',
  intro: [
    rich(
      'ご利用のパソコン環境にあわせて、賃金控除事務支援サービスを利用するパソコンの Microsoft Edge を設定します。',
    ),
  ],
  notices: [
    {
      kind: 'info',
      heading: '賃金控除事務支援サービスを利用するパソコンをお決めください。',
      paragraphs: [rich('「2名以上」でご利用の場合・・・')],
      list: [
        rich('他のユーザーと同一のパソコンで利用したい → ご利用可能です。'),
        rich('他のユーザーとは別のパソコンで利用したい → ご利用可能です。'),
      ],
    },
    {
      kind: 'warning',
      heading: 'ご注意ください！',
      paragraphs: [],
      list: [
        rich(
          'Microsoft Edge (レガシー版)・Firefox・Google Chrome等については、ご利用いただけません。',
        ),
        rich(
          'Microsoft公式サイトから最新の「Microsoft Edge」(Chromium版)をダウンロードしてください。',
        ),
      ],
    },
    SCREENS_MAY_DIFFER,
  ],
  questions: [
    {
      choice: 'browserMode',
      question: 'ご利用のパソコン環境にあわせて、どちらでご利用になるかお選びください。',
      options: [
        {
          value: 'edge',
          label: 'Microsoft Edge (通常モード) でご利用',
          hint: rich('以下の手順（①〜⑧）で Microsoft Edge を設定します。'),
        },
        {
          value: 'ie-mode',
          label: 'Microsoft Edge IE モードでご利用',
          hint: rich(`当金庫ホームページ掲示の別冊${IE_MODE_MANUAL}に沿って設定します。`),
        },
      ],
    },
  ],
  inServiceBrowser: true,
  steps: [
    step({
      id: 'edge.ie-mode-manual',
      number: null,
      when: IE_MODE,
      instruction: `当金庫ホームページ掲示の別冊${IE_MODE_MANUAL}に沿って設定してください。`,
      notes: [
        rich(
          '別冊での設定が完了した後は、「',
          link('電子証明書を取得する', 'certificate'),
          '」へすすんでください。手順書のとおり、「',
          link('インターネットオプションを設定する', 'internet-options'),
          '」は行いません。',
        ),
      ],
    }),
    step({
      id: 'edge.open-settings',
      when: EDGE_NORMAL,
      number: '①',
      instruction: rich(
        'Microsoft Edge を起動し、右上の',
        label('…'),
        'からメニューを展開し、',
        label('設定'),
        'をクリックします。',
      ),
      picture: 'edge.open-settings',
    }),
    step({
      id: 'edge.site-permissions',
      when: EDGE_NORMAL,
      number: '②',
      instruction: rich(label('Cookie とサイトのアクセス許可'), 'をクリックします。'),
      picture: 'edge.site-permissions',
    }),
    step({
      id: 'edge.cookies',
      when: EDGE_NORMAL,
      number: '③',
      instruction: rich(label('Cookie とサイトデータの管理と削除'), 'をクリックします。'),
      picture: 'edge.cookies',
    }),
    step({
      id: 'edge.cookies-allow',
      when: EDGE_NORMAL,
      number: '④',
      instruction: rich(
        label('Cookie データの保存と読み取りをサイトに許可する (推奨)'),
        `が有効になっていることを確認してください。${TURN_ON}`,
      ),
      picture: 'edge.cookies-allow',
    }),
    step({
      id: 'edge.cookies-back',
      when: EDGE_NORMAL,
      number: '⑤',
      instruction: rich(
        '設定確認後',
        label('← 保存された Cookie とデータ'),
        'の部分をクリックし前画面へ戻ります。',
      ),
      picture: 'edge.cookies-back',
    }),
    step({
      id: 'edge.javascript',
      when: EDGE_NORMAL,
      number: '⑥',
      instruction: rich(
        label('JavaScript'),
        'が',
        label('許可済み'),
        'になっていることを確認してください。',
        label('ブロック済み'),
        'になっている場合は、',
        label('JavaScript'),
        'をクリックし、下記のとおり「許可済み」に設定してください。',
      ),
      picture: 'edge.javascript',
    }),
    step({
      id: 'edge.javascript-allow',
      number: null,
      parent: 'edge.javascript',
      onlyIf: '「ブロック済み」を「許可済み」（推奨）に変更する場合',
      instruction: rich(
        TURN_ON,
        '「許可済み」（推奨）に変更後、',
        label('← サイトのアクセス許可'),
        'の部分をクリックし前画面へ戻ります。',
      ),
      picture: 'edge.javascript-allow',
      // Needed only when the screen shows 「ブロック済み」; ticking ⑥ covers both cases.
      checkable: false,
    }),
    step({
      id: 'edge.popups',
      when: EDGE_NORMAL,
      number: '⑦',
      instruction: rich(
        label('ポップアップとリダイレクト'),
        'が',
        label('許可済み'),
        'になっていることを確認してください。',
        label('ブロック済み'),
        'になっている場合は、',
        label('ポップアップとリダイレクト'),
        'をクリックし、下記ア～ウによりサイトの許可を設定してください。',
      ),
      picture: 'edge.popups',
    }),
    step({
      id: 'edge.popups-add',
      number: 'ア',
      parent: 'edge.popups',
      onlyIf: '「ポップアップとリダイレクト」が「ブロック済み」になっている場合',
      instruction: rich(label('許可'), 'の項目欄にある、', label('追加'), 'ボタンを押します。'),
      picture: 'edge.popups-add',
      checkable: false,
    }),
    step({
      id: 'edge.popups-url',
      number: 'イ',
      parent: 'edge.popups',
      onlyIf: '「ポップアップとリダイレクト」が「ブロック済み」になっている場合',
      instruction: rich(
        label('サイトの追加'),
        '画面が表示されるので',
        input(SERVICE_SITE_URL),
        'のURLを入力し',
        label('追加'),
        'ボタンを押します。',
      ),
      picture: 'edge.popups-url',
      checkable: false,
    }),
    step({
      id: 'edge.popups-added',
      number: 'ウ',
      parent: 'edge.popups',
      onlyIf: '「ポップアップとリダイレクト」が「ブロック済み」になっている場合',
      instruction: rich(
        label('許可'),
        `の項目欄に先ほど入力したサイト URL 「${SERVICE_SITE_URL}」が表示されます。`,
      ),
      picture: 'edge.popups-added',
      checkable: false,
    }),
    step({
      id: 'edge.downloads',
      when: EDGE_NORMAL,
      number: '⑧',
      instruction: rich(
        label('ダウンロード'),
        'をクリックします。',
        label('ダウンロード時の動作を毎回確認する'),
        `が有効になっていることを確認してください。${TURN_ON}`,
      ),
      picture: 'edge.downloads',
    }),
  ],
};
