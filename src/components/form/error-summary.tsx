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
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

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
