/**
 * The Undo snackbar: one action at a time, taken back by Undo or Ctrl+Z (not while typing), made
 * final when it times out, is dismissed or replaced, when the user leaves its page, or as the
 * page unloads (then with keepalive).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { useUndoableAction, type UndoableAction } from '../../../src/lib/undo/undo-context';
import { UndoProvider } from '../../../src/app/undo/undo-provider';
import { UNDO_SECONDS } from '../../../src/app/undo/undo-snackbar';

type Spy = { undo: Mock<() => void>; commit: Mock<UndoableAction['commit'] & {}> };

const Page = ({ actions }: { actions: Record<string, Partial<UndoableAction>> }) => {
  const offer = useUndoableAction();
  const [text, setText] = useState('');
  return (
    <>
      {Object.entries(actions).map(([message, action]) => (
        <button key={message} onClick={() => offer({ message, undo: () => {}, ...action })}>
          {message}
        </button>
      ))}
      <label>
        Comment
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
    </>
  );
};

const renderUndo = (names: string[], options: { fakeTimers?: boolean } = {}) => {
  const spies: Record<string, Spy> = {};
  for (const name of names) spies[name] = { undo: vi.fn(), commit: vi.fn() };
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <UndoProvider>
            <Page actions={spies} />
          </UndoProvider>
        ),
      },
    ],
    { initialEntries: ['/leads'] },
  );
  const user = userEvent.setup(
    options.fakeTimers ? { advanceTimers: vi.advanceTimersByTime.bind(vi) } : {},
  );
  render(<RouterProvider router={router} />);
  return { user, spies };
};

const offered = async (message: string) =>
  expect(await screen.findByText(message, { selector: '.MuiSnackbarContent-message' }));

afterEach(() => {
  vi.useRealTimers();
});

describe('the Undo snackbar', () => {
  it('takes the action back on Undo, and never commits it', async () => {
    const { user, spies } = renderUndo(['Note deleted']);
    await user.click(screen.getByRole('button', { name: 'Note deleted' }));
    (await offered('Note deleted')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(spies['Note deleted']!.undo).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(spies['Note deleted']!.commit).not.toHaveBeenCalled();
  });

  it('commits when its time is up', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user, spies } = renderUndo(['Note deleted'], { fakeTimers: true });
    await user.click(screen.getByRole('button', { name: 'Note deleted' }));
    (await offered('Note deleted')).toBeVisible();
    act(() => vi.advanceTimersByTime((UNDO_SECONDS - 1) * 1000));
    expect(spies['Note deleted']!.commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1500));
    expect(spies['Note deleted']!.commit).toHaveBeenCalledWith({ keepalive: false });
    expect(spies['Note deleted']!.undo).not.toHaveBeenCalled();
  });

  it('undoes on Ctrl+Z, but not while typing in a field', async () => {
    const { user, spies } = renderUndo(['Appointment moved']);
    await user.click(screen.getByRole('button', { name: 'Appointment moved' }));
    (await offered('Appointment moved')).toBeVisible();
    await user.click(screen.getByRole('textbox', { name: 'Comment' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(spies['Appointment moved']!.undo).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Appointment moved' }));
    await user.keyboard('{Meta>}z{/Meta}');
    expect(spies['Appointment moved']!.undo).toHaveBeenCalledTimes(1);
  });

  it('commits the previous action when another replaces it, and on Dismiss', async () => {
    const { user, spies } = renderUndo(['Note deleted', 'Appointment deleted']);
    await user.click(screen.getByRole('button', { name: 'Note deleted' }));
    await user.click(screen.getByRole('button', { name: 'Appointment deleted' }));
    expect(spies['Note deleted']!.commit).toHaveBeenCalledTimes(1);
    (await offered('Appointment deleted')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(spies['Appointment deleted']!.commit).toHaveBeenCalledTimes(1);
  });

  it('commits when the user leaves the page, and with keepalive as the page unloads', async () => {
    const { user, spies } = renderUndo(['Note deleted', 'Lead deleted']);
    await user.click(screen.getByRole('button', { name: 'Note deleted' }));
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(spies['Note deleted']!.commit).toHaveBeenCalledWith({ keepalive: false });

    await user.click(screen.getByRole('button', { name: 'Lead deleted' }));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
      window.dispatchEvent(new Event('beforeunload'));
    });
    expect(spies['Lead deleted']!.commit).toHaveBeenCalledTimes(1);
    expect(spies['Lead deleted']!.commit).toHaveBeenCalledWith({ keepalive: true });
  });
});
