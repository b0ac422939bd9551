import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/contract';
import {
  calendarHint,
  CLASH_HINT,
  PAST_HINT,
} from '../../../src/features/appointments/model/calendar-hint';

const at = { start: '2026-12-02 14:00', end: '2026-12-02 15:00' };

describe('the calendar status line while dragging', () => {
  it('says the times a place would get', () => {
    expect(calendarHint('Move to', at, null)).toEqual({
      text: 'Move to 2026-12-02 14:00–15:00',
      refused: false,
    });
  });

  it('says at once why the past or a clash is refused', () => {
    expect(calendarHint('New appointment', at, MESSAGES.dateNotInFuture)).toEqual({
      text: `2026-12-02 14:00–15:00: ${PAST_HINT}`,
      refused: true,
    });
    expect(calendarHint('Move to', at, MESSAGES.appointmentClash).text).toContain(CLASH_HINT);
    expect(
      calendarHint('Move to', { start: '2026-12-02 23:30', end: '2026-12-03 00:30' }, null).text,
    ).toBe('Move to 2026-12-02 23:30 – 2026-12-03 00:30');
  });
});
