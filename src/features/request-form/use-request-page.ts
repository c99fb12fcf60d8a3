import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { RequestDraft } from '../../domain/request/schema';
import { useProgressStore } from '../../lib/progress/react';
import type { SummaryError } from '../../components/form/error-summary';

export const CHECK_PATH = '/request/check';

export interface RequestPageOptions<TInput extends FieldValues, TOutput> {
  schema: z.ZodType<TOutput, TInput>;
  /** The page's values, read from the saved draft once when the page opens. */
  values: TInput;
  /** Raw values → draft fields, saved as the person types so nothing is lost. */
  toDraft: (values: TInput) => Partial<RequestDraft>;
  /** Validated, normalised values → draft fields, saved on 次へ. */
  fromOutput: (output: TOutput) => Partial<RequestDraft>;
  /** Where 次へ goes, unless the person came from the check page. */
  next: string;
  /** The page's fields in display order, with the id of the input an error links to. */
  fieldIds: readonly (readonly [name: string, id: string])[];
}

/**
 * One page of the request form: react-hook-form validated by the page's zod rules on 次へ only
 * (not while typing, ux-rules.md), raw values saved to the progress store on every change, and
 * the normalised values saved when the page is valid.
 */
export function useRequestPage<TInput extends FieldValues, TOutput>(
  options: RequestPageOptions<TInput, TOutput>,
) {
  const { schema, values, toDraft, fromOutput, next, fieldIds } = options;
  const store = useProgressStore();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnToCheck = params.get('return') === 'check';

  const form = useForm<TInput, unknown, TOutput>({
    // The values are read once: later saves come from this very form.
    defaultValues: values as DefaultValues<TInput>,
    resolver: zodResolver(schema as never) as unknown as Resolver<TInput, unknown, TOutput>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  useEffect(() => {
    const subscription = form.watch((current) => {
      const changes = toDraft(current as TInput);
      store.update((progress) => {
        const request = { ...progress.request, ...changes };
        if (JSON.stringify(request) === JSON.stringify(progress.request)) return progress;
        // A changed answer must be checked (and printed) again.
        return { ...progress, request, requestConfirmed: false };
      });
    });
    return () => subscription.unsubscribe();
  }, [form, store, toDraft]);

  const onSubmit = form.handleSubmit((output) => {
    const changes = fromOutput(output);
    store.update((progress) => {
      const request = { ...progress.request, ...changes };
      if (JSON.stringify(request) === JSON.stringify(progress.request)) return progress;
      return { ...progress, request, requestConfirmed: false };
    });
    void navigate(returnToCheck ? CHECK_PATH : next);
  });

  const errors = form.formState.errors;
  const summary = summaryErrors(errors, fieldIds);

  return {
    form,
    onSubmit,
    summary,
    returnToCheck,
    errorOf: (name: string) => messageOf(errors, name),
  };
}

function messageOf(errors: FieldErrors, name: string): string | undefined {
  const error = errors[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}

function summaryErrors(
  errors: FieldErrors,
  fieldIds: RequestPageOptions<never, never>['fieldIds'],
): SummaryError[] {
  return fieldIds.flatMap(([name, id]) => {
    const message = messageOf(errors, name);
    return message ? [{ fieldId: id, message }] : [];
  });
}
