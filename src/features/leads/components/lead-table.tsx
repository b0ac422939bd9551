import {
  Box,
  LinearProgress,
  Stack,
  Table,
  TableContainer,
  Typography,
  useMediaQuery,
} from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { useNavigate } from 'react-router';
import type { Lead } from '../../../contract';
import { UNSUPPORTED_MESSAGES } from '../model/lead-list-capabilities';
import { PAGE_SIZE_OPTIONS, type LeadListState } from '../model/lead-list-params';
import { LEAD_COLUMNS, leadPath } from './lead-columns';
import { LeadColumnChooser } from './lead-column-chooser';
import { leadName } from '../model/lead-name';
import { PageSelectCell, RowSelectCell } from './lead-selection-cells';
import { LeadTableBody } from './lead-table-body';
import { useStatusPalette } from '../api/status-palette';
import { LeadTableEmpty } from './lead-table-empty';
import { LeadTableHead } from './lead-table-head';
import type { LeadSelectionControls } from './use-lead-selection';
import { useGridNavigation } from './use-grid-navigation';
import { useStoredColumnVisibility } from './use-stored-column-visibility';
import { TablePager } from '../../../components/table-pager';
import { AfterContent } from '../../../components/after-content';

const HIDDEN_COLUMNS_KEY = 'crm.leads.hidden-columns';

type LeadTableProps = {
  state: LeadListState;
  onStateChange: (next: LeadListState) => void;
  rows: Lead[];
  rowCount: number;
  loading: boolean;
  filtered: boolean;
  selection: LeadSelectionControls;
  /** False when the server ignores our `ordering`: the headers do not sort and the table says why. */
  sortable: boolean;
};

const SORT_OFF_ID = 'lead-table-sort-off';
/** The pager's height: 40 px buttons, 4 px above and below; its stand-in at a cold start. */
const PAGER_HEIGHT = 48;

/**
 * The server pages and sorts (only one page of leads is ever in the browser), so a plain table
 * serves: no client-side grid engine. Clicking a row opens the lead; the name is also a real
 * link, for "open in new tab". On a phone the table shows the name and the status. The first
 * column selects rows for bulk actions (Tab still lands on the first lead's name first).
 */
export const LeadTable = ({
  state,
  onStateChange,
  rows,
  rowCount,
  loading,
  filtered,
  selection,
  sortable,
}: LeadTableProps) => {
  const navigate = useNavigate();
  const onPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const [visibility, setVisibility] = useStoredColumnVisibility(HIDDEN_COLUMNS_KEY);
  const columns = LEAD_COLUMNS.filter((column) =>
    onPhone ? column.onPhone : visibility[column.field] !== false,
  );
  const palette = useStatusPalette();
  const open = (lead: Lead) => void navigate(leadPath(lead));
  // Column 0 is the selection checkbox; the lead's columns follow.
  const grid = useGridNavigation(rows.length, columns.length + 1, (row) => open(rows[row]!), 1);

  return (
    <Stack sx={{ height: '100%' }}>
      {!onPhone && (
        <Box sx={{ px: 1, py: 0.5 }}>
          <LeadColumnChooser
            columns={LEAD_COLUMNS}
            visibility={visibility}
            onChange={setVisibility}
          />
        </Box>
      )}
      {!sortable && (
        <Typography id={SORT_OFF_ID} variant="body2" color="text.secondary" sx={{ px: 2, py: 0.5 }}>
          {UNSUPPORTED_MESSAGES.ordering}
        </Typography>
      )}
      <Box sx={{ height: 4 }}>{loading && <LinearProgress aria-label="Loading leads" />}</Box>
      <TableContainer sx={{ flex: 1 }}>
        <Table
          stickyHeader
          size="small"
          role="grid"
          aria-label="Leads"
          aria-busy={loading}
          aria-describedby={sortable ? undefined : SORT_OFF_ID}
        >
          <LeadTableHead
            columns={columns}
            sort={state.sort}
            onSort={sortable ? (sort) => onStateChange({ ...state, sort, page: 0 }) : undefined}
            leading={
              <PageSelectCell
                checked={selection.allOnPage}
                indeterminate={selection.someOnPage}
                disabled={rows.length === 0}
                onToggle={selection.togglePage}
              />
            }
          />
          <LeadTableBody onKeyDown={grid.onKeyDown}>
            {rows.map((lead, rowIndex) => (
              <tr
                key={lead.slug}
                aria-selected={selection.selectedRows.includes(lead)}
                onClick={() => open(lead)}
              >
                <RowSelectCell
                  name={leadName(lead)}
                  checked={selection.selectedRows.includes(lead)}
                  onToggle={(range) => selection.toggleRow(lead.slug, range)}
                  focus={grid.cellFocus(rowIndex, 0)}
                />
                {columns.map((column, colIndex) => {
                  const focus = grid.cellFocus(rowIndex, colIndex + 1);
                  return (
                    <td
                      key={column.field}
                      role="gridcell"
                      tabIndex={column.ownsFocus ? undefined : focus.tabIndex}
                      onFocus={focus.onFocus}
                    >
                      {column.render(lead, { tabIndex: focus.tabIndex, palette })}
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows.length === 0 && !loading && (
              <tr>
                <td role="gridcell" colSpan={columns.length + 1} style={{ height: 240 }}>
                  <LeadTableEmpty filtered={filtered} />
                </td>
              </tr>
            )}
          </LeadTableBody>
        </Table>
      </TableContainer>
      <AfterContent placeholder={<Box sx={{ height: PAGER_HEIGHT }} />}>
        <TablePager
          count={rowCount}
          page={state.page}
          pageSize={state.pageSize}
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          onPageChange={(page) => onStateChange({ ...state, page })}
          onPageSizeChange={(pageSize) => onStateChange({ ...state, page: 0, pageSize })}
        />
      </AfterContent>
    </Stack>
  );
};
