/**
 * MUI's Snackbar, whose code (with its transition) loads the first time it opens: most visits
 * to a page never show one, so it stays off the page's first paint (it is fetched just after,
 * while online). Once shown it stays mounted, so it closes with its transition.
 */
import type { SnackbarProps } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadWhileOnline } from '../lib/offline/preload-while-online';
import { loadCode } from '../lib/load-code';

const loadSnackbar = () => loadCode(() => import('@mui/material/Snackbar'));
const Snackbar = lazy(loadSnackbar);

export const LazySnackbar = (props: SnackbarProps) => {
  const [wanted, setWanted] = useState(Boolean(props.open));
  // A notice can follow an action taken offline (an edit kept for later): its code must be here.
  useEffect(() => preloadWhileOnline(loadSnackbar), []);
  if (props.open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  );
};
