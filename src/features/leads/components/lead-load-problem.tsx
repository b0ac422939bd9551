import { Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { isApiError } from '../../../lib/api-error';

type LeadLoadProblemProps = { error: Error; onRetry: () => void };

/**
 * A lead that could not be shown. The server's "no such lead" (a deleted lead, a mistyped
 * address, someone else's lead) is a dead end with a way back; an outage offers a retry.
 */
export const LeadLoadProblem = ({ error, onRetry }: LeadLoadProblemProps) => {
  const notFound = isApiError(error) && (error.kind === 'validation' || error.kind === 'rule');
  if (notFound) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="h4" component="h1">
          Lead not found
        </Typography>
        <Typography color="text.secondary">
          This lead does not exist, was deleted, or is not shared with you.
        </Typography>
        <Button component={Link} to="/leads" variant="contained">
          Back to leads
        </Button>
      </Stack>
    );
  }
  return <QueryErrorAlert onRetry={onRetry}>{error.message}</QueryErrorAlert>;
};
