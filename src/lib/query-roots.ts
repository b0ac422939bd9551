/**
 * The first element of every query key, per resource. Features build their own keys under
 * these roots (`[root, kind, params]`) and invalidate one another's data through the roots
 * alone, so no feature imports another.
 */
export const QUERY_ROOTS = {
  leads: 'leads',
  appointments: 'appointments',
  overview: 'overview',
  users: 'users',
  /** What the server supports, learnt once per session (never invalidated by a write). */
  capabilities: 'capabilities',
} as const;
