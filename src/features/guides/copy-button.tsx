import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or a page without clipboard permission: the classic way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok: boolean;
    try {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only fallback there is
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/**
 * 「コピー」 next to something the person types or dials. The result is announced politely and
 * focus stays on the button.
 */
export function CopyButton({ text, what = text }: { text: string; what?: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 5000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    setState((await writeClipboard(text)) ? 'copied' : 'failed');
  };

  return (
    <span className="copy">
      <button
        type="button"
        className="copy__button"
        aria-label={`コピー（${what}）`}
        onClick={copy}
      >
        コピー
      </button>
      <span className="copy__status" aria-live="polite">
        {state === 'copied' && 'コピーしました'}
        {state === 'failed' && 'コピーできませんでした。文字を選択してコピーしてください。'}
      </span>
    </span>
  );
}
