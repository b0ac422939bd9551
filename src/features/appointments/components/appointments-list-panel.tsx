/**
 * The appointments list: filters and paging in the URL, server-side paging, loading, empty and
 * error states, and the appointment dialog for a row's Edit action.
 */
import { Box, Button, LinearProgress, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { TablePager } from '../../../components/table-pager';
import type { Appointment } from '../../../contract';
import { appointmentListQuery } from '../api/appointment-queries';
import {
  listParams,
  PAGE_SIZES,
  readListFilters,
  writeListFilters,
  type AppointmentListFilters,
  type ListWindow,
} from '../model/appointment-list-url';
import { LazyAppointmentDialog } from './lazy-appointment-parts';
import { AppointmentFilters } from './appointment-filters';
import { AppointmentsTable } from './appointments-table';

const EMPTY_WINDOW_MESSAGES: Record<ListWindow, string> = {
  upcoming: 'No appointments from today on.',
  past: 'No past appointments.',
  all: 'No appointments yet.',
};

export const AppointmentsListPanel = () => {
  const [params, setParams] = useSearchParams();
  const filters = readListFilters(params);
  const query = useQuery(appointmentListQuery(listParams(filters)));
  const [editing, setEditing] = useState<{ open: boolean; appointment?: Appointment }>({
    open: false,
  });

  /** A filter change starts again at page 1; paging keeps the filters. */
  const change = useCallback(
    (next: Partial<AppointmentListFilters>) =>
      setParams((previous) => {
        const current = readListFilters(previous);
        const resetPage = !('page' in next);
        return writeListFilters({ ...current, ...(resetPage && { page: 1 }), ...next });
      }),
    [setParams],
  );
  const filtered = Boolean(filters.datesetting || filters.status || filters.lead.trim());
  const emptyMessage = filtered
    ? 'No appointments match these filters.'
    : EMPTY_WINDOW_MESSAGES[filters.when];

  return (
    <Stack spacing={2}>
      <AppointmentFilters filters={filters} onChange={change} />
      <Paper variant="outlined">
        <Box sx={{ height: 4 }}>
          {query.isFetching && <LinearProgress aria-label="Loading appointments" />}
        </Box>
        {query.isError && (
          <QueryErrorAlert sx={{ m: 2 }} onRetry={() => query.refetch()}>
            Could not load appointments. {query.error.message}
          </QueryErrorAlert>
        )}
        {query.isPending && (
          <Stack spacing={1} sx={{ p: 2 }} aria-hidden>
            {[0, 1, 2, 3, 4].map((row) => (
              <Skeleton key={row} height={32} />
            ))}
          </Stack>
        )}
        {query.data && query.data.results.length === 0 && (
          <Stack spacing={1} sx={{ p: 4, alignItems: 'center' }}>
            <Typography>{emptyMessage}</Typography>
            {filtered && (
              <Button onClick={() => setParams(new URLSearchParams())}>Clear filters</Button>
            )}
            {!filtered && filters.when === 'upcoming' && (
              <Button onClick={() => change({ when: 'past' })}>Show past appointments</Button>
            )}
          </Stack>
        )}
        {query.data && query.data.results.length > 0 && (
          <>
            <AppointmentsTable
              rows={query.data.results}
              onEdit={(appointment) => setEditing({ open: true, appointment })}
            />
            <TablePager
              count={query.data.count}
              page={Math.min(
                filters.page - 1,
                Math.max(0, Math.ceil(query.data.count / filters.pageSize) - 1),
              )}
              onPageChange={(page) => change({ page: page + 1 })}
              pageSize={filters.pageSize}
              pageSizeOptions={PAGE_SIZES}
              onPageSizeChange={(pageSize) => change({ pageSize, page: 1 })}
            />
          </>
        )}
      </Paper>
      <LazyAppointmentDialog
        open={editing.open}
        mode="edit"
        appointment={editing.appointment}
        onClose={() => setEditing((previous) => ({ ...previous, open: false }))}
      />
    </Stack>
  );
};
