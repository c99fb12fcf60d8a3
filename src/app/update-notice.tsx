/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useState } from 'react';
import './update-notice.css';

/**
 * The service worker (vite-plugin-pwa / Workbox, configured in vite.config.ts) keeps the whole
 * app for offline use. A new version of the app is downloaded in the background and waits: it
 * takes over the next time the app is opened (after its tabs are closed), or now if the person
 * chooses 「今すぐ更新する」. Registration waits for the page to load, and its code is not part
 * of the first load.
 */

type Update = (reloadPage?: boolean) => Promise<void>;

const HOUR = 60 * 60 * 1000;
let registration: Promise<void> | undefined;
let listener: ((update: Update) => void) | undefined;
let waiting: Update | undefined;

function register(): Promise<void> {
  registration ??= import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      immediate: true,
      onNeedRefresh() {
        waiting = update;
        listener?.(update);
      },
      onRegisteredSW(_url, sw) {
        // Office PCs keep a tab open for days: look for a new version now and then.
        if (sw) setInterval(() => void sw.update().catch(() => undefined), HOUR);
      },
    });
  });
  return registration;
}

export function UpdateNotice() {
  const [update, setUpdate] = useState<Update | undefined>(waiting);
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
    listener = (next) => setUpdate(() => next);
    const start = () => void register().catch(() => undefined);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      listener = undefined;
      window.removeEventListener('load', start);
    };
  }, []);

  const visible = update !== undefined && !dismissed;
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {visible && (
        <div className="update-notice__box">
          <p>
            この案内の新しい版があります。次にこの案内を開いたときに新しい版になります。入力した内容はそのまま引き継がれます。
          </p>
          <div className="update-notice__actions">
            <button
              type="button"
              className="button"
              disabled={updating}
              onClick={() => {
                setUpdating(true);
                void update(true);
              }}
            >
              今すぐ更新する
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDismissed(true)}
            >
              閉じる
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
