import { Link } from 'react-router';
import type { FieldProblem } from '../domain/request/rules';

/**
 * What keeps the request from being printed, one link per problem to the field where it is
 * fixed. The check page shows it as its error summary, the print page where the PDF would be:
 * the same problems, in the same words and order, lead to the same places.
 */
export function ProblemList({
  problems,
  linkTo,
  className,
}: {
  problems: readonly FieldProblem[];
  /** Where a problem is fixed (the request form's page and field, returning to the check page). */
  linkTo: (problem: FieldProblem) => string;
  className: string;
}) {
  return (
    <ul className={className}>
      {problems.map((problem) => (
        <li key={problem.field}>
          <Link to={linkTo(problem)}>{problem.message}</Link>
        </li>
      ))}
    </ul>
  );
}
