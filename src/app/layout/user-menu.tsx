import LogoutIcon from '@mui/icons-material/Logout';
import { Chip, IconButton, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/auth-mutations';
import { useSession } from '../../features/auth/api/use-session';
import { roleLabel } from './role-label';

export const UserMenu = () => {
  const { session } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!session) return null;
  const { username, role } = session.user;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {/* On a phone the name stays (who is signed in) and the role moves to the drawer. */}
      <Typography
        component="span"
        noWrap
        sx={{ maxWidth: { xs: 96, sm: 'none' }, overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {username}
      </Typography>
      {role && (
        <Chip
          size="small"
          label={roleLabel(role)}
          sx={{
            color: 'inherit',
            borderColor: 'currentColor',
            display: { xs: 'none', sm: 'inline-flex' },
          }}
          variant="outlined"
        />
      )}
      {/* The browser's own hint: MUI's Tooltip would add Popper.js to every page's entry. */}
      <IconButton
        color="inherit"
        aria-label="Sign out"
        title="Sign out"
        onClick={() => {
          logout();
          navigate('/login', { replace: true });
        }}
      >
        <LogoutIcon />
      </IconButton>
    </Stack>
  );
};
