/**
 * Replays the write queue while the app is signed in: at once (a write left from an earlier
 * visit; its code loads first, after the first paint) and whenever the browser says it is online
 * again. After a replay that settled a write, every query is refetched, so pages show what the
 * server now holds.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { answerReplayRequests } from '../../lib/offline/write-queue/replay-request';
import { loadWriteSync } from './load-write-sync';

export const useWriteReplay = (): void => {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopSynced: (() => void) | undefined;
    let unmounted = false;
    // Its code not fetched yet and no network: the next `online` event tries again.
    const replay = () =>
      void loadWriteSync()
        .then((sync) => {
          if (unmounted) return;
          stopSynced ??= sync.onWritesSynced(() => void queryClient.invalidateQueries());
          return sync.replayQueuedWrites();
        })
        .catch(() => undefined);
    window.addEventListener('online', replay);
    const stopAnswering = answerReplayRequests(replay);
    replay();
    return () => {
      unmounted = true;
      stopAnswering();
      window.removeEventListener('online', replay);
      stopSynced?.();
    };
  }, [queryClient]);
};
