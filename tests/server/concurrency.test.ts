/**
 * Fifty parallel requests for one slot of one rep over real HTTP: exactly one books it. First
 * through one listener, then spread over three server processes sharing the SQLite file, where
 * only the IMMEDIATE transaction stands between them and a double booking.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MESSAGES, REFERENCE_BASE_PATH, ENDPOINTS } from '../../src/contract';
import { createLead } from './support/factories';
import { API_KEY, JWT_SECRET, TEST_NOW, createHarness, type Harness } from './support/harness';
import { listen, type Listener } from './support/listen';

const PARALLEL = 50;
let h: Harness;
let listener: Listener;
const children: ChildProcess[] = [];

beforeAll(async () => {
  h = createHarness();
  listener = await listen(h.app);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await listener.close();
  h.close();
});

const book = async (origin: string, token: string, slug: string, start: string, end: string) => {
  const form = new FormData();
  form.append('slug', slug);
  form.append('appointment_date', start);
  form.append('appointment_to', end);
  const response = await fetch(`${origin}${REFERENCE_BASE_PATH}${ENDPOINTS.appointmentCreate}`, {
    method: 'POST',
    headers: { apikey: API_KEY, Authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

const expectExactlyOne = (results: { status: number; body: unknown }[]) => {
  const statuses = results.map((result) => result.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 401)).toHaveLength(PARALLEL - 1);
  for (const result of results.filter((item) => item.status === 401)) {
    expect(result.body).toEqual({
      status_code: 401,
      errors: { non_field_errors: [MESSAGES.appointmentClash] },
      data: {},
    });
  }
};

const startChild = (): Promise<string> =>
  new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL('./support/serve-child.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: {
        ...process.env,
        CHILD_DB_PATH: h.dbPath,
        CHILD_API_KEY: API_KEY,
        CHILD_JWT_SECRET: JWT_SECRET,
        CHILD_NOW: TEST_NOW,
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.push(child);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      resolve(`http://127.0.0.1:${port}`);
    });
  });

describe('one slot, fifty requests', () => {
  it('books once through one listener', async () => {
    const token = await h.token('raj');
    const lead = await createLead(h, 'raj');
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        book(listener.origin, token, lead.slug, '2030-01-10 10:00', '2030-01-10 11:00'),
      ),
    );
    expectExactlyOne(results);
    const stored = h.db
      .prepare("SELECT COUNT(*) FROM appointments WHERE appointment_date = '2030-01-10 10:00'")
      .pluck()
      .get();
    expect(stored).toBe(1);
  });

  it('books once across three processes on the same database', async () => {
    const token = await h.token('raj');
    const lead = await createLead(h, 'raj');
    const origins = [
      listener.origin,
      ...(await Promise.all([startChild(), startChild(), startChild()])),
    ];
    // Overlapping but different intervals, so no two requests are the same write.
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, index) => {
        const minute = String(index % 30).padStart(2, '0');
        return book(
          origins[index % origins.length] ?? listener.origin,
          token,
          lead.slug,
          `2030-01-11 10:${minute}`,
          `2030-01-11 11:${minute}`,
        );
      }),
    );
    expectExactlyOne(results);
    const stored = h.db
      .prepare("SELECT COUNT(*) FROM appointments WHERE appointment_date LIKE '2030-01-11 %'")
      .pluck()
      .get();
    expect(stored).toBe(1);
  });
});
