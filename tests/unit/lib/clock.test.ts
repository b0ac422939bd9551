/** The dashboard's one "now": the account's wall clock of whatever instant the clock gives. */
import { accountNow, accountToday, setClock } from '../../../src/lib/clock';
import { sessionStore } from '../../../src/lib/session';

const signInWithZone = (timeZone: string) =>
  sessionStore.signIn({
    access: 'a',
    refresh: 'r',
    user: { username: 'raj', role: 'rep', timeZone },
  });

afterEach(() => sessionStore.signOut());

describe("the dashboard's clock", () => {
  it("reads the injected instant in the account's zone", () => {
    const restore = setClock(() => new Date('2028-02-29T10:20:00Z'));
    signInWithZone('Pacific/Kiritimati');
    expect(accountNow()).toBe('2028-03-01 00:20');
    expect(accountToday()).toBe('2028-03-01');
    signInWithZone('America/St_Johns');
    expect(accountNow()).toBe('2028-02-29 06:50');
    restore();
  });

  it('puts the previous clock back', () => {
    const restoreOuter = setClock(() => new Date('2026-12-31T23:59:00Z'));
    signInWithZone('UTC');
    const restoreInner = setClock(() => new Date('2027-01-01T00:01:00Z'));
    expect(accountNow()).toBe('2027-01-01 00:01');
    restoreInner();
    expect(accountNow()).toBe('2026-12-31 23:59');
    restoreOuter();
  });
});
