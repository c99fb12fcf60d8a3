import { useMemo } from 'react';
import { TextField } from '../../../components/form/fields';
import type { RequestDraft } from '../../../domain/request/schema';
import { createRules, type ContactInput, type ContactOutput } from '../../../domain/request/rules';
import { usePrintability } from '../../../lib/printability';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';

const FIELD_IDS = [
  ['phone', 'phone'],
  ['fax', 'fax'],
  ['contactPerson', 'contactPerson'],
] as const;

const identity = (v: ContactInput | ContactOutput) => v;
const values = ({ phone, fax, contactPerson }: RequestDraft): ContactInput => ({
  phone,
  fax,
  contactPerson,
});

export function ContactPage() {
  const printability = usePrintability();
  const schema = useMemo(() => createRules(printability).contact, [printability]);

  const { onSubmit, summary, textField } = useRequestPage({
    schema,
    values,
    toDraft: identity,
    fromOutput: identity,
    next: '/request/contract-number',
    fieldIds: FIELD_IDS,
  });

  return (
    <RequestPageLayout
      heading="連絡先"
      back="/request/organisation"
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
