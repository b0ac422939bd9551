import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { UserRole } from '../../../contract';
import { leadTableHref } from '../model/lead-links';

/** The big number: every lead the user may see; it opens the lead table. */
export const TotalLeads = ({ total, role }: { total: number; role: UserRole | null }) => (
  <Link
    component={RouterLink}
    to={leadTableHref(role)}
    underline="hover"
    aria-label={`Total leads: ${total}`}
    sx={{ display: 'inline-block' }}
  >
    <Typography
      component="span"
      sx={{ fontSize: { xs: 48, md: 56 }, fontWeight: 700, lineHeight: 1.1 }}
    >
      {total.toLocaleString('en-US')}
    </Typography>
  </Link>
);
