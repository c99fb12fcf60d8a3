import { Link, Outlet, useLocation } from 'react-router';
import { HelpContacts } from '../components/help-contacts';
import { Notice } from '../components/notice';
import { SERVICE_NAME } from '../components/page';
import { useProgressState, useProgressStore } from '../lib/progress/react';
import type { StorageNotice } from '../lib/progress/store';
import { ROUTES } from '../content/routes';
import { helpFirstFor } from '../content/help';

const NOTICE_TEXT: Record<StorageNotice, string> = {
  unreadable:
    '保存されていた進み具合を復元できませんでした。お手数ですが、最初から入力してください。',
  'partly-restored':
    '保存されていた進み具合の一部を復元できませんでした。入力内容に誤りがないかご確認ください。',
  expired: '前回の入力から30日以上たったため、このブラウザに保存されていた入力内容を消去しました。',
  'not-persistent':
    'このブラウザでは進み具合を保存できません。ページを閉じたり再読み込みしたりすると、入力した内容は失われます。',
  'save-failed':
    '直前の変更をこのブラウザに保存できませんでした（空き容量の不足など）。保存されていない内容は、ページを閉じたり再読み込みしたりすると失われます。次に入力したときに、もう一度保存します。',
};

export function Layout() {
  const { notices, unsaved } = useProgressState();
  const store = useProgressStore();
  const location = useLocation();
  const navigationState = location.state as { erased?: boolean; imported?: boolean } | null;
  const erased = navigationState?.erased === true;
  const imported = navigationState?.imported === true;

  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="header">
        <div className="container">
          <Link to={ROUTES.start} className="header__service">
            {SERVICE_NAME}
          </Link>
          <span className="header__sub">ろうきん賃金控除事務支援サービス</span>
        </div>
      </header>
      <div className="container">
        <main id="main">
          <div role="status">
            {erased && <Notice kind="success">入力内容を消去しました。</Notice>}
            {imported && (
              <Notice kind="success">進捗ファイルを読み込みました。続きから再開できます。</Notice>
            )}
            {notices.map((notice) => (
              <Notice
                key={notice}
                kind="warning"
                onDismiss={
                  notice === 'not-persistent' || notice === 'save-failed'
                    ? undefined
                    : () => store.dismissNotice(notice)
                }
              >
                {NOTICE_TEXT[notice]}
                {notice === 'save-failed' && (
                  <>
                    {unsaved.length > 0 && (
                      <>
                        <br />
                        保存されていない内容：{unsaved.join('、')}
                      </>
                    )}
                    <br />
                    ファイルに残しておくこともできます：
                    <Link to={ROUTES.progressFile}>進捗をファイルに保存</Link>
                  </>
                )}
              </Notice>
            ))}
          </div>
          <Outlet />
          <HelpContacts first={helpFirstFor(location.pathname)} />
        </main>
      </div>
      <footer className="footer">
        <div className="container">
          <p>
            入力内容はこのブラウザの中にだけ保存され、外部には送信されません。
            <Link to={ROUTES.reset}>最初からやり直す（入力内容を消去）</Link>
          </p>
          <p>
            手順は中央労働金庫の案内『パソコンご変更の場合のお手続きの流れ』と『ろうきん賃金控除事務支援サービス
            電子証明書取得方法のご案内』（202409）に基づいています。
          </p>
        </div>
      </footer>
    </>
  );
}
