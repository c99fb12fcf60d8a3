import { Link } from 'react-router';
import { Page } from '../../components/page';

export function NotFoundPage() {
  return (
    <Page heading="ページが見つかりません">
      <p>入力したアドレスが正しいかご確認ください。</p>
      <p>
        <Link to="/tasks">手続きの一覧へ戻る</Link>
      </p>
    </Page>
  );
}
