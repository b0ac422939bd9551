import { describe, expect, it } from 'vitest';
import { isApiError, UNAVAILABLE_MESSAGE } from '../../../src/lib/api-error';
import { loadCode } from '../../../src/lib/load-code';

describe('loadCode', () => {
  it('hands over the module that loaded', async () => {
    const module = { Page: () => null };
    await expect(loadCode(() => Promise.resolve(module))).resolves.toBe(module);
  });

  it("turns a failed load into the app's unavailable error, not the browser's words", async () => {
    const failed = loadCode(() =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: /assets/page-1a2b.js'),
      ),
    );
    const error: unknown = await failed.catch((reason: unknown) => reason);
    expect(isApiError(error) && error.kind).toBe('unavailable');
    expect(error instanceof Error && error.message).toBe(UNAVAILABLE_MESSAGE);
  });
});
