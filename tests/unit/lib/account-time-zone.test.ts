import { applyPageConfig, config } from '../../../src/lib/config';
import { sessionStore } from '../../../src/lib/session';

const signInWithZone = (timeZone: string | undefined) =>
  sessionStore.signIn({
    access: 'a',
    refresh: 'r',
    user: { username: 'raj', role: 'rep', ...(timeZone ? { timeZone } : {}) },
  });

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

afterEach(() => {
  sessionStore.signOut();
  applyPageConfig({ accountTimeZone: browserZone });
});

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

  it("is the page's configured zone when the server is silent", () => {
    applyPageConfig({ accountTimeZone: 'Asia/Kolkata' });
    signInWithZone(undefined);
    expect(config.accountTimeZone).toBe('Asia/Kolkata');
  });

  it("is the browser's when the page configures a zone the platform does not know", () => {
    applyPageConfig({ accountTimeZone: 'Mars/Olympus_Mons' });
    signInWithZone(undefined);
    expect(config.accountTimeZone).toBe(browserZone);
  });

  it('follows a later page config, once settled', () => {
    applyPageConfig({ accountTimeZone: 'Asia/Kolkata' });
    expect(config.accountTimeZone).toBe('Asia/Kolkata');
    applyPageConfig({ accountTimeZone: 'America/Denver' });
    expect(config.accountTimeZone).toBe('America/Denver');
  });
});
