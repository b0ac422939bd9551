import { Box } from '@mui/material';
import { Suspense, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { OptionalPart } from '../../../components/optional-part';
import { CountLinkList, type CountLinkItem } from './count-link-list';

type CountsBesideChartProps = {
  /** The list's accessible name, e.g. "Leads by status". */
  label: string;
  items: CountLinkItem[];
  /** Grid columns of chart and list. */
  columns: Record<string, string>;
  /** Size rules of the chart's box, e.g. `{ height: 200 }`. */
  chartSx?: Record<string, number>;
  /** Draws the chart; a click on mark `index` should call `open(index)`. */
  chart: (open: (index: number) => void) => ReactNode;
};

/**
 * A chart for the eye (hidden from screen readers, a mark opens the filtered table) beside the
 * same numbers as links, for everyone. With no leads at all there is nothing to draw. The chart's
 * code arrives after the numbers (lazy-charts.ts); its box keeps its place meanwhile, and stays
 * empty if that code cannot be fetched: the numbers are all there.
 */
export const CountsBesideChart = ({
  label,
  items,
  columns,
  chartSx,
  chart,
}: CountsBesideChartProps) => {
  const navigate = useNavigate();
  const open = (index: number) => {
    const href = items[index]?.href;
    if (href) void navigate(href);
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, alignItems: 'center', gridTemplateColumns: columns }}>
      {items.some((item) => item.count > 0) && (
        <Box
          aria-hidden
          sx={{ cursor: items.some((item) => item.href) ? 'pointer' : 'default', ...chartSx }}
        >
          <OptionalPart>
            <Suspense fallback={null}>{chart(open)}</Suspense>
          </OptionalPart>
        </Box>
      )}
      <CountLinkList label={label} items={items} />
    </Box>
  );
};
