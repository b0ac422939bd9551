/**
 * Replays the write queue while the app is signed in: at once (a write left from an earlier
 * visit) and whenever the browser says it is online again. After a replay that settled a write,
 * every query is refetched, so pages show what the server now holds.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onWritesSynced, replayQueuedWrites } from '../../lib/offline/write-queue/app-write-queue';
import { registerQueuedWriteHandlers } from './queued-write-handlers';

registerQueuedWriteHandlers();

export const useWriteReplay = (): void => {
  const queryClient = useQueryClient();
  useEffect(() => {
    const replay = () => void replayQueuedWrites();
    const stopSynced = onWritesSynced(() => void queryClient.invalidateQueries());
    window.addEventListener('online', replay);
    replay();
    return () => {
      window.removeEventListener('online', replay);
      stopSynced();
    };
  }, [queryClient]);
};
