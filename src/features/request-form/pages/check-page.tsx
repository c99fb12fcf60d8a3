import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Page } from '../../../components/page';
import { RequestChangedNotice } from '../../../components/request-changed-notice';
import { ProblemList } from '../../../components/problem-list';
import { REQUEST_DECLARATION } from '../../../content/request-form';
import { validateDraft } from '../../../domain/request/rules';
import { summaryRows } from '../../../domain/request/summary';
import { useProgressState, useProgressStore } from '../../../lib/progress/react';
import { usePrintability } from '../../../lib/use-printability';
import { changeLink } from '../links';
import { REQUEST_PAGE_PATHS, TASK_PATHS } from '../../../content/routes';

/**
 * The check page (GOV.UK "check answers"). Every answer is validated again here, whichever pages
 * were left without 次へ (the browser's Back button keeps what was typed, unchecked), and the rows
 * show the normalised values: the very strings the PDF prints (validateDraft, the print page and
 * the task list's 依頼書 status share it; docs/decisions/0010-check-equals-pdf.md).
 */
export function CheckPage() {
  const { progress } = useProgressState();
  const store = useProgressStore();
  const printability = usePrintability();
  const navigate = useNavigate();
  const { values, problems } = validateDraft(progress.request, printability);

  const confirm = () => {
    store.update((p) => ({ ...p, requestConfirmed: true }));
    void navigate(TASK_PATHS.print);
  };

  return (
    <Page
      heading="入力内容の確認"
      caption="依頼書を作成する"
      hasErrors={problems.length > 0}
      before={
        <>
          <BackLink to={REQUEST_PAGE_PATHS.contractNumber} />
          <RequestChangedNotice />
        </>
      }
    >
      {problems.length > 0 && (
        <>
          <div className="error-summary" role="region" aria-labelledby="check-problems">
            <h2 id="check-problems" className="error-summary__title">
              依頼書を作成する前に、次の項目を直してください
            </h2>
            <ProblemList problems={problems} linkTo={changeLink} className="error-summary__list" />
          </div>
        </>
      )}
      <p>依頼書に印刷される内容です。間違いがないかご確認ください。</p>
      <dl className="summary-list">
        {summaryRows(values).map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value || row.blank || '未入力'}</dd>
            <dd className="summary-list__actions">
              <Link to={changeLink(row)}>
                変更<span className="visually-hidden">（{row.key}）</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2>依頼書に印刷される依頼の文</h2>
      <p>次の文が依頼書に印刷されます。お申込印（代表者印）を押す前にお読みください。</p>
      <p className="inset">{REQUEST_DECLARATION}</p>
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
