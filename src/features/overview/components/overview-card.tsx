import { Paper, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

type Props = { title: string; titleId: string; action?: ReactNode; children: ReactNode };

/** A titled panel of the overview; the title names its region for assistive technology. */
export const OverviewCard = ({ title, titleId, action, children }: Props) => (
  <Paper
    component="section"
    variant="outlined"
    aria-labelledby={titleId}
    sx={{ p: { xs: 2, md: 2.5 }, minWidth: 0 }}
  >
    <Stack
      direction="row"
      sx={{
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 1,
        mb: 1.5,
        flexWrap: 'wrap',
      }}
    >
      <Typography variant="h6" component="h2" id={titleId}>
        {title}
      </Typography>
      {action}
    </Stack>
    {children}
  </Paper>
);
