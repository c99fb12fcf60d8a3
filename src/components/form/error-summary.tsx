import { useEffect, useRef } from 'react';

export interface SummaryError {
  /** The id of the input to focus (the first input of a group). */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK error summary: above the heading, focused when it appears, one link per problem. A link
 * focuses its field and scrolls its label (not just the input) into view, so the person sees
 * the question the message is about.
 *
 * Without `focusKey` it takes focus whenever its problems change. With it, only when problems
 * appear or `focusKey` changes (a form counts its submits): a form that clears a corrected
 * field's problem while the person types must not pull the focus out of the field.
 */
export function ErrorSummary({
  errors,
  focusKey,
}: {
  errors: readonly SummaryError[];
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');
  const keyed = focusKey !== undefined;
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (!keyed && signature) ref.current?.focus();
  }, [keyed, signature]);
  useEffect(() => {
    if (keyed && hasErrors) ref.current?.focus();
  }, [keyed, hasErrors, focusKey]);

  if (errors.length === 0) return null;

  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        入力内容に問題があります
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function focusField(fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  const legendOrLabel =
    input.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${fieldId}"]`);
  (legendOrLabel ?? input).scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}
