import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Page } from '../../../components/page';
import {
  DELETION_REASON_LABELS,
  PROCEDURE_LABELS,
  REVOCATION_TARGET_LABELS,
} from '../../../content/request-form';
import { formatJapaneseDate } from '../../../domain/request/format';
import { missingForPdf, type PageId } from '../../../domain/request/rules';
import type { RequestDraft } from '../../../domain/request/schema';
import { useProgressState, useProgressStore } from '../../../lib/progress/react';
import { usePrintability } from '../../../lib/printability';
import { changeLink } from '../links';

interface Row {
  key: string;
  value: string;
  page: PageId;
  /** The draft field the 変更 link should land on. */
  field: keyof RequestDraft;
}

function rows(draft: RequestDraft): Row[] {
  const chosen = draft.procedures;
  const out: Row[] = [
    {
      key: '依頼日',
      value: formatJapaneseDate(draft.requestDate),
      page: 'dateAndProcedures',
      field: 'requestDate',
    },
    {
      key: '＜手続依頼区分＞',
      value: chosen.map((p) => PROCEDURE_LABELS[p]).join('\n'),
      page: 'dateAndProcedures',
      field: 'procedures',
    },
  ];
  if (chosen.includes('masterUserDeletion')) {
    const reasons = draft.deletionReasons.map((r) =>
      r === 'other'
        ? `${DELETION_REASON_LABELS.other}（${draft.deletionReasonOther}）`
        : DELETION_REASON_LABELS[r],
    );
    out.push({
      key: '手続依頼事由',
      value: reasons.join('\n'),
      page: 'dateAndProcedures',
      field: 'deletionReasons',
    });
  }
  if (chosen.includes('certificateRevocation')) {
    const targets = draft.revocationTargets.map((t) =>
      t === 'generalUser'
        ? `${REVOCATION_TARGET_LABELS.generalUser}（ユーザー名：${draft.generalUserName}）`
        : REVOCATION_TARGET_LABELS[t],
    );
    out.push({
      key: '電子証明書を失効するユーザー',
      value: targets.join('\n'),
      page: 'dateAndProcedures',
      field: 'revocationTargets',
    });
  }
  out.push(
    {
      key: '郵便番号',
      value: draft.postalCode ? `〒${draft.postalCode}` : '',
      page: 'organisation',
      field: 'postalCode',
    },
    { key: 'ご住所', value: draft.address, page: 'organisation', field: 'address' },
    {
      key: '団体名',
      value: draft.organisationName,
      page: 'organisation',
      field: 'organisationName',
    },
    {
      key: '代表者名',
      value: [draft.representativeTitle, draft.representativeName].filter(Boolean).join('　'),
      page: 'organisation',
      field: 'representativeTitle',
    },
    { key: '電話番号', value: draft.phone, page: 'contact', field: 'phone' },
    { key: 'FAX番号', value: draft.fax, page: 'contact', field: 'fax' },
    { key: 'ご担当者', value: draft.contactPerson, page: 'contact', field: 'contactPerson' },
    {
      key: 'ご契約番号',
      value: draft.contractNumber,
      page: 'contractNumber',
      field: 'contractNumber',
    },
  );
  return out;
}

export function CheckPage() {
  const { progress } = useProgressState();
  const store = useProgressStore();
  const printability = usePrintability();
  const navigate = useNavigate();
  const draft = progress.request;
  const problems = missingForPdf(draft, printability);

  const confirm = () => {
    store.update((p) => ({ ...p, requestConfirmed: true }));
    void navigate('/print');
  };

  return (
    <Page
      heading="入力内容の確認"
      caption="依頼書を作成する"
      hasErrors={problems.length > 0}
      before={<BackLink to="/request/contract-number" />}
    >
      {problems.length > 0 && (
        <>
          <div className="error-summary" role="region" aria-labelledby="check-problems">
            <h2 id="check-problems" className="error-summary__title">
              依頼書を作成する前に、次の項目を直してください
            </h2>
            <ul className="error-summary__list">
              {problems.map((problem) => (
                <li key={problem.field}>
                  <Link to={changeLink(problem.page, problem.field)}>{problem.message}</Link>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <p>依頼書に印刷される内容です。間違いがないかご確認ください。</p>
      <dl className="summary-list">
        {rows(draft).map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value || '未入力'}</dd>
            <dd className="summary-list__actions">
              <Link to={changeLink(row.page, row.field)}>
                変更<span className="visually-hidden">（{row.key}）</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      {problems.length === 0 && (
        <>
          <h2>依頼書を作成する</h2>
          <p>この内容で依頼書（PDF）を作成します。作成後に印刷して、お申込印を捺印してください。</p>
          <div className="actions">
            <button type="button" className="button" onClick={confirm}>
              この内容で依頼書を作成する
            </button>
          </div>
        </>
      )}
    </Page>
  );
}
