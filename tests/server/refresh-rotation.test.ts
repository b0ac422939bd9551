/** Refresh tokens rotate in families; reuse revokes the family; logout and deactivation end sessions. */
import { API_KEY, type Harness } from './support/harness';
import type { Listener } from './support/listen';
import { serveHarnessPerFile } from './support/served-harness';

let h: Harness;
let server: Listener;
serveHarnessPerFile((served) => {
  ({ h, server } = served);
});

const post = async (path: string, fields: Record<string, string>) => {
  const response = await fetch(`${server.origin}/api/v1/${path}`, {
    method: 'POST',
    headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify(fields),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};
const signIn = async (username: string) =>
  (await post('user/login/', { username, password: 'demo1234' })).body as {
    access: string;
    refresh: string;
  };
const refresh = (token: string) => post('user/token/refresh/', { refresh: token });
const leadList = async (access: string) =>
  (
    await fetch(`${server.origin}/api/v1/leads/list/`, {
      headers: { apikey: API_KEY, Authorization: `Bearer ${access}` },
    })
  ).status;

describe('refresh token rotation', () => {
  it('answers a new refresh token beside the access token, and refuses the used one', async () => {
    const first = await signIn('raj');
    const rotated = await refresh(first.refresh);
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh).toEqual(expect.any(String));
    expect(rotated.body.refresh).not.toBe(first.refresh);
    expect(await leadList(rotated.body.access as string)).toBe(200);
    const next = await refresh(rotated.body.refresh as string);
    expect(next.status).toBe(200);
    expect((await refresh(first.refresh)).status).toBe(401);
  });

  it('revokes the whole family when a used token comes back (theft detection)', async () => {
    const first = await signIn('raj');
    const thief = await refresh(first.refresh);
    expect(thief.status).toBe(200);
    // The victim still holds the first token and presents it: the family dies...
    expect((await refresh(first.refresh)).status).toBe(401);
    // ...so the thief's newer token is refused too.
    expect((await refresh(thief.body.refresh as string)).status).toBe(401);
  });

  it("keeps another sign-in's family alive", async () => {
    const laptop = await signIn('sara');
    const phone = await signIn('sara');
    await refresh(laptop.refresh);
    await refresh(laptop.refresh);
    expect((await refresh(phone.refresh)).status).toBe(200);
  });

  it('POST user/logout/ revokes the refresh token [ours]', async () => {
    const session = await signIn('maya');
    const logout = await post('user/logout/', { refresh: session.refresh });
    expect(logout).toEqual({ status: 200, body: { status_code: 200, errors: {}, data: {} } });
    expect((await refresh(session.refresh)).status).toBe(401);
  });

  it('deactivating a user cuts every session at once', async () => {
    h.addUser('tess', 'rep');
    const session = await signIn('tess');
    h.repos.users.setActive('tess', false);
    expect(await leadList(session.access)).toBe(401);
    expect((await refresh(session.refresh)).status).toBe(401);
  });
});
