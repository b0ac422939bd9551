import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  IconButton,
  LinearProgress,
  Toolbar,
  Typography,
  useMediaQuery,
} from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { preloadWhileOnline } from '../../lib/offline/preload-while-online';
import { Link, Outlet, useNavigation } from 'react-router';
import { PendingWritesButton } from '../offline/pending-writes-button';
import { ShortcutLayer } from '../shortcuts/shortcut-layer';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { NetworkStatus } from './network-status';
import { OfflineDataStatus } from './offline-data-status';
import { SideNav } from './side-nav';
import { useWriteReplay } from '../offline/use-write-replay';
import { ThemeModeButton } from './theme-mode-button';
import { UndoProvider } from '../undo/undo-provider';
import { UserMenu } from './user-menu';
import { onDemandPart } from '../../components/on-demand-part';
import { AfterContent } from '../../components/after-content';

const loadPhoneDrawer = () => import('./phone-drawer');

const PhoneDrawer = onDemandPart(
  'The navigation',
  async () => (await loadPhoneDrawer()).PhoneDrawer,
);

/**
 * App bar, navigation (a column beside the page on wide screens, a drawer on phones, loaded
 * after the first paint), page, and the Undo snackbar every page offers its undoable actions to.
 */
export const AppShell = () => {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'), { noSsr: true });
  const [drawerOpen, setDrawerOpen] = useState(false);
  /** Mounted from the first opening on: a drawer never opened never needs its code. */
  const [drawerWanted, setDrawerWanted] = useState(false);
  if (drawerOpen && !drawerWanted) setDrawerWanted(true);
  const navigation = useNavigation();
  useEffect(() => {
    // Fetched while online, so it opens offline too; a failed fetch takes nothing down.
    if (!wide) preloadWhileOnline(loadPhoneDrawer);
  }, [wide]);
  useWriteReplay();

  return (
    <UndoProvider>
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <SkipLink />
        <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
          <Toolbar>
            {!wide && (
              <IconButton
                color="inherit"
                edge="start"
                aria-label="Open navigation"
                onClick={() => setDrawerOpen(true)}
                sx={{ mr: 1 }}
              >
                <MenuIcon />
              </IconButton>
            )}
            <Typography
              variant="h6"
              component={Link}
              to="/overview"
              sx={{ color: 'inherit', textDecoration: 'none', flexGrow: 1 }}
            >
              Epixel CRM
            </Typography>
            <AfterContent>
              <NetworkStatus />
              <PendingWritesButton />
              <ThemeModeButton />
              <UserMenu />
            </AfterContent>
          </Toolbar>
          {navigation.state === 'loading' && (
            <LinearProgress
              aria-label="Loading page"
              sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
            />
          )}
        </AppBar>
        {wide ? (
          <SideNav />
        ) : (
          drawerWanted && <PhoneDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        )}
        <Box
          component="main"
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, outline: 'none' }}
        >
          <Toolbar />
          <OfflineDataStatus />
          <Outlet />
        </Box>
        <ShortcutLayer />
      </Box>
    </UndoProvider>
  );
};
