/**
 * Leads by rep and status, and appointments this week by rep: one row per person, every number
 * a link to the view it counts. A number still loading shows a dash, never a guessed zero.
 */
import {
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { vocabularyLabel } from '../../../contract';

export type TeamMember = { username: string; name: string };

type Props = {
  members: readonly TeamMember[];
  statuses: readonly string[];
  /** Leads a member owns, in a status or (without one) in all. */
  leadCount: (username: string, status?: string) => number | undefined;
  appointmentCount: (username: string) => number | undefined;
  leadsHref: (username: string, status?: string) => string;
  appointmentsHref: string;
};

const CountLink = ({ count, to, label }: { count?: number; to: string; label: string }) =>
  count === undefined ? (
    <span aria-label={`${label}: loading`}>–</span>
  ) : (
    <Link component={RouterLink} to={to} aria-label={`${label}: ${count}`}>
      {count}
    </Link>
  );

export const TeamTable = ({
  members,
  statuses,
  leadCount,
  appointmentCount,
  leadsHref,
  appointmentsHref,
}: Props) => (
  <TableContainer component={Paper} variant="outlined">
    <Table size="small" aria-label="Leads and appointments by rep">
      <TableHead>
        <TableRow>
          <TableCell>Rep</TableCell>
          {statuses.map((status) => (
            <TableCell key={status} align="right">
              {vocabularyLabel(status)}
            </TableCell>
          ))}
          <TableCell align="right">All leads</TableCell>
          <TableCell align="right">Appointments this week</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {members.map(({ username, name }) => (
          <TableRow key={username}>
            <TableCell component="th" scope="row">
              {name}
            </TableCell>
            {statuses.map((status) => (
              <TableCell key={status} align="right">
                <CountLink
                  count={leadCount(username, status)}
                  to={leadsHref(username, status)}
                  label={`${name}, ${vocabularyLabel(status)}`}
                />
              </TableCell>
            ))}
            <TableCell align="right">
              <CountLink
                count={leadCount(username)}
                to={leadsHref(username)}
                label={`${name}, all leads`}
              />
            </TableCell>
            <TableCell align="right">
              <CountLink
                count={appointmentCount(username)}
                to={appointmentsHref}
                label={`${name}, appointments this week`}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);
