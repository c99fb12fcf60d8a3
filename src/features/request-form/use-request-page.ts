import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod/mini';
import { FIELDS, fieldsOn, type PageId } from '../../domain/request/fields';
import {
  DATE_PART_FIELDS,
  pageToDraft,
  pageValues,
  type PageInput,
  type PageOutput,
} from '../../domain/request/rules';
import type { RequestDraft, TextField } from '../../domain/request/schema';
import { useProgressStore } from '../../lib/progress/react';
import type { ProgressStore } from '../../lib/progress/store';
import type { SummaryError } from '../../components/form/error-summary';
import { REQUEST_PATHS } from '../../content/routes';

export interface RequestPageOptions<P extends PageId> {
  /** The page, as the field registry names it: its fields, their ids and labels come from there. */
  page: P;
  schema: z.ZodMiniType<PageOutput<P>, PageInput<P>>;
  /** The page's values from the saved draft; read once, when the page opens. */
  values?: (draft: RequestDraft) => PageInput<P>;
  /** Where 次へ goes, unless the person came from the check page. */
  next: string;
}

type FieldId = readonly [name: string, id: string];

/** The page's inputs in display order, with the id of the input an error links to. */
function fieldIdsOf(page: PageId): FieldId[] {
  return fieldsOn(page).flatMap((name): FieldId[] =>
    name === 'requestDate'
      ? Object.values(DATE_PART_FIELDS).map((part): FieldId => [part, part])
      : [[name, FIELDS[name].inputId]],
  );
}

/**
 * One page of the request form: react-hook-form validated by the page's zod rules on 次へ (not
 * while typing, docs/ux-rules.md), raw values saved to the progress store on every change, and
 * the normalised values saved when the page is valid. Once a message is shown, every change
 * checks it again: it goes as soon as its field is right, and says what is wrong now while it is
 * not; a field without a message never gets one before the next 次へ.
 */
export function useRequestPage<P extends PageId>(options: RequestPageOptions<P>) {
  type TInput = PageInput<P> & FieldValues;
  type TOutput = PageOutput<P>;
  const { page, schema, next } = options;
  const given = options.values;
  // Stable across renders, so the subscription to other tabs' changes is made once.
  const values = useMemo(
    () => given ?? ((draft: RequestDraft) => pageValues(page, draft)),
    [given, page],
  );
  const fieldIds = fieldIdsOf(page);
  const store = useProgressStore();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnToCheck = params.get('return') === 'check';
  // Read once: later saves come from this very form.
  const [defaultValues] = useState(() => values(store.getState().progress.request));

  const form = useForm<TInput, unknown, TOutput>({
    defaultValues: defaultValues as DefaultValues<TInput>,
    resolver: zodResolver(schema as never) as unknown as Resolver<TInput, unknown, TOutput>,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  // What this page's fields hold in the draft as far as this tab knows: its own saves and what
  // other tabs saved. Each change saves only the fields that differ from it, merged over what is
  // stored, so two tabs on the same page never overwrite each other's entries.
  const [known] = useState(() => ({ current: pageToDraft(page, defaultValues) }));

  useEffect(() => {
    const subscription = form.watch((current) => {
      const draft = pageToDraft(page, current as TInput);
      const changes = changedFields(known.current, draft);
      known.current = { ...known.current, ...changes };
      saveToDraft(store, changes);
      recheckShownErrors(form, schema, fieldIdsOf(page), current);
    });
    return () => subscription.unsubscribe();
  }, [form, store, page, schema, known]);

  // Another tab changed a field of this page: show its value here too, so that neither this
  // page's next change nor its 次へ puts the old value back.
  useEffect(
    () =>
      store.subscribe(() => {
        const request = store.getState().progress.request;
        const inputs = values(request);
        const stored = pageToDraft(page, inputs);
        const changes = changedFields(known.current, stored);
        if (Object.keys(changes).length === 0) return;
        known.current = { ...known.current, ...changes };
        for (const name of Object.keys(changes)) {
          const parts = name === 'requestDate' ? Object.values(DATE_PART_FIELDS) : [name];
          for (const part of parts) {
            const value = (inputs as Record<string, unknown>)[part];
            form.setValue(part as Path<TInput>, value as never, { shouldDirty: true });
          }
        }
      }),
    [store, page, form, known, values],
  );

  const onSubmit = form.handleSubmit((output) => {
    known.current = { ...known.current, ...(output as Partial<RequestDraft>) };
    saveToDraft(store, output);
    void navigate(returnToCheck ? REQUEST_PATHS.check : next);
  });

  const errors = form.formState.errors;
  const summary = summaryErrors(errors, fieldIds);

  const errorOf = (name: string) => messageOf(errors, name);

  return {
    form,
    onSubmit,
    summary,
    returnToCheck,
    errorOf,
    /**
     * A text field's props for <TextField>: its id (the field's name), the guide's label (the one
     * its messages use too), its message and its binding to the form.
     */
    textField: (name: TextField & Path<TInput>) => ({
      id: name,
      label: FIELDS[name].label,
      error: errorOf(name),
      maxLength: FIELDS[name].maxLength,
      ...form.register(name),
    }),
  };
}

/**
 * Checks the page again for the fields that show a message: a message whose problem is gone
 * (the field is right now, or no longer applies) is cleared, one whose problem changed says the
 * new one. Fields without a message are left alone, so nothing new turns red while typing.
 */
function recheckShownErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  schema: z.ZodMiniType,
  fields: readonly FieldId[],
  values: unknown,
) {
  // Read live (not the last render's formState): several changes can come before a render.
  const messageNow = (name: Path<T>) => form.getFieldState(name).error?.message;
  const shown = fields
    .map(([name]) => name as Path<T>)
    .filter((name) => messageNow(name) !== undefined);
  if (shown.length === 0) return;
  const result = schema.safeParse(values);
  const now = new Map<string, string>();
  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0]);
    if (!now.has(name)) now.set(name, issue.message);
  }
  for (const name of shown) {
    const message = now.get(name);
    if (message === undefined) form.clearErrors(name);
    else if (message !== messageNow(name)) form.setError(name, { type: 'custom', message });
  }
}

/** The fields of `next` whose value differs from `known`. */
function changedFields(
  known: Partial<RequestDraft>,
  next: Partial<RequestDraft>,
): Partial<RequestDraft> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(next)) {
    const was = (known as Record<string, unknown>)[name];
    if (JSON.stringify(value) !== JSON.stringify(was)) out[name] = value;
  }
  return out;
}

/** Merges answers into the saved draft; a changed answer must be checked (and printed) again. */
function saveToDraft(store: ProgressStore, changes: Partial<RequestDraft>) {
  if (Object.keys(changes).length === 0) return;
  store.update((progress) => {
    const request = { ...progress.request, ...changes };
    if (JSON.stringify(request) === JSON.stringify(progress.request)) return progress;
    return { ...progress, request, requestConfirmed: false };
  });
}

function messageOf(errors: FieldErrors, name: string): string | undefined {
  const error = errors[name];
  return typeof error?.message === 'string' ? error.message : undefined;
}

function summaryErrors(
  errors: FieldErrors,
  fieldIds: readonly (readonly [name: string, id: string])[],
): SummaryError[] {
  return fieldIds.flatMap(([name, id]) => {
    const message = messageOf(errors, name);
    return message ? [{ fieldId: id, message }] : [];
  });
}
