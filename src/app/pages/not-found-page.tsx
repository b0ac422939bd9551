import { Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';

export const NotFoundPage = () => (
  <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
    <Typography variant="h4" component="h1">
      Page not found
    </Typography>
    <Typography color="text.secondary">There is nothing at this address.</Typography>
    <Button component={Link} to="/overview" variant="contained">
      Go to the overview
    </Button>
  </Stack>
);
