import {
  useState,
  type ClipboardEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import { cutToLength } from '../../domain/text/cut';

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

/** A number written with digits and hyphens (例）03-9999-9999, 〒999-9999). */
const NUMBER = /(\d+(?:-\d+)+)/;

/** A hint's text, with each number kept on one line: the page otherwise breaks anywhere. */
function unbroken(children: ReactNode): ReactNode {
  if (typeof children !== 'string') return children;
  return children.split(NUMBER).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="hint" id={id}>
      {unbroken(children)}
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
export function describedBy(
  id: string,
  hint: boolean,
  error: boolean,
  notice = false,
): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null, notice ? `${id}-notice` : null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** What the person is told at the field when a paste was longer than the field takes. */
export function pasteCutMessage(maxLength: number): string {
  return `貼り付けた文字が長すぎたため、先頭から${maxLength}文字までを入力しました。入力内容をご確認ください。`;
}

/**
 * A paste that would make the value longer than `maxLength`: the pasted text is cut (between
 * characters, never inside one) to the room left, inserted in its place, and true returned so
 * the field can say so. Cut here, before the value reaches the form, so a pasted
 * 1,000,000 characters never get validated or saved. The browser's own maxlength would cut too,
 * but silently, and the person could not tell that the end of the text is missing.
 */
export function cutLongPaste(event: ClipboardEvent<HTMLInputElement>, maxLength: number): boolean {
  const input = event.currentTarget;
  // A single-line input holds no line breaks: drop them before counting.
  const pasted = event.clipboardData.getData('text/plain').replace(/\r\n|\r|\n/g, '');
  const start = input.selectionStart ?? input.value.length;
  const end = input.selectionEnd ?? start;
  const room = maxLength - (input.value.length - (end - start));
  if (pasted.length <= room) return false;
  event.preventDefault();
  const kept = cutToLength(pasted, Math.max(0, room));
  // In place of the selection, caret after it, with the input event the form listens to (React
  // sees the value change because setRangeText bypasses the value it tracks).
  input.setRangeText(kept, start, end, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
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
  maxLength,
  onChange,
  onPaste,
  ...input
}: TextFieldProps) {
  // Said after a paste was cut, until the person changes the value again.
  const [notice, setNotice] = useState<string | null>(null);
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
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), notice !== null)}
        spellCheck={false}
        maxLength={maxLength}
        onChange={(event) => {
          setNotice(null);
          return onChange?.(event);
        }}
        onPaste={(event) => {
          onPaste?.(event);
          if (maxLength !== undefined && !event.defaultPrevented && cutLongPaste(event, maxLength))
            setNotice(pasteCutMessage(maxLength));
        }}
        {...input}
      />
      {/* Always present, so screen readers announce the notice when it appears. */}
      <p className="field-notice" id={`${id}-notice`} role="status">
        {notice}
      </p>
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
