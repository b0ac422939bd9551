/**
 * The dashboard finds its API at run time: from the page's `<meta>` tags, else from config.json
 * beside index.html, else same-origin `/api/v1/` without a key; and sends the key it was given.
 */
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { ENDPOINTS, PAGE_CONFIG_META } from '../../../src/contract';
import { applyPageConfig, config } from '../../../src/lib/config';
import { apiGet } from '../../../src/lib/http-client';
import { loadPageConfig } from '../../../src/lib/page-config';
import { mswServer } from '../support/msw-server';
import { z } from 'zod';

const TEST_DEFAULTS = { apiBaseUrl: '/api/v1/', apiKey: 'component-test-key' };

const pageWith = (tags: Record<string, string>): Document => {
  const doc = document.implementation.createHTMLDocument('CRM');
  const base = doc.createElement('base');
  base.href = 'http://127.0.0.1:8787/app/';
  doc.head.append(base);
  for (const [name, content] of Object.entries(tags)) {
    const meta = doc.createElement('meta');
    meta.name = name;
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
};

afterEach(() => applyPageConfig(TEST_DEFAULTS));

describe('the run-time page config', () => {
  it('reads the meta tags and never asks for config.json', async () => {
    let asked = false;
    mswServer.use(
      http.get('*/config.json', () => {
        asked = true;
        return HttpResponse.json({ apiKey: 'wrong' });
      }),
    );
    await loadPageConfig(
      pageWith({
        [PAGE_CONFIG_META.apiBaseUrl]: 'https://crm.example.com/api/v1',
        [PAGE_CONFIG_META.apiKey]: 'key-from-meta',
      }),
    );
    expect([config.apiBaseUrl, config.apiKey, asked]).toEqual([
      'https://crm.example.com/api/v1/',
      'key-from-meta',
      false,
    ]);
  });

  it('falls back to config.json beside index.html', async () => {
    mswServer.use(
      http.get('*/config.json', () =>
        HttpResponse.json({
          apiBaseUrl: 'https://static.example/api/v1/',
          apiKey: 'key-from-file',
        }),
      ),
    );
    await loadPageConfig(pageWith({}));
    expect([config.apiBaseUrl, config.apiKey]).toEqual([
      'https://static.example/api/v1/',
      'key-from-file',
    ]);
  });

  it('keeps same-origin /api/v1/ and no key when there is neither', async () => {
    applyPageConfig({ apiKey: '' });
    let asked = 0;
    mswServer.use(
      http.get('http://127.0.0.1:8787/app/config.json', () => {
        asked += 1;
        return new HttpResponse(null, { status: 404 });
      }),
    );
    await loadPageConfig(pageWith({}));
    expect([config.apiBaseUrl, config.apiKey, asked]).toEqual(['/api/v1/', '', 1]);
  });

  it('sends no apikey header when it has none (a same-origin proxy adds it)', async () => {
    applyPageConfig({ apiKey: '' });
    const seen: (string | null)[] = [];
    mswServer.use(
      http.get(`*/api/v1/${ENDPOINTS.users}`, ({ request }) => {
        seen.push(request.headers.get('apikey'));
        return HttpResponse.json({ status_code: 200, errors: {}, data: [] });
      }),
    );
    await apiGet(ENDPOINTS.users, {}, z.array(z.unknown()));
    applyPageConfig(TEST_DEFAULTS);
    await apiGet(ENDPOINTS.users, {}, z.array(z.unknown()));
    expect(seen).toEqual([null, 'component-test-key']);
  });
});
