/**
 * Where the dashboard finds its API. Nothing deployment-specific is built in: `loadPageConfig`
 * (page-config.ts) fills these in at start from the page that loaded the dashboard.
 * - `apiBaseUrl`: the API base, e.g. `https://crm.example.com/api/v1/` (default: `/api/v1/` on
 *   the page's own origin, where this project's server or its upstream proxy answers);
 * - `apiKey`: the `apikey` header; empty when a same-origin proxy adds it on the server side;
 * - the zone of the account's wall-clock appointment times, for a server that does not say it in
 *   its tokens (default: the browser's zone). Only "now" depends on it; times are never shifted.
 */
import type { PageConfig } from '../contract';
import { sessionStore } from './session';

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const withTrailingSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);

/**
 * The zone is settled when first needed, not at start: Intl's first use (checking the page's
 * zone, or reading the browser's) costs 25-45 ms of the entry's run, and the lead table never
 * needs it. `pageTimeZone` is the page's word, unchecked; `timeZone` the settled answer.
 */
const settings = {
  apiBaseUrl: '/api/v1/',
  apiKey: '',
  pageTimeZone: null as string | null,
  timeZone: null as string | null,
};

/** Takes what the page said; anything it left out keeps its default. */
export const applyPageConfig = (page: PageConfig): void => {
  if (page.apiBaseUrl) settings.apiBaseUrl = withTrailingSlash(page.apiBaseUrl);
  if (page.apiKey !== undefined) settings.apiKey = page.apiKey;
  if (page.accountTimeZone) {
    settings.pageTimeZone = page.accountTimeZone;
    settings.timeZone = null;
  }
};

export const config = {
  get apiBaseUrl(): string {
    return settings.apiBaseUrl;
  },
  get apiKey(): string {
    return settings.apiKey;
  },
  /** The server's word first (a token claim), so "now" matches the server's wherever the browser is. */
  get accountTimeZone(): string {
    const claimed = sessionStore.get().session?.user.timeZone;
    if (claimed && isTimeZone(claimed)) return claimed;
    const page = settings.pageTimeZone;
    settings.timeZone ??= page && isTimeZone(page) ? page : browserTimeZone();
    return settings.timeZone;
  },
};
