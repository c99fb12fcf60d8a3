import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { BackLink } from '../../components/back-link';
import { ErrorSummary, focusField, type SummaryError } from '../../components/form/error-summary';
import { Page } from '../../components/page';
import { RequestChangedNotice } from '../../components/request-changed-notice';
import { REQUEST_PATHS } from '../../content/routes';
import { fragmentId } from '../../domain/text/fragment';

/** The frame of every form page: back link, error summary, heading, fields, 次へ. */
export function RequestPageLayout({
  heading,
  back,
  summary,
  onSubmit,
  submitLabel = '次へ',
  children,
}: {
  heading: string;
  back: string;
  summary: readonly SummaryError[];
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { hash } = useLocation();
  // Each 次へ: the error summary takes focus then, not when a corrected field's problem clears.
  const [attempts, setAttempts] = useState(0);
  // A 「変更」 link from the check page names the field: go straight to it. This runs after the
  // page has focused its heading (child effects run first).
  useEffect(() => {
    if (hash.length > 1) focusField(fragmentId(hash));
  }, [hash]);

  return (
    <Page
      heading={heading}
      caption="依頼書を作成する"
      hasErrors={summary.length > 0}
      before={
        <>
          <BackLink to={back} />
          {/* Answers changed after the form was printed or faxed: say what to do again. */}
          <RequestChangedNotice linkToPrint />
          <ErrorSummary errors={summary} focusKey={attempts} />
        </>
      }
    >
      <p>
        <Link to={REQUEST_PATHS.example}>記入例を見る</Link>
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          setAttempts((n) => n + 1);
          return onSubmit(event);
        }}
      >
        {children}
        <div className="actions">
          <button type="submit" className="button">
            {submitLabel}
          </button>
        </div>
      </form>
    </Page>
  );
}
