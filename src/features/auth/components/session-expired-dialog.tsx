import { Button, Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useSession } from '../api/use-session';
import { LoginForm } from './login-form';

type Props = {
  /** Gives up the page: sign out and go to the sign-in page (unsaved input is lost). */
  onSwitchUser: () => void;
};

/**
 * When the session ends mid-work (refresh refused), the user signs in again here, over the
 * page they were on: nothing on the page, typed input included, is lost. It is the same person
 * (the username is fixed) so the page's data stays theirs; someone else signs out first.
 * There is no way to dismiss it: without a session nothing on the page would work.
 */
export const SessionExpiredDialog = ({ onSwitchUser }: Props) => {
  const { session, expired } = useSession();
  const username = session?.user.username ?? '';
  return (
    <Dialog open={expired} aria-labelledby="session-expired-title" fullWidth maxWidth="xs">
      <DialogTitle id="session-expired-title">Your session has expired</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Sign in again to carry on. Your page and anything you typed are kept.
        </DialogContentText>
        <LoginForm key={username} defaultUsername={username} lockUsername={Boolean(username)} />
        <Button onClick={onSwitchUser} sx={{ mt: 1 }} fullWidth>
          Sign in as someone else
        </Button>
      </DialogContent>
    </Dialog>
  );
};
