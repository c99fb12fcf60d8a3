import { useEffect, useRef, type ReactNode } from 'react';

export const SERVICE_NAME = 'パソコン変更時の電子証明書再取得';

export interface PageProps {
  /** The page's h1, also the start of document.title. */
  heading: string;
  /** Set when the page shows validation errors (GOV.UK: prefix the title with 「エラー: 」). */
  hasErrors?: boolean;
  /** Content above the heading, such as a back link or an error summary. */
  before?: ReactNode;
  /** A caption above the heading, such as the task the page belongs to. */
  caption?: string;
  children: ReactNode;
}

/**
 * Every page: sets document.title and moves focus to the heading when the page opens, so screen
 * reader users hear where they are after each navigation (a client-side route change is silent).
 */
export function Page({ heading, hasErrors = false, before, caption, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${hasErrors ? 'エラー: ' : ''}${heading} | ${SERVICE_NAME}`;
  }, [heading, hasErrors]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: false });
  }, [heading]);

  return (
    <>
      {before}
      {caption && <p className="caption">{caption}</p>}
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </>
  );
}
