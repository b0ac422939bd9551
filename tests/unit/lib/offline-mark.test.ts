/** What a page says about its data offline: when it was loaded, on the account's wall clock. */
import { offlineMark } from '../../../src/lib/offline/offline-mark';

const at = (iso: string) => Date.parse(iso);

describe('the offline mark', () => {
  it("gives the time alone for data loaded today, in the account's zone", () => {
    const shown = { loadedAt: at('2026-11-18T09:42:00Z'), missing: false };
    expect(offlineMark(shown, 'UTC', '2026-11-18')).toBe(
      'Offline · showing what was loaded at 09:42',
    );
    expect(offlineMark(shown, 'America/St_Johns', '2026-11-18')).toBe(
      'Offline · showing what was loaded at 06:12',
    );
  });

  it('gives the date too for data loaded on an earlier day', () => {
    const shown = { loadedAt: at('2026-11-17T22:05:00Z'), missing: true };
    expect(offlineMark(shown, 'UTC', '2026-11-18')).toBe(
      'Offline · showing what was loaded on 17 Nov 2026, 22:05',
    );
    expect(offlineMark(shown, 'Pacific/Kiritimati', '2026-11-18')).toBe(
      'Offline · showing what was loaded at 12:05',
    );
  });

  it('says when the page was never loaded here, and nothing when nothing waits', () => {
    expect(offlineMark({ loadedAt: null, missing: true }, 'UTC', '2026-11-18')).toBe(
      'Offline · this page was not loaded here before, so it waits for the network',
    );
    expect(offlineMark({ loadedAt: null, missing: false }, 'UTC', '2026-11-18')).toBe('');
  });
});
