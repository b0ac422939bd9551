import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lead } from '../../../contract';
import { runForEachLead, type BulkOutcome } from '../model/bulk-run';
import { fetchEveryLead } from '../api/every-lead';
import type { BulkTarget } from '../model/bulk-target';

export type BulkProgress = { stage: 'reading' | 'writing'; done: number; total: number | null };

/**
 * The long part of a bulk action, with its progress: reading every matching lead (when "all
 * matching" was chosen), then one write per lead. `stop` ends it early; leaving the page too.
 */
export const useBulkRun = () => {
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const begin = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    return current.signal;
  };

  /** The target's leads, as last read; null when stopped. Throws when a page cannot be read. */
  const read = useCallback(async (target: BulkTarget): Promise<readonly Lead[] | null> => {
    if (target.kind === 'leads') return target.leads;
    const signal = begin();
    setProgress({ stage: 'reading', done: 0, total: target.count });
    try {
      return await fetchEveryLead(target.filters, {
        signal,
        onProgress: ({ done, total }) => setProgress({ stage: 'reading', done, total }),
      });
    } catch (error) {
      if (signal.aborted) return null;
      throw error;
    }
  }, []);

  const write = useCallback(
    async <T>(
      leads: readonly Lead[],
      each: (lead: Lead) => Promise<T>,
    ): Promise<BulkOutcome<T>> => {
      const signal = begin();
      setProgress({ stage: 'writing', done: 0, total: leads.length });
      return runForEachLead(leads, each, {
        stopped: () => signal.aborted,
        onProgress: (done) => setProgress({ stage: 'writing', done, total: leads.length }),
      });
    },
    [],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  return { progress, read, write, stop };
};
