import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/lib/format-date-time';

describe('formatDateTime', () => {
  it('writes an API stamp as people read it, without any zone shift', () => {
    expect(formatDateTime('2026-11-28 14:05:09')).toBe('28 Nov 2026, 14:05');
    expect(formatDateTime('2027-01-03T09:30')).toBe('3 Jan 2027, 09:30');
    expect(formatDateTime('2026-12-31 23:59')).toBe('31 Dec 2026, 23:59');
  });

  it('shows what the server sent when it is not a stamp', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatDateTime('2026-13-01 10:00')).toBe('2026-13-01 10:00');
    expect(formatDateTime('2026-11-28 25:00')).toBe('2026-11-28 25:00');
  });
});
