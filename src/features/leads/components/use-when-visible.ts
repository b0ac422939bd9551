import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * Calls `onVisible` when the returned ref's element comes within 200 px of the screen (an
 * IntersectionObserver on a sentinel). While `enabled` is false nothing is observed; when it turns
 * true again a new observer reports at once, so a sentinel still on screen after a page loaded
 * asks for the next one. Without IntersectionObserver nothing happens (a button stays the way).
 */
export const useWhenVisible = <T extends Element>(onVisible: () => void, enabled: boolean) => {
  const ref = useRef<T>(null);
  const fire = useEffectEvent(onVisible);
  useEffect(() => {
    const node = ref.current;
    if (!enabled || !node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) fire();
      },
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
};
