import { afterEach } from 'vitest';

// Component tests (jsdom) need their DOM emptied between tests; node tests have no document.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
