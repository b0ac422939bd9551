import { config } from '../../../src/lib/config';
import { sessionStore } from '../../../src/lib/session';

const signInWithZone = (timeZone: string | undefined) =>
  sessionStore.signIn({
    access: 'a',
    refresh: 'r',
    user: { username: 'raj', role: 'rep', ...(timeZone ? { timeZone } : {}) },
  });

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

afterEach(() => sessionStore.signOut());

describe("the account's time zone", () => {
  it("is the server's word when its token says it", () => {
    signInWithZone('Pacific/Kiritimati');
    expect(config.accountTimeZone).toBe('Pacific/Kiritimati');
  });

  it("falls back to the configured (here: the machine's) zone when the server is silent", () => {
    signInWithZone(undefined);
    expect(config.accountTimeZone).toBe(browserZone);
  });

  it('ignores a zone the platform does not know', () => {
    signInWithZone('Mars/Olympus_Mons');
    expect(config.accountTimeZone).toBe(browserZone);
  });
});
