import { Skeleton, Stack } from '@mui/material';

/** The shape of a lead page while it loads, so nothing jumps when it arrives. */
export const LeadPageSkeleton = ({ label }: { label: string }) => (
  <Stack spacing={2} role="status" aria-label={label}>
    <Skeleton variant="text" width={280} height={48} />
    <Skeleton variant="rounded" height={180} />
    <Skeleton variant="rounded" height={240} />
  </Stack>
);
