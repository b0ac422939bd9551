import { Box, Paper, Typography } from '@mui/material';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { LoginForm } from '../../features/auth/components/login-form';
import { AppLoading } from '../layout/app-loading';

/**
 * Only paths of this site are followed after sign-in: not `//host`, not a backslash (browsers
 * read a backslash as a slash), not the sign-in page itself.
 */
const safeNext = (next: string | null): string =>
  next &&
  next.startsWith('/') &&
  !next.startsWith('//') &&
  !next.includes('\\') &&
  !next.startsWith('/login')
    ? next
    : '/overview';

export const LoginPage = () => {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { session, expired } = useSession();
  const next = safeNext(searchParams.get('next'));

  if (session && !expired)
    return (
      <>
        <Navigate to={next} replace />
        <AppLoading />
      </>
    );

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Paper variant="outlined" sx={{ p: 4, width: '100%', maxWidth: 400 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          Epixel CRM
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          Sign in to work your leads.
        </Typography>
        <LoginForm onSignedIn={() => navigate(next, { replace: true })} />
      </Paper>
    </Box>
  );
};
