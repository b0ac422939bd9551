/** The client's address from the socket; null when there is none (in-process requests). */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export const clientAddress = (c: Context): string | null => {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
};
