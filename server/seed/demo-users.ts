/** The demo accounts. Everyone's password is `demo1234`; `olga` is inactive. */
import type { UserRole } from '../../src/contract';

export const DEMO_PASSWORD = 'demo1234';

export type DemoUser = {
  username: string;
  first_name: string;
  last_name: string;
  role: UserRole;
  is_active: boolean;
};

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'maya', first_name: 'Maya', last_name: 'Patel', role: 'manager', is_active: true },
  { username: 'raj', first_name: 'Raj', last_name: 'Kumar', role: 'rep', is_active: true },
  { username: 'sara', first_name: 'Sara', last_name: 'Lindqvist', role: 'rep', is_active: true },
  { username: 'olga', first_name: 'Olga', last_name: 'Ivanova', role: 'rep', is_active: false },
];
