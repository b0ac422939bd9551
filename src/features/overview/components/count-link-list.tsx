import { Box, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export type CountLinkItem = {
  key: string;
  label: string;
  description?: string;
  count: number;
  /** The filtered table; absent when the server cannot filter that way (plain text then). */
  href?: string;
  /** A colour the API chose (lead statuses); drawn as a swatch beside the label. */
  color?: string;
};

const CountRow = ({ item }: { item: CountLinkItem }) => (
  <>
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
  </>
);

/**
 * The numbers behind a chart, as links to the lead table filtered the same way: readable by a
 * screen reader and clickable, where the chart itself is only a picture. A number whose filter
 * the server ignores is plain text: a link would promise a filter the table cannot apply.
 */
export const CountLinkList = ({ label, items }: { label: string; items: CountLinkItem[] }) => (
  <List dense aria-label={label} disablePadding>
    {items.map((item) =>
      item.href ? (
        <li key={item.key}>
          <ListItemButton
            component={RouterLink}
            to={item.href}
            aria-label={`${item.label}: ${item.count} ${item.count === 1 ? 'lead' : 'leads'}`}
            sx={{ borderRadius: 1, gap: 1.5 }}
          >
            <CountRow item={item} />
          </ListItemButton>
        </li>
      ) : (
        <ListItem key={item.key} sx={{ gap: 1.5 }}>
          <CountRow item={item} />
        </ListItem>
      ),
    )}
  </List>
);
