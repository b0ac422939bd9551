import { useState } from 'react';
import { useLocation } from 'react-router';
import { LazySnackbar } from '../../../components/lazy-snackbar';

const readNotice = (state: unknown): string | null =>
  typeof state === 'object' &&
  state !== null &&
  'notice' in state &&
  typeof state.notice === 'string'
    ? state.notice
    : null;

/**
 * A short confirmation handed over by the page we came from ("Lead created", "… was deleted"),
 * passed in the navigation state so a reload does not show it again.
 */
export const RouteNotice = () => {
  const location = useLocation();
  const [shown, setShown] = useState<{ key: string; open: boolean }>({
    key: location.key,
    open: true,
  });
  if (shown.key !== location.key) setShown({ key: location.key, open: true });
  const notice = readNotice(location.state);
  return (
    <LazySnackbar
      open={notice !== null && shown.open}
      autoHideDuration={5000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') setShown({ key: location.key, open: false });
      }}
      message={notice}
    />
  );
};
