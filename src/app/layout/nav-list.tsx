import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import { NavLink, useLocation } from 'react-router';
import { NAV_ITEMS } from './nav-items';

export const NavList = ({ onNavigate }: { onNavigate?: () => void }) => {
  const { pathname } = useLocation();
  return (
    <List component="nav" aria-label="Main">
      {NAV_ITEMS.map(({ label, to, icon: Icon }) => {
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
