import { useMemo } from 'react';
import { Choice, Fieldset, TextField } from '../../../components/form/fields';
import {
  CONTRACT_NUMBER_SOURCES,
  DELETION_REASON_LABELS,
  PROCEDURE_LABELS,
  REVOCATION_TARGET_LABELS,
} from '../../../content/request-form';
import {
  createRules,
  dateAndProceduresValues,
  isToday,
  joinDate,
  toIsoDate,
  type DateAndProceduresInput,
  type DateAndProceduresOutput,
} from '../../../domain/request/rules';
import {
  DELETION_REASONS,
  PROCEDURES,
  REVOCATION_TARGETS,
  type RequestDraft,
} from '../../../domain/request/schema';
import { usePrintability } from '../../../lib/printability';
import { RequestPageLayout } from '../request-page-layout';
import { useRequestPage } from '../use-request-page';

const FIELD_IDS = [
  ['requestYear', 'requestYear'],
  ['requestMonth', 'requestMonth'],
  ['requestDay', 'requestDay'],
  ['procedures', 'procedures-contractNumberInquiry'],
  ['deletionReasons', 'deletionReasons-wrongPassword'],
  ['deletionReasonOther', 'deletionReasonOther'],
  ['revocationTargets', 'revocationTargets-masterUser'],
  ['generalUserName', 'generalUserName'],
] as const;

const toDraft = (v: DateAndProceduresInput) => ({
  requestDate: joinDate({ year: v.requestYear, month: v.requestMonth, day: v.requestDay }),
  procedures: v.procedures,
  deletionReasons: v.deletionReasons,
  deletionReasonOther: v.deletionReasonOther,
  revocationTargets: v.revocationTargets,
  generalUserName: v.generalUserName,
});
const fromOutput = (v: DateAndProceduresOutput) => v;
/** 依頼日: today unless the person already entered one. */
const values = (draft: RequestDraft) =>
  dateAndProceduresValues(
    draft.requestDate ? draft : { ...draft, requestDate: toIsoDate(new Date()) },
  );

export function ProceduresPage() {
  const printability = usePrintability();
  const schema = useMemo(() => createRules(printability).dateAndProcedures, [printability]);

  const { form, onSubmit, summary, errorOf, textField } = useRequestPage({
    schema,
    values,
    toDraft,
    fromOutput,
    next: '/request/organisation',
    fieldIds: FIELD_IDS,
  });
  const { register, watch } = form;
  const procedures = watch('procedures');
  const reasons = watch('deletionReasons');
  const targets = watch('revocationTargets');
  const date = joinDate({
    year: watch('requestYear'),
    month: watch('requestMonth'),
    day: watch('requestDay'),
  });
  const dateError = errorOf('requestYear') ?? errorOf('requestMonth') ?? errorOf('requestDay');
  const showNotToday = /^\d{4}-\d{2}-\d{2}$/.test(date) && !dateError && !isToday(date);

  return (
    <RequestPageLayout
      heading="依頼日と手続の種類"
      back="/tasks"
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
        legend="＜手続依頼区分＞ 依頼する手続をすべて選んでください"
        hint="パソコンの変更では、発行済の電子証明書を失効させて変更後のパソコンで取得し直すため、「電子証明書の失効」を選んでいます。"
        error={errorOf('procedures')}
        required
      >
        {PROCEDURES.map((procedure) => (
          <Choice
            key={procedure}
            id={`procedures-${procedure}`}
            type="checkbox"
            value={procedure}
            label={PROCEDURE_LABELS[procedure]}
            hint={
              procedure === 'contractNumberInquiry'
                ? `ご契約番号がご不明の場合は、「ご契約番号照会」も選んでください（ご契約番号は${CONTRACT_NUMBER_SOURCES.join('または')}に記載されています）。`
                : undefined
            }
            {...register('procedures')}
            conditional={
              procedure === 'masterUserDeletion' && procedures.includes('masterUserDeletion') ? (
                <>
                  <Fieldset
                    id="deletionReasons"
                    legend="手続依頼事由"
                    error={errorOf('deletionReasons')}
                    required
                  >
                    {DELETION_REASONS.map((reason) => (
                      <Choice
                        key={reason}
                        id={`deletionReasons-${reason}`}
                        type="checkbox"
                        value={reason}
                        label={DELETION_REASON_LABELS[reason]}
                        {...register('deletionReasons')}
                      />
                    ))}
                  </Fieldset>
                  {reasons.includes('other') && <TextField {...textField('deletionReasonOther')} />}
                </>
              ) : procedure === 'certificateRevocation' &&
                procedures.includes('certificateRevocation') ? (
                <>
                  <Fieldset
                    id="revocationTargets"
                    legend="電子証明書を失効するユーザー"
                    hint="電子証明書を失効するユーザーを選んでください。"
                    error={errorOf('revocationTargets')}
                    required
                  >
                    {REVOCATION_TARGETS.map((target) => (
                      <Choice
                        key={target}
                        id={`revocationTargets-${target}`}
                        type="checkbox"
                        value={target}
                        label={REVOCATION_TARGET_LABELS[target]}
                        {...register('revocationTargets')}
                      />
                    ))}
                  </Fieldset>
                  {targets.includes('generalUser') && (
                    <TextField
                      {...textField('generalUserName')}
                      hint="一般ユーザーの電子証明書を失効する場合はユーザー名もご記入ください。"
                    />
                  )}
                </>
              ) : undefined
            }
          />
        ))}
      </Fieldset>
    </RequestPageLayout>
  );
}
