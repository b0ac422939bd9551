import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/contract';
import { BULK_CONCURRENCY, runForEachLead } from '../../../src/features/leads/model/bulk-run';

const leads = (count: number): Lead[] =>
  Array.from({ length: count }, (_, index) => ({ slug: `lead-${index}` }) as Lead);

describe('runForEachLead', () => {
  it('writes every lead, never more than four at a time, and keeps each failure’s message', async () => {
    let inFlight = 0;
    let most = 0;
    const progress: number[] = [];
    const outcome = await runForEachLead(
      leads(10),
      async (lead) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        if (lead.slug === 'lead-3') throw new Error('Requested lead does not esixt.');
        return lead.slug;
      },
      { stopped: () => false, onProgress: (done) => progress.push(done) },
    );
    expect(most).toBe(BULK_CONCURRENCY);
    expect(outcome.succeeded).toHaveLength(9);
    expect(outcome.failed).toEqual([
      { lead: { slug: 'lead-3' }, message: 'Requested lead does not esixt.' },
    ]);
    expect(outcome.notTried).toBe(0);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stops starting writes once stopped, and counts the leads not tried', async () => {
    let stop = false;
    const outcome = await runForEachLead(
      leads(10),
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        stop = true; // "Stop" pressed while the first four were in flight
        return null;
      },
      { stopped: () => stop, onProgress: () => undefined },
    );
    expect(outcome.succeeded).toHaveLength(BULK_CONCURRENCY);
    expect(outcome.notTried).toBe(10 - BULK_CONCURRENCY);
  });
});
