import { Link } from 'react-router';
import { Page } from '../../components/page';
import { ROUTES } from '../../content/routes';

export function NotFoundPage() {
  return (
    <Page heading="ページが見つかりません">
      <p>入力したアドレスが正しいかご確認ください。</p>
      <p>
        <Link to={ROUTES.tasks}>手続きの一覧へ戻る</Link>
      </p>
    </Page>
  );
}
