import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/contract';
import { calendarHint } from '../../../src/features/appointments/model/calendar-hint';
import { CLASH_HINT, PAST_HINT } from '../../../src/features/appointments/model/scheduling';

const at = { start: '2026-12-02 14:00', end: '2026-12-02 15:00' };

describe('the calendar status line while dragging', () => {
  it('says the times a place would get', () => {
    expect(calendarHint('Move to', at, null)).toEqual({
      text: 'Move to 2026-12-02 14:00–15:00',
      refused: false,
    });
  });

  it("says at once why a place is refused, in the refusal's hint", () => {
    const past = { message: MESSAGES.dateNotInFuture, hint: PAST_HINT };
    expect(calendarHint('New appointment', at, past)).toEqual({
      text: `2026-12-02 14:00–15:00: ${PAST_HINT}`,
      refused: true,
    });
    const clash = { message: MESSAGES.appointmentClash, hint: CLASH_HINT };
    expect(calendarHint('Move to', at, clash).text).toBe(`2026-12-02 14:00–15:00: ${CLASH_HINT}`);
    expect(
      calendarHint('Move to', { start: '2026-12-02 23:30', end: '2026-12-03 00:30' }, null).text,
    ).toBe('Move to 2026-12-02 23:30 – 2026-12-03 00:30');
  });
});
