import {
  Component,
  Suspense,
  lazy,
  useEffect,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { Outlet, useLocation } from 'react-router';
import { Page } from '../components/page';
import { INSTALLED_FONT_NAMES } from '../content/ui-font';
import { ErrorPage } from './pages/error-page';
import './route-status.css';

/**
 * Route-level code splitting with React.lazy (react-router in declarative mode, see
 * docs/decisions/0006-declarative-router-and-zod-mini.md). The start page, reset and the error
 * pages are in the app's first load; every other page is a chunk loaded when it is first opened
 * (and precached by the service worker for offline use). See docs/decisions/0005-performance.md.
 *
 * react-router renders each navigation in a React transition, so while a page's chunk loads the
 * current page stays on screen (with 「読み込んでいます…」 in a corner); only when the app is opened
 * on a lazily loaded page is there nothing to keep, and the page area says 「読み込んでいます…」.
 */

/** A page chunk that could not be loaded: offline before it was cached, or removed by a deploy. */
class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('A page of the app could not be loaded', { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * Whether this PC has BIZ UDPGothic installed (Windows 10 1809+ and 11 do), in both weights: every
 * @font-face rule names it first, so the browser would use it and download no font file, and the
 * rules themselves (~60 KB gzip) need not be downloaded either.
 */
async function uiFontInstalled(): Promise<boolean> {
  if (typeof FontFace === 'undefined') return false;
  const probe = (names: readonly string[]) =>
    new FontFace('rokin-installed-probe', names.map((name) => `local('${name}')`).join(','))
      .load()
      .then(() => true);
  return Promise.all([probe(INSTALLED_FONT_NAMES['400']), probe(INSTALLED_FONT_NAMES['700'])]).then(
    () => true,
    () => false,
  );
}

/**
 * The @font-face rules for the characters that only the lazily loaded pages (and what people
 * type) use. Loaded together with the first such page, never before, and not at all when the
 * installed font serves every character; a failure only means the browser's own font for those
 * characters.
 */
let fontFaces: Promise<unknown> | undefined;
function loadAllFontFaces(): Promise<unknown> {
  fontFaces ??= uiFontInstalled()
    .then((installed) => (installed ? undefined : import('virtual:biz-udpgothic/rest.css')))
    .catch(() => {
      fontFaces = undefined;
    });
  return fontFaces;
}

// ---------------------------------------------------------------------------------------------
// What is loading, for the pending status. A page chunk starts loading while React renders the
// page, so listeners hear of it a microtask later: updating other components during a render is
// not allowed.

const loading = { pages: 0, placeholders: 0 };
const listeners = new Set<() => void>();
const notify = () => queueMicrotask(() => listeners.forEach((listener) => listener()));
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** Whether the corner status should show: a page is loading and no placeholder says so already. */
const pendingSnapshot = () => loading.pages > 0 && loading.placeholders === 0;

/** A page component whose code (and the remaining font faces) load when it is first rendered. */
export function lazyPage<M>(
  load: () => Promise<M>,
  render: (module: M) => ReactNode,
): ComponentType {
  return lazy(async () => {
    loading.pages += 1;
    notify();
    try {
      const [module] = await Promise.all([load(), loadAllFontFaces()]);
      return { default: () => render(module) };
    } catch (error) {
      throw new ChunkLoadError(error);
    } finally {
      loading.pages -= 1;
      notify();
    }
  });
}

/** A page component exported by a chunk, loaded when it is first rendered. */
export function lazyComponent<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazyPage(load, (module) => {
    const Picked = pick(module);
    return <Picked />;
  });
}

/**
 * While a link's page is being loaded, the current page stays on screen: this says so, so a click
 * on a slow connection does not look ignored.
 */
export function NavigationPending() {
  const pending = useSyncExternalStore(subscribe, pendingSnapshot, () => false);
  return (
    <div className="route-pending" role="status" aria-live="polite">
      {pending && <span className="route-pending__text">読み込んでいます…</span>}
    </div>
  );
}

/** The page area while the app is opened on a page whose code has not loaded yet. */
function PagePlaceholder() {
  useEffect(() => {
    loading.placeholders += 1;
    notify();
    return () => {
      loading.placeholders -= 1;
      notify();
    };
  }, []);
  return (
    <p className="route-status" role="status">
      読み込んでいます…
    </p>
  );
}

// ---------------------------------------------------------------------------------------------
// Errors.

interface BoundaryProps {
  children: ReactNode;
  /** A change of this value (the page's path) clears a caught error: the person moved on. */
  resetKey?: string;
}
interface BoundaryState {
  error: unknown;
  resetKey: string | undefined;
}
const NO_ERROR = Symbol('no error');

/**
 * Shows a Japanese message instead of a blank screen when rendering fails, with 再読み込み (and,
 * for a chunk that failed to load, why that usually happens).
 */
export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: NO_ERROR, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: NO_ERROR, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (error === NO_ERROR) return this.props.children;
    return error instanceof ChunkLoadError || isDynamicImportFailure(error) ? (
      <ChunkErrorPage />
    ) : (
      <ErrorPage />
    );
  }
}

function isDynamicImportFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Chromium: "Failed to fetch dynamically imported module"; Firefox: "error loading
  // dynamically imported module"; Safari: "Importing a module script failed".
  return /dynamically imported module|Importing a module script failed/i.test(error.message);
}

function ChunkErrorPage() {
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
 * The page routes' outlet, inside the layout: a page that fails shows the error page with the
 * service header kept, and a page still loading shows the placeholder.
 */
export function PageOutlet() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PagePlaceholder />}>
        <Outlet />
      </Suspense>
    </RouteErrorBoundary>
  );
}
