/** GET leads/overview/: counts per status and source, total, and the caller's appointments. */
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  LEAD_STATUS_PALETTE,
  overviewQuerySchema,
} from '../../src/contract';
import { overviewWindow } from '../domain/overview-window';
import { toAppointment } from '../domain/serializers';
import { isManager } from '../http/app-env';
import type { Define } from '../http/endpoint';
import { ok } from '../http/respond';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

const countOf = (rows: { key: string; count: number }[], key: string): number =>
  rows.find((row) => row.key === key)?.count ?? 0;

export const registerOverviewRoutes = (define: Define, { repos, clock }: RouteDeps): void => {
  define('GET', 'overview', 'user', async (c) => {
    const { appointment } = parseOr400(overviewQuerySchema, c.req.query());
    const user = c.get('user');
    const counts = repos.overview.counts(user.id, isManager(user));
    const status = LEAD_STATUSES.map((value) => ({
      status: value,
      count: countOf(counts.status, value),
      ...LEAD_STATUS_PALETTE[value],
    }));
    const source = LEAD_SOURCES.map((value) => ({
      source: value,
      count: countOf(counts.source, value),
    }));
    const appointments = repos.appointments.listForOwner(
      user.id,
      overviewWindow(appointment, clock),
    );
    return ok(c, {
      LeadsData: { status, source },
      TotalLeads: status.reduce((total, row) => total + row.count, 0),
      appointments: appointments.map(toAppointment),
    });
  });
};
