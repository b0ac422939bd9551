/** Leads: list, details, create, update (full replace), soft delete. */
import type { z } from 'zod';
import {
  DELETED_STATUS,
  MESSAGES,
  leadCreateSchema,
  leadDeleteSchema,
  leadDetailsQuerySchema,
  leadListQuerySchema,
  leadUpdateSchema,
  toContractErrors,
  type ContractErrors,
  type LeadCreate,
} from '../../src/contract';
import type { LeadWrite } from '../db/leads-repository';
import type { LeadRecord } from '../db/records';
import type { UsersRepository } from '../db/users-repository';
import { timestampNow } from '../domain/clock';
import { canDeleteLead, canSeeLead, canUpdateLead } from '../domain/permissions';
import { toAppointment, toLead, toNote } from '../domain/serializers';
import { uniqueSlug } from '../domain/slug';
import { fieldError, ruleFailed, validationError } from '../http/api-error';
import { isManager } from '../http/app-env';
import { readBody, type RequestBody } from '../http/body';
import type { Define } from '../http/endpoint';
import { paginate } from '../http/pagination';
import { ok } from '../http/respond';
import { parseOr400 } from '../http/validate';
import type { RouteDeps } from './deps';

/**
 * Parses a create/update body; the assignee must name an active user. Field errors are reported
 * together, as DRF does.
 */
const parseLeadBody = <S extends typeof leadCreateSchema | typeof leadUpdateSchema>(
  schema: S,
  body: RequestBody,
  users: UsersRepository,
): { data: z.output<S>; assigneeId: number | null } => {
  const result = schema.safeParse(body);
  const errors: ContractErrors = result.success ? {} : toContractErrors(result.error);
  let assigneeId: number | null = null;
  const assignee = result.success ? result.data.assignee : body.assignee;
  if (!errors.assignee && typeof assignee === 'string' && assignee.trim() !== '') {
    assigneeId = users.findActiveId(assignee.trim()) ?? null;
    if (assigneeId === null) errors.assignee = [MESSAGES.assigneeNotFound];
  }
  if (!result.success || Object.keys(errors).length > 0) throw validationError(errors);
  return { data: result.data as z.output<S>, assigneeId };
};

const leadWrite = (data: LeadCreate, assigneeId: number | null): LeadWrite => ({
  first_name: data.first_name,
  last_name: data.last_name,
  email: data.email,
  phone: data.phone,
  status: data.status,
  source: data.source,
  location: data.location ?? '',
  message: data.message ?? '',
  assignee_id: assigneeId,
});

const isLive = (lead: LeadRecord | undefined): lead is LeadRecord =>
  lead !== undefined && lead.status !== DELETED_STATUS;

export const registerLeadRoutes = (define: Define, deps: RouteDeps): void => {
  const { repos, clock } = deps;

  define('GET', 'leadList', 'user', async (c) => {
    const query = parseOr400(leadListQuerySchema, c.req.query());
    const user = c.get('user');
    const page = repos.leads.list({ userId: user.id, isManager: isManager(user) }, query);
    return ok(c, paginate(c.req.url, query, page.count, page.rows.map(toLead)));
  });

  define('GET', 'leadDetails', 'user', async (c) => {
    const { slug } = parseOr400(leadDetailsQuerySchema, c.req.query());
    const lead = repos.leads.findBySlug(slug);
    if (!isLive(lead) || !canSeeLead(c.get('user'), lead)) {
      throw fieldError('slug', MESSAGES.slugInvalid);
    }
    return ok(c, {
      ...toLead(lead),
      notes: repos.notes.listForLead(lead.id).map(toNote),
      appointments: repos.appointments.listForLead(lead.id).map(toAppointment),
    });
  });

  define('POST', 'leadCreate', 'user', async (c) => {
    const { data, assigneeId } = parseLeadBody(leadCreateSchema, await readBody(c), repos.users);
    const now = timestampNow(clock);
    const id = repos.leads.create({
      ...leadWrite(data, assigneeId),
      slug: uniqueSlug(data.first_name, data.last_name, repos.leads.slugExists),
      owner_id: c.get('user').id,
      campaign_slug: null,
      created_at: now,
      updated_at: now,
    });
    return ok(c, toLead(repos.leads.findById(id) as LeadRecord));
  });

  define('POST', 'leadUpdate', 'user', async (c) => {
    const { data, assigneeId } = parseLeadBody(leadUpdateSchema, await readBody(c), repos.users);
    const lead = repos.leads.findBySlug(data.slug);
    if (!isLive(lead)) throw ruleFailed(MESSAGES.leadDoesNotExist);
    if (!canUpdateLead(c.get('user'), lead)) throw ruleFailed(MESSAGES.notLeadOwner);
    repos.leads.update(lead.id, {
      ...leadWrite(data, assigneeId),
      updated_at: timestampNow(clock),
    });
    return ok(c, toLead(repos.leads.findById(lead.id) as LeadRecord));
  });

  define('POST', 'leadDelete', 'user', async (c) => {
    const { slug } = parseOr400(leadDeleteSchema, await readBody(c));
    const lead = repos.leads.findBySlug(slug);
    if (!lead) throw fieldError('slug', MESSAGES.leadNotFound);
    if (lead.status === DELETED_STATUS) throw fieldError('slug', MESSAGES.leadAlreadyDeleted);
    if (!canDeleteLead(c.get('user'), lead)) throw ruleFailed(MESSAGES.cannotDeleteLead);
    repos.leads.markDeleted(lead.id, timestampNow(clock));
    return ok(c, {});
  });
};
