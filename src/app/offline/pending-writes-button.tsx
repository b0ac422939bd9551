/**
 * "2 pending" in the app bar while writes wait in the queue (and "1 couldn't sync" while the
 * server refused some); it opens the list of them. Nothing shows when the queue is empty; an
 * open list stays open as it empties (the rep closes it).
 */
import { Button } from '@mui/material';
import { useEffect, useState } from 'react';
import { preloadWhileOnline } from '../../lib/offline/preload-while-online';
import { isPending } from '../../lib/offline/write-queue/queued-write';
import { useQueuedWrites } from '../../lib/offline/write-queue/use-queued-writes';
import { loadWriteSync } from './load-write-sync';
import { onDemandPart } from '../../components/on-demand-part';

/** The list describes each write through its kind's handler: both load, and both are kept. */
const loadDialog = () => loadWriteSync().then(() => import('./pending-writes-dialog'));
const PendingWritesDialog = onDemandPart(
  'The list of pending changes',
  async () => (await loadDialog()).PendingWritesDialog,
);

export const pendingWritesLabel = (pending: number, refused: number): string =>
  [pending > 0 && `${pending} pending`, refused > 0 && `${refused} couldn't sync`]
    .filter(Boolean)
    .join(' · ');

export const PendingWritesButton = () => {
  const writes = useQueuedWrites();
  const [open, setOpen] = useState(false);
  useEffect(() => preloadWhileOnline(loadDialog), []);
  if (writes.length === 0 && !open) return null;
  const pending = writes.filter(isPending).length;
  return (
    <>
      {writes.length > 0 && (
        <Button
          color="inherit"
          variant="outlined"
          size="small"
          onClick={() => setOpen(true)}
          sx={{ mr: 1, textTransform: 'none', whiteSpace: 'nowrap' }}
        >
          {pendingWritesLabel(pending, writes.length - pending)}
        </Button>
      )}
      {open && <PendingWritesDialog writes={writes} onClose={() => setOpen(false)} />}
    </>
  );
};
