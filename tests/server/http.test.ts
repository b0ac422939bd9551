/**
 * Transport: 404 and 405 envelopes, 500 without a stack, malformed bodies, the CLI (the built
 * SPA: spa.test.ts).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { noteSchema } from '../../src/contract';
import { createLead } from './support/factories';
import {
  API_KEY,
  createHarness,
  dataOf,
  errorsOf,
  makeTempDir,
  type Harness,
} from './support/harness';
import { listen } from './support/listen';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.close());

describe('errors in the envelope', () => {
  it('answers unknown API routes with a 404 envelope', async () => {
    for (const path of [
      '/api/v1/leads/unknown/',
      '/api/v2/leads/list/',
      '/api/',
      '/api/v1/leads/list',
    ]) {
      const response = await h.send(path, { headers: { apikey: API_KEY } });
      expect(response.status).toBe(404);
      expect(errorsOf(response)).toEqual({ non_field_errors: ['Not found.'] });
    }
  });

  it('answers a wrong method with a 405 envelope and Allow', async () => {
    const get = await h.send('/api/v1/leads/create/lead/', {
      method: 'GET',
      headers: { apikey: API_KEY },
    });
    expect(get.status).toBe(405);
    expect(errorsOf(get)).toEqual({ non_field_errors: ['Method "GET" not allowed.'] });
    expect(get.headers.get('allow')).toBe('POST');
    const del = await h.send('/api/v1/leads/list/', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
    const login = await h.send('/api/v1/user/login/', { method: 'PUT' });
    expect(login.status).toBe(405);
  });

  it('answers an unexpected failure with a generic 500 envelope, no stack trace', async () => {
    const broken = createHarness();
    const token = await broken.token('raj');
    broken.db.close();
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    try {
      const response = await broken.get('leadList', {}, { token });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        status_code: 500,
        errors: { non_field_errors: ['Internal server error.'] },
        data: {},
      });
      expect(JSON.stringify(response.body)).not.toMatch(/at |\.ts|database/i);
      expect(errors.length).toBe(1);
    } finally {
      spy.mockRestore();
      rmSync(broken.dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed JSON body with a 400 envelope', async () => {
    const token = await h.token('raj');
    for (const body of ['{"slug":', '[1,2]', '"text"']) {
      const response = await h.send('/api/v1/leads/create/leadnote/', {
        method: 'POST',
        headers: {
          apikey: API_KEY,
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body,
      });
      expect(response.status).toBe(400);
      expect(errorsOf(response)).toEqual({ non_field_errors: ['Malformed request body.'] });
    }
  });

  it('reads a body of another type as empty', async () => {
    const token = await h.token('raj');
    const response = await h.send('/api/v1/leads/create/leadnote/', {
      method: 'POST',
      headers: { apikey: API_KEY, Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body: 'slug=x&note=y',
    });
    expect(errorsOf(response)).toEqual({
      slug: ['This field is required.'],
      note: ['This field is required.'],
    });
  });
});

describe('notes in every body encoding', () => {
  it.each(['multipart', 'urlencoded', 'json'] as const)(
    'creates and deletes a note (%s)',
    async (encoding) => {
      const token = await h.token('raj');
      const lead = await createLead(h, 'raj');
      const text = `${'n'.repeat(490)} ${encoding}`.slice(0, 499);
      const note = dataOf(
        await h.post('noteCreate', { slug: lead.slug, note: ` ${text} ` }, { token, encoding }),
        noteSchema.strict(),
      );
      expect(note).toEqual({
        id: expect.any(Number),
        note: text,
        created_by: 'raj',
        created_at: '2030-01-09 10:00:00',
      });
      const removed = await h.post('noteDelete', { note_id: note.id }, { token, encoding });
      expect(dataOf(removed, noteSchema.partial().strict())).toEqual({});
      const again = await h.post('noteDelete', { note_id: note.id }, { token, encoding });
      expect(errorsOf(again)).toEqual({ note_id: ['Requested note not found.'] });
    },
  );
});

describe('over a real socket', () => {
  it('serves the API on 127.0.0.1', async () => {
    const listener = await listen(h.app);
    try {
      const response = await fetch(`${listener.origin}/api/v1/user/login/`, {
        method: 'POST',
        headers: { apikey: API_KEY },
        body: new URLSearchParams({ username: 'raj', password: 'demo1234' }),
      });
      expect(response.status).toBe(200);
      expect(Object.keys((await response.json()) as object).sort()).toEqual(['access', 'refresh']);
    } finally {
      await listener.close();
    }
  });

  it('main.ts prints the URL, key and logins, and stops on SIGTERM', async () => {
    const dir = makeTempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DB_PATH: join(dir, 'crm.sqlite'), PORT: '0', API_KEY: 'cli-key' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const lines: string[] = [];
      const reader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      await new Promise<void>((resolve) => {
        reader.on('line', (line) => {
          lines.push(line);
          if (line.startsWith('Demo logins')) resolve();
        });
      });
      const output = lines.join('\n');
      expect(output).toMatch(/http:\/\/127\.0\.0\.1:\d+\/api\/v1\//);
      expect(output).toContain('cli-key');
      expect(output).toMatch(/maya \(manager\).*raj \(rep\).*olga \(inactive\).*demo1234/);
      const port = /127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/leads/list/`, {
        headers: { apikey: 'cli-key' },
      });
      expect(response.status).toBe(401);
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
