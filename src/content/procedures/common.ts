import { link, rich, type NotApplicableText, type Notice } from './types';

/**
 * The booklet's note that screens may differ. 「本冊子掲載の画面」 becomes 「掲載の画面」 because the
 * screens are shown in this app, not in the booklet.
 */
export const SCREENS_MAY_DIFFER: Notice = {
  kind: 'info',
  paragraphs: [
    rich(
      '掲載の画面とお客様の画面では、ご利用のパソコン、OS、ブラウザや文字サイズ、解像度の設定、お申込時のサービス内容、ユーザー権限によって、表示が異なる場合があります。',
    ),
  ],
};

/** The separate manual for IE mode, as the guide names it. */
export const IE_MODE_MANUAL = '『ご利用マニュアル～ Microsoft Edge IE モード設定手順～』';

/** The site to allow and trust, as the guide gives it (Edge ⑦イ and Internet Options ⑨). */
export const SERVICE_SITE_URL = 'https://www.cjs-rokin.jp';
/** The same site as the pop-up blocker's exception list takes it (Internet Options ④). */
export const SERVICE_SITE_HOST = 'www.cjs-rokin.jp';

/**
 * Task 6 does not apply in IE mode: the guide sends IE mode from the separate manual (a step of
 * task 5) straight to obtaining the certificate.
 */
export const IE_MODE_NOT_APPLICABLE: NotApplicableText = {
  title: 'Microsoft Edge IE モードでご利用の場合、この作業は不要です。',
  paragraphs: [
    rich(
      `IE モードの設定は、「`,
      link('Microsoft Edge を設定する', 'edge'),
      `」の手順のとおり別冊${IE_MODE_MANUAL}に沿って行います。別冊での設定が完了した後は、「`,
      link('電子証明書を取得する', 'certificate'),
      '」へすすんでください。',
    ),
  ],
};
