import { Box, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export type CountLinkItem = {
  key: string;
  label: string;
  description?: string;
  count: number;
  href: string;
  /** A colour the API chose (lead statuses); drawn as a swatch beside the label. */
  color?: string;
};

/**
 * The numbers behind a chart, as links to the lead table filtered the same way: readable by a
 * screen reader and clickable, where the chart itself is only a picture.
 */
export const CountLinkList = ({ label, items }: { label: string; items: CountLinkItem[] }) => (
  <List dense aria-label={label} disablePadding>
    {items.map((item) => (
      <li key={item.key}>
        <ListItemButton
          component={RouterLink}
          to={item.href}
          aria-label={`${item.label}: ${item.count} ${item.count === 1 ? 'lead' : 'leads'}`}
          sx={{ borderRadius: 1, gap: 1.5 }}
        >
          {item.color && (
            <Box
              aria-hidden
              data-testid="status-swatch"
              style={{ backgroundColor: item.color }}
              sx={{ width: 12, height: 12, borderRadius: '50%', flexShrink: 0 }}
            />
          )}
          <ListItemText
            primary={item.label}
            secondary={item.description || undefined}
            sx={{ my: 0.25 }}
          />
          <Typography
            component="span"
            sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: 'primary.main' }}
          >
            {item.count}
          </Typography>
        </ListItemButton>
      </li>
    ))}
  </List>
);
