import { createContext, Fragment, useContext } from 'react';
import { Link } from 'react-router';
import { PhoneAndHours } from '../../components/help-contacts';
import { contactById } from '../../content/procedures';
import type { RichText, Segment } from '../../content/procedures';
import { taskPath } from '../../content/routes';
import { TASKS } from '../../content/tasks';
import type { TaskId } from '../../domain/tasks/status';
import { CopyButton } from './copy-button';

export function taskTitle(task: TaskId): string {
  return TASKS.find((t) => t.id === task)?.title ?? '';
}

/**
 * Whether a step is on its page now (a step of a branch not chosen, or after a question not yet
 * answered, is not). A link to a step that is not there would lead nowhere, so it is shown as
 * plain text instead. By default every step counts as there.
 */
export type StepShown = (task: TaskId, step: string) => boolean;
export const StepShownContext = createContext<StepShown>(() => true);

/** What the person types: shown as code, with a 「コピー」 button beside it. */
export function Typed({ value }: { value: string }) {
  return (
    <span className="typed">
      <code className="typed__value">{value}</code>
      <CopyButton text={value} />
    </span>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  const shown = useContext(StepShownContext);
  if ('label' in segment) return <strong className="ui-label">「{segment.label}」</strong>;
  if ('input' in segment) return <Typed value={segment.input} />;
  if ('contact' in segment) {
    const contact = contactById(segment.contact);
    return (
      <>
        {contact.purpose} <PhoneAndHours contact={contact} />
      </>
    );
  }
  if ('number' in segment) return <span className="nowrap">{segment.number}</span>;
  if ('to' in segment) {
    const { task, step } = segment.to;
    if (step !== undefined && !shown(task, step)) return <>{segment.text}</>;
    return <Link to={taskPath(task, step)}>{segment.text}</Link>;
  }
  return <>{segment.text}</>;
}

/**
 * The guide's rich text: UI labels emphasised in 「」, typed input as code with a copy button,
 * references to other tasks and steps as links, inquiry lines as tel: links, numbers unbroken.
 */
export function Rich({ text }: { text: RichText }) {
  return (
    <>
      {text.map((segment, index) => (
        <Fragment key={index}>
          <SegmentView segment={segment} />
        </Fragment>
      ))}
    </>
  );
}
