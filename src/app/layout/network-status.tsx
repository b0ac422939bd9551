import { Box } from '@mui/material';
import { useOnline } from '../../lib/use-online';

/**
 * "Offline" in the app bar while the browser has no network. The live region is always there
 * (empty when online), so screen readers announce the change when it happens.
 */
export const NetworkStatus = () => {
  const online = useOnline();
  return (
    <Box
      role="status"
      aria-label="Connection"
      sx={{
        mr: online ? 0 : 1,
        px: online ? 0 : 1,
        borderRadius: 1,
        border: online ? 'none' : '1px solid currentColor',
        typography: 'body2',
        fontWeight: 500,
      }}
    >
      {online ? '' : 'Offline'}
    </Box>
  );
};
