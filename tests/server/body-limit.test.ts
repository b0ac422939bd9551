/** Bodies over 64 kB are refused with 413 before they are read, however they are sent. */
import { connect } from 'node:net';
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from '../../server/http/body-limit';
import { API_KEY } from './support/harness';
import type { Listener } from './support/listen';
import { serveHarnessPerFile } from './support/served-harness';

let server: Listener;
serveHarnessPerFile((served) => {
  server = served.server;
});

const LOGIN = '/api/v1/user/login/';
const TOO_LARGE = {
  status_code: 413,
  errors: { non_field_errors: [BODY_TOO_LARGE_MESSAGE] },
  data: {},
};

/** Sends `head` then `chunks` on a raw socket; resolves with the response's first bytes. */
const rawExchange = (head: string, chunks: Buffer[], endBody: boolean): Promise<string> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(server.origin);
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('utf8');
      if (received.includes('\r\n\r\n') && received.includes('}')) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(head);
    for (const chunk of chunks) socket.write(chunk);
    if (endBody) socket.write('0\r\n\r\n');
  });

const chunk = (bytes: number): Buffer =>
  Buffer.concat([
    Buffer.from(`${bytes.toString(16)}\r\n`),
    Buffer.alloc(bytes, 'a'),
    Buffer.from('\r\n'),
  ]);

describe('request body size limit', () => {
  it('refuses a declared content-length over 64 kB with a 413 envelope', async () => {
    const body = JSON.stringify({ username: 'raj', password: 'x'.repeat(MAX_BODY_BYTES) });
    const response = await fetch(`${server.origin}${LOGIN}`, {
      method: 'POST',
      headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
  });

  it('still accepts a body just under the limit', async () => {
    const response = await fetch(`${server.origin}${LOGIN}`, {
      method: 'POST',
      headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'raj', password: 'x'.repeat(MAX_BODY_BYTES - 100) }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a chunked body at the first byte over the limit, before the client finishes', async () => {
    const head =
      `POST ${LOGIN} HTTP/1.1\r\nHost: 127.0.0.1\r\napikey: ${API_KEY}\r\n` +
      'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    // 80 kB sent, the body never ended: a server that read the whole body would never answer.
    const answer = await rawExchange(head, [chunk(40_000), chunk(40_000)], false);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(JSON.parse(answer.slice(answer.indexOf('{')))).toEqual(TOO_LARGE);
  });

  it('refuses a streamed body whose length is not declared', async () => {
    const parts = [new Uint8Array(40_000), new Uint8Array(40_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const response = await fetch(`${server.origin}${LOGIN}`, {
      method: 'POST',
      headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(TOO_LARGE);
  });

  it('reads no more than a lying content-length declares, and keeps serving', async () => {
    const body = JSON.stringify({ username: 'raj', password: 'demo1234' });
    const head =
      `POST ${LOGIN} HTTP/1.1\r\nHost: 127.0.0.1\r\napikey: ${API_KEY}\r\n` +
      `Content-Type: application/json\r\nContent-Length: 10\r\n\r\n`;
    // Declares 10 bytes and sends 200 kB: those 10 bytes are no valid login, the rest no request.
    const answer = await rawExchange(head, [Buffer.from(body), Buffer.alloc(200_000, 'a')], false);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const after = await fetch(`${server.origin}${LOGIN}`, {
      method: 'POST',
      headers: { apikey: API_KEY, 'Content-Type': 'application/json' },
      body,
    });
    expect(after.status).toBe(200);
  });
});
