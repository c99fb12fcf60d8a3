import { Fragment, useMemo, type ReactNode } from 'react';
import { Choice, Fieldset, TextField } from '../../../components/form/fields';
import { CONTRACT_NUMBER_SOURCES } from '../../../content/request-form';
import {
  CHOICES,
  FIELDS,
  detailsOf,
  optionLabels,
  spec,
  type ChoiceField,
  type FieldName,
  type FieldsOn,
  type TextField as TextFieldName,
  type Ticks,
} from '../../../domain/request/fields';
import {
  createRules,
  dateAndProceduresValues,
  isToday,
  joinDate,
  toIsoDate,
} from '../../../domain/request/rules';
import type { RequestDraft } from '../../../domain/request/schema';
import { usePrintability } from '../../../lib/use-printability';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';
import { REQUEST_PAGE_PATHS, ROUTES } from '../../../content/routes';

/** Hints under a field, beyond its label (a field without one needs no entry). */
const FIELD_HINTS: Partial<Record<FieldName, string>> = {
  revocationTargets: '電子証明書を失効するユーザーを選んでください。',
  generalUserName: '一般ユーザーの電子証明書を失効する場合はユーザー名もご記入ください。',
};

/** Hints under one option, keyed `field-option`. */
const OPTION_HINTS: Partial<Record<string, string>> = {
  'procedures-contractNumberInquiry': `ご契約番号がご不明の場合は、「ご契約番号照会」も選んでください（ご契約番号は${CONTRACT_NUMBER_SOURCES.join('または')}に記載されています）。`,
};

/** 依頼日: today unless the person already entered one. */
const values = (draft: RequestDraft) =>
  dateAndProceduresValues(
    draft.requestDate ? draft : { ...draft, requestDate: toIsoDate(new Date()) },
  );

export function ProceduresPage() {
  const printability = usePrintability();
  const schema = useMemo(() => createRules(printability).dateAndProcedures, [printability]);

  const { form, onSubmit, summary, errorOf, textField } = useRequestPage({
    page: 'dateAndProcedures',
    schema,
    values,
    next: REQUEST_PAGE_PATHS.organisation,
  });
  const { register, watch } = form;
  const ticks = {
    procedures: watch('procedures'),
    deletionReasons: watch('deletionReasons'),
    revocationTargets: watch('revocationTargets'),
  } satisfies Ticks;

  const ticked = (field: ChoiceField, option: string) =>
    (ticks[field] as readonly string[]).includes(option);

  /**
   * A choice's options. With `nested`, an option's detail fields (from the registry) show inside
   * it once it is ticked; otherwise the caller shows them after the group.
   */
  // Render functions, not components: a component defined here would be a new type on every
  // render, and React would remount its inputs (losing focus) on each keystroke.
  function choiceOptions(field: ChoiceField, nested: boolean) {
    const labels: Readonly<Record<string, string>> = optionLabels(field);
    return CHOICES[field].map((option: string) => (
      <Choice
        key={option}
        id={`${field}-${option}`}
        type="checkbox"
        value={option}
        label={labels[option]}
        hint={OPTION_HINTS[`${field}-${option}`]}
        {...register(field)}
        conditional={nested && ticked(field, option) ? details(field, option) : undefined}
      />
    ));
  }

  function details(field: ChoiceField, option: string) {
    return detailsOf(field, option).map((name) => <Fragment key={name}>{detail(name)}</Fragment>);
  }

  /** A detail field: a choice of its own (with its details after it) or a text field. */
  function detail(name: FieldName): ReactNode {
    const field = spec(name);
    if (field.type === 'text') {
      return (
        <TextField
          {...textField(name as TextFieldName & FieldsOn<'dateAndProcedures'>)}
          hint={FIELD_HINTS[name]}
        />
      );
    }
    if (field.type !== 'choice') return null;
    const choice = name as ChoiceField;
    return (
      <>
        <Fieldset
          id={name}
          legend={field.label}
          hint={FIELD_HINTS[name]}
          error={errorOf(name)}
          required
        >
          {choiceOptions(choice, false)}
        </Fieldset>
        {CHOICES[choice]
          .filter((option: string) => ticked(choice, option))
          .flatMap((option: string) => details(choice, option))}
      </>
    );
  }
  const date = joinDate({
    year: watch('requestYear'),
    month: watch('requestMonth'),
    day: watch('requestDay'),
  });
  const dateError = errorOf('requestYear') ?? errorOf('requestMonth') ?? errorOf('requestDay');
  const showNotToday = /^\d{4}-\d{2}-\d{2}$/.test(date) && !dateError && !isToday(date);

  return (
    <RequestPageLayout
      heading="依頼日と手続きの種類"
      back={ROUTES.tasks}
      summary={summary}
      onSubmit={onSubmit}
    >
      <Fieldset
        id="requestDate"
        legend="依頼日"
        hint="西暦で入力してください。今日の日付が入っています。"
        error={dateError}
        required
      >
        <div className="date-input">
          {(
            [
              ['requestYear', '年', 4],
              ['requestMonth', '月', 2],
              ['requestDay', '日', 2],
            ] as const
          ).map(([name, unit, width]) => (
            <div className="date-input__item" key={name}>
              <input
                id={name}
                className={`input${errorOf(name) ? ' input--error' : ''}`}
                style={{ width: `${width + 2.5}em` }}
                inputMode="numeric"
                autoComplete="off"
                maxLength={FIELDS.requestDate.partMaxLength}
                aria-invalid={errorOf(name) ? true : undefined}
                {...register(name)}
              />
              <label htmlFor={name}>{unit}</label>
            </div>
          ))}
        </div>
      </Fieldset>
      {showNotToday && (
        <div className="inset" role="status">
          依頼日が今日の日付ではありません。このままでよろしければ、そのまま次へお進みください。
        </div>
      )}

      <Fieldset
        id="procedures"
        legend="＜手続依頼区分＞ 依頼する手続きをすべて選んでください"
        hint="パソコンの変更では、発行済の電子証明書を失効させて変更後のパソコンで取得し直すため、「電子証明書の失効」を選んでいます。"
        error={errorOf('procedures')}
        required
      >
        {choiceOptions('procedures', true)}
      </Fieldset>
    </RequestPageLayout>
  );
}
