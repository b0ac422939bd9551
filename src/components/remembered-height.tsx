import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A part's height as this browser last drew it, at the window's width then: a part held back
 * at a cold start (after-content.tsx) is stood in for by a box of that height. Null at another
 * width, the first time, or with unreadable or blocked storage: the part is then not held.
 * Stored as "<width> <height>" in pixels.
 */
const storageKey = (name: string) => `crm.height.${name}`;

export const rememberedHeight = (name: string): number | null => {
  try {
    const [width, height] = (localStorage.getItem(storageKey(name)) ?? '').split(' ').map(Number);
    return width === window.innerWidth && height !== undefined && height >= 0 ? height : null;
  } catch {
    return null;
  }
};

/** Wraps a part in a block whose height is remembered whenever it changes. */
export const RememberedHeight = ({ name, children }: { name: string; children: ReactNode }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      try {
        localStorage.setItem(storageKey(name), `${window.innerWidth} ${element.offsetHeight}`);
      } catch {
        // Private mode or a full quota: the next cold start does not hold the part.
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [name]);
  return <div ref={box}>{children}</div>;
};
