import { Link as MuiLink } from '@mui/material';
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { vocabularyLabel, type Lead } from '../../../contract';
import { PAGE_SIZE_OPTIONS, type LeadListState, type LeadSort } from '../api/lead-list-params';
import { formatDateTime } from '../../../lib/format-date-time';
import { LeadStatusChip } from './lead-status-chip';
import { LeadTableEmpty } from './lead-table-empty';
import { LeadTableToolbar } from './lead-table-toolbar';
import { useStoredColumnVisibility } from './use-stored-column-visibility';

const HIDDEN_COLUMNS_KEY = 'crm.leads.hidden-columns';

const fullName = (lead: Lead): string => `${lead.first_name} ${lead.last_name}`.trim();

const columns: GridColDef<Lead>[] = [
  {
    field: 'first_name',
    headerName: 'Name',
    hideable: false,
    flex: 1.2,
    minWidth: 170,
    valueGetter: (_value, lead) => fullName(lead),
    renderCell: ({ row }) => (
      <MuiLink component={Link} to={`/leads/${encodeURIComponent(row.slug)}`}>
        {fullName(row) || row.email}
      </MuiLink>
    ),
  },
  { field: 'email', headerName: 'Email', flex: 1.3, minWidth: 200 },
  { field: 'phone', headerName: 'Phone', minWidth: 140 },
  {
    field: 'status',
    headerName: 'Status',
    minWidth: 120,
    renderCell: ({ row }) => <LeadStatusChip status={row.status} />,
  },
  { field: 'source', headerName: 'Source', minWidth: 130, valueFormatter: vocabularyLabel },
  { field: 'owner', headerName: 'Owner', minWidth: 110 },
  {
    field: 'assignee',
    headerName: 'Assignee',
    minWidth: 110,
    valueFormatter: (value: string | null) => value ?? '—',
  },
  {
    field: 'created_at',
    headerName: 'Created',
    minWidth: 170,
    valueFormatter: (value: string) => formatDateTime(value),
  },
];

type LeadTableProps = {
  state: LeadListState;
  onStateChange: (next: LeadListState) => void;
  rows: Lead[];
  rowCount: number;
  loading: boolean;
  filtered: boolean;
};

/**
 * The server pages and sorts (only one page of leads is ever in the browser). Clicking a row
 * opens the lead; the name is also a real link, for the keyboard and for "open in new tab".
 */
export const LeadTable = ({
  state,
  onStateChange,
  rows,
  rowCount,
  loading,
  filtered,
}: LeadTableProps) => {
  const navigate = useNavigate();
  const [columnVisibility, setColumnVisibility] = useStoredColumnVisibility(HIDDEN_COLUMNS_KEY);
  const sortField = state.sort?.field;
  const descending = state.sort?.descending;
  // Stable models: the grid treats a new array as a new sort and would reset to page 1.
  const sortModel = useMemo<GridSortModel>(
    () => (sortField ? [{ field: sortField, sort: descending ? 'desc' : 'asc' }] : []),
    [sortField, descending],
  );
  const paginationModel = useMemo(
    () => ({ page: state.page, pageSize: state.pageSize }),
    [state.page, state.pageSize],
  );

  const onPagination = (model: GridPaginationModel) =>
    onStateChange({
      ...state,
      page: model.pageSize === state.pageSize ? model.page : 0,
      pageSize: model.pageSize,
    });

  const onSort = (model: GridSortModel) => {
    const [first] = model;
    const sort: LeadSort | null = first
      ? { field: first.field as LeadSort['field'], descending: first.sort === 'desc' }
      : null;
    onStateChange({ ...state, sort, page: 0 });
  };

  return (
    <DataGrid
      aria-label="Leads"
      rows={rows}
      columns={columns}
      getRowId={(lead) => lead.slug}
      rowCount={rowCount}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      disableColumnFilter
      disableRowSelectionOnClick
      paginationModel={paginationModel}
      onPaginationModelChange={onPagination}
      pageSizeOptions={[...PAGE_SIZE_OPTIONS]}
      sortModel={sortModel}
      onSortModelChange={onSort}
      onRowClick={({ row }) => navigate(`/leads/${encodeURIComponent(row.slug)}`)}
      columnVisibilityModel={columnVisibility}
      onColumnVisibilityModelChange={setColumnVisibility}
      showToolbar
      slots={{
        toolbar: LeadTableToolbar,
        noRowsOverlay: () => <LeadTableEmpty filtered={filtered} />,
      }}
      sx={{ minHeight: 320, '& .MuiDataGrid-row': { cursor: 'pointer' } }}
    />
  );
};
