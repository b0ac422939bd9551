import { TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import type { ReactNode } from 'react';
import type { LeadSort } from '../model/lead-list-params';
import type { LeadColumn } from './lead-columns';

type LeadTableHeadProps = {
  columns: readonly LeadColumn[];
  sort: LeadSort | null;
  /** Absent when the server cannot sort: the headers are then plain text. */
  onSort?: (next: LeadSort | null) => void;
  /** A cell before the columns' (the page's selection checkbox). */
  leading: ReactNode;
};

/** A header click sorts ascending, then descending, then back to the server's order. */
const nextSort = (sort: LeadSort | null, field: LeadColumn['field']): LeadSort | null => {
  if (sort?.field !== field) return { field, descending: false };
  return sort.descending ? null : { field, descending: true };
};

export const LeadTableHead = ({ columns, sort, onSort, leading }: LeadTableHeadProps) => (
  <TableHead>
    <TableRow>
      {leading}
      {columns.map((column) => {
        const sorted = sort?.field === column.field;
        const direction = sorted && sort.descending ? 'desc' : 'asc';
        return (
          <TableCell
            key={column.field}
            sx={{ minWidth: { sm: column.minWidth }, fontWeight: 500 }}
            aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
          >
            {onSort ? (
              <TableSortLabel
                active={sorted}
                direction={direction}
                sx={{ width: '100%' }}
                onClick={() => onSort(nextSort(sort, column.field))}
              >
                {column.header}
              </TableSortLabel>
            ) : (
              column.header
            )}
          </TableCell>
        );
      })}
    </TableRow>
  </TableHead>
);
