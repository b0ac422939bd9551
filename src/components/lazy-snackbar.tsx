/**
 * MUI's Snackbar, whose code (with its transition) loads the first time it opens: most visits
 * to a page never show one, so it stays off the page's first paint. Once shown it stays
 * mounted, so it closes with its transition.
 */
import type { SnackbarProps } from '@mui/material';
import { lazy, Suspense, useState } from 'react';

const Snackbar = lazy(() => import('@mui/material/Snackbar'));

export const LazySnackbar = (props: SnackbarProps) => {
  const [wanted, setWanted] = useState(Boolean(props.open));
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  );
};
