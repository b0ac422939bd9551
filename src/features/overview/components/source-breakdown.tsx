import { Stack, Typography, useTheme } from '@mui/material';
import { BarChart } from './lazy-charts';
import { vocabularyLabel, type Overview, type UserRole } from '../../../contract';
import { leadTableHref } from '../model/lead-links';
import type { CountLinkItem } from './count-link-list';
import { CountsBesideChart } from './counts-beside-chart';

type SourceRow = Overview['LeadsData']['source'][number];

/**
 * Leads by source: horizontal bars (a bar opens the filtered table) and the numbers as links, or
 * as plain numbers with the reason when the server cannot filter the table by source.
 */
type SourceBreakdownProps = {
  rows: SourceRow[];
  role: UserRole | null;
  /** Why the lead table cannot be filtered by source on this server; the counts are then text. */
  unfilterable?: string;
  /** False when no table on this server shows what the counts count (said above them). */
  linked: boolean;
};

export const SourceBreakdown = ({ rows, role, unfilterable, linked }: SourceBreakdownProps) => {
  const theme = useTheme();
  const filterable = unfilterable === undefined;
  const items: CountLinkItem[] = rows.map((row) => ({
    key: row.source,
    label: vocabularyLabel(row.source),
    count: row.count,
    href: filterable && linked ? leadTableHref(role, { source: row.source }) : undefined,
  }));
  return (
    <Stack spacing={1}>
      {!filterable && (
        <Typography variant="body2" color="text.secondary">
          {unfilterable}
        </Typography>
      )}
      <CountsBesideChart
        label="Leads by source"
        items={items}
        columns={{ xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }}
        chartSx={{ minWidth: 0 }}
        chart={(open) => (
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
            onItemClick={(_event, { dataIndex }) => open(dataIndex)}
          />
        )}
      />
    </Stack>
  );
};
