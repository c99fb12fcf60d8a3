import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod/mini';
// The UI font's faces for the first load's text; the rest come with the first lazy page
// (vite.config.ts, src/app/lazy-route.tsx).
import 'virtual:biz-udpgothic/shell.css';
import './styles.css';
import { AppPrintabilityProvider } from './app/printability';
import { AppRouter } from './app/router';
import { afterPageLoad } from './app/after-page-load';
import { ProgressProvider } from './lib/progress/react';
import { browserEnvironment, createProgressStore } from './lib/progress/store';

// zod probes whether eval works (new Function) to speed up parsing; under the app's
// Content-Security-Policy that probe is a reported violation. Parsing without it is fast enough.
z.config({ jitless: true });

const store = createProgressStore(browserEnvironment());
// Registers the service worker and tells of a new version: nothing the first paint needs.
const UpdateNotice = afterPageLoad(() =>
  import('./app/update-notice').then(({ UpdateNotice }) => UpdateNotice),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ProgressProvider store={store}>
      <AppPrintabilityProvider>
        <AppRouter />
        <UpdateNotice />
      </AppPrintabilityProvider>
    </ProgressProvider>
  </StrictMode>,
);
