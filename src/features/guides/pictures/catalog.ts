import type { ReactNode } from 'react';

/**
 * Every schematic picture of the guide: what it shows (caption), what to do (its text
 * alternative) and its size. The drawings themselves live in one module per task and load only
 * with that task's page (see index.tsx); this catalog is small and loads with the app, so the
 * caption and the space of a picture are there before its drawing.
 *
 * Text alternatives name the labels as the screen shows them and the red frames' numbers
 * (赤枠①), and say what to do, like the guide's own captions.
 */

export interface PictureInfo {
  /** What screen the picture shows, for its caption. */
  readonly caption: string;
  /** The text alternative: the screen and what to do, with the numbers of the red frames. */
  readonly alt: string;
  /** The screen's labels the picture points at (each is drawn and named in `alt`). */
  readonly targets: readonly string[];
  /** Size in SVG user units; PICTURE_BASE_WIDTH fills the column. */
  readonly width: number;
  readonly height: number;
}

/** The pictures of each task's page; a task page loads only its own group. */
export type PictureGroup = 'old-certificate' | 'edge' | 'internet-options' | 'certificate';

const SITE = 'https://www.cjs-rokin.jp';

const OLD_CERTIFICATE = {
  'old-certificate.open-personal': {
    caption: 'インターネットオプション（コンテンツ）と証明書の画面',
    alt: 'インターネットオプションの画面。「コンテンツ」タブ（赤枠①）をクリックし、「証明書」ボタン（赤枠②）をクリックします。表示された画面で「個人」タブ（赤枠③）をクリックします。',
    targets: ['コンテンツ', '証明書', '個人'],
    width: 720,
    height: 500,
  },
  'old-certificate.delete': {
    caption: '証明書の画面（個人）',
    alt: '証明書の画面の「個人」タブ。一覧から、発行先の前半部分がご自身のユーザーIDで、発行者が「Rokin-KW CA」となっている電子証明書（赤枠①）を選択し、「削除」ボタン（赤枠②）をクリックします。',
    targets: ['個人', '発行先', '発行者', 'Rokin-KW CA', '削除'],
    width: 600,
    height: 380,
  },
} as const satisfies Record<`old-certificate.${string}`, PictureInfo>;

