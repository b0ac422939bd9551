import type { SvgIconComponent } from '@mui/icons-material';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GroupsIcon from '@mui/icons-material/Groups';
import PeopleIcon from '@mui/icons-material/People';
import type { UserRole } from '../../contract';

export type NavItem = {
  label: string;
  to: string;
  icon: SvgIconComponent;
  /** Shown only to these roles; everyone when absent. */
  roles?: readonly UserRole[];
};

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Overview', to: '/overview', icon: DashboardIcon },
  { label: 'Leads', to: '/leads', icon: PeopleIcon },
  { label: 'Pipeline', to: '/board', icon: ViewKanbanIcon },
  { label: 'Calendar', to: '/calendar', icon: CalendarMonthIcon },
  { label: 'Appointments', to: '/appointments', icon: EventNoteIcon },
  { label: 'Team', to: '/team', icon: GroupsIcon, roles: ['manager'] },
];

export const navItemsFor = (role: UserRole | null): NavItem[] =>
  NAV_ITEMS.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
