/**
 * The signed-in session: the token pair, kept in sessionStorage so a reload stays signed in
 * and closing the tab signs out. Who the user is comes from the access token's claims when the
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

const STORAGE_KEY = 'crm.session';

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

const load = (): Session | null => {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
};

let state: SessionState = { session: load(), expired: false };
const listeners = new Set<() => void>();

const setState = (next: SessionState): void => {
  state = next;
  if (next.session) globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next.session));
  else globalThis.sessionStorage?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
};

export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn: (session: Session): void => setState({ session, expired: false }),
  replaceAccess(access: string): void {
    if (state.session) setState({ ...state, session: { ...state.session, access } });
  },
  /** Tokens no longer work: keep who it was, so the page stays and asks to sign in again. */
  expire(): void {
    if (!state.expired) setState({ session: state.session, expired: true });
  },
  signOut: (): void => setState({ session: null, expired: false }),
};
