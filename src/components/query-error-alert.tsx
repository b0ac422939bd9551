import { Alert, AlertTitle, Button, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

type QueryErrorAlertProps = {
  /** Why it failed, in the server's words when it gave some. */
  children: ReactNode;
  /** Asks again (a query's `refetch`). */
  onRetry: () => unknown;
  title?: string;
  /** Shows the Retry button busy while the new request runs. */
  retrying?: boolean;
  sx?: SxProps<Theme>;
};

/** What a page or panel shows when its data could not be loaded: the reason and "Retry". */
export const QueryErrorAlert = ({
  children,
  onRetry,
  title,
  retrying,
  sx,
}: QueryErrorAlertProps) => (
  <Alert
    severity="error"
    sx={sx}
    action={
      <Button color="inherit" size="small" onClick={() => void onRetry()} loading={retrying}>
        Retry
      </Button>
    }
  >
    {title && <AlertTitle>{title}</AlertTitle>}
    {children}
  </Alert>
);
