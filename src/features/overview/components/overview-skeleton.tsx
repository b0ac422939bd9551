import { Box, Paper, Skeleton } from '@mui/material';

const Panel = ({ lines }: { lines: number }) => (
  <Paper variant="outlined" sx={{ p: 2.5 }}>
    <Skeleton variant="text" width="40%" sx={{ fontSize: '1.25rem', mb: 1 }} />
    {Array.from({ length: lines }, (_, index) => (
      <Skeleton key={index} variant="text" />
    ))}
  </Paper>
);

/** The overview's shape while its first answer loads. */
export const OverviewSkeleton = () => (
  <Box role="status" aria-label="Loading the overview" sx={{ display: 'grid', gap: 2 }}>
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Skeleton variant="text" width={120} />
      <Skeleton variant="rectangular" width={140} height={56} sx={{ borderRadius: 1 }} />
    </Paper>
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <Panel lines={6} />
      <Panel lines={8} />
    </Box>
    <Panel lines={5} />
  </Box>
);
