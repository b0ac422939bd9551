/**
 * The dashboard's run-time settings in the served index.html: `<meta>` tags with this server's
 * API location and key (or what the caller configures), escaped, and none in the files on disk.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPageConfig } from '../../server/http/page-config-tags';
import { API_KEY, createHarness, makeTempDir, type Harness } from './support/harness';

const PAGE = '<!doctype html>\n<html>\n  <head>\n    <title>CRM</title>\n  </head>\n</html>\n';

let dir: string;
let served: Harness;
let configured: Harness;

beforeAll(() => {
  dir = makeTempDir();
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), PAGE);
  served = createHarness({ spaDir: dist });
  configured = createHarness({
    spaDir: dist,
    pageConfig: { apiBaseUrl: '/api/v1/' },
  });
});
afterAll(() => {
  served.close();
  configured.close();
  rmSync(dir, { recursive: true, force: true });
});

const metas = (html: unknown) =>
  Object.fromEntries(
    [...String(html).matchAll(/<meta name="(epixel-[a-z-]+)" content="([^"]*)" \/>/g)].map(
      (match) => [match[1], match[2]],
    ),
  );

describe('the served index.html', () => {
  it("carries this server's API location, key and zone in its head, on every client route", async () => {
    for (const path of ['/', '/leads/abc', '/index.html']) {
      const page = await served.send(path, {});
      expect(metas(page.body)).toEqual({
        'epixel-api-base-url': '/api/v1/',
        'epixel-api-key': API_KEY,
        'epixel-account-time-zone': 'UTC',
      });
      expect(String(page.body).indexOf('epixel-api-key')).toBeLessThan(
        String(page.body).indexOf('</head>'),
      );
    }
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(PAGE);
  });

  it('carries only what it is given: no key when a proxy adds it', async () => {
    const page = await configured.send('/', {});
    expect(metas(page.body)).toEqual({ 'epixel-api-base-url': '/api/v1/' });
    expect(String(page.body)).not.toContain(API_KEY);
  });

  it('escapes what it fills in', () => {
    const html = withPageConfig(PAGE, { apiBaseUrl: 'https://x.example/"><script>1</script>' });
    expect(html).toContain('content="https://x.example/&quot;&gt;&lt;script&gt;1&lt;/script&gt;"');
    expect(html).not.toContain('<script>');
  });
});
