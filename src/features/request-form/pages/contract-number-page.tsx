import { useMemo } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../../components/form/fields';
import { CONTRACT_NUMBER_SOURCES } from '../../../content/request-form';
import { createRules } from '../../../domain/request/rules';
import { useProgressState } from '../../../lib/progress/react';
import { usePrintability } from '../../../lib/use-printability';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS } from '../../../content/routes';

export function ContractNumberPage() {
  const { progress } = useProgressState();
  const printability = usePrintability();
  const procedures = progress.request.procedures;
  const inquiring = procedures.includes('contractNumberInquiry');
  const schema = useMemo(
    () => createRules(printability).contractNumber(procedures),
    [printability, procedures],
  );

  const { onSubmit, summary, textField } = useRequestPage({
    page: 'contractNumber',
    schema,
    next: REQUEST_PATHS.check,
  });

  return (
    <RequestPageLayout
      heading="ご契約番号"
      back={REQUEST_PAGE_PATHS.contact}
      summary={summary}
      onSubmit={onSubmit}
    >
      <TextField
        {...textField('contractNumber')}
        required={!inquiring}
        hint={
          <>
            <p>
              {CONTRACT_NUMBER_SOURCES.join('または')}
              に記載されている7桁の番号です。例）9999999
            </p>
            {inquiring ? (
              <p>「ご契約番号照会」を選んでいるため、ご不明の場合は空欄のままで構いません。</p>
            ) : (
              <p>
                ご契約番号がご不明の場合は、
                <Link to={REQUEST_PAGE_PATHS.dateAndProcedures}>手続きの種類</Link>
                で「ご契約番号照会」も選んでください。
              </p>
            )}
          </>
        }
        widthChars={9}
        inputMode="numeric"
        autoComplete="off"
      />
    </RequestPageLayout>
  );
}
