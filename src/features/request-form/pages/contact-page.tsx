import { useMemo } from 'react';
import { TextField } from '../../../components/form/fields';
import { createRules } from '../../../domain/request/rules';
import { usePrintability } from '../../../lib/use-printability';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';
import { REQUEST_PAGE_PATHS } from '../../../content/routes';

export function ContactPage() {
  const printability = usePrintability();
  const schema = useMemo(() => createRules(printability).contact, [printability]);

  const { onSubmit, summary, textField } = useRequestPage({
    page: 'contact',
    schema,
    next: REQUEST_PAGE_PATHS.contractNumber,
  });

  return (
    <RequestPageLayout
      heading="連絡先"
      back={REQUEST_PAGE_PATHS.organisation}
      summary={summary}
      onSubmit={onSubmit}
    >
      <TextField
        {...textField('phone')}
        hint="日中ご連絡のつく電話番号をご記入ください。ハイフンの有無は問いません。例）090-9999-9999"
        widthChars={15}
        inputMode="tel"
        autoComplete="tel"
      />
      <TextField
        {...textField('fax')}
        hint="ハイフンの有無は問いません。例）03-9999-9999"
        widthChars={15}
        inputMode="tel"
        autoComplete="off"
      />
      <TextField
        {...textField('contactPerson')}
        hint="例）中央"
        widthChars={16}
        autoComplete="name"
      />
    </RequestPageLayout>
  );
}
