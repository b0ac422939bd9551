/**
 * The rep's writes not on the server yet: "Pending" (waiting for the network, sent in this
 * order) and "Couldn't sync" (refused by the server, with its message, to fix and retry or
 * discard; or changed on the server too, to choose field by field). "Sync now" replays at once while online.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Typography,
} from '@mui/material';
import { replayQueuedWrites } from '../../lib/offline/write-queue/replay-queued-writes';
import { isPending, type QueuedWrite } from '../../lib/offline/write-queue/queued-write';
import { writeHandler } from '../../lib/offline/write-queue/write-handlers';
import { useOnline } from '../../lib/use-online';
import { RefusedWrite } from './refused-write';

type PendingWritesDialogProps = { writes: readonly QueuedWrite[]; onClose: () => void };

export const PendingWritesDialog = ({ writes, onClose }: PendingWritesDialogProps) => {
  const online = useOnline();
  const pending = writes.filter(isPending);
  const refused = writes.filter((write) => !isPending(write));
  const describe = (write: QueuedWrite) =>
    writeHandler(write.kind)?.describe(write.input) ?? write.kind;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="pending-writes-title">
      <DialogTitle id="pending-writes-title">Changes not on the server yet</DialogTitle>
      <DialogContent>
        <Typography id="pending-writes-heading" variant="subtitle1" component="h3">
          Pending
        </Typography>
        {pending.length === 0 ? (
          <Typography color="text.secondary">Nothing is waiting.</Typography>
        ) : (
          <List dense aria-labelledby="pending-writes-heading">
            {pending.map((write) => (
              <ListItem key={write.id} disableGutters sx={{ overflowWrap: 'anywhere' }}>
                {describe(write)}
              </ListItem>
            ))}
          </List>
        )}
        {refused.length > 0 && (
          <>
            <Typography
              id="refused-writes-heading"
              variant="subtitle1"
              component="h3"
              sx={{ mt: 2 }}
            >
              Couldn&apos;t sync
            </Typography>
            <List aria-labelledby="refused-writes-heading">
              {refused.map((write) => (
                <RefusedWrite key={write.id} write={write} />
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          disabled={!online || pending.length === 0}
          onClick={() => void replayQueuedWrites()}
        >
          Sync now
        </Button>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
};
