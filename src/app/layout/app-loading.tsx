import { Box, CircularProgress } from '@mui/material';

/**
 * What shows after sign-in while the page asked for arrives (its code, its first data), instead
 * of a blank window. The first visit's equivalent is in index.html, drawn before any script.
 */
export const AppLoading = () => (
  <Box
    role="status"
    aria-label="Loading Epixel CRM"
    sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}
  >
    <CircularProgress aria-hidden />
  </Box>
);
