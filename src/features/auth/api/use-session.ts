import { useSyncExternalStore } from 'react';
import { sessionStore, type SessionState } from '../../../lib/session';

/** The current session, re-rendering on sign-in, refresh, expiry and sign-out. */
export const useSession = (): SessionState =>
  useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
