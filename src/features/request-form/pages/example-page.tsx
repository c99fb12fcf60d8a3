import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Page } from '../../../components/page';
import { PROCEDURE_LABELS } from '../../../content/request-form';
import { REQUEST_EXAMPLE } from '../../../content/request-example';
import { REQUEST_PAGE_PATHS } from '../../../content/routes';

const ROWS: readonly (readonly [string, string])[] = [
  ['依頼日', '20XX年 X月 XX日（依頼日をご記入ください）'],
  ['郵便番号', `〒${REQUEST_EXAMPLE.postalCode}`],
  ['ご住所', REQUEST_EXAMPLE.address],
  ['団体名', REQUEST_EXAMPLE.organisationName],
  ['代表者名', `${REQUEST_EXAMPLE.representativeTitle}　${REQUEST_EXAMPLE.representativeName}`],
  ['電話番号', REQUEST_EXAMPLE.phone],
  ['FAX番号', REQUEST_EXAMPLE.fax],
  ['ご担当者', REQUEST_EXAMPLE.contactPerson],
  ['ご契約番号', REQUEST_EXAMPLE.contractNumber],
  ['＜手続依頼区分＞', PROCEDURE_LABELS.certificateRevocation],
  [
    '電子証明書を失効するユーザー',
    '失効するユーザー（マスターユーザー・一般ユーザー）に✓をしてください',
  ],
];

/** The guide's 記入例, value for value (fictitious values: 〒999-9999 is not a real code). */
export function ExamplePage() {
  return (
    <Page
      heading="記入例"
      caption="依頼書を作成する"
      before={<BackLink to={REQUEST_PAGE_PATHS.dateAndProcedures}>依頼書の入力に戻る</BackLink>}
    >
      <p>中央労働金庫の手順書に掲載されている記入例です。番号や住所は架空のものです。</p>
      <dl className="summary-list">
        {ROWS.map(([key, value]) => (
          <div className="summary-list__row summary-list__row--no-actions" key={key}>
            <dt className="summary-list__key">{key}</dt>
            <dd className="summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>記入のポイント</h2>
      <ul className="list list--bullet">
        <li>「電話番号」は日中ご連絡のつく電話番号をご記入ください。</li>
        <li>代表者名については「肩書」「氏名」の両方をご記入ください。</li>
        <li>
          ご契約番号がご不明の場合は、「ご契約番号照会」にも○をしてください（この案内では「ご契約番号照会」を選びます）。
        </li>
        <li>一般ユーザーの電子証明書を失効する場合はユーザー名もご記入ください。</li>
      </ul>
      <p>
        <Link to={REQUEST_PAGE_PATHS.dateAndProcedures}>依頼書の入力に戻る</Link>
      </p>
    </Page>
  );
}
