import { Box } from '@mui/material';
import { PieChart } from '@mui/x-charts/PieChart';
import { useNavigate } from 'react-router';
import { humanize, type Overview } from '../../../contract';
import { leadsByStatusHref } from '../lead-links';
import { CountLinkList, type CountLinkItem } from './count-link-list';

type StatusRow = Overview['LeadsData']['status'][number];

const toItem = (row: StatusRow): CountLinkItem => ({
  key: row.status,
  label: humanize(row.status),
  description: row.Description,
  count: row.count,
  href: leadsByStatusHref(row.status),
  color: row.Color,
});

/**
 * Leads by status, in the colours the API returns: a donut for the eye (a slice opens the
 * filtered table) and the same numbers as links beside it, for everyone.
 */
export const StatusBreakdown = ({ rows }: { rows: StatusRow[] }) => {
  const navigate = useNavigate();
  const items = rows.map(toItem);
  const hasLeads = items.some((item) => item.count > 0);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'center',
        gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' },
      }}
    >
      {hasLeads && (
        <Box aria-hidden sx={{ height: 200, cursor: 'pointer' }}>
          <PieChart
            height={200}
            hideLegend
            disableKeyboardNavigation
            series={[
              {
                innerRadius: 50,
                paddingAngle: 1,
                cornerRadius: 3,
                data: items.map((item, index) => ({
                  id: index,
                  value: item.count,
                  label: item.label,
                  color: item.color,
                })),
              },
            ]}
            onItemClick={(_event, { dataIndex }) => {
              const item = items[dataIndex];
              if (item) void navigate(item.href);
            }}
          />
        </Box>
      )}
      <CountLinkList label="Leads by status" items={items} />
    </Box>
  );
};
