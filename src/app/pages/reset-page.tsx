import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Page } from '../../components/page';
import { useProgressStore } from '../../lib/progress/react';
import { ROUTES } from '../../content/routes';

export function ResetPage() {
  const store = useProgressStore();
  const navigate = useNavigate();

  const [erasing, setErasing] = useState(false);

  // 「消去しました」 is said only once the caches are empty too.
  const erase = () => {
    setErasing(true);
    void store.reset().then(() => navigate(ROUTES.start, { state: { erased: true } }));
  };

  return (
    <Page
      heading="最初からやり直しますか？"
      before={<BackLink to={ROUTES.tasks}>手続きの一覧へ戻る</BackLink>}
    >
      <p>
        このブラウザに保存されている入力内容（依頼書の内容、選んだ項目、チェックした手順）をすべて消去します。消去した内容は元に戻せません。
      </p>
      <div className="actions">
        <button type="button" className="button button--warning" onClick={erase} disabled={erasing}>
          消去して最初からやり直す
        </button>
        <Link to={ROUTES.tasks} className="button button--secondary">
          キャンセル
        </Link>
      </div>
      <p role="status">{erasing && '消去しています…'}</p>
    </Page>
  );
}
