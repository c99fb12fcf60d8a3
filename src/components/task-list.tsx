import { Link } from 'react-router';

export interface TaskRow {
  id: string;
  title: string;
  /** Absent when the task cannot be started: the row is then plain text, not a link. */
  href?: string;
  statusLabel: string;
  /** Drives the look of the status tag only; the label carries the meaning. */
  tone: 'neutral' | 'active' | 'done' | 'muted';
  hint?: string;
  /** Which PC the task is done on. */
  where?: string;
}

/**
 * GOV.UK "complete multiple tasks": the whole row is the link (its ::after covers the row), so the
 * status never looks like a separate button. The status is tied to the link by aria-describedby.
 */
export function TaskList({ rows }: { rows: readonly TaskRow[] }) {
  return (
    <ol className="task-list">
      {rows.map((row, index) => {
        const statusId = `task-status-${row.id}`;
        const hintId = row.hint ? `task-hint-${row.id}` : undefined;
        const whereId = row.where ? `task-where-${row.id}` : undefined;
        const describedBy = [whereId, hintId, statusId].filter(Boolean).join(' ');
        return (
          <li key={row.id} className={`task-list__item${row.href ? ' task-list__item--link' : ''}`}>
            <div className="task-list__name">
              <span className="task-list__number" aria-hidden="true">
                {index + 1}
              </span>
              {row.href ? (
                <Link to={row.href} className="task-list__link" aria-describedby={describedBy}>
                  {row.title}
                </Link>
              ) : (
                <span className="task-list__title">{row.title}</span>
              )}
              {row.where && (
                <span id={whereId} className="task-list__where">
                  {row.where}
                </span>
              )}
              {row.hint && (
                <span id={hintId} className="task-list__hint">
                  {row.hint}
                </span>
              )}
            </div>
            <div className="task-list__status" id={statusId}>
              <strong className={`tag tag--${row.tone}`}>{row.statusLabel}</strong>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
