import { Link } from 'react-router';
import { Page } from '../../components/page';
import { useProgressState } from '../../lib/progress/react';
import { ROUTES } from '../../content/routes';

export function StartPage() {
  const { updatedAt } = useProgressState();
  const hasProgress = updatedAt !== undefined;

  return (
    <Page heading="パソコン変更時の電子証明書再取得の手続き">
      <p className="lead">
        「ろうきん賃金控除事務支援サービス」をお使いのパソコンを変更するときは、発行済の電子証明書を失効させ、変更後のパソコンで電子証明書を取得し直します。
      </p>
      <p>
        この案内では、中央労働金庫の手順書に沿って、依頼書の作成からFAXでの送信、電子証明書の取得までを順番にご案内します。途中でやめても、このブラウザで開き直せば続きから再開できます。
      </p>

      <h2>ご用意いただくもの</h2>
      <ul className="list list--bullet">
        <li>
          <strong>お申込印（代表者印）</strong>
          ：利用申込書により届け出ている「お申込印」と同じ印鑑です。2つのご印鑑（角印と丸印等）でお届出の場合は、両方ともご用意ください。
        </li>
        <li>
          <strong>FAX</strong>：作成した依頼書をろうきんへFAXで送信します。
        </li>
        <li>
          <strong>ご契約番号</strong>
          （お分かりの場合）：『「ろうきん」団体Webサービスご利用開始のお知らせ』または『「ろうきん」賃金控除事務支援サービスご利用開始（変更）のお知らせ』に記載されています。ご不明の場合は、依頼書で「ご契約番号照会」もあわせて依頼できます。
        </li>
        <li>
          <strong>変更後のパソコン</strong>：Microsoft Edge でサービスを利用します。
        </li>
        <li>
          <strong>お待ちいただく時間</strong>
          ：ろうきんにFAXが届いてから、手続き完了のお電話まで2時間程かかります。
        </li>
      </ul>

      <h2>入力内容の取り扱い</h2>
      <p>
        入力した内容と進み具合は、お使いのこのブラウザの中にだけ保存されます。外部に送信されることはありません。パスワード、ユーザーID、認証コードをこの案内で入力することはありません。
      </p>
      <p>
        保存されるのは、依頼書の入力内容、選んだ項目、チェックした手順です。最後に入力してから30日たつと、次にこの案内を開いたときに自動的に消去されます。画面下の「最初からやり直す」からいつでも消去できます。共用のパソコンでお使いの場合は、手続きが終わったら消去してください。
      </p>

      <div className="actions">
        <Link to={ROUTES.tasks} className="button button--start">
          {hasProgress ? '続きから再開する' : 'はじめる'}
        </Link>
      </div>
    </Page>
  );
}
