import { Alert, AlertTitle, Button } from '@mui/material';
import { isApiError, UNAVAILABLE_MESSAGE } from '../../../lib/api-error';

type Props = { error: unknown; onRetry: () => void; retrying: boolean };

/** The overview could not load: say why, in the server's words when it gave some, and retry. */
export const OverviewError = ({ error, onRetry, retrying }: Props) => {
  const message = isApiError(error) ? error.formMessages().join(' ') : UNAVAILABLE_MESSAGE;
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          Retry
        </Button>
      }
    >
      <AlertTitle>The overview could not be loaded</AlertTitle>
      {message}
    </Alert>
  );
};
