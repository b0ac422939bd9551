import { Box, CircularProgress } from '@mui/material';

/** What the first visit shows while the page's code arrives, instead of a blank window. */
export const AppLoading = () => (
  <Box
    role="status"
    aria-label="Loading Epixel CRM"
    sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}
  >
    <CircularProgress aria-hidden />
  </Box>
);
