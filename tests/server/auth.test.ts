import {
  authErrorBodySchema,
  envelopeSchema,
  refreshResponseSchema,
  tokenPairSchema,
  userListSchema,
} from '../../src/contract';
import { sign } from 'hono/jwt';
import {
  JWT_SECRET,
  TEST_NOW,
  createHarness,
  dataOf,
  errorsOf,
  type ApiResponse,
  type Harness,
} from './support/harness';

const decodeClaims = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

const expectAuthFailure = (response: ApiResponse, code: string, detail?: string) => {
  expect(response.status).toBe(401);
  const body = authErrorBodySchema.strict().parse(response.body);
  expect(body.code).toBe(code);
  if (detail) expect(body.detail).toBe(detail);
  expect(response.body).not.toHaveProperty('errors');
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
};

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.close());
afterEach(() => h.clock.set(TEST_NOW));

describe('POST user/login/', () => {
  it('answers tokens with no envelope, with the documented claims', async () => {
    const response = await h.post('login', { username: 'raj', password: 'demo1234' });
    expect(response.status).toBe(200);
    const pair = tokenPairSchema.strict().parse(response.body);
    const access = decodeClaims(pair.access);
    const refresh = decodeClaims(pair.refresh);
    const nowSeconds = Math.floor(h.clock.now().getTime() / 1000);
    expect(access).toMatchObject({ username: 'raj', role: 'rep', token_type: 'access' });
    expect(typeof access.user_id).toBe('number');
    expect(access.exp).toBe(nowSeconds + 900);
    expect(refresh).toMatchObject({ username: 'raj', token_type: 'refresh' });
    expect(refresh.exp).toBe(nowSeconds + 604_800);
    expect(
      JSON.parse(Buffer.from(pair.access.split('.')[0] ?? '', 'base64url').toString()),
    ).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it.each(['multipart', 'urlencoded', 'json'] as const)('accepts a %s body', async (encoding) => {
    const response = await h.post(
      'login',
      { username: 'sara', password: 'demo1234' },
      { encoding },
    );
    expect(response.status).toBe(200);
    tokenPairSchema.parse(response.body);
  });

  it("tells the account's time zone in the access token, for the client's notion of now", async () => {
    const zoned = createHarness({ timeZone: 'Asia/Kolkata' });
    try {
      const pair = await zoned.login('raj');
      expect(decodeClaims(pair.access).time_zone).toBe('Asia/Kolkata');
    } finally {
      zoned.close();
    }
  });

  it('answers a manager token with the manager role', async () => {
    const pair = await h.login('maya');
    expect(decodeClaims(pair.access).role).toBe('manager');
  });

  it.each([
    ['a wrong password', { username: 'raj', password: 'wrong-password' }],
    ['an unknown user', { username: 'nobody', password: 'demo1234' }],
    ['a wrong password on an inactive account', { username: 'olga', password: 'nope' }],
  ])('refuses %s with authentication_failed', async (_name, fields) => {
    expectAuthFailure(
      await h.post('login', fields),
      'authentication_failed',
      'Authentication failed',
    );
  });

  it('tells an inactive account with the right password', async () => {
    expectAuthFailure(
      await h.post('login', { username: 'olga', password: 'demo1234' }),
      'inactive_account',
      'Inactive Account',
    );
  });

  it('answers missing fields with the 400 envelope', async () => {
    const response = await h.post('login', {});
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual({
      username: ['This field is required.'],
      password: ['This field is required.'],
    });
    const blank = await h.post('login', { username: ' ', password: '' });
    expect(errorsOf(blank)).toEqual({
      username: ['This field may not be blank.'],
      password: ['This field may not be blank.'],
    });
  });

  it('needs the apikey', async () => {
    const fields = { username: 'raj', password: 'demo1234' };
    expectAuthFailure(await h.post('login', fields, { apikey: null }), 'invalid_apikey');
    expectAuthFailure(await h.post('login', fields, { apikey: 'wrong' }), 'invalid_apikey');
  });
});

describe('POST user/token/refresh/', () => {
  it('gives a new access token that works', async () => {
    const pair = await h.login('raj');
    h.clock.advanceSeconds(60);
    const response = await h.post('refresh', { refresh: pair.refresh });
    expect(response.status).toBe(200);
    const { access } = refreshResponseSchema.strict().parse(response.body);
    expect(decodeClaims(access)).toMatchObject({ token_type: 'access', username: 'raj' });
    expect(access).not.toBe(pair.access);
    const users = await h.get('users', {}, { token: access });
    expect(users.status).toBe(200);
  });

  it('refuses an access token, garbage, and an expired refresh token', async () => {
    const pair = await h.login('sara');
    expectAuthFailure(await h.post('refresh', { refresh: pair.access }), 'token_not_valid');
    expectAuthFailure(await h.post('refresh', { refresh: 'not.a.token' }), 'token_not_valid');
    const fresh = tokenPairSchema.parse(
      (await h.post('login', { username: 'sara', password: 'demo1234' })).body,
    );
    h.clock.advanceSeconds(604_800);
    expectAuthFailure(await h.post('refresh', { refresh: fresh.refresh }), 'token_not_valid');
  });

  it('answers a missing refresh field with the 400 envelope', async () => {
    const response = await h.post('refresh', {});
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual({ refresh: ['This field is required.'] });
  });
});

describe('guarded endpoints', () => {
  let fresh: Harness;
  beforeEach(() => {
    fresh = createHarness();
  });
  afterEach(() => fresh.close());

  it('refuses a missing or wrong apikey before looking at the token', async () => {
    const token = await fresh.token('raj');
    expectAuthFailure(
      await fresh.get('leadList', {}, { token, apikey: null }),
      'invalid_apikey',
      'API key was not provided.',
    );
    expectAuthFailure(
      await fresh.get('leadList', {}, { token, apikey: 'epixel-dev-key' }),
      'invalid_apikey',
      'Invalid API key.',
    );
  });

  it('refuses a request without a Bearer token', async () => {
    expectAuthFailure(
      await fresh.get('leadList'),
      'not_authenticated',
      'Authentication credentials were not provided.',
    );
    expectAuthFailure(
      await fresh.get('leadList', {}, { headers: { Authorization: 'Token abc' } }),
      'not_authenticated',
    );
    expectAuthFailure(
      await fresh.get('leadList', {}, { headers: { Authorization: 'Bearer' } }),
      'not_authenticated',
    );
  });

  it('refuses malformed, forged, expired and refresh tokens as token_not_valid', async () => {
    const pair = await fresh.login('raj');
    const claims = decodeClaims(pair.access);
    const cases: string[] = [
      'garbage',
      `${pair.access}x`,
      pair.refresh,
      await sign({ ...claims, exp: Number(claims.exp) }, 'another-secret'),
      await sign({ ...claims, role: 'manager', exp: Number(claims.exp) }, 'wrong'),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${pair.access.split('.')[1]}.`,
    ];
    for (const token of cases) {
      expectAuthFailure(await fresh.get('leadList', {}, { token }), 'token_not_valid');
    }
    expectAuthFailure(
      await fresh.get(
        'leadList',
        {},
        { headers: { Authorization: `Bearer ${pair.access} extra` } },
      ),
      'token_not_valid',
    );
    expect((await fresh.get('leadList', {}, { token: pair.access })).status).toBe(200);
    fresh.clock.advanceSeconds(899);
    expect((await fresh.get('leadList', {}, { token: pair.access })).status).toBe(200);
    fresh.clock.advanceSeconds(1);
    expectAuthFailure(await fresh.get('leadList', {}, { token: pair.access }), 'token_not_valid');
  });

  it('refuses another secret, a tampered payload, alg none and another algorithm', async () => {
    const pair = await fresh.login('raj');
    const [header = '', payload = '', signature = ''] = pair.access.split('.');
    const claims = decodeClaims(pair.access);
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const manager = part({ ...claims, role: 'manager', username: 'maya' });
    const none = part({ alg: 'none', typ: 'JWT' });
    const forged: Record<string, string> = {
      'another secret': await sign(claims, 'another-secret', 'HS256'),
      'a tampered payload': `${header}.${manager}.${signature}`,
      'a longer expiry': `${header}.${part({ ...claims, exp: Number(claims.exp) + 3600 })}.${signature}`,
      'alg none, unsigned': `${none}.${payload}.`,
      'alg none, signed': `${none}.${payload}.${signature}`,
      'HS512 with the right secret': await sign(claims, JWT_SECRET, 'HS512'),
    };
    for (const [what, token] of Object.entries(forged)) {
      const response = await fresh.get('leadList', {}, { token });
      expect(response.status, what).toBe(401);
      expectAuthFailure(response, 'token_not_valid');
    }
    // The same claims signed as the server signs them pass: only the forgery is refused.
    const genuine = await sign(claims, JWT_SECRET, 'HS256');
    expect((await fresh.get('leadList', {}, { token: genuine })).status).toBe(200);
  });

  it("checks expiry against the server's clock, not the machine's", async () => {
    fresh.clock.set('2020-01-09T10:00:00Z');
    const pair = await fresh.login('raj');
    expect(decodeClaims(pair.access).exp).toBeLessThan(Date.now() / 1000);
    expect((await fresh.get('leadList', {}, { token: pair.access })).status).toBe(200);
    const refreshed = await fresh.post('refresh', { refresh: pair.refresh });
    expect(refreshed.status).toBe(200);
    fresh.clock.advanceSeconds(900);
    expectAuthFailure(await fresh.get('leadList', {}, { token: pair.access }), 'token_not_valid');
  });

  it('refuses the tokens of an account deactivated after sign-in', async () => {
    const pair = await fresh.login('sara');
    fresh.repos.users.setActive('sara', false);
    expectAuthFailure(await fresh.get('leadList', {}, { token: pair.access }), 'token_not_valid');
    expectAuthFailure(await fresh.post('refresh', { refresh: pair.refresh }), 'token_not_valid');
  });

  it('guards every endpoint but login and refresh', async () => {
    const guarded = [
      ['GET', 'overview'],
      ['GET', 'leadList'],
      ['GET', 'appointmentList'],
      ['GET', 'leadDetails'],
      ['GET', 'users'],
      ['POST', 'appointmentCreate'],
      ['POST', 'appointmentUpdate'],
      ['POST', 'appointmentDelete'],
      ['POST', 'leadCreate'],
      ['POST', 'leadUpdate'],
      ['POST', 'leadDelete'],
      ['POST', 'noteCreate'],
      ['POST', 'noteDelete'],
    ] as const;
    for (const [method, name] of guarded) {
      const response =
        method === 'GET' ? await fresh.get(name) : await fresh.post(name, { slug: 'x' });
      expectAuthFailure(response, 'not_authenticated');
    }
  });
});

describe('GET user/list/', () => {
  it('lists the active users for the assignee picker', async () => {
    const users = dataOf(await h.get('users', {}, { token: await h.token('raj') }), userListSchema);
    expect(users.map((user) => user.username).sort()).toEqual(['maya', 'raj', 'sara']);
    expect(users.find((user) => user.username === 'maya')).toEqual({
      username: 'maya',
      first_name: 'Maya',
      last_name: 'Patel',
      role: 'manager',
    });
    const raw = envelopeSchema(userListSchema).parse(
      (await h.get('users', {}, { token: await h.token('raj') })).body,
    );
    expect(raw.status_code).toBe(200);
  });
});
