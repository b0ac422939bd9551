/** "Skip to content": the page's first stop for the keyboard, seen only when focused. */
import { Link } from '@mui/material';

export const MAIN_CONTENT_ID = 'main-content';

export const SkipLink = () => (
  <Link
    href={`#${MAIN_CONTENT_ID}`}
    sx={{
      position: 'fixed',
      top: 8,
      left: 8,
      zIndex: (theme) => theme.zIndex.tooltip + 1,
      px: 2,
      py: 1,
      bgcolor: 'background.paper',
      color: 'primary.main',
      borderRadius: 1,
      boxShadow: 3,
      transform: 'translateY(-200%)',
      '&:focus': { transform: 'none' },
    }}
  >
    Skip to content
  </Link>
);
