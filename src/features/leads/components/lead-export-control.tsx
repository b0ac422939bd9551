import FileDownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { LazySnackbar } from '../../../components/lazy-snackbar';
import { useLeadExport } from '../api/lead-export';
import type { LeadFilterParams } from '../model/lead-list-params';

const count = (value: number): string => value.toLocaleString('en-US');

/**
 * Exports every lead of the current filter (all pages) as CSV, with progress and a way out:
 * a big list takes a while, so the user sees how far it got and may cancel.
 */
export const LeadExportControl = ({ filters }: { filters: LeadFilterParams }) => {
  const { state, start, cancel, dismiss } = useLeadExport();
  const running = state.phase === 'running';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
      {running && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box sx={{ minWidth: 180 }}>
            <Typography variant="body2" role="status">
              {state.progress.total === null
                ? 'Exporting…'
                : `Exporting ${count(state.progress.done)} of ${count(state.progress.total)}…`}
            </Typography>
            <LinearProgress
              aria-label="Export progress"
              variant={state.progress.total ? 'determinate' : 'indeterminate'}
              value={state.progress.total ? (100 * state.progress.done) / state.progress.total : 0}
            />
          </Box>
          <Button size="small" onClick={cancel}>
            Cancel
          </Button>
        </Stack>
      )}
      {state.phase === 'failed' && (
        <Alert
          severity="error"
          onClose={dismiss}
          sx={{ py: 0 }}
          action={
            <Button color="inherit" size="small" onClick={() => void start(filters)}>
              Retry
            </Button>
          }
        >
          Export failed: {state.message}
        </Alert>
      )}
      <Button
        variant="outlined"
        startIcon={<FileDownloadIcon />}
        disabled={running}
        onClick={() => void start(filters)}
      >
        Export CSV
      </Button>
      <LazySnackbar
        open={state.phase === 'done'}
        autoHideDuration={5000}
        onClose={dismiss}
        message={
          state.phase === 'done'
            ? `Exported ${count(state.count)} ${state.count === 1 ? 'lead' : 'leads'} to ${state.fileName}`
            : undefined
        }
      />
    </Stack>
  );
};
