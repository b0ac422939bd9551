/**
 * The manager's team view. An Epixel server offers no per-rep counts, so they are derived from
 * `leads/list/` counts (one one-row request per rep and status, cached for a minute, sent in
 * parallel) and from the week's appointments grouped by their owner (the whole week in pages of
 * 100). The API filters appointments by no rep, so an appointment count opens the calendar's week.
 */
import { Alert, Stack, Typography } from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { LEAD_STATUSES } from '../../contract';
import { appointmentRangeQuery } from '../../features/appointments/api/appointment-queries';
import { useSession } from '../../features/auth/api/use-session';
import { leadCountQuery, type LeadCountFilter } from '../../features/leads/api/lead-count-queries';
import { assignableUsersQuery } from '../../features/leads/api/lead-queries';
import { userDisplayName } from '../../features/leads/model/user-display-name';
import { TeamTable, type TeamMember } from '../../features/team/components/team-table';
import { countByOwner, weekOf } from '../../features/team/model/team-week';
import { accountToday } from '../../lib/clock';

const leadsHref = (owner: string, status?: string) =>
  `/leads?${new URLSearchParams(status ? { owner, status } : { owner }).toString()}`;

const countKey = ({ owner, status }: LeadCountFilter) => `${owner}\n${status ?? ''}`;

export const TeamPage = () => {
  const role = useSession().session?.user.role ?? null;
  const users = useQuery(assignableUsersQuery());
  const members: TeamMember[] = (users.data ?? []).map((user) => ({
    username: user.username,
    name: userDisplayName(user),
  }));
  const filters: LeadCountFilter[] = members.flatMap(({ username }) => [
    { owner: username },
    ...LEAD_STATUSES.map((status) => ({ owner: username, status })),
  ]);
  const counts = useQueries({
    queries: filters.map((filter) => leadCountQuery(filter)),
    combine: (results) =>
      new Map(filters.map((filter, index) => [countKey(filter), results[index]?.data])),
  });
  const week = weekOf(accountToday());
  const appointments = useQuery({
    ...appointmentRangeQuery({ date_from: week.monday, date_to: week.sunday }),
    select: countByOwner,
  });

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Team
      </Typography>
      {role !== 'manager' && (
        <Alert severity="info">The team view counts every rep’s leads; it is for managers.</Alert>
      )}
      {users.isError && <Alert severity="error">The team couldn’t be loaded.</Alert>}
      <Typography variant="body2" color="text.secondary">
        Leads each person owns, by status, and their appointments from {week.monday} to{' '}
        {week.sunday}. Every number opens what it counts.
      </Typography>
      <TeamTable
        members={members}
        statuses={LEAD_STATUSES}
        leadCount={(owner, status) => counts.get(countKey({ owner, status }))}
        appointmentCount={(owner) =>
          appointments.data ? (appointments.data.get(owner) ?? 0) : undefined
        }
        leadsHref={leadsHref}
        appointmentsHref={`/calendar?view=timeGridWeek&date=${week.monday}`}
      />
    </Stack>
  );
};
