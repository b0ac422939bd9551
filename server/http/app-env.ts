/** The Hono environment of the app: the signed-in user set by the auth middleware. */
import type { UserRole } from '../../src/contract';

export type AuthUser = { id: number; username: string; role: UserRole };

export type AppEnv = { Variables: { user: AuthUser } };

export const isManager = (user: AuthUser): boolean => user.role === 'manager';
