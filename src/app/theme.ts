/**
 * Light and dark palettes; the mode follows the system until the user picks one. Motion follows
 * the system too: with "reduce motion" set, dialogs, menus, snackbars and ripples appear at once.
 */
import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  colorSchemes: {
    light: { palette: { primary: { main: '#1565c0' }, background: { default: '#f5f7fa' } } },
    dark: { palette: { primary: { main: '#90caf9' } } },
  },
  cssVariables: { colorSchemeSelector: 'class' },
  motion: { reducedMotion: 'system' },
  shape: { borderRadius: 8 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: {
      defaultProps: { elevation: 0 },
      styleOverrides: { root: { backgroundImage: 'none' } },
    },
    // An unselected toggle's default grey (action.active) falls under 4.5:1 on the page's
    // background; the secondary text colour keeps it readable on paper and page alike.
    MuiToggleButton: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&:not(.Mui-selected)': { color: t.vars?.palette.text.secondary },
        }),
      },
    },
  },
});
