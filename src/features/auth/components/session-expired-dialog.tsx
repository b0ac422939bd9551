import { Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useSession } from '../api/use-session';
import { LoginForm } from './login-form';

/**
 * When the session ends mid-work (refresh refused), the user signs in again here, over the
 * page they were on: nothing on the page, typed input included, is lost.
 */
export const SessionExpiredDialog = () => {
  const { session, expired } = useSession();
  return (
    <Dialog open={expired} aria-labelledby="session-expired-title">
      <DialogTitle id="session-expired-title">Your session has expired</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Sign in again to carry on. Your page and anything you typed are kept.
        </DialogContentText>
        <LoginForm defaultUsername={session?.user.username ?? ''} />
      </DialogContent>
    </Dialog>
  );
};
