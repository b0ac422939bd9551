import { Box, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate } from 'react-router';
import { humanize, type Overview } from '../../../contract';
import { leadsBySourceHref } from '../lead-links';
import { CountLinkList, type CountLinkItem } from './count-link-list';

type SourceRow = Overview['LeadsData']['source'][number];

/** Leads by source: horizontal bars (a bar opens the filtered table) and the numbers as links. */
export const SourceBreakdown = ({ rows }: { rows: SourceRow[] }) => {
  const navigate = useNavigate();
  const theme = useTheme();
  const items: CountLinkItem[] = rows.map((row) => ({
    key: row.source,
    label: humanize(row.source),
    count: row.count,
    href: leadsBySourceHref(row.source),
  }));
  const hasLeads = items.some((item) => item.count > 0);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'center',
        gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
      }}
    >
      {hasLeads && (
        <Box aria-hidden sx={{ minWidth: 0, cursor: 'pointer' }}>
          <BarChart
            height={Math.max(200, items.length * 30 + 40)}
            layout="horizontal"
            hideLegend
            disableKeyboardNavigation
            borderRadius={4}
            margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
            yAxis={[{ scaleType: 'band', data: items.map((item) => item.label), width: 110 }]}
            xAxis={[{ tickMinStep: 1 }]}
            series={[
              {
                data: items.map((item) => item.count),
                label: 'Leads',
                color: theme.vars?.palette.primary.main ?? theme.palette.primary.main,
              },
            ]}
            onItemClick={(_event, { dataIndex }) => {
              const item = items[dataIndex];
              if (item) void navigate(item.href);
            }}
          />
        </Box>
      )}
      <CountLinkList label="Leads by source" items={items} />
    </Box>
  );
};
