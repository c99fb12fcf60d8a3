import { ProblemList } from '../../components/problem-list';
import { validateDraft } from '../../domain/request/rules';
import { changeLink } from '../../features/request-form/links';
import { BlankFormLink, PdfPanel } from '../../features/request-pdf';
import { ProcedurePage } from '../../features/guides';
import { useProgressState } from '../../lib/progress/react';
import { usePrintability } from '../../lib/use-printability';
import { usePdfAssets } from '../printability';

/** Task 2: the PDF of the request form above the guide's printing and checking steps. */
export function PrintTaskPage() {
  return <ProcedurePage task="print" before={<RequestPdfSection />} />;
}

function RequestPdfSection() {
  usePdfAssets();
  const { progress } = useProgressState();
  const printability = usePrintability();
  // The same check as the check page's, so the PDF prints what that page showed.
  const { request, problems } = validateDraft(progress.request, printability);

  if (!request) {
    // Never print a half-empty form: say what is missing and where to fix it.
    return (
      <section className="pdf-panel" aria-labelledby="pdf-missing-title">
        <h2 id="pdf-missing-title">依頼書（PDF）を作成できません</h2>
        <p>依頼書の入力内容に、次の不足や誤りがあります。直すと依頼書を作成できます。</p>
        <ProblemList problems={problems} linkTo={changeLink} className="list list--bullet" />
        <BlankFormLink />
      </section>
    );
  }
  return (
    <>
      <PdfPanel request={request} />
      <BlankFormLink />
    </>
  );
}
