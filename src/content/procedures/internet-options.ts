import {
  IE_MODE_NOT_APPLICABLE,
  SCREENS_MAY_DIFFER,
  SERVICE_SITE_HOST,
  SERVICE_SITE_URL,
} from './common';
import { input, label, link, rich, step, type Procedure } from './types';

/** Task 6: the booklet's 3. ポップアップブロックの設定確認および信頼済みサイトの登録 ①–⑪. */

const POPUP_ON = { popupBlocker: 'on' } as const;

export const INTERNET_OPTIONS: Procedure = {
  task: 'internet-options',
  intro: [
    rich(
      'インターネットオプションで、ポップアップブロックの設定確認および信頼済みサイトの登録を行います。',
    ),
  ],
  notices: [SCREENS_MAY_DIFFER],
  questions: [
    {
      choice: 'windowsVersion',
      question: 'ご利用のパソコンの Windows はどちらですか。',
      options: [
        { value: '10', label: 'Windows 10' },
        { value: '11', label: 'Windows 11' },
      ],
      preselectDetected: true,
    },
    {
      choice: 'popupBlocker',
      question: '「ポップアップブロックを有効にする」にチェックが入っていますか。',
      askAt: 'internet-options.privacy',
      options: [
        {
          value: 'on',
          label: '☑（チェックが入っている）',
          hint: rich(
            link('③', 'internet-options', 'internet-options.popup-settings'),
            'へすすんでください。',
          ),
        },
        {
          value: 'off',
          label: '☐（チェックが入っていない）',
          hint: rich(
            link('⑥', 'internet-options', 'internet-options.security'),
            'へすすんでください。',
          ),
        },
      ],
    },
  ],
  notApplicable: {
    ...IE_MODE_NOT_APPLICABLE,
    paragraphs: [
      ...IE_MODE_NOT_APPLICABLE.paragraphs,
      rich(
        'Microsoft Edge (通常モード) でご利用の場合は、「',
        link('Microsoft Edge を設定する', 'edge'),
        '」で選び直してください。',
      ),
    ],
  },
  steps: [
    step({
      id: 'internet-options.open',
      number: '①',
      instruction: rich(
        'タスクバーの検索ボックスに',
        input('インターネット'),
        'と入力し、',
        label('インターネットオプション'),
        'が選択されていることを確認して',
        label('開く'),
        'をクリックします。',
      ),
      variants: [
        {
          when: { windowsVersion: '10' },
          heading: 'Windows 10 の場合',
          picture: 'internet-options.open.win10',
        },
        {
          when: { windowsVersion: '11' },
          heading: 'Windows 11 の場合',
          picture: 'internet-options.open.win11',
        },
        {
          when: { windowsVersion: '10' },
          heading: 'Windows 10 の入力例',
          picture: 'internet-options.open.win10-example',
        },
      ],
      tips: [
        {
          heading: 'ワンポイント！',
          title: '【タスクバーに検索ボックスが無い場合の検索方法】',
          body: [],
          variants: [
            {
              when: { windowsVersion: '10' },
              heading: 'Windows 10 の場合',
              text: rich(
                'Windowsスタートボタンを右クリックして、',
                label('検索'),
                'をクリックします。',
              ),
              picture: 'internet-options.search-box.win10',
            },
            {
              when: { windowsVersion: '11' },
              heading: 'Windows 11 の場合',
              text: rich(
                'タスクバーを右クリックして、',
                label('タスクバーの設定'),
                ' → ',
                label('検索'),
                'から、',
                label('検索ボックス'),
                'を選択します。',
              ),
              picture: 'internet-options.search-box.win11',
            },
          ],
        },
      ],
    }),
    step({
      id: 'internet-options.privacy',
      number: '②',
      instruction: rich(
        label('プライバシー'),
        'をクリックし、ポップアップブロックの設定を確認します。',
      ),
      extraLabels: ['ポップアップブロックを有効にする'],
      list: [
        rich(
          label('ポップアップブロックを有効にする'),
          'が☑となっている場合は、',
          link('③', 'internet-options', 'internet-options.popup-settings'),
          'へすすんでください。',
        ),
        rich(
          label('ポップアップブロックを有効にする'),
          'が☐となっている場合は、',
          link('⑥', 'internet-options', 'internet-options.security'),
          'へすすんでください。',
        ),
      ],
      picture: 'internet-options.privacy',
    }),
    step({
      id: 'internet-options.popup-settings',
      number: '③',
      when: POPUP_ON,
      instruction: rich('ポップアップブロックの', label('設定'), 'ボタンをクリックします。'),
      variants: [
        {
          when: { windowsVersion: '10' },
          heading: 'Windows 10 の場合',
          picture: 'internet-options.popup-settings.win10',
        },
        {
          when: { windowsVersion: '11' },
          heading: 'Windows 11 の場合',
          picture: 'internet-options.popup-settings.win11',
        },
      ],
    }),
    step({
      id: 'internet-options.popup-add',
      number: '④',
      when: POPUP_ON,
      instruction: rich(
        label('許可する Web サイトのアドレス'),
        '欄に',
        input(SERVICE_SITE_HOST),
        'を入力し、',
        label('追加'),
        'ボタンをクリックします。',
      ),
      picture: 'internet-options.popup-add',
    }),
    step({
      id: 'internet-options.popup-close',
      number: '⑤',
      when: POPUP_ON,
      instruction: rich(
        label('許可されたサイト'),
        '欄にアドレスが追加されたことを確認し、',
        label('閉じる'),
        'ボタンをクリックします。',
      ),
      picture: 'internet-options.popup-close',
    }),
    step({
      id: 'internet-options.security',
      number: '⑥',
      instruction: rich(label('セキュリティ'), 'をクリックします。'),
      picture: 'internet-options.security',
    }),
    step({
      id: 'internet-options.trusted-zone',
      number: '⑦',
      instruction: rich(
        '「セキュリティ設定を表示または変更するゾーンを選択してください。」の',
        label('信頼済みサイト'),
        'をクリックします。',
      ),
      picture: 'internet-options.trusted-zone',
    }),
    step({
      id: 'internet-options.trusted-sites',
      number: '⑧',
      instruction: rich(
        'ゾーン下部が',
        label('信頼済みサイト'),
        'となっていることを確認し、',
        label('サイト'),
        'ボタンをクリックします。',
      ),
      picture: 'internet-options.trusted-sites',
    }),
    step({
      id: 'internet-options.trusted-add',
      number: '⑨',
      instruction: rich(
        label('この Web サイトをゾーンに追加する'),
        '欄に',
        input(SERVICE_SITE_URL),
        'を入力し、',
        label('追加'),
        'ボタンをクリックします。',
      ),
      picture: 'internet-options.trusted-add',
    }),
    step({
      id: 'internet-options.trusted-close',
      number: '⑩',
      instruction: rich(
        label('Web サイト'),
        '欄にアドレスが追加されたことを確認し、',
        label('閉じる'),
        'ボタンをクリックします。',
      ),
      picture: 'internet-options.trusted-close',
    }),
    step({
      id: 'internet-options.ok',
      number: '⑪',
      instruction: rich(label('OK'), 'ボタンをクリックしてインターネットオプションを閉じます。'),
      picture: 'internet-options.ok',
    }),
  ],
};
