import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import './styles.css';
import { AppPrintabilityProvider } from './app/printability';
import { createRouter } from './app/router';
import { ProgressProvider } from './lib/progress/react';
import { browserEnvironment, createProgressStore } from './lib/progress/store';

const store = createProgressStore(browserEnvironment());
const router = createRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ProgressProvider store={store}>
      <AppPrintabilityProvider>
        <RouterProvider router={router} />
      </AppPrintabilityProvider>
    </ProgressProvider>
  </StrictMode>,
);
