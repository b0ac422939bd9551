/**
 * A bulk action from question to summary: confirm, read the leads (for "all matching"), write
 * one lead at a time (four in flight at most) with progress, then say what happened. Loaded on
 * the first bulk action (React.lazy), so the leads route stays small.
 */
import { Alert, Snackbar } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Lead } from '../../../contract';
import { accountNow } from '../../../lib/clock';
import {
  deleteLead,
  previousValue,
  refreshAfterBulk,
  updateLeadField,
  type BulkChange,
} from '../api/bulk-lead-writes';
import type { BulkOutcome } from '../model/bulk-run';
import { download } from '../api/every-lead';
import { leadsCsvFileName, leadsToCsv } from '../model/leads-csv';
import { leadCount, type BulkActionKind, type BulkTarget } from '../model/bulk-target';
import { BulkConfirmDialog } from './bulk-confirm-dialog';
import { BulkProgressDialog } from './bulk-progress-dialog';
import { BulkResult } from './bulk-result';
import { useBulkRun } from './use-bulk-run';

type Phase =
  | { name: 'confirm' }
  | { name: 'running'; title: string }
  | { name: 'done'; outcome: BulkOutcome<unknown>; verb: string; undo?: () => void }
  | { name: 'notice'; message: string; severity: 'success' | 'error' };

const RUNNING_TITLE: Record<BulkActionKind, string> = {
  status: 'Changing status…',
  assign: 'Assigning…',
  export: 'Exporting…',
  delete: 'Deleting…',
};

type Props = {
  action: BulkActionKind;
  target: BulkTarget;
  /** The writes are done: the selection has served. */
  onWritten: () => void;
  /** Nothing more to show. */
  onClose: () => void;
};

export const BulkActionFlow = ({ action, target, onWritten, onClose }: Props) => {
  const queryClient = useQueryClient();
  const run = useBulkRun();
  const [phase, setPhase] = useState<Phase>({ name: 'confirm' });

  const written = <T,>(outcome: BulkOutcome<T>) => {
    void refreshAfterBulk(queryClient);
    onWritten();
    return outcome;
  };

  /** Writes each lead's previous value back (status or assignee), from the server's answers. */
  const undo = (outcome: BulkOutcome<Lead>, change: BulkChange) => async () => {
    setPhase({ name: 'running', title: 'Undoing…' });
    const before = new Map(outcome.succeeded.map(({ lead }) => [lead.slug, lead]));
    const undone = await run.write(
      outcome.succeeded.map(({ result }) => result),
      (saved) => updateLeadField(saved, previousValue(before.get(saved.slug)!, change)),
    );
    setPhase({ name: 'done', outcome: written(undone), verb: 'restored' });
  };

  const start = async (change: BulkChange | null) => {
    setPhase({ name: 'running', title: RUNNING_TITLE[action] });
    let leads: readonly Lead[] | null;
    try {
      leads = await run.read(target);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The leads could not be read.';
      setPhase({ name: 'notice', message: `Nothing was changed: ${message}`, severity: 'error' });
      return;
    }
    if (leads === null) return onClose();
    if (action === 'export') {
      const fileName = leadsCsvFileName(accountNow());
      download(leadsToCsv(leads), fileName);
      const message = `Exported ${leadCount(leads.length)} to ${fileName}`;
      return setPhase({ name: 'notice', message, severity: 'success' });
    }
    if (action === 'delete') {
      const outcome = written(await run.write(leads, deleteLead));
      return setPhase({ name: 'done', outcome, verb: 'deleted' });
    }
    if (change === null) return onClose();
    const outcome = written(await run.write(leads, (lead) => updateLeadField(lead, change)));
    setPhase({ name: 'done', outcome, verb: 'updated', undo: undo(outcome, change) });
  };

  switch (phase.name) {
    case 'confirm':
      return (
        <BulkConfirmDialog
          action={action}
          target={target}
          onCancel={onClose}
          onConfirm={(change) => void start(change)}
        />
      );
    case 'running':
      return <BulkProgressDialog title={phase.title} progress={run.progress} onStop={run.stop} />;
    case 'done':
      return (
        <BulkResult
          outcome={phase.outcome}
          verb={phase.verb}
          onUndo={phase.undo && (() => void phase.undo?.())}
          onClose={onClose}
        />
      );
    case 'notice':
      return (
        <Snackbar
          open
          autoHideDuration={phase.severity === 'error' ? null : 6000}
          onClose={(_event, reason) => {
            if (reason !== 'clickaway') onClose();
          }}
        >
          <Alert severity={phase.severity} onClose={onClose} variant="filled">
            {phase.message}
          </Alert>
        </Snackbar>
      );
  }
};
