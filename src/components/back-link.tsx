import { Link } from 'react-router';

export function BackLink({ to, children = '戻る' }: { to: string; children?: string }) {
  return (
    <Link className="back-link" to={to}>
      {children}
    </Link>
  );
}
