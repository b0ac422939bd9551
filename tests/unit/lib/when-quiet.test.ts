import { describe, expect, it } from 'vitest';
import { whenQuiet } from '../../../src/lib/when-quiet';

/** An idle scheduler run by hand: each `idle()` is one idle moment of the browser. */
const handIdle = () => {
  let waiting: (() => void)[] = [];
  return {
    onIdle: (callback: () => void) => void waiting.push(callback),
    idle: async () => {
      const due = waiting;
      waiting = [];
      due.forEach((callback) => callback());
      await Promise.resolve();
    },
  };
};

const settledState = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  return () => settled;
};

describe('whenQuiet', () => {
  it('waits for the first idle moment, even when nothing is busy', async () => {
    const scheduler = handIdle();
    const done = await settledState(
      whenQuiet(() => false, { ...scheduler, maxWaitMs: 5000, now: () => 0 }),
    );
    expect(done()).toBe(false);
    await scheduler.idle();
    expect(done()).toBe(true);
  });

  it('asks again at each idle moment while busy, and goes on once busy ends', async () => {
    const scheduler = handIdle();
    let busy = true;
    const done = await settledState(
      whenQuiet(() => busy, { ...scheduler, maxWaitMs: 5000, now: () => 0 }),
    );
    await scheduler.idle();
    await scheduler.idle();
    expect(done()).toBe(false);
    busy = false;
    await scheduler.idle();
    expect(done()).toBe(true);
  });

  it('goes on after the longest wait even when still busy', async () => {
    const scheduler = handIdle();
    let clock = 0;
    const done = await settledState(
      whenQuiet(() => true, { ...scheduler, maxWaitMs: 5000, now: () => clock }),
    );
    clock = 4999;
    await scheduler.idle();
    expect(done()).toBe(false);
    clock = 5000;
    await scheduler.idle();
    expect(done()).toBe(true);
  });
});
