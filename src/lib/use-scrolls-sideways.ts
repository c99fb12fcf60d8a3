import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element scrolls sideways now (a picture on a phone). A region that scrolls must be
 * reachable by keyboard (WCAG 2.1.1), so it then takes focus; on a wide screen, where it does
 * not scroll, it is no tab stop.
 */
export function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const resized = new ResizeObserver(check);
    const watch = () => {
      resized.disconnect();
      resized.observe(element);
      // Its content may arrive later (a lazily loaded drawing) and be what overflows.
      for (const child of element.children) resized.observe(child);
      check();
    };
    const changed = new MutationObserver(watch);
    changed.observe(element, { childList: true });
    watch();
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [ref]);
  return scrolls;
}
