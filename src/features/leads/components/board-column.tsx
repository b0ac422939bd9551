/**
 * One status on the board: its name in the API's colour, how many leads it holds, its cards a
 * page at a time, and a drop target for cards dragged from other columns. The next page loads by
 * itself when the column's end scrolls into view; "Load more" stays for the keyboard and screen
 * readers (and browsers without IntersectionObserver).
 */
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { vocabularyLabel, type Lead, type LeadStatus } from '../../../contract';
import { boardColumnQuery } from '../api/board-queries';
import type { LeadFilterParams } from '../model/lead-list-params';
import { useStatusPalette } from '../api/status-palette';
import { BOARD_DRAG_TYPE, BoardCard } from './board-card';
import { useWhenVisible } from './use-when-visible';

type Props = {
  status: LeadStatus;
  filters: LeadFilterParams;
  onMove: (lead: Lead, to: LeadStatus) => void;
  /** A card dropped here, by slug: the board finds the lead in whichever column holds it. */
  onDropSlug: (slug: string, to: LeadStatus) => void;
};

export const BoardColumn = ({ status, filters, onMove, onDropSlug }: Props) => {
  const column = useInfiniteQuery(boardColumnQuery(filters, status));
  const color = useStatusPalette()[status] ?? 'divider';
  const [dragOver, setDragOver] = useState(false);
  const leads = column.data?.pages.flatMap((page) => page.results) ?? [];
  const count = column.data?.pages[0]?.count;
  const headingId = `board-column-${status}`;
  const end = useWhenVisible<HTMLDivElement>(
    () => void column.fetchNextPage(),
    column.hasNextPage && !column.isFetchingNextPage && !column.isError,
  );

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(BOARD_DRAG_TYPE)) return;
        event.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragOver(false);
        const slug = event.dataTransfer.getData(BOARD_DRAG_TYPE);
        if (slug) onDropSlug(slug, status);
      }}
      sx={{
        width: 260,
        flexShrink: 0,
        p: 1,
        borderTop: 4,
        borderTopColor: color,
        bgcolor: dragOver ? 'action.hover' : 'background.paper',
      }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', px: 0.5, pb: 1 }}>
        <Typography id={headingId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {vocabularyLabel(status)}
        </Typography>
        <Typography
          variant="subtitle2"
          color="text.secondary"
          aria-label={`${count ?? 'loading'} leads`}
        >
          {count ?? '…'}
        </Typography>
      </Stack>
      {column.isError && (
        <QueryErrorAlert onRetry={() => column.refetch()}>{column.error.message}</QueryErrorAlert>
      )}
      <Stack component="ul" spacing={1} sx={{ m: 0, p: 0 }}>
        {leads.map((lead) => (
          <BoardCard key={lead.slug} lead={lead} onMove={onMove} />
        ))}
      </Stack>
      {column.hasNextPage && (
        <Box ref={end} sx={{ pt: 1, textAlign: 'center' }}>
          <Button
            size="small"
            loading={column.isFetchingNextPage}
            onClick={() => void column.fetchNextPage()}
            aria-label={`Load more ${vocabularyLabel(status)} leads`}
          >
            Load more
          </Button>
        </Box>
      )}
    </Paper>
  );
};
