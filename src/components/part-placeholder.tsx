import { Skeleton } from '@mui/material';

/**
 * The box an on-demand part (components/on-demand-part.tsx) keeps while its code arrives: the
 * part's height, so nothing below it jumps, and a status naming what is loading. A Skeleton is
 * a bare span; only with a role may it carry that name (axe's aria-prohibited-attr).
 */
export const PartPlaceholder = ({ label, height }: { label: string; height: number }) => (
  <Skeleton variant="rounded" height={height} role="status" aria-label={label} />
);