const EDGE = {
  'edge.open-settings': {
    caption: 'Microsoft Edge のメニュー',
    alt: 'Microsoft Edge の画面。右上の「…」（赤枠①）をクリックしてメニューを展開し、「設定」（赤枠②）をクリックします。',
    targets: ['…', '設定'],
    width: 720,
    height: 440,
  },
  'edge.site-permissions': {
    caption: 'Microsoft Edge の設定画面',
    alt: 'Microsoft Edge の設定画面。左のメニューの「Cookie とサイトのアクセス許可」（赤枠①）をクリックします。',
    targets: ['Cookie とサイトのアクセス許可'],
    width: 720,
    height: 440,
  },
  'edge.cookies': {
    caption: '「Cookie とサイトのアクセス許可」の画面',
    alt: '「Cookie とサイトのアクセス許可」の画面。「保存された Cookie とデータ」の下の「Cookie とサイトデータの管理と削除」（赤枠①）をクリックします。',
    targets: ['保存された Cookie とデータ', 'Cookie とサイトデータの管理と削除'],
    width: 720,
    height: 440,
  },
  'edge.cookies-allow': {
    caption: '「Cookie とサイトデータの管理と削除」の画面',
    alt: '「Cookie データの保存と読み取りをサイトに許可する (推奨)」（赤枠①）のスイッチが「有効」になっていることを確認します。「無効」になっている場合は、クリックして「有効」にします。',
    targets: ['Cookie データの保存と読み取りをサイトに許可する (推奨)', '無効', '有効'],
    width: 720,
    height: 440,
  },
  'edge.cookies-back': {
    caption: '「Cookie とサイトデータの管理と削除」の画面',
    alt: '設定を確認したら、上の「← 保存された Cookie とデータ」（赤枠①）をクリックして前の画面へ戻ります。',
    targets: ['← 保存された Cookie とデータ'],
    width: 720,
    height: 440,
  },
  'edge.javascript': {
    caption: '「Cookie とサイトのアクセス許可」の画面',
    alt: '「サイトのアクセス許可」の「JavaScript」（赤枠①）が「許可済み」になっていることを確認します。「ブロック済み」になっている場合は、「JavaScript」をクリックします。',
    targets: ['JavaScript', '許可済み'],
    width: 720,
    height: 440,
  },
  'edge.javascript-allow': {
    caption: '「JavaScript」の画面',
    alt: '「許可済み（推奨）」（赤枠①）のスイッチを「有効」にし、上の「← サイトのアクセス許可」（赤枠②）をクリックして前の画面へ戻ります。',
    targets: ['許可済み（推奨）', '← サイトのアクセス許可'],
    width: 720,
    height: 440,
  },
  'edge.popups': {
    caption: '「Cookie とサイトのアクセス許可」の画面',
    alt: '「ポップアップとリダイレクト」（赤枠①）が「許可済み」になっていることを確認します。「ブロック済み」になっている場合は、「ポップアップとリダイレクト」をクリックします。',
    targets: ['ポップアップとリダイレクト', '許可済み'],
    width: 720,
    height: 440,
  },
  'edge.popups-add': {
    caption: '「ポップアップとリダイレクト」の画面',
    alt: '「許可」の項目欄にある「追加」ボタン（赤枠①）を押します。',
    targets: ['許可', '追加'],
    width: 720,
    height: 440,
  },
  'edge.popups-url': {
    caption: '「サイトの追加」画面',
    alt: `「サイトの追加」画面。入力欄に「${SITE}」（赤枠①）を入力し、「追加」ボタン（赤枠②）を押します。`,
    targets: ['サイトの追加', SITE, '追加'],
    width: 720,
    height: 440,
  },
  'edge.popups-added': {
    caption: '「ポップアップとリダイレクト」の画面',
    alt: `「許可」の項目欄に「${SITE}」（赤枠①）が表示されていることを確認します。`,
    targets: ['許可', SITE],
    width: 720,
    height: 440,
  },
  'edge.downloads': {
    caption: 'Microsoft Edge の設定画面（ダウンロード）',
    alt: 'Microsoft Edge の設定画面。左のメニューの「ダウンロード」（赤枠①）をクリックし、「ダウンロード時の動作を毎回確認する」（赤枠②）のスイッチが「有効」になっていることを確認します。「無効」になっている場合は、クリックして「有効」にします。',
    targets: ['ダウンロード', 'ダウンロード時の動作を毎回確認する', '無効', '有効'],
    width: 720,
    height: 440,
  },
} as const satisfies Record<`edge.${string}`, PictureInfo>;

