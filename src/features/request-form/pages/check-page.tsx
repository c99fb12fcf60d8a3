import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Page } from '../../../components/page';
import { ProblemList } from '../../../components/problem-list';
import { missingForPdf } from '../../../domain/request/rules';
import { summaryRows } from '../../../domain/request/summary';
import { useProgressState, useProgressStore } from '../../../lib/progress/react';
import { usePrintability } from '../../../lib/printability';
import { changeLink } from '../links';
import { REQUEST_PAGE_PATHS, TASK_PATHS } from '../../../content/routes';

export function CheckPage() {
  const { progress } = useProgressState();
  const store = useProgressStore();
  const printability = usePrintability();
  const navigate = useNavigate();
  const draft = progress.request;
  const problems = missingForPdf(draft, printability);

  const confirm = () => {
    store.update((p) => ({ ...p, requestConfirmed: true }));
    void navigate(TASK_PATHS.print);
  };

  return (
    <Page
      heading="入力内容の確認"
      caption="依頼書を作成する"
      hasErrors={problems.length > 0}
      before={<BackLink to={REQUEST_PAGE_PATHS.contractNumber} />}
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
        {summaryRows(draft).map((row) => (
          <div className="summary-list__row" key={row.key}>
            <dt className="summary-list__key">{row.key}</dt>
            <dd className="summary-list__value">{row.value || '未入力'}</dd>
            <dd className="summary-list__actions">
              <Link to={changeLink(row)}>
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
