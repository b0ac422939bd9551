import { Box, Toolbar } from '@mui/material';
import { NAV_WIDTH } from './nav-width';
import { NavList } from './nav-list';
import { AfterContent } from '../../components/after-content';

/**
 * The navigation beside the page on a wide screen: a fixed column under the app bar. A plain
 * box, not MUI's permanent Drawer, whose module brings Modal, focus trap and transitions into
 * every page's first load for a phone drawer that wide screens never open.
 */
export const SideNav = () => (
  <Box sx={{ width: NAV_WIDTH, flexShrink: 0 }}>
    <Box
      sx={{
        position: 'fixed',
        top: 0,
        bottom: 0,
        left: 0,
        width: NAV_WIDTH,
        overflowY: 'auto',
        borderRight: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        zIndex: (theme) => theme.zIndex.drawer,
      }}
    >
      <Toolbar />
      <AfterContent>
        <NavList />
      </AfterContent>
    </Box>
  </Box>
);
