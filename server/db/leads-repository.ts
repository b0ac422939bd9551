/** Leads: lookups, writes, and the filtered, ordered, paginated list. */
import type { LeadListQuery, LeadOrderingField } from '../../src/contract';
import type { Db } from './connection';
import type { LeadRecord, Page } from './records';
import { containsPattern, createStatementCache } from './statement-cache';
import { ftsPrefixQuery } from './fts-query';

const LEAD_SELECT = `SELECT l.*, o.username AS owner, a.username AS assignee
  FROM leads l
  JOIN users o ON o.id = l.owner_id
  LEFT JOIN users a ON a.id = l.assignee_id`;

/** The only expressions `ordering` may become (a whitelist: the query text never holds input). */
const ORDER_COLUMNS: Record<LeadOrderingField, string> = {
  first_name: 'l.first_name COLLATE NOCASE',
  last_name: 'l.last_name COLLATE NOCASE',
  email: 'l.email COLLATE NOCASE',
  phone: 'l.phone',
  status: 'l.status',
  source: 'l.source',
  location: 'l.location COLLATE NOCASE',
  owner: 'o.username COLLATE NOCASE',
  assignee: 'a.username COLLATE NOCASE',
  created_at: 'l.created_at',
  updated_at: 'l.updated_at',
};

export type LeadWrite = {
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  status: string;
  source: string;
  location: string;
  message: string;
  assignee_id: number | null;
};

export type NewLead = LeadWrite & {
  slug: string;
  owner_id: number;
  campaign_slug: string | null;
  created_at: string;
  updated_at: string;
};

export type LeadScope = { userId: number; isManager: boolean };

export const createLeadsRepository = (db: Db) => {
  const statement = createStatementCache(db);
  const bySlug = db.prepare(`${LEAD_SELECT} WHERE l.slug = ?`);
  const byId = db.prepare(`${LEAD_SELECT} WHERE l.id = ?`);
  const slugTaken = db.prepare('SELECT 1 FROM leads WHERE slug = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO leads (slug, first_name, last_name, email, phone, status, source, location,
       message, campaign_slug, owner_id, assignee_id, created_at, updated_at)
     VALUES (@slug, @first_name, @last_name, @email, @phone, @status, @source, @location,
       @message, @campaign_slug, @owner_id, @assignee_id, @created_at, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE leads SET first_name = @first_name, last_name = @last_name, email = @email,
       phone = @phone, status = @status, source = @source, location = @location,
       message = @message, assignee_id = @assignee_id, updated_at = @updated_at
     WHERE id = @id`,
  );
  const markDeleted = db.prepare(
    "UPDATE leads SET status = 'deleted', updated_at = ? WHERE id = ?",
  );

  const list = (scope: LeadScope, query: LeadListQuery): Page<LeadRecord> => {
    const where: string[] = ["l.status != 'deleted'"];
    const params: (string | number)[] = [];
    if (query.list_type === 'assigned') {
      where.push('l.assignee_id = ?');
      params.push(scope.userId);
    } else if (!scope.isManager) {
      where.push('l.owner_id = ?');
      params.push(scope.userId);
    }
    for (const field of ['first_name', 'last_name', 'email', 'phone'] as const) {
      const value = query[field];
      if (value !== undefined) {
        where.push(`l.${field} LIKE ? ESCAPE '\\'`);
        params.push(containsPattern(value));
      }
    }
    if (query.status !== undefined) {
      where.push('l.status = ?');
      params.push(query.status);
    }
    if (query.source !== undefined) {
      where.push('l.source = ?');
      params.push(query.source);
    }
    if (query.campaign_slug !== undefined) {
      where.push('l.campaign_slug = ? COLLATE NOCASE');
      params.push(query.campaign_slug);
    }
    if (query.owner !== undefined) {
      where.push('l.owner_id IN (SELECT id FROM users WHERE username = ?)');
      params.push(query.owner);
    }
    if (query.assignee !== undefined) {
      where.push('l.assignee_id IN (SELECT id FROM users WHERE username = ?)');
      params.push(query.assignee);
    }
    if (query.search !== undefined) {
      const match = ftsPrefixQuery(query.search);
      if (match !== null) {
        where.push('l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)');
        params.push(match);
      }
    }
    const whereSql = where.join(' AND ');
    const ordering = query.ordering;
    const direction = ordering?.descending === false ? 'ASC' : 'DESC';
    const orderSql = ordering
      ? `${ORDER_COLUMNS[ordering.field]} ${direction}, l.id ${direction}`
      : 'l.created_at DESC, l.id DESC';
    const count = Number(
      statement(`SELECT COUNT(*) FROM leads l WHERE ${whereSql}`)
        .pluck()
        .get(...params),
    );
    const rows = statement(
      `${LEAD_SELECT} WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as LeadRecord[];
    return { count, rows };
  };

  return {
    findBySlug: (slug: string) => bySlug.get(slug) as LeadRecord | undefined,
    findById: (id: number) => byId.get(id) as LeadRecord | undefined,
    slugExists: (slug: string) => slugTaken.get(slug) !== undefined,
    create: (lead: NewLead): number => Number(insert.run(lead).lastInsertRowid),
    update: (id: number, lead: LeadWrite & { updated_at: string }) => update.run({ ...lead, id }),
    markDeleted: (id: number, updatedAt: string) => markDeleted.run(updatedAt, id),
    list,
  };
};
export type LeadsRepository = ReturnType<typeof createLeadsRepository>;
