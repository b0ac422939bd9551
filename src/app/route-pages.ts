/**
 * Each page's address (react-router's pattern) and its module in `./pages`. The router takes
 * its paths from here, and the build reads the modules: the page matching the address starts
 * downloading with the entry, not after it (`routePreload` in vite.config.ts, and
 * public/route-preload.js). `tests/unit/app/route-pages.test.ts` checks that the router lazy-loads
 * the module named here for each path. Listed most specific first: the first match wins.
 */
export const ROUTE_PAGES = {
  login: { path: '/login', page: 'login-page' },
  overview: { path: '/overview', page: 'overview-page' },
  leads: { path: '/leads', page: 'leads-page' },
  leadCreate: { path: '/leads/new', page: 'lead-create-page' },
  leadDetails: { path: '/leads/:slug', page: 'lead-details-page' },
  leadEdit: { path: '/leads/:slug/edit', page: 'lead-edit-page' },
  calendar: { path: '/calendar', page: 'calendar-page' },
  board: { path: '/board', page: 'board-page' },
  team: { path: '/team', page: 'team-page' },
  appointments: { path: '/appointments', page: 'appointments-page' },
} as const satisfies Record<string, { path: `/${string}`; page: `${string}-page` }>;

export type RoutePage = (typeof ROUTE_PAGES)[keyof typeof ROUTE_PAGES];

/** The pattern as a child of the app shell's `/` route. */
export const childPath = (route: RoutePage): string => route.path.slice(1);

/** An anchored expression for the pattern: `:name` matches one path segment. */
export const pathExpression = (path: string): string => `^${path.replace(/:[^/]+/g, '[^/]+')}/?$`;
