/** /calendar: plan the week by dragging (lazy route: FullCalendar loads only here). */
import { Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { CalendarPanel } from '../../features/appointments/components/calendar-panel';
import { useSession } from '../../features/auth/api/use-session';

export const CalendarPage = () => {
  const { session } = useSession();
  const username = session?.user.username ?? '';
  const isManager = session?.user.role === 'manager';
  const user = useMemo(() => ({ username, isManager }), [username, isManager]);
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Calendar
      </Typography>
      <CalendarPanel user={user} />
    </Stack>
  );
};
