import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import { IconButton } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';

/**
 * Switches between light and dark; until then the system's preference rules. The hint is the
 * browser's own (`title`): MUI's Tooltip would put Popper.js (7 kB gzip) in every page's entry.
 */
export const ThemeModeButton = () => {
  const { mode, systemMode, setMode } = useColorScheme();
  const effective = mode === 'system' ? systemMode : mode;
  const next = effective === 'dark' ? 'light' : 'dark';
  return (
    <IconButton
      color="inherit"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setMode(next)}
    >
      {effective === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
    </IconButton>
  );
};
