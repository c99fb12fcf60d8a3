import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/** Marks a field as 必須 or 任意 in words, never by colour alone. */
function Requirement({ required }: { required: boolean }) {
  return (
    <span className={`requirement${required ? ' requirement--required' : ''}`}>
      {required ? '必須' : '任意'}
    </span>
  );
}

export interface FieldMessageProps {
  id: string;
  error?: string;
  hint?: ReactNode;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">エラー：</span>
      {children}
    </p>
  );
}

/** ids of a field's hint and error, in the order a screen reader should read them. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'required'
> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** Input width in characters, so the box suggests the expected length. */
  widthChars?: number;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  id,
  label,
  hint,
  error,
  required = true,
  widthChars,
  ref,
  className,
  ...input
}: TextFieldProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        <Requirement required={required} />
      </label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        id={id}
        ref={ref}
        type="text"
        className={`input${error ? ' input--error' : ''}${className ? ` ${className}` : ''}`}
        style={widthChars ? { maxWidth: `${widthChars + 2}em` } : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        spellCheck={false}
        {...input}
      />
    </div>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  /** The legend as the page heading (one question per page). */
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Used for the hint and error ids. */
  id: string;
  required?: boolean;
  children: ReactNode;
}

export function Fieldset({ legend, hint, error, id, required, children }: FieldsetProps) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
      >
        <legend className="legend">
          {legend}
          {required !== undefined && <Requirement required={required} />}
        </legend>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {children}
      </fieldset>
    </div>
  );
}

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  type: 'checkbox' | 'radio';
  label: ReactNode;
  hint?: ReactNode;
  /** Revealed under the choice when it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function Choice({ id, type, label, hint, conditional, ref, ...input }: ChoiceProps) {
  return (
    <div className="choice">
      <div className="choice__item">
        <input
          id={id}
          ref={ref}
          type={type}
          className="choice__input"
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...input}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <div className="choice__hint hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
      </div>
      {conditional && <div className="choice__conditional">{conditional}</div>}
    </div>
  );
}
