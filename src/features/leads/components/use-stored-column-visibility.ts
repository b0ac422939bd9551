import { useCallback, useState } from 'react';

/** Which columns are hidden: field → false. A field not named shows. */
export type ColumnVisibility = Readonly<Record<string, boolean>>;

/**
 * Which columns the user hid, remembered in this browser (not in the URL: it is a personal
 * layout, not part of the view a link shares). Stored as the list of hidden fields; unreadable
 * or blocked storage simply means every column shows.
 */
const read = (key: string): ColumnVisibility => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(stored)) return {};
    return Object.fromEntries(
      stored.filter((field): field is string => typeof field === 'string').map((f) => [f, false]),
    );
  } catch {
    return {};
  }
};

export const useStoredColumnVisibility = (key: string) => {
  const [model, setModel] = useState<ColumnVisibility>(() => read(key));
  const change = useCallback(
    (next: ColumnVisibility) => {
      setModel(next);
      const hidden = Object.keys(next).filter((field) => next[field] === false);
      try {
        localStorage.setItem(key, JSON.stringify(hidden));
      } catch {
        // Private mode or a full quota: the choice lasts for this visit only.
      }
    },
    [key],
  );
  return [model, change] as const;
};
