/** Appointments: list, create, partial update, delete, with the rules of contract section 7. */
import {
  APPOINTMENT_FIELDS,
  DELETED_STATUS,
  MESSAGES,
  appointmentCreateSchema,
  appointmentDeleteSchema,
  appointmentListQuerySchema,
  appointmentTimingProblem,
  appointmentUpdateSchema,
  type AppointmentTimingProblem,
} from '../../src/contract';
import type { AppointmentRecord, LeadRecord } from '../db/records';
import { bookWithoutClash } from '../domain/booking';
import { minuteNow, timestampNow } from '../domain/clock';
import { canChangeOwnItem, canSeeLead } from '../domain/permissions';
import { toAppointment } from '../domain/serializers';
import { fieldError, ruleFailed } from '../http/api-error';
import { isManager, type AuthUser } from '../http/app-env';
import { readBody } from '../http/body';
import type { Define } from '../http/endpoint';
import { paginate } from '../http/pagination';
import { ok } from '../http/respond';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

export const registerAppointmentRoutes = (define: Define, deps: RouteDeps): void => {
  const { db, repos, clock } = deps;

  /** The lead an appointment may be taken under, or the documented failure. */
  const bookableLead = (user: AuthUser, slug: string): LeadRecord => {
    const lead = repos.leads.findBySlug(slug);
    if (!lead || lead.status === DELETED_STATUS) throw fieldError('slug', MESSAGES.slugInvalid);
    if (!canSeeLead(user, lead)) throw fieldError('slug', MESSAGES.cannotTakeAppointment);
    return lead;
  };

  /** An appointment that exists and whose lead is not deleted. */
  const existing = (id: number): AppointmentRecord => {
    const appointment = repos.appointments.findById(id);
    if (!appointment || appointment.lead_status === DELETED_STATUS) {
      throw fieldError('appointment_id', MESSAGES.appointmentNotFound);
    }
    return appointment;
  };

  /** The contract's rules fail as the documented rule failure; our bounds, on their field. */
  const timing = (problem: AppointmentTimingProblem | null) => {
    if (problem === null) return;
    throw problem.documented
      ? ruleFailed(problem.message)
      : fieldError(problem.field, problem.message);
  };

  define('GET', 'appointmentList', 'user', async (c) => {
    const query = parseOr400(appointmentListQuerySchema, c.req.query());
    const user = c.get('user');
    const page = repos.appointments.list({ userId: user.id, isManager: isManager(user) }, query);
    return ok(c, paginate(c.req.url, query, page.count, page.rows.map(toAppointment)));
  });

  define('POST', 'appointmentCreate', 'user', async (c) => {
    const body = await readBody(c);
    if (Object.keys(body).length === 0) throw ruleFailed(MESSAGES.bodyDataNotFound);
    const data = parseOr400(appointmentCreateSchema, body);
    const user = c.get('user');
    const lead = bookableLead(user, data.slug);
    const interval = { start: data.appointment_date, end: data.appointment_to };
    timing(appointmentTimingProblem(interval, minuteNow(clock)));
    const id = bookWithoutClash(
      db,
      repos.appointments,
      { ownerId: user.id, interval, status: data.appointment_status },
      () =>
        repos.appointments.create({
          lead_id: lead.id,
          owner_id: user.id,
          appointment_date: interval.start,
          appointment_to: interval.end,
          appointment_note: data.appointment_note ?? '',
          appointment_status: data.appointment_status,
          created_at: timestampNow(clock),
        }),
    );
    return ok(c, toAppointment(repos.appointments.findById(id) as AppointmentRecord));
  });

  define('POST', 'appointmentUpdate', 'user', async (c) => {
    const body = await readBody(c);
    if (Object.keys(body).length === 0) throw ruleFailed(MESSAGES.bodyDataNotFound);
    const data = parseOr400(appointmentUpdateSchema, body);
    if (APPOINTMENT_FIELDS.every((field) => data[field] === undefined)) {
      throw ruleFailed(MESSAGES.bodyDataNotFound);
    }
    const user = c.get('user');
    const appointment = existing(data.appointment_id);
    if (!canChangeOwnItem(user, appointment.owner_id)) {
      throw ruleFailed(MESSAGES.cannotUpdateAppointment);
    }
    const leadId = data.slug === undefined ? appointment.lead_id : bookableLead(user, data.slug).id;
    const interval = {
      start: data.appointment_date ?? appointment.appointment_date,
      end: data.appointment_to ?? appointment.appointment_to,
    };
    const startChanged = interval.start !== appointment.appointment_date;
    const timesChanged = startChanged || interval.end !== appointment.appointment_to;
    timing(appointmentTimingProblem(interval, minuteNow(clock), { startChanged, timesChanged }));
    const status = data.appointment_status ?? appointment.appointment_status;
    bookWithoutClash(
      db,
      repos.appointments,
      { ownerId: appointment.owner_id, interval, status, exceptId: appointment.id },
      () =>
        repos.appointments.update(appointment.id, {
          lead_id: leadId,
          appointment_date: interval.start,
          appointment_to: interval.end,
          appointment_note: data.appointment_note ?? appointment.appointment_note,
          appointment_status: status,
          updated_at: timestampNow(clock),
        }),
    );
    return ok(c, toAppointment(repos.appointments.findById(appointment.id) as AppointmentRecord));
  });

  define('POST', 'appointmentDelete', 'user', async (c) => {
    const { appointment_id: id } = parseOr400(appointmentDeleteSchema, await readBody(c));
    const appointment = existing(id);
    if (!canChangeOwnItem(c.get('user'), appointment.owner_id)) {
      throw ruleFailed(MESSAGES.cannotDeleteAppointment);
    }
    repos.appointments.delete(appointment.id);
    return ok(c, {});
  });
};
