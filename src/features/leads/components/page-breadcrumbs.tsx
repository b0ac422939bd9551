import { Breadcrumbs, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router';

type Crumb = { label: string; to: string };

/** Where this page sits: `Leads / Ada Lovelace / Edit`. */
export const PageBreadcrumbs = ({ trail, current }: { trail: Crumb[]; current: string }) => (
  <Breadcrumbs aria-label="Breadcrumb">
    {trail.map((crumb) => (
      <MuiLink key={crumb.to} component={Link} to={crumb.to} underline="hover" color="inherit">
        {crumb.label}
      </MuiLink>
    ))}
    <Typography color="text.primary" aria-current="page">
      {current}
    </Typography>
  </Breadcrumbs>
);
