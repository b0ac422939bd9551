/**
 * Where the dashboard finds its API. Vite inlines these at build time:
 * - VITE_API_BASE_URL: the API base, e.g. `https://crm.example.com/api/v1/` (default: the
 *   reference server's `/api/v1/` on the same origin);
 * - VITE_API_KEY: the `apikey` header (default: the reference server's development key);
 * - VITE_ACCOUNT_TIME_ZONE: the zone of the account's wall-clock appointment times, for a
 *   server that does not say it in its tokens (default: the browser's zone). Only "now"
 *   depends on it; times are never shifted.
 */
import { sessionStore } from './session';

const env = import.meta.env;

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const configuredTimeZone =
  env.VITE_ACCOUNT_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

export const config = {
  apiBaseUrl: withTrailingSlash(env.VITE_API_BASE_URL || '/api/v1/'),
  apiKey: env.VITE_API_KEY || 'epixel-dev-key',
  /** The server's word first (a token claim), so "now" matches the server's wherever the browser is. */
  get accountTimeZone(): string {
    const claimed = sessionStore.get().session?.user.timeZone;
    return claimed && isTimeZone(claimed) ? claimed : configuredTimeZone;
  },
};
