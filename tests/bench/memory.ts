/** Process figures from /proc: peak resident set and CPU time; and byte formatting. */
import { readFileSync } from 'node:fs';

export type PeakRss = { peakRssBytes: number; rssBytes: number };

const kilobytes = (status: string, field: string): number | null => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : null;
};

/** VmHWM (the peak resident set since the process started) and VmRSS, or null off Linux. */
export const readPeakRss = (pid: number): PeakRss | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const peak = kilobytes(status, 'VmHWM');
    const now = kilobytes(status, 'VmRSS');
    return peak === null || now === null ? null : { peakRssBytes: peak, rssBytes: now };
  } catch {
    return null;
  }
};

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const USER_HZ = 100;

/** User + system CPU time of a process in ms (10 ms resolution), or null off Linux. */
export const readCpuMs = (pid: number): number | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : null;
  } catch {
    return null;
  }
};

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
