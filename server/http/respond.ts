/** The success envelope: `{"status_code": 200, "errors": {}, "data": ...}`. */
import type { Context } from 'hono';

export const ok = (c: Context, data: unknown): Response =>
  c.json({ status_code: 200, errors: {}, data }, 200);
