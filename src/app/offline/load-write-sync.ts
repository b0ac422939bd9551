/**
 * The write queue's replay and its handlers (write-sync.ts) load after the first paint: only a
 * replay or the pending list needs them. Loaded once, for whichever asks first; a load that
 * failed (offline before they were ever fetched) is tried again at the next ask.
 */
import { loadCode } from '../../lib/load-code';

let loading: Promise<typeof import('./write-sync')> | null = null;

export const loadWriteSync = (): Promise<typeof import('./write-sync')> => {
  loading ??= loadCode(() => import('./write-sync')).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
};
