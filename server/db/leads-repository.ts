/**
 * Leads: lookups, writes, and the filtered, ordered, paginated list. The default order is newest
 * first by id, which is creation order (ids grow as leads are created).
 */
import type { LeadListQuery, LeadOrderingField } from '../../src/contract';
import type { Db } from './connection';
import type { LeadRecord, Page } from './records';
import { containsPattern, createStatementCache } from './statement-cache';
import { ftsPrefixQuery } from './fts-query';
import { ftsTag } from './fts-tags';

const LEAD_SELECT = `SELECT l.*, o.username AS owner, a.username AS assignee
  FROM leads l
  JOIN users o ON o.id = l.owner_id
  LEFT JOIN users a ON a.id = l.assignee_id`;

/**
 * The only expressions `ordering` may become (a whitelist: the query text never holds input).
 * A name sorts by both names (first then last, or last then first); every ordering ends on the
 * id, so ties keep one stable order across pages.
 */
const ORDER_COLUMNS: Record<LeadOrderingField, readonly string[]> = {
  first_name: ['l.first_name COLLATE NOCASE', 'l.last_name COLLATE NOCASE'],
  last_name: ['l.last_name COLLATE NOCASE', 'l.first_name COLLATE NOCASE'],
  email: ['l.email COLLATE NOCASE'],
  phone: ['l.phone'],
  status: ['l.status'],
  source: ['l.source'],
  location: ['l.location COLLATE NOCASE'],
  owner: ['o.username COLLATE NOCASE'],
  assignee: ['a.username COLLATE NOCASE'],
  created_at: ['l.created_at'],
  updated_at: ['l.updated_at'],
};

/** The columns a search looks in (the `tags` column holds scope tokens, never searched). */
const SEARCH_COLUMNS = '{first_name last_name email phone}';

/** The fields a create or an update writes. */
export type LeadWrite = Pick<
  LeadRecord,
  | 'first_name'
  | 'last_name'
  | 'email'
  | 'phone'
  | 'status'
  | 'source'
  | 'location'
  | 'message'
  | 'assignee_id'
