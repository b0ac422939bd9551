import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined';
import { ColumnsPanelTrigger, Toolbar } from '@mui/x-data-grid';

/**
 * Only the column chooser: search and filters sit above the table and run on the server, so
 * the grid's own quick filter and export (which would see one page only) are left out.
 */
export const LeadTableToolbar = () => (
  <Toolbar>
    <ColumnsPanelTrigger startIcon={<ViewColumnIcon />} size="small">
      Columns
    </ColumnsPanelTrigger>
  </Toolbar>
);
