/**
 * Items deleted in this tab whose delete is not sent yet (it waits for the Undo snackbar to
 * close). Lists leave them out while they are here, whatever the cache or a refetch says; Undo
 * brings them back by taking them out of this set.
 */
import { useSyncExternalStore } from 'react';

export type HiddenKind = 'lead' | 'note' | 'appointment';
type Id = string | number;

const hidden: Record<HiddenKind, ReadonlySet<Id>> = {
  lead: new Set(),
  note: new Set(),
  appointment: new Set(),
};
const listeners = new Set<() => void>();

const change = (kind: HiddenKind, edit: (next: Set<Id>) => void) => {
  const next = new Set(hidden[kind]);
  edit(next);
  hidden[kind] = next;
  listeners.forEach((listener) => listener());
};

export const hideItem = (kind: HiddenKind, id: Id) => change(kind, (next) => next.add(id));

export const showItem = (kind: HiddenKind, id: Id) => change(kind, (next) => next.delete(id));

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The ids of `kind` hidden now; re-renders when the set changes. */
export const useHiddenItems = (kind: HiddenKind): ReadonlySet<Id> =>
  useSyncExternalStore(subscribe, () => hidden[kind]);

/** `items` without the hidden ones of `kind` (the same array when none is hidden). */
export const withoutHidden = <T>(items: T[], hiddenIds: ReadonlySet<Id>, idOf: (item: T) => Id) =>
  hiddenIds.size === 0 ? items : items.filter((item) => !hiddenIds.has(idOf(item)));
