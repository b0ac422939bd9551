import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/use-session';
import { navItemsFor } from './nav-items';

export const NavList = ({ onNavigate }: { onNavigate?: () => void }) => {
  const { pathname } = useLocation();
  const role = useSession().session?.user.role ?? null;
  return (
    <List component="nav" aria-label="Main">
      {navItemsFor(role).map(({ label, to, icon: Icon }) => {
        const current = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <ListItemButton
            key={to}
            component={NavLink}
            to={to}
            selected={current}
            aria-current={current ? 'page' : undefined}
            onClick={onNavigate}
          >
            <ListItemIcon>
              <Icon />
            </ListItemIcon>
            <ListItemText primary={label} />
          </ListItemButton>
        );
      })}
    </List>
  );
};
