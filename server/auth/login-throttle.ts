/**
 * Slows password guessing: after MAX_FAILURES wrong sign-ins for one username within the
 * window, that username is locked for LOCK_SECONDS; separately, after ADDRESS_MAX_FAILURES from
 * one client address, that address is. One username's lockout never touches another's; a
 * success clears its username's count (not its address's, so one valid account cannot be used
 * to keep guessing others). In memory: a restart forgets, which is acceptable for one process.
 */
export const MAX_FAILURES = 5;
export const ADDRESS_MAX_FAILURES = 20;
export const WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;
/** Old entries are swept when the table grows past this (invented usernames cost memory). */
const SWEEP_AT = 10_000;

type Entry = { failures: number; windowStart: number; lockedUntil: number };

export type LoginThrottle = {
  /** Seconds until `username` from `address` may try again; 0 when it may now. */
  retryAfter: (username: string, address: string | null) => number;
  recordFailure: (username: string, address: string | null) => void;
  recordSuccess: (username: string) => void;
};

export const createLoginThrottle = (now: () => Date): LoginThrottle => {
  const entries = new Map<string, Entry>();
  const seconds = () => Math.floor(now().getTime() / 1000);
  const keysOf = (username: string, address: string | null): [string, number][] => {
    const keys: [string, number][] = [[`user:${username.toLowerCase()}`, MAX_FAILURES]];
    if (address) keys.push([`address:${address}`, ADDRESS_MAX_FAILURES]);
    return keys;
  };
  const sweep = (at: number) => {
    if (entries.size < SWEEP_AT) return;
    for (const [key, entry] of entries) {
      if (entry.lockedUntil <= at && entry.windowStart + WINDOW_SECONDS <= at) entries.delete(key);
    }
  };

  return {
    retryAfter: (username, address) => {
      const at = seconds();
      let wait = 0;
      for (const [key] of keysOf(username, address)) {
        const entry = entries.get(key);
        if (entry && entry.lockedUntil > at) wait = Math.max(wait, entry.lockedUntil - at);
      }
      return wait;
    },
    recordFailure: (username, address) => {
      const at = seconds();
      sweep(at);
      for (const [key, limit] of keysOf(username, address)) {
        let entry = entries.get(key);
        if (!entry || entry.windowStart + WINDOW_SECONDS <= at) {
          entry = { failures: 0, windowStart: at, lockedUntil: 0 };
          entries.set(key, entry);
        }
        entry.failures += 1;
        if (entry.failures >= limit) {
          entry.lockedUntil = at + LOCK_SECONDS;
          entry.failures = 0;
          entry.windowStart = at;
        }
      }
    },
    recordSuccess: (username) => {
      entries.delete(`user:${username.toLowerCase()}`);
    },
  };
};

/** The refusal's words: when to try again, in minutes (seconds under one). */
export const tooManyAttemptsMessage = (retryAfterSeconds: number): string => {
  if (retryAfterSeconds < 60) {
    return `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
};
