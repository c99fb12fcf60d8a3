import { Fragment } from 'react';
import { Link } from 'react-router';
import type { RichText, Segment } from '../../content/procedures';
import { taskPath } from '../../content/routes';
import { TASKS } from '../../content/tasks';
import type { TaskId } from '../../domain/tasks/status';
import { CopyButton } from './copy-button';

export function taskTitle(task: TaskId): string {
  return TASKS.find((t) => t.id === task)?.title ?? '';
}

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
  if ('label' in segment) return <strong className="ui-label">「{segment.label}」</strong>;
  if ('input' in segment) return <Typed value={segment.input} />;
  if ('to' in segment) {
    const { task, step } = segment.to;
    return <Link to={taskPath(task, step)}>{segment.text}</Link>;
  }
  return <>{segment.text}</>;
}

/**
 * The guide's rich text: UI labels emphasised in 「」, typed input as code with a copy button,
 * references to other tasks and steps as links.
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
