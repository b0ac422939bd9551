import type { UserRole } from '../../contract';

export const roleLabel = (role: UserRole): string => (role === 'manager' ? 'Manager' : 'Sales rep');
