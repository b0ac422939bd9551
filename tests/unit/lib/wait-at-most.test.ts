import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from '../../../src/lib/wait-at-most';

const settled = (promise: Promise<void>) => {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('waitAtMost', () => {
  it('ends when the work ends, before the limit', async () => {
    let finish!: () => void;
    const wait = settled(waitAtMost(new Promise<void>((done) => (finish = done)), 1000));
    await vi.advanceTimersByTimeAsync(200);
    expect(wait.done).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.done).toBe(true);
  });

  it('ends at the limit when the work is still going', async () => {
    const wait = settled(waitAtMost(new Promise(() => {}), 1000));
    await vi.advanceTimersByTimeAsync(999);
    expect(wait.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.done).toBe(true);
  });

  it('ends, without failing, when the work fails', async () => {
    const wait = waitAtMost(Promise.reject(new Error('offline')), 1000);
    await expect(wait).resolves.toBeUndefined();
  });
});
