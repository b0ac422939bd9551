import { Box } from '@mui/material';
import { accountToday } from '../../lib/clock';
import { config } from '../../lib/config';
import { offlineMark } from '../../lib/offline/offline-mark';
import { useShownData } from '../../lib/offline/use-shown-data';
import { useOnline } from '../../lib/use-online';

/**
 * Above every page while offline: "Offline · showing what was loaded at 10:42". A status region
 * that is always there (empty online), so screen readers announce it when the network goes.
 */
export const OfflineDataStatus = () => {
  const online = useOnline();
  const shown = useShownData();
  const text = online ? '' : offlineMark(shown, config.accountTimeZone, accountToday());
  return (
    <Box
      role="status"
      aria-label="Offline data"
      sx={{
        typography: 'body2',
        ...(text && {
          mb: 2,
          px: 1.5,
          py: 1,
          borderRadius: 1,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
        }),
      }}
    >
      {text}
    </Box>
  );
};
