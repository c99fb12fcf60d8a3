import type { ComponentType, ReactNode } from 'react';
import { isRouteErrorResponse, useNavigation, useRouteError } from 'react-router';
import { Page, SERVICE_NAME } from '../components/page';
import { ErrorPage } from './pages/error-page';
import './route-status.css';

/**
 * Route-level code splitting. The start page, reset and the error pages are in the
 * app's first load; every other page is a chunk loaded when it is first opened (and precached by
 * the service worker for offline use). See docs/decisions/0005-performance.md.
 */

/** A page chunk that could not be loaded: offline before it was cached, or removed by a deploy. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * The @font-face rules for the characters that only the lazily loaded pages (and what people
 * type) use. Loaded together with the first such page, never before; a failure only means the
 * browser's own font for those characters.
 */
let fontFaces: Promise<unknown> | undefined;
export function loadAllFontFaces(): Promise<unknown> {
  fontFaces ??= import('virtual:biz-udpgothic/rest.css').catch(() => {
    fontFaces = undefined;
  });
  return fontFaces;
}

/** For a route's `lazy`: the page's chunk and the remaining font faces, as a route element. */
export function lazyPage<M>(
  load: () => Promise<M>,
  render: (module: M) => ReactNode,
): () => Promise<{ element: ReactNode }> {
  return async () => {
    try {
      const [module] = await Promise.all([load(), loadAllFontFaces()]);
      return { element: render(module) };
    } catch (error) {
      throw new ChunkLoadError(error);
    }
  };
}

/** For a route's `lazy`: a page component exported by a chunk. */
export function lazyComponent<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazyPage(load, (module) => {
    const Component = pick(module);
    return <Component />;
  });
}

/** The routes' error element: a Japanese message with 再読み込み for a chunk that failed to load. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (error instanceof ChunkLoadError || isDynamicImportFailure(error)) return <ChunkErrorPage />;
  return <ErrorPage />;
}

function isDynamicImportFailure(error: unknown): boolean {
  if (isRouteErrorResponse(error) || !(error instanceof Error)) return false;
  // Chromium: "Failed to fetch dynamically imported module"; Firefox: "error loading
  // dynamically imported module"; Safari: "Importing a module script failed".
  return /dynamically imported module|Importing a module script failed/i.test(error.message);
}

export function ChunkErrorPage() {
  return (
    <Page heading="ページを読み込めませんでした">
      <p>
        インターネットに接続されていないか、この案内が新しい版に更新されたため、このページを表示できませんでした。入力した内容はこのブラウザに保存されています。
      </p>
      <p>インターネットに接続できることを確認してから、再読み込みしてください。</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          再読み込み
        </button>
      </div>
    </Page>
  );
}

/**
 * Shown while the first page's chunk loads when the app is opened on a lazily loaded page (a deep
 * link or a reload), instead of a blank screen.
 */
export function AppLoading() {
  return (
    <>
      <header className="header">
        <div className="container">
          <span className="header__service">{SERVICE_NAME}</span>
        </div>
      </header>
      <div className="container">
        <main id="main">
          <p className="route-status" role="status">
            読み込んでいます…
          </p>
        </main>
      </div>
    </>
  );
}

/**
 * While a link's page is being loaded, the current page stays on screen: this says so, so a click
 * on a slow connection does not look ignored.
 */
export function NavigationPending() {
  const navigation = useNavigation();
  const loading = navigation.state === 'loading';
  return (
    <div className="route-pending" role="status" aria-live="polite">
      {loading && <span className="route-pending__text">読み込んでいます…</span>}
    </div>
  );
}
