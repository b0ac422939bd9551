/** Login throttling over HTTP: per username, per client address, 429 with Retry-After. */
import { ADDRESS_MAX_FAILURES, LOCK_SECONDS, MAX_FAILURES } from '../../server/auth/login-throttle';
import { API_KEY, createHarness, type Harness } from './support/harness';
import { listen, type Listener } from './support/listen';

let h: Harness;
let server: Listener;
beforeEach(async () => {
  h = createHarness();
  server = await listen(h.app);
});
afterEach(async () => {
  await server.close();
  h.close();
});

const login = async (username: string, password: string) => {
  const response = await fetch(`${server.origin}/api/v1/user/login/`, {
    method: 'POST',
    headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
};

const failTimes = async (username: string, times: number) => {
  for (let i = 0; i < times; i += 1) {
    expect((await login(username, 'wrong-password')).status, `attempt ${i + 1}`).toBe(401);
  }
};

describe('login throttling', () => {
  it(`locks a username after ${MAX_FAILURES} failures, with Retry-After and a message`, async () => {
    await failTimes('raj', MAX_FAILURES);
    const locked = await login('raj', 'demo1234');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(LOCK_SECONDS));
    expect(locked.body).toEqual({
      status_code: 429,
      errors: { non_field_errors: ['Too many failed sign-ins. Try again in 15 minutes.'] },
      data: {},
    });
    h.clock.advanceSeconds(LOCK_SECONDS - 30);
    const later = await login('raj', 'demo1234');
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('30');
    expect(later.body.errors.non_field_errors).toEqual([
      'Too many failed sign-ins. Try again in 30 seconds.',
    ]);
    h.clock.advanceSeconds(30);
    expect((await login('raj', 'demo1234')).status).toBe(200);
  });

  it("never locks another user out with one user's lockout", async () => {
    await failTimes('raj', MAX_FAILURES);
    expect((await login('raj', 'demo1234')).status).toBe(429);
    expect((await login('sara', 'demo1234')).status).toBe(200);
  });

  it('a success resets the count', async () => {
    await failTimes('raj', MAX_FAILURES - 1);
    expect((await login('raj', 'demo1234')).status).toBe(200);
    await failTimes('raj', MAX_FAILURES - 1);
    expect((await login('raj', 'demo1234')).status).toBe(200);
  });

  it(`locks a client address after ${ADDRESS_MAX_FAILURES} failures over many usernames`, async () => {
    const perName = MAX_FAILURES - 1;
    for (let n = 0; n < ADDRESS_MAX_FAILURES / perName; n += 1)
      await failTimes(`guess${n}`, perName);
    const locked = await login('maya', 'demo1234');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same user in process (no client address) is not locked: the lock is the address's.
    expect((await h.post('login', { username: 'maya', password: 'demo1234' })).status).toBe(200);
  });
});
