import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { LEAD_STATUSES, type LeadStatus } from '../../../contract';
import { choiceOptions } from '../../../components/choice-options';
import type { BulkChange } from '../api/bulk-lead-writes';
import { leadCount, targetCount, type BulkActionKind, type BulkTarget } from '../model/bulk-target';
import { AssigneeField } from './assignee-field';

type Props = {
  action: BulkActionKind;
  target: BulkTarget;
  onCancel: () => void;
  /** The change to write (status and assign), or null (export and delete). */
  onConfirm: (change: BulkChange | null) => void;
};

const howMany = (target: BulkTarget): string =>
  target.kind === 'matching'
    ? `all ${leadCount(target.count)} that match the filters`
    : leadCount(targetCount(target));

const TEXT: Record<BulkActionKind, { title: string; body: string; confirm: string }> = {
  status: {
    title: 'Change the status of {n}?',
    body: 'Each lead is saved as it was last read, with the new status.',
    confirm: 'Change status',
  },
  assign: {
    title: 'Assign {n}?',
    body: 'Each lead is saved as it was last read, with the new assignee.',
    confirm: 'Assign',
  },
  export: {
    title: 'Export {n} to CSV?',
    body: 'The file holds every field of the selected leads.',
    confirm: 'Export',
  },
  delete: {
    title: 'Delete {n}?',
    body: 'They will leave every list and count, and their pages will no longer open. This cannot be undone.',
    confirm: 'Delete',
  },
};

/** One question per bulk action, naming how many leads it touches; status and assign ask for the value. */
export const BulkConfirmDialog = ({ action, target, onCancel, onConfirm }: Props) => {
  const titleId = useId();
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const [assignee, setAssignee] = useState<string | undefined>(undefined);
  const text = TEXT[action];
  const change: BulkChange | null =
    action === 'status'
      ? status
        ? { field: 'status', value: status }
        : null
      : action === 'assign'
        ? { field: 'assignee', value: assignee }
        : null;
  const ready = action !== 'status' || change !== null;

  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{text.title.replace('{n}', howMany(target))}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {action === 'status' && (
            <TextField
              select
              autoFocus
              label="New status"
              value={status}
              onChange={(event) => setStatus(event.target.value as LeadStatus)}
            >
              {choiceOptions(LEAD_STATUSES)}
            </TextField>
          )}
          {action === 'assign' && (
            <AssigneeField
              autoFocus
              value={assignee}
              onChange={setAssignee}
              onBlur={() => undefined}
            />
          )}
          <DialogContentText>{text.body}</DialogContentText>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus={action === 'export' || action === 'delete'}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={action === 'delete' ? 'error' : 'primary'}
          disabled={!ready}
          onClick={() => onConfirm(change)}
        >
          {text.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
