/**
 * While an on-demand part's code arrives, its place says what is loading, to a screen reader as
 * well: a status named after the part (a bare skeleton may not carry a name).
 */
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { LazyAppointmentCalendar } from '../../../src/features/appointments/components/lazy-appointment-parts';
import { LazyNoteComposer } from '../../../src/features/notes/components/lazy-note-composer';

describe('an on-demand part while its code loads', () => {
  it('the note box is a status named "Loading the note box"', () => {
    render(<LazyNoteComposer slug="any-lead" onAdd={async () => undefined} />);
    expect(screen.getByRole('status', { name: 'Loading the note box' })).toBeVisible();
  });

  it('the calendar is a status named "Loading the calendar"', () => {
    const ignore = () => undefined;
    render(
      <LazyAppointmentCalendar
        user={{ username: 'raj', isManager: false }}
        appointments={[]}
        pending={new Set()}
        booked={[]}
        view="timeGridWeek"
        date="2026-12-04"
        onDatesSet={ignore}
        onCreate={ignore}
        onOpen={ignore}
        onRefused={ignore}
        onHint={ignore}
        calendarRef={createRef()}
      />,
    );
    expect(screen.getByRole('status', { name: 'Loading the calendar' })).toBeVisible();
  });
});
