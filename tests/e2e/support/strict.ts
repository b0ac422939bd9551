/**
 * The journeys that also run against the reference server in strict mode (EPIXEL_STRICT=1, an
 * Epixel server without this project's extensions): sign-in, lead forms, details and notes,
 * paging, and calendar drag booking. `.ci/run` runs them a second time with E2E_STRICT=1
 * (`npm run test:e2e:strict`) and a third through the upstream proxy in front of a strict server
 * (E2E_UPSTREAM=1, `npm run test:e2e:upstream`); sorting, search and the [ours] endpoints are
 * not among them.
 */
export const STRICT_TOO = { tag: '@strict' };
