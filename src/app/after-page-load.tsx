import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';

/**
 * Renders a lazily loaded component once the page has loaded, so that its code is not part of the
 * first load (tests/budget). If its code cannot be loaded (offline before it was cached), nothing
 * is shown: it must be something the page can do without, such as the update notice.
 */
export function afterPageLoad(load: () => Promise<ComponentType>): ComponentType {
  const nothing: ComponentType = () => null;
  const Lazy = lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: nothing }),
    ),
  );
  return function AfterPageLoad() {
    const [loaded, setLoaded] = useState(() => document.readyState === 'complete');
    useEffect(() => {
      if (loaded) return;
      const done = () => setLoaded(true);
      window.addEventListener('load', done, { once: true });
      return () => window.removeEventListener('load', done);
    }, [loaded]);
    return loaded ? (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    ) : null;
  };
}