const INTERNET_OPTIONS = {
  'internet-options.open.win10': {
    caption: 'Windows 10 の検索画面',
    alt: 'Windows 10 の画面。タスクバーの検索ボックスに「インターネット」と入力し、「インターネットオプション」（赤枠①）が選択されていることを確認して、「開く」（赤枠②）をクリックします。',
    targets: ['インターネット', 'インターネットオプション', '開く'],
    width: 720,
    height: 460,
  },
  'internet-options.open.win11': {
    caption: 'Windows 11 の検索画面',
    alt: 'Windows 11 の画面。タスクバーの検索ボックスに「インターネット」と入力し、「インターネットオプション」（赤枠①）が選択されていることを確認して、「開く」（赤枠②）をクリックします。',
    targets: ['インターネット', 'インターネットオプション', '開く'],
    width: 720,
    height: 460,
  },
  'internet-options.open.win10-example': {
    caption: 'Windows 10 のタスクバー（入力例）',
    alt: 'Windows 10 のタスクバー。検索ボックス（赤枠①）に「インターネット」と入力します。',
    targets: ['インターネット'],
    width: 720,
    height: 110,
  },
  'internet-options.search-box.win10': {
    caption: 'Windows 10 のスタートボタンのメニュー',
    alt: 'Windows 10 の画面。Windows スタートボタン（赤枠①）を右クリックし、表示されたメニューの「検索」（赤枠②）をクリックします。',
    targets: ['検索'],
    width: 560,
    height: 500,
  },
  'internet-options.search-box.win11': {
    caption: 'Windows 11 のタスクバーの設定',
    alt: 'Windows 11 の画面。タスクバーを右クリックして「タスクバーの設定」（赤枠①）をクリックし、表示された設定の「検索」（赤枠②）から「検索ボックス」（赤枠③）を選択します。',
    targets: ['タスクバーの設定', '検索', '検索ボックス'],
    width: 720,
    height: 380,
  },
  'internet-options.privacy': {
    caption: 'インターネットオプション（プライバシー）',
    alt: 'インターネットオプションの画面。「プライバシー」タブ（赤枠①）をクリックし、「ポップアップブロックを有効にする」（赤枠②）にチェックが入っているかを確認します。',
    targets: ['プライバシー', 'ポップアップブロックを有効にする'],
    width: 492,
    height: 500,
  },
  'internet-options.popup-settings.win10': {
    caption: 'インターネットオプション（プライバシー）Windows 10',
    alt: 'Windows 10 のインターネットオプションの「プライバシー」タブ。ポップアップブロックの「設定」ボタン（赤枠①）をクリックします。',
    targets: ['ポップアップブロック', '設定'],
    width: 492,
    height: 500,
  },
  'internet-options.popup-settings.win11': {
    caption: 'インターネットオプション（プライバシー）Windows 11',
    alt: 'Windows 11 のインターネットオプションの「プライバシー」タブ。ポップアップブロックの「設定」ボタン（赤枠①）をクリックします。',
    targets: ['ポップアップブロック', '設定'],
    width: 492,
    height: 500,
  },
  'internet-options.popup-add': {
    caption: 'ポップアップブロックの設定画面',
    alt: 'ポップアップブロックの設定画面。「許可する Web サイトのアドレス」欄に「www.cjs-rokin.jp」（赤枠①）を入力し、「追加」ボタン（赤枠②）をクリックします。',
    targets: ['許可する Web サイトのアドレス', 'www.cjs-rokin.jp', '追加'],
    width: 532,
    height: 420,
  },
  'internet-options.popup-close': {
    caption: 'ポップアップブロックの設定画面',
    alt: 'ポップアップブロックの設定画面。「許可されたサイト」欄に「www.cjs-rokin.jp」（赤枠①）が追加されたことを確認し、「閉じる」ボタン（赤枠②）をクリックします。',
    targets: ['許可されたサイト', 'www.cjs-rokin.jp', '閉じる'],
    width: 532,
    height: 420,
  },
  'internet-options.security': {
    caption: 'インターネットオプション（セキュリティ）',
    alt: 'インターネットオプションの画面。「セキュリティ」タブ（赤枠①）をクリックします。',
    targets: ['セキュリティ'],
    width: 492,
    height: 500,
  },
  'internet-options.trusted-zone': {
    caption: 'インターネットオプション（セキュリティ）',
    alt: 'インターネットオプションの「セキュリティ」タブ。「セキュリティ設定を表示または変更するゾーンを選択してください。」の「信頼済みサイト」（赤枠①）をクリックします。',
    targets: ['セキュリティ設定を表示または変更するゾーンを選択してください。', '信頼済みサイト'],
    width: 492,
    height: 500,
  },
  'internet-options.trusted-sites': {
    caption: 'インターネットオプション（セキュリティ）',
    alt: 'インターネットオプションの「セキュリティ」タブ。ゾーン下部が「信頼済みサイト」（赤枠①）となっていることを確認し、「サイト」ボタン（赤枠②）をクリックします。',
    targets: ['信頼済みサイト', 'サイト'],
    width: 492,
    height: 500,
  },
  'internet-options.trusted-add': {
    caption: '「信頼済みサイト」画面',
    alt: `「信頼済みサイト」画面。「この Web サイトをゾーンに追加する(D):」欄に「${SITE}」（赤枠①）を入力し、「追加(A)」ボタン（赤枠②）をクリックします。`,
    targets: ['この Web サイトをゾーンに追加する(D):', SITE, '追加(A)'],
    width: 592,
    height: 400,
  },
  'internet-options.trusted-close': {
    caption: '「信頼済みサイト」画面',
    alt: `「信頼済みサイト」画面。「Web サイト(W):」欄に「${SITE}」（赤枠①）が追加されたことを確認し、「閉じる(C)」ボタン（赤枠②）をクリックします。`,
    targets: ['Web サイト(W):', SITE, '閉じる(C)'],
    width: 592,
    height: 400,
  },
  'internet-options.ok': {
    caption: 'インターネットオプション',
    alt: 'インターネットオプションの画面。「OK」ボタン（赤枠①）をクリックしてインターネットオプションを閉じます。',
    targets: ['OK'],
    width: 492,
    height: 500,
  },
} as const satisfies Record<`internet-options.${string}`, PictureInfo>;

