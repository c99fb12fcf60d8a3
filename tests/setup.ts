import { afterEach } from 'vitest';

// Component tests (jsdom) only; node tests have no document and need no testing-library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  // findBy*/waitFor wait for a condition, not a time: 10 s lets a lazily loaded page chunk
  // arrive on a busy machine (the default 1 s made such tests fail only because it was slow).
  configure({ asyncUtilTimeout: 10_000 });
}

// Component tests (jsdom) need their DOM emptied between tests; node tests have no document.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
