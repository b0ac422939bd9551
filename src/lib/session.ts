/**
 * The signed-in session. The access token lives in memory only; the refresh token (it rotates
 * on every refresh) and who the user is are the one thing kept, in localStorage, so a reload
 * or a new tab of the same browser shares the session, and a sign-out in one tab (the key
 * removed) ends it in every tab. Who the user is comes from the access token's claims when the
 * server puts them there (the reference server does); otherwise from the name typed at sign-in.
 */
import { accessClaimsSchema, type TokenPair, type UserRole } from '../contract';

export type SessionUser = {
  username: string;
  role: UserRole | null;
  /** The account's time zone when the server says it (the reference server's token claim). */
  timeZone?: string;
};
export type Session = TokenPair & { user: SessionUser };
/** `expired`: the tokens stopped working; the user signs in again over the page they are on. */
export type SessionState = { session: Session | null; expired: boolean };

export const SESSION_STORAGE_KEY = 'crm.session';

const decodeClaims = (token: string) => {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
    const parsed = accessClaimsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
};

export const sessionFromTokens = (tokens: TokenPair, typedUsername: string): Session => {
  const claims = decodeClaims(tokens.access);
  return {
    ...tokens,
    user: {
      username: claims.username ?? typedUsername,
      role: claims.role ?? null,
      ...(claims.time_zone ? { timeZone: claims.time_zone } : {}),
    },
  };
};

type Kept = { refresh: string; user: SessionUser };

/** What a browser keeps of a session under SESSION_STORAGE_KEY: the refresh token and who. */
export const keptSessionJson = (session: Session): string =>
  JSON.stringify({ refresh: session.refresh, user: session.user } satisfies Kept);

const parseKept = (raw: string | null | undefined): Kept | null => {
  try {
    const kept = raw ? (JSON.parse(raw) as Partial<Kept>) : null;
    return kept && typeof kept.refresh === 'string' && kept.user ? (kept as Kept) : null;
  } catch {
    return null;
  }
};

const readKept = (): Kept | null => {
  try {
    return parseKept(globalThis.localStorage?.getItem(SESSION_STORAGE_KEY));
  } catch {
    return null;
  }
};

/** A kept session has no access token until the first request refreshes one. */
const fromKept = (kept: Kept | null): Session | null => (kept ? { ...kept, access: '' } : null);

let state: SessionState = { session: fromKept(readKept()), expired: false };
const listeners = new Set<() => void>();

const notify = (next: SessionState): void => {
  state = next;
  listeners.forEach((listener) => listener());
};

const setState = (next: SessionState): void => {
  try {
    if (next.session)
      globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, keptSessionJson(next.session));
    else globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // storage blocked: the session lives in this tab only
  }
  notify(next);
};

/** Another tab signed in, rotated the refresh token, or signed out. */
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== SESSION_STORAGE_KEY && event.key !== null) return;
  const kept = parseKept(event.newValue);
  if (!kept) {
    if (state.session) notify({ session: null, expired: false });
    return;
  }
  const access = state.session?.user.username === kept.user.username ? state.session.access : '';
  notify({ session: { ...kept, access }, expired: false });
});

export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn: (session: Session): void => setState({ session, expired: false }),
  /** After a refresh: the new access token and, when the server rotates, the new refresh. */
  replaceTokens(access: string, refresh?: string): void {
    if (!state.session) return;
    setState({
      ...state,
      session: { ...state.session, access, refresh: refresh ?? state.session.refresh },
    });
  },
  /** The newest refresh token, which another tab may have rotated since this one read it. */
  latestRefresh: (): string | undefined => readKept()?.refresh ?? state.session?.refresh,
  /** Tokens no longer work: keep who it was, so the page stays and asks to sign in again. */
  expire(): void {
    // No session (signed out, maybe in another tab): nothing to expire, the sign-in page shows.
    if (state.session && !state.expired) setState({ session: state.session, expired: true });
  },
  signOut: (): void => setState({ session: null, expired: false }),
};
