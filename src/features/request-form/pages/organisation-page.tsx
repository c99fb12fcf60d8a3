import { useMemo } from 'react';
import { Fieldset, TextField } from '../../../components/form/fields';
import { createRules } from '../../../domain/request/rules';
import { usePrintability } from '../../../lib/use-printability';
import { PostalLookup } from '../postal-lookup';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';
import { REQUEST_PAGE_PATHS } from '../../../content/routes';

export function OrganisationPage() {
  const printability = usePrintability();
  const schema = useMemo(() => createRules(printability).organisation, [printability]);

  const { form, onSubmit, summary, textField, errorOf } = useRequestPage({
    page: 'organisation',
    schema,
    next: REQUEST_PAGE_PATHS.contact,
  });
  const { watch, setValue, setFocus } = form;

  return (
    <RequestPageLayout
      heading="団体の情報"
      back={REQUEST_PAGE_PATHS.dateAndProcedures}
      summary={summary}
      onSubmit={onSubmit}
    >
      <TextField
        {...textField('postalCode')}
        hint="7桁の数字で入力してください。半角・全角、ハイフンの有無は問いません。例）999-9999"
        widthChars={8}
        inputMode="numeric"
        autoComplete="postal-code"
      />
      <PostalLookup
        // Never an address under a message that says the code is wrong: while the postal code
        // shows one, nothing is looked up (the message goes as soon as the code is right).
        postalCode={errorOf('postalCode') ? '' : watch('postalCode')}
        onUse={(address) => {
          setValue('address', address, { shouldDirty: true });
          // Focus the address so the person can go on with the 番地 straight away.
          setFocus('address');
        }}
      />
      <TextField
        {...textField('address')}
        hint="郵便番号から住所を入力したときは、番地などを続けて入力してください。例）東京都千代田区神田駿河台9-99-9"
        autoComplete="street-address"
      />
      <TextField
        {...textField('organisationName')}
        hint="例）中央労働組合"
        autoComplete="organization"
      />
      <Fieldset
        id="representative"
        legend="代表者名"
        hint="代表者名については「肩書」「氏名」の両方をご記入ください。"
        required
      >
        {/* Within the 代表者名 fieldset the labels are short; messages say 代表者名の肩書/氏名. */}
        <TextField
          {...textField('representativeTitle')}
          label="肩書"
          hint="例）執行委員長"
          widthChars={16}
          autoComplete="organization-title"
        />
        <TextField
          {...textField('representativeName')}
          label="氏名"
          hint="例）労金 花子"
          widthChars={16}
          autoComplete="name"
        />
      </Fieldset>
    </RequestPageLayout>
  );
}
