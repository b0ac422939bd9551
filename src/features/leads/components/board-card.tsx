/**
 * A lead on the board: its name (a link to the lead), email, and a "Move" menu, which is how the
 * keyboard (and a screen reader) moves a card; the mouse may also drag it to another column.
 */
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Card, IconButton, Link, Menu, MenuItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { vocabularyLabel, LEAD_STATUSES, type Lead, type LeadStatus } from '../../../contract';

export const BOARD_DRAG_TYPE = 'application/x-crm-lead';

type Props = { lead: Lead; onMove: (lead: Lead, to: LeadStatus) => void };

export const BoardCard = ({ lead, onMove }: Props) => {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const name = `${lead.first_name} ${lead.last_name}`.trim() || lead.slug;
  return (
    <Card
      component="li"
      variant="outlined"
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(BOARD_DRAG_TYPE, lead.slug);
        event.dataTransfer.effectAllowed = 'move';
      }}
      sx={{ p: 1.5, cursor: 'grab', listStyle: 'none' }}
      aria-label={name}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
        <Stack sx={{ minWidth: 0, flexGrow: 1 }}>
          <Link component={RouterLink} to={`/leads/${encodeURIComponent(lead.slug)}`} noWrap>
            {name}
          </Link>
          <Typography variant="body2" color="text.secondary" noWrap>
            {lead.email}
          </Typography>
        </Stack>
        <IconButton
          size="small"
          aria-label={`Move ${name}`}
          aria-haspopup="menu"
          onClick={(event) => setMenuAnchor(event.currentTarget)}
        >
          <MoreVertIcon fontSize="small" />
        </IconButton>
      </Stack>
      <Menu anchorEl={menuAnchor} open={Boolean(menuAnchor)} onClose={() => setMenuAnchor(null)}>
        {LEAD_STATUSES.filter((status) => status !== lead.status).map((status) => (
          <MenuItem
            key={status}
            onClick={() => {
              setMenuAnchor(null);
              onMove(lead, status);
            }}
          >
            Move to {vocabularyLabel(status)}
          </MenuItem>
        ))}
      </Menu>
    </Card>
  );
};
