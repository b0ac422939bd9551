import { Drawer, Toolbar } from '@mui/material';
import { DrawerUser } from './drawer-user';
import { NAV_WIDTH } from './nav-width';
import { NavList } from './nav-list';

type PhoneDrawerProps = { open: boolean; onClose: () => void };

/**
 * The navigation on a phone: a drawer over the page, opened from the app bar's menu button,
 * closed by a choice, Escape or a tap outside. Loaded on phones only, after the first paint.
 */
export const PhoneDrawer = ({ open, onClose }: PhoneDrawerProps) => (
  <Drawer
    variant="temporary"
    open={open}
    onClose={onClose}
    slotProps={{ paper: { 'aria-label': 'Navigation' } }}
    sx={{ '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
  >
    <Toolbar />
    <DrawerUser />
    <NavList onNavigate={onClose} />
  </Drawer>
);
