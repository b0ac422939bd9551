import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A part's height as this browser last drew it, at the window's width then: a part held back
 * at a cold start (after-content.tsx) is stood in for by a box of that height. Null at another
 * width, the first time, or with unreadable or blocked storage: the part is then not held.
 */
const storageKey = (name: string) => `crm.height.${name}`;

type Remembered = { width: number; height: number };

export const rememberedHeight = (name: string): number | null => {
  try {
    const stored = JSON.parse(
      localStorage.getItem(storageKey(name)) ?? 'null',
    ) as Remembered | null;
    return stored?.width === window.innerWidth && typeof stored.height === 'number'
      ? stored.height
      : null;
  } catch {
    return null;
  }
};

const remember = (name: string, height: number) => {
  try {
    const value: Remembered = { width: window.innerWidth, height };
    localStorage.setItem(storageKey(name), JSON.stringify(value));
  } catch {
    // Private mode or a full quota: the next cold start does not hold the part.
  }
};

/** Wraps a part in a block whose height is remembered whenever it changes. */
export const RememberedHeight = ({ name, children }: { name: string; children: ReactNode }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => remember(name, element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [name]);
  return <div ref={box}>{children}</div>;
};
