import { Alert, Box, Button } from '@mui/material';
import { useRouteError } from 'react-router';

/** A page that failed to load or crashed: say so and offer a reload. */
export const RouteError = () => {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <Box component="main" sx={{ p: 3 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        This page could not be shown: {message}
      </Alert>
    </Box>
  );
};
