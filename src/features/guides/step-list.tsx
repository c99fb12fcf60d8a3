import type { ReactNode } from 'react';
import { Choice } from '../../components/form/fields';
import type { Step, Tip, Variant, Warning } from '../../content/procedures';
import { AuthCodeTimer } from './auth-code-timer';
import { Picture } from './pictures';
import { Rich } from './rich-text';
import { stepCheckLabel } from './text';

export interface StepListProps {
  steps: readonly Step[];
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
  /** Extra content at the end of a step (a branch question, the FAX controls). */
  slot?: (step: Step) => ReactNode;
  /** Ticked steps show only their instruction and tick box (「完了した手順をたたむ」). */
  folded?: boolean;
}

/** The steps of a task, in the guide's order; a sub-step (ア–ウ) sits inside its parent. */
export function StepList({ steps, ...rest }: StepListProps) {
  const top = steps.filter((s) => s.parent === undefined);
  return (
    <ol className="steps">
      {top.map((step) => (
        <StepItem
          key={step.id}
          step={step}
          children_={steps.filter((s) => s.parent === step.id)}
          {...rest}
        />
      ))}
    </ol>
  );
}

function StepItem({
  step,
  children_,
  sub = false,
  showOnlyIf = true,
  ...rest
}: Omit<StepListProps, 'steps'> & {
  step: Step;
  children_: readonly Step[];
  sub?: boolean;
  showOnlyIf?: boolean;
}) {
  const { ticked, onTick, slot, folded = false } = rest;
  const done = step.auto !== undefined || ticked.has(step.id);
  // A step with a record control (the FAX 「送信した」 button) gets its tick from that button.
  const checkable = step.checkable && step.record === undefined;
  const fold = folded && checkable && done;
  const classes = [
    'step',
    sub && 'step--sub',
    checkable && done && 'step--done',
    fold && 'step--folded',
  ];

  return (
    <li
      id={step.id}
      tabIndex={-1}
      className={classes.filter(Boolean).join(' ')}
      data-picture={step.picture}
    >
      {step.onlyIf && showOnlyIf && <p className="step__only-if">【{step.onlyIf}】</p>}
      <div className="step__row">
        <span className={`step__number${step.number === null ? ' step__number--none' : ''}`}>
          {step.number}
        </span>
        <div className="step__content">
          <p className="step__instruction">
            <Rich text={step.instruction} />
          </p>
          {!fold && <StepDetails step={step} children_={children_} {...rest} />}
          {!fold && slot?.(step)}
          {checkable && <StepCheck step={step} done={done} onTick={onTick} />}
        </div>
      </div>
    </li>
  );
}

/** Everything of a step below its instruction: list, pictures, notes, tips, its sub-steps. */
function StepDetails({
  step,
  children_,
  ...rest
}: Omit<StepListProps, 'steps'> & { step: Step; children_: readonly Step[] }) {
  return (
    <>
      {step.list && (
        <ul className="list--bullet step__list">
          {step.list.map((item, i) => (
            <li key={i}>
              <Rich text={item} />
            </li>
          ))}
        </ul>
      )}
      {step.picture && <Picture id={step.picture} />}
      <Variants variants={step.variants} />
      {step.notes.map((note, i) => (
        <p key={i} className="step__note">
          ※<Rich text={note} />
        </p>
      ))}
      {step.warnings.map((warning, i) => (
        <WarningBox key={i} warning={warning} />
      ))}
      {step.tips.map((tip, i) => (
        <TipBox key={i} tip={tip} />
      ))}
      {step.timer && <AuthCodeTimer minutes={step.timer.minutes} label={step.timer.label} />}
      {children_.length > 0 && (
        <ol className="steps steps--sub">
          {children_.map((child, i) => (
            <StepItem
              key={child.id}
              step={child}
              children_={[]}
              sub
              showOnlyIf={i === 0 || children_[i - 1]?.onlyIf !== child.onlyIf}
              {...rest}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function StepCheck({
  step,
  done,
  onTick,
}: {
  step: Step;
  done: boolean;
  onTick: (id: string, on: boolean) => void;
}) {
  const { visible, hidden } = stepCheckLabel(step);
  const id = `tick-${step.id}`;
  return (
    <div className="step-check">
      <Choice
        id={id}
        type="checkbox"
        checked={done}
        disabled={step.auto !== undefined}
        onChange={(event) => onTick(step.id, event.currentTarget.checked)}
        label={
          <>
            <span className="print-box" aria-hidden="true">
              {done ? '☑' : '☐'}
            </span>
            {visible}
            <span className="visually-hidden">{hidden}</span>
          </>
        }
        hint={
          step.auto ? (
            <>
              <span className="step-check__auto">自動でチェックしています。</span>
              <Rich text={step.auto.reason} />
            </>
          ) : undefined
        }
      />
    </div>
  );
}

/**
 * Variants are shown under their heading, with their words and their picture (the Windows 10 /
 * 11 or Edge / IE mode screen). A variant with neither keeps its place hidden: an empty slot would
 * confuse.
 */
export function Variants({ variants }: { variants: readonly Variant[] }) {
  return (
    <>
      {variants.map((variant) =>
        variant.text || variant.picture ? (
          <div key={variant.heading} className="step__variant" data-picture={variant.picture}>
            <p className="step__variant-heading">{bracketed(variant.heading)}</p>
            {variant.text && (
              <p>
                <Rich text={variant.text} />
              </p>
            )}
            {variant.picture && <Picture id={variant.picture} />}
          </div>
        ) : (
          <div key={variant.heading} hidden data-variant={variant.heading} />
        ),
      )}
    </>
  );
}

/** The guide writes variant headings as <Windows 10 の場合>; some already carry 【】. */
function bracketed(heading: string): string {
  return /^[ア-ン]?\.?【/.test(heading) ? heading : `＜${heading}＞`;
}

export function WarningBox({ warning }: { warning: Warning }) {
  return (
    <div className="warning-box" role="note" aria-label={warning.heading ?? '注意'}>
      <p className="warning-box__heading">
        <span className="warning-box__icon" aria-hidden="true">
          !
        </span>
        {warning.heading ?? '注意'}
      </p>
      {warning.items.length === 1 ? (
        <p>
          <Rich text={warning.items[0]!} />
        </p>
      ) : (
        <ul className="list--bullet">
          {warning.items.map((item, i) => (
            <li key={i}>
              <Rich text={item} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * ワンポイント. A tip with a title of its own is folded away in <details> (it helps only some);
 * a one-line tip is shown as it is.
 */
export function TipBox({ tip }: { tip: Tip }) {
  const body = (
    <>
      {tip.body.map((paragraph, i) => (
        <p key={i}>
          <Rich text={paragraph} />
        </p>
      ))}
      <Variants variants={tip.variants} />
    </>
  );
  if (tip.title) {
    return (
      <details className="tip">
        <summary className="tip__summary">
          <span className="tip__heading">{tip.heading}</span> {tip.title}
        </summary>
        <div className="tip__body">{body}</div>
      </details>
    );
  }
  return (
    <div className="tip tip--open">
      <p className="tip__heading">{tip.heading}</p>
      <div className="tip__body">{body}</div>
    </div>
  );
}
