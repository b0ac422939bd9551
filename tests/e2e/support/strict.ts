/**
 * The journeys that also run against the reference server in strict mode (EPIXEL_STRICT=1, an
 * Epixel server without this project's extensions): sign-in, lead forms, details and notes,
 * paging, the lead table saying it cannot sort or search, and calendar drag booking. `.ci/run`
 * runs them a second time with E2E_STRICT=1 (`npm run test:e2e:strict`) and a third through the
 * upstream proxy in front of a strict server (E2E_UPSTREAM=1, `npm run test:e2e:upstream`);
 * journeys that need our sorting, search or [ours] endpoints are not among them.
 */
export const STRICT_TOO = { tag: '@strict' };

/**
 * True in the strict and upstream runs. Only for a journey whose right answer depends on the
 * server: the lead table sorts and searches on ours, and says it cannot on a strict one.
 */
export const STRICT_SERVER = process.env.E2E_STRICT === '1' || process.env.E2E_UPSTREAM === '1';
