import { PieChart } from './lazy-charts';
import { vocabularyLabel, type Overview, type UserRole } from '../../../contract';
import { leadTableHref } from '../model/lead-links';
import type { CountLinkItem } from './count-link-list';
import { CountsBesideChart } from './counts-beside-chart';

type StatusRow = Overview['LeadsData']['status'][number];

const toItem = (role: UserRole | null, linked: boolean, row: StatusRow): CountLinkItem => ({
  key: row.status,
  label: vocabularyLabel(row.status),
  description: row.Description,
  count: row.count,
  href: linked ? leadTableHref(role, { status: row.status }) : undefined,
  color: row.Color,
});

/**
 * Leads by status, in the colours the API returns: a donut for the eye (a slice opens the
 * filtered table) and the same numbers as links beside it, for everyone (plain numbers when not
 * `linked`: no table on this server shows what they count).
 */
type StatusBreakdownProps = { rows: StatusRow[]; role: UserRole | null; linked: boolean };

export const StatusBreakdown = ({ rows, role, linked }: StatusBreakdownProps) => {
  const items = rows.map((row) => toItem(role, linked, row));
  return (
    <CountsBesideChart
      label="Leads by status"
      items={items}
      columns={{ xs: '1fr', sm: '200px 1fr' }}
      chartSx={{ height: 200 }}
      chart={(open) => (
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
          onItemClick={(_event, { dataIndex }) => open(dataIndex)}
        />
      )}
    />
  );
};
