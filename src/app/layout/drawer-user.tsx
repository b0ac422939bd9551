import { Box, Typography } from '@mui/material';
import { useSession } from '../../features/auth/api/use-session';
import { roleLabel } from './role-label';

/** On a phone the app bar has no room for the name: the drawer says who is signed in. */
export const DrawerUser = () => {
  const { session } = useSession();
  if (!session) return null;
  const { username, role } = session.user;
  return (
    <Box sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="caption" color="text.secondary">
        Signed in as
      </Typography>
      <Typography sx={{ fontWeight: 600 }}>{username}</Typography>
      {role && (
        <Typography variant="body2" color="text.secondary">
          {roleLabel(role)}
        </Typography>
      )}
    </Box>
  );
};
