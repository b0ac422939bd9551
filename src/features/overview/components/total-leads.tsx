import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { UserRole } from '../../../contract';
import { leadTableHref } from '../model/lead-links';

type TotalLeadsProps = {
  total: number;
  role: UserRole | null;
  /** False when no table on this server lists what the total counts: the number is text. */
  linked: boolean;
};

const TotalNumber = ({ total }: { total: number }) => (
  <Typography
    component="span"
    sx={{ fontSize: { xs: 48, md: 56 }, fontWeight: 700, lineHeight: 1.1 }}
  >
    {total.toLocaleString('en-US')}
  </Typography>
);

/** The big number: every lead the user may see; it opens the lead table. */
export const TotalLeads = ({ total, role, linked }: TotalLeadsProps) =>
  linked ? (
    <Link
      component={RouterLink}
      to={leadTableHref(role)}
      underline="hover"
      aria-label={`Total leads: ${total}`}
      sx={{ display: 'inline-block' }}
    >
      <TotalNumber total={total} />
    </Link>
  ) : (
    <TotalNumber total={total} />
  );
