import type { SvgIconComponent } from '@mui/icons-material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventNoteIcon from '@mui/icons-material/EventNote';
import PeopleIcon from '@mui/icons-material/People';

export type NavItem = { label: string; to: string; icon: SvgIconComponent };

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', to: '/overview', icon: DashboardIcon },
  { label: 'Leads', to: '/leads', icon: PeopleIcon },
  { label: 'Calendar', to: '/calendar', icon: CalendarMonthIcon },
  { label: 'Appointments', to: '/appointments', icon: EventNoteIcon },
];