>;

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
  const userId = db.prepare('SELECT id FROM users WHERE username = ?').pluck();
  const ftsCount = db.prepare('SELECT COUNT(*) FROM leads_fts WHERE leads_fts MATCH ?').pluck();
  const ftsPage = db
    .prepare(
      'SELECT rowid FROM leads_fts WHERE leads_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?',
    )
    .pluck();
  const byIds = db.prepare(
    `${LEAD_SELECT} WHERE l.id IN (SELECT value FROM json_each(?)) ORDER BY l.id DESC`,
  );
  /** The leads of `ids`, in that order. */
  const rowsInOrder = (ids: number[]): LeadRecord[] => {
    if (ids.length === 0) return [];
    const found = new Map(
      (byIds.all(JSON.stringify(ids)) as LeadRecord[]).map((row) => [row.id, row]),
    );
    return ids.flatMap((id) => found.get(id) ?? []);
  };
  const markDeleted = db.prepare(
    "UPDATE leads SET status = 'deleted', updated_at = ? WHERE id = ?",
  );

  /**
   * The FTS path: a search with conditions FTS5 can express (scope, status, source, owner,
   * assignee) in the default order, counted and paged inside the index in id order.
   */
  const listByFts = (scope: LeadScope, query: LeadListQuery, terms: string): Page<LeadRecord> => {
    const tags: string[] = [];
    const mine = ftsTag.owner(scope.userId);
    const assignedToMe = ftsTag.assignee(scope.userId);
    if (query.list_type === 'assigned') tags.push(assignedToMe);
    else if (query.list_type === 'all' && !scope.isManager)
      tags.push(`(${mine} OR ${assignedToMe})`);
    else if (!scope.isManager) tags.push(mine);
    if (query.status !== undefined) tags.push(ftsTag.status(query.status));
    if (query.source !== undefined) tags.push(ftsTag.source(query.source));
    for (const role of ['owner', 'assignee'] as const) {
      const username = query[role];
      if (username === undefined) continue;
      const id = userId.get(username) as number | undefined;
      if (id === undefined) return { count: 0, rows: [] };
      tags.push(ftsTag[role](id));
    }
    // "NOT statusdeleted" merges a short list; a status filter already excludes deleted leads.
    const scopeTags = tags.length > 0 ? ` AND tags : (${tags.join(' AND ')})` : '';
    const liveOnly = query.status === undefined ? ` NOT tags : ${ftsTag.status('deleted')}` : '';
    const match = `${SEARCH_COLUMNS} : (${terms})${scopeTags}${liveOnly}`;
    const count = Number(ftsCount.get(match));
    const ids = ftsPage.all(match, query.limit, query.offset) as number[];
    return { count, rows: rowsInOrder(ids) };
  };

  const list = (scope: LeadScope, query: LeadListQuery): Page<LeadRecord> => {
    const terms = query.search === undefined ? null : ftsPrefixQuery(query.search);
    const sqlOnly =
      query.ordering !== undefined ||
      query.campaign_slug !== undefined ||
      (['first_name', 'last_name', 'email', 'phone'] as const).some(
        (field) => query[field] !== undefined,
      );
    if (terms !== null && !sqlOnly) return listByFts(scope, query, terms);
    const where: string[] = [];
    const params: (string | number)[] = [];
    // The trigger-kept counters' scope that answers the count when nothing else narrows it:
    // 0 is every live lead (a manager's list), a user's id is what they own or are assigned.
    let statsScope: number | null = query.list_type === 'assigned' || !scope.isManager ? null : 0;
    if (query.list_type === 'assigned') {
      where.push('l.assignee_id = ?');
      params.push(scope.userId);
    } else if (query.list_type === 'all' && !scope.isManager) {
      where.push('(l.owner_id = ? OR l.assignee_id = ?)');
      params.push(scope.userId, scope.userId);
      statsScope = scope.userId;
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
    if (terms !== null) {
      where.push('l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)');
      params.push(`${SEARCH_COLUMNS} : (${terms})`);
    }
    const base = where.length > 0 ? where.join(' AND ') : '1';
    // "!= 'deleted'" matches the partial indexes on live leads (id order, per owner, per assignee).
    const liveSql = `${base} AND l.status ${query.status === undefined ? "!= 'deleted'" : '= ?'}`;
    if (query.status !== undefined) params.push(query.status);
    // A whole scope (a manager's every lead, a rep's owned-or-assigned): the counters answer.
    const scopeOnly = where.length === (statsScope === 0 ? 0 : 1);
    const count =
      statsScope !== null && scopeOnly
        ? Number(
            statement(
              `SELECT COALESCE(SUM(n), 0) FROM lead_stats WHERE scope = ?${query.status === undefined ? '' : ' AND status = ?'}`,
            )
              .pluck()
              .get(statsScope, ...(query.status === undefined ? [] : [query.status])),
          )
        : Number(
            statement(`SELECT COUNT(*) FROM leads l WHERE ${liveSql}`)
              .pluck()
              .get(...params),
          );
    const ordering = query.ordering;
    const direction = ordering?.descending === false ? 'ASC' : 'DESC';
    const orderSql = ordering
      ? [...ORDER_COLUMNS[ordering.field], 'l.id']
          .map((expression) => `${expression} ${direction}`)
          .join(', ')
      : 'l.id DESC';
    // Ids first (index-only where possible, so a deep OFFSET skips index entries, not rows),
    // then the page's rows.
    const joins =
      ordering?.field === 'owner'
        ? 'JOIN users o ON o.id = l.owner_id'
        : ordering?.field === 'assignee'
          ? 'LEFT JOIN users a ON a.id = l.assignee_id'
          : '';
    const ids = statement(
      `SELECT l.id FROM leads l ${joins} WHERE ${liveSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...params, query.limit, query.offset) as number[];
    const rows = rowsInOrder(ids);
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
