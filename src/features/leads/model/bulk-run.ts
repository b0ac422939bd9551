/**
 * Runs one write per lead, at most four at a time, and keeps every lead's outcome: the server's
 * answer, or the server's own message. A failure never stops the others; "Stop" stops starting
 * new writes (the ones already sent finish, so no write's outcome is unknown).
 */
import type { Lead } from '../../../contract';

export const BULK_CONCURRENCY = 4;

export type BulkSuccess<T> = { lead: Lead; result: T };
export type BulkFailure = { lead: Lead; message: string };
export type BulkOutcome<T> = {
  succeeded: BulkSuccess<T>[];
  failed: BulkFailure[];
  /** Leads not tried because the run was stopped. */
  notTried: number;
};

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'The request failed.';

export const runForEachLead = async <T>(
  leads: readonly Lead[],
  write: (lead: Lead) => Promise<T>,
  { stopped, onProgress }: { stopped: () => boolean; onProgress: (done: number) => void },
): Promise<BulkOutcome<T>> => {
  const outcomes: (BulkSuccess<T> | BulkFailure | null)[] = leads.map(() => null);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < leads.length && !stopped()) {
      const index = next;
      next += 1;
      const lead = leads[index]!;
      try {
        outcomes[index] = { lead, result: await write(lead) };
      } catch (error) {
        outcomes[index] = { lead, message: messageOf(error) };
      }
      done += 1;
      onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, leads.length) }, worker));
  const tried = outcomes.filter((outcome) => outcome !== null);
  return {
    succeeded: tried.filter((outcome): outcome is BulkSuccess<T> => 'result' in outcome),
    failed: tried.filter((outcome): outcome is BulkFailure => 'message' in outcome),
    notTried: leads.length - tried.length,
  };
};
