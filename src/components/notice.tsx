import type { ReactNode } from 'react';

/** A short message above the page content; `onDismiss` adds a 「閉じる」 button. */
export function Notice({
  kind = 'info',
  children,
  onDismiss,
}: {
  kind?: 'info' | 'success' | 'warning';
  children: ReactNode;
  onDismiss?: () => void;
}) {
  return (
    <div className={`notice notice--${kind}`}>
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          className="button button--secondary notice__dismiss"
          onClick={onDismiss}
        >
          閉じる
        </button>
      )}
    </div>
  );
}
