import { Link } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Page } from '../../components/page';
import { PROCEDURES } from '../../content/procedures';
import { progressSummary } from '../../domain/tasks/status';
import { PhoneAndHours } from '../../components/help-contacts';
import { contactById } from '../../content/procedures';
import { useTaskStatuses } from '../../lib/progress/use-task-statuses';
import { Rich } from './rich-text';
import { TipBox } from './step-list';
import './guides.css';
import { ROUTES } from '../../content/routes';

const FAVOURITES_TIP = PROCEDURES.certificate.steps
  .find((s) => s.id === 'certificate.login-start')
  ?.tips.at(0);

/** 「手続きの完了」: what is done, what to remember, who to call, and erasing what was stored. */
export function DonePage() {
  const statuses = useTaskStatuses();
  const { done, total } = progressSummary(statuses);
  const allDone = done === total;
  const closing = PROCEDURES.certificate.closing;

  return (
    <Page heading="手続きの完了" before={<BackLink to={ROUTES.tasks}>手続きの一覧へ戻る</BackLink>}>
      <div className="guide">
        {allDone ? (
          <div className="notice notice--success guide-complete">
            <div className="notice__body">
              <p className="guide-complete__title">
                {closing ? <Rich text={closing} /> : '以上で電子証明書取得の作業は完了です。'}
              </p>
            </div>
          </div>
        ) : (
          <div className="notice notice--warning" role="note">
            <div className="notice__body">
              <p>
                まだ完了していない作業があります（{total}件中{done}件完了）。
                <Link to={ROUTES.tasks}>手続きの一覧</Link>で確認してください。
              </p>
            </div>
          </div>
        )}

        {FAVOURITES_TIP && <TipBox tip={FAVOURITES_TIP} />}

        <h2>電子証明書の取得がうまくいかなかった場合</h2>
        <p>
          電子証明書の「p12」ファイルを開かずに終了した場合は、電子証明書が既に発行済みとなっているため、再度電子証明書を発行するためには電子証明書を失効する必要があります。電子証明書を失効するにはろうきんへお問い合わせください（
          {contactById('operation').purpose} <PhoneAndHours contact={contactById('operation')} />、
          {contactById('documents').purpose} <PhoneAndHours contact={contactById('documents')} />
          ）。
        </p>

        <h2>このパソコンに保存した入力内容</h2>
        <p>
          依頼書に入力した内容（団体名、ご住所、代表者名、電話番号、ご契約番号など）と、チェックした手順は、このブラウザの中に保存されています。手続きが終わったら、消去することをおすすめします。共用のパソコンでは、必ず消去してください。
        </p>
        <div className="actions">
          <Link to={ROUTES.reset} className="button button--warning">
            このパソコンから入力内容を消去
          </Link>
          <Link to={ROUTES.tasks} className="button button--secondary">
            手続きの一覧へ戻る
          </Link>
        </div>
      </div>
    </Page>
  );
}