const WIZARD = '証明書のインポートウィザード';

const CERTIFICATE = {
  'certificate.open-service': {
    caption: 'ろうきん賃金控除事務支援サービスへのアクセス',
    alt: 'ブラウザ（Microsoft Edge）の画面。中央ろうきんのホームページ → 各種サービス（会員団体向けサービス） → ろうきん賃金控除事務支援サービス（赤枠①）の順にたどってアクセスします。',
    targets: [
      '中央ろうきんのホームページ',
      '各種サービス（会員団体向けサービス）',
      'ろうきん賃金控除事務支援サービス',
    ],
    width: 680,
    height: 330,
  },
  'certificate.login-start': {
    caption: 'ろうきん賃金控除事務支援サービスの画面',
    alt: 'ろうきん賃金控除事務支援サービスの画面。「サービスへのログイン／初期登録」ボタン（赤枠①）をクリックします。',
    targets: ['サービスへのログイン／初期登録'],
    width: 680,
    height: 330,
  },
  'certificate.cancel-dialog.edge': {
    caption: '表示される画面（Microsoft Edge 通常モード）',
    alt: 'Microsoft Edge (通常モード) の画面の上に表示される画面。この画面が表示された場合は、「キャンセル」ボタン（赤枠①）をクリックします。',
    targets: ['キャンセル'],
    width: 680,
    height: 380,
  },
  'certificate.cancel-dialog.ie-mode.win10': {
    caption: '表示される画面（Microsoft Edge IE モード・Windows 10）',
    alt: 'Microsoft Edge (IE モード)・Windows 10 で表示される画面。この画面が表示された場合は、「キャンセル」ボタン（赤枠①）をクリックします。',
    targets: ['キャンセル'],
    width: 480,
    height: 340,
  },
  'certificate.cancel-dialog.ie-mode.win11': {
    caption: '表示される画面（Microsoft Edge IE モード・Windows 11）',
    alt: 'Microsoft Edge (IE モード)・Windows 11 で表示される画面。この画面が表示された場合は、「キャンセル」ボタン（赤枠①）をクリックします。',
    targets: ['キャンセル'],
    width: 480,
    height: 340,
  },
  'certificate.issue-button': {
    caption: 'ろうきん賃金控除事務支援サービスの画面',
    alt: 'ろうきん賃金控除事務支援サービスの画面。「電子証明書発行」ボタン（赤枠①）をクリックします。',
    targets: ['電子証明書発行'],
    width: 680,
    height: 330,
  },
  'certificate.issuing': {
    caption: '「電子証明書発行中」画面',
    alt: '「電子証明書発行中」画面（赤枠①）。発行中はこの画面が表示されます。数十秒かかる場合がありますので、そのままお待ちください。',
    targets: ['電子証明書発行中'],
    width: 680,
    height: 330,
  },
  'certificate.result': {
    caption: '電子証明書発行画面',
    alt: '電子証明書発行画面。画面に表示された電子証明書発行結果（赤枠①）を確認します。「閉じる」ボタン（点線の枠と×印）はクリックしないでください。',
    targets: ['閉じる'],
    width: 680,
    height: 330,
  },
  'certificate.result.edge': {
    caption: '電子証明書ファイルのダウンロード（Microsoft Edge 通常モード）',
    alt: 'Microsoft Edge (通常モード) の画面。拡張子が「p12」の電子証明書ファイルについて表示される画面で、「開く」ボタン（赤枠①）を押します。',
    targets: ['p12', '開く'],
    width: 680,
    height: 330,
  },
  'certificate.result.ie-mode': {
    caption: '電子証明書ファイルのダウンロード（Microsoft Edge IE モード）',
    alt: 'Microsoft Edge (IE モード) の画面。画面の下に拡張子が「p12」の電子証明書ファイルについて表示される欄で、「ファイルを開く」ボタン（赤枠①）を押します。',
    targets: ['p12', 'ファイルを開く'],
    width: 680,
    height: 330,
  },
  'certificate.result.ie-security': {
    caption: 'Internet Explorer セキュリティ画面',
    alt: 'Internet Explorer セキュリティ画面。表示された場合は、「許可する」ボタン（赤枠①）を押します。',
    targets: ['Internet Explorer セキュリティ', '許可する'],
    width: 480,
    height: 280,
  },
  'certificate.import-store': {
    caption: `${WIZARD}（保存場所）`,
    alt: `${WIZARD}の画面。保存場所の「現在のユーザー (C)」（赤枠①）を選択し、「次へ(N)」ボタン（赤枠②）を押します。`,
    targets: [WIZARD, '保存場所', '現在のユーザー (C)', '次へ(N)'],
    width: 620,
    height: 460,
  },
  'certificate.import-file': {
    caption: `${WIZARD}（ファイル名）`,
    alt: `${WIZARD}の画面。「ファイル名」にインポートする電子証明書の「p12」ファイル（赤枠①）が選択されていることを確認し、「次へ(N)」ボタン（赤枠②）を押します。`,
    targets: [WIZARD, 'ファイル名', 'p12', '次へ(N)'],
    width: 620,
    height: 460,
  },
  'certificate.import-password': {
    caption: `${WIZARD}（秘密キーの保護）`,
    alt: `${WIZARD}の「秘密キーの保護」の画面。「すべての拡張プロファイルを含める (A)」（赤枠①）にチェックを入れ、パスワード欄（赤枠②）にサービスにログインする際のパスワードを入力し、「次へ(N)」ボタン（赤枠③）を押します。`,
    targets: [WIZARD, '秘密キーの保護', 'すべての拡張プロファイルを含める (A)', '次へ(N)'],
    width: 620,
    height: 460,
  },
  'certificate.import-auto-store': {
    caption: `${WIZARD}（証明書ストア）`,
    alt: `${WIZARD}の「証明書ストア」の画面。「証明書の種類に基づいて、自動的に証明書ストアを選択する (U)」（赤枠①）を選択し、「次へ(N)」ボタン（赤枠②）を押します。`,
    targets: [
      WIZARD,
      '証明書ストア',
      '証明書の種類に基づいて、自動的に証明書ストアを選択する (U)',
      '次へ(N)',
    ],
    width: 620,
    height: 460,
  },
  'certificate.import-finish': {
    caption: `${WIZARD}（完了）`,
    alt: `${WIZARD}の最後の画面。「完了」ボタン（赤枠①）を押します。`,
    targets: [WIZARD, '完了'],
    width: 620,
    height: 460,
  },
  'certificate.security-warning': {
    caption: 'セキュリティの警告',
    alt: 'セキュリティの警告の画面。表示された場合は、「はい」ボタン（赤枠①）を押します。',
    targets: ['はい'],
    width: 480,
    height: 280,
  },
  'certificate.import-done': {
    caption: 'インポート完了のメッセージ',
    alt: '「正しくインポートされました。」（赤枠①）と表示されたら電子証明書のインポートは完了です。「OK」ボタン（赤枠②）を押して閉じます。',
    targets: ['正しくインポートされました。', 'OK'],
    width: 420,
    height: 200,
  },
  'certificate.close': {
    caption: '電子証明書発行画面',
    alt: '電子証明書発行画面。「閉じる」ボタン（赤枠①）をクリックし、ブラウザを全て閉じて終了します。',
    targets: ['閉じる'],
    width: 680,
    height: 330,
  },
} as const satisfies Record<`certificate.${string}`, PictureInfo>;

export const CATALOG = {
  ...OLD_CERTIFICATE,
  ...EDGE,
  ...INTERNET_OPTIONS,
  ...CERTIFICATE,
} as const;

export type KnownPictureId = keyof typeof CATALOG;

/** The ids of one group: e.g. every 'edge.*' id. */
export type GroupPictureId<G extends PictureGroup> = Extract<KnownPictureId, `${G}.${string}`>;

/** A group's drawings: every id of the group, and only those, draws its picture's content. */
export type Drawings<G extends PictureGroup> = Record<GroupPictureId<G>, () => ReactNode>;

export function isKnownPicture(id: string): id is KnownPictureId {
  return Object.hasOwn(CATALOG, id);
}

/** The group of an id: the task it belongs to, which is the part before the first dot. */
export function groupOf(id: KnownPictureId): PictureGroup {
  return id.slice(0, id.indexOf('.')) as PictureGroup;
}
