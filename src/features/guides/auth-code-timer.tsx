import { useEffect, useRef, useState } from 'react';
import { countdown } from '../../domain/procedure/countdown';

/** Kept for this tab only: a countdown is worth nothing tomorrow. */
const STORAGE_KEY = 'rokin-cert-wizard:auth-code-timer';

function readStart(): number | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const value = raw === null ? NaN : Number(raw);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function writeStart(value: number | null) {
  try {
    if (value === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, String(value));
  } catch {
    // Storage blocked: the timer still runs for as long as the page stays open.
  }
}

function announcement(milestone: number, minutes: number, label: string): string {
  if (milestone === minutes) return `タイマーを開始しました。${label}まで残り${minutes}分です。`;
  if (milestone === 0) return `${minutes}分が経過しました。${label}が過ぎている可能性があります。`;
  return `${label}まで残り${milestone}分です。`;
}

/**
 * A countdown for the authentication code (半角数字 6 桁/有効期限 30 分). It only measures time:
 * the code itself is typed into the service's screen, never into this app. Screen readers hear
 * the time left every 5 minutes and at the last minute, not every second.
 */
export function AuthCodeTimer({ minutes, label }: { minutes: number; label: string }) {
  const [startedAt, setStartedAt] = useState<number | null>(readStart);
  const [now, setNow] = useState(() => Date.now());
  const startRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'start' | null>(null);

  const running = startedAt !== null;
  const state = running ? countdown(startedAt, now, minutes) : undefined;
  const expired = state?.expired ?? false;

  useEffect(() => {
    if (!running || expired) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running, expired]);

  useEffect(() => {
    // After 「止める」 the button is gone: give focus back to the start button, never elsewhere.
    if (focusAfter.current === 'start' && !running) startRef.current?.focus();
    focusAfter.current = null;
  }, [running]);

  const start = () => {
    const at = Date.now();
    writeStart(at);
    setStartedAt(at);
    setNow(at);
  };
  const stop = () => {
    writeStart(null);
    focusAfter.current = 'start';
    setStartedAt(null);
  };

  return (
    <section className="timer" aria-labelledby="auth-code-timer-heading">
      <h3 className="timer__heading" id="auth-code-timer-heading">
        {label}のタイマー
      </h3>
      <p className="timer__hint">
        認証コードのメールが届いたら、タイマーを開始してください。有効期限の{minutes}
        分をおおよその目安として計ります。認証コードは、サービスの画面にだけ入力してください（この案内に入力する欄はありません）。
      </p>
      {state && (
        <p className={`timer__display${expired ? ' timer__display--expired' : ''}`}>
          {expired ? (
            <>{minutes}分が経過しました。認証コードの有効期限が過ぎている可能性があります。</>
          ) : (
            <>
              残り <span className="timer__clock">{state.display}</span>
            </>
          )}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {state ? announcement(state.milestone, minutes, label) : ''}
      </p>
      <div className="timer__buttons">
        <button
          ref={startRef}
          type="button"
          className={running ? 'button button--secondary' : 'button'}
          onClick={start}
        >
          {running ? 'タイマーを最初からやり直す' : '認証コードが届いたらタイマーを開始'}
        </button>
        {running && (
          <button type="button" className="button button--secondary" onClick={stop}>
            タイマーを止める
          </button>
        )}
      </div>
    </section>
  );
}
