import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { ChoiceKey, ChoiceValue } from '../../content/procedures';
import { detectEnvironment, type Environment, type UaBrand } from '../../domain/environment/detect';
import type { Progress } from '../../domain/progress/schema';
import { setTick } from '../../domain/tasks/records';
import type { TaskId } from '../../domain/tasks/status';
import { useProgressState, useProgressStore } from '../../lib/progress/react';
import { fragmentId } from '../../domain/text/fragment';

/** Saving ticks and answers: each change is stored at once, no submit button. */
export function useGuideActions() {
  const store = useProgressStore();
  const setTicked = useCallback(
    (task: TaskId, id: string, on: boolean) => store.update((p) => setTick(p, task, id, on)),
    [store],
  );
  const setChoice = useCallback(
    <K extends ChoiceKey>(key: K, value: ChoiceValue<K>) =>
      store.update((p) =>
        p.choices[key] === value ? p : { ...p, choices: { ...p.choices, [key]: value } },
      ),
    [store],
  );
  return { setTicked, setChoice, update: store.update };
}

export function useProgress(): Progress {
  return useProgressState().progress;
}

interface NavigatorUaData {
  readonly brands?: readonly UaBrand[];
  readonly platform?: string;
  getHighEntropyValues?: (hints: string[]) => Promise<{ platformVersion?: string }>;
}

function uaData(): NavigatorUaData | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return (navigator as Navigator & { userAgentData?: NavigatorUaData }).userAgentData;
}

function detectNow(platformVersion?: string): Environment {
  const data = uaData();
  return detectEnvironment({
    userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
    uaData:
      data === undefined
        ? undefined
        : { brands: data.brands, platform: data.platform, platformVersion },
  });
}

/**
 * The browser and OS this page is shown in. The Windows version comes later, if at all: only
 * Chromium browsers tell it, and only when asked (getHighEntropyValues).
 */
export function useEnvironment(): Environment {
  const [environment, setEnvironment] = useState(() => detectNow());
  useEffect(() => {
    const data = uaData();
    if (typeof data?.getHighEntropyValues !== 'function') return;
    let live = true;
    data.getHighEntropyValues(['platformVersion']).then(
      (values) => {
        if (live) setEnvironment(detectNow(values.platformVersion));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return environment;
}

/**
 * Links to a step (`/edge#edge.popups`) land on it: the step takes focus and scrolls into view.
 * Runs after <Page> has focused the heading, so a deep link wins.
 */
export function useFocusHashTarget() {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(fragmentId(hash));
    if (!target) return;
    target.focus({ preventScroll: true });
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
  }, [hash, key]);
}

/** Tips in <details> are opened while printing, so the paper has everything, then closed again. */
export function useOpenDetailsWhilePrinting() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.guide details:not([open])')];
      opened.forEach((d) => (d.open = true));
    };
    const after = () => {
      opened.forEach((d) => (d.open = false));
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
