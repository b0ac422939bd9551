import { describe, expect, it } from 'vitest';
import { classifyPlan, leadsAliases } from '../../bench/query-plans';
import { dragVerdict, serverP99LimitMs, serverVerdict } from '../../bench/targets';
import { summarize } from '../../bench/stats';

describe('leadsAliases', () => {
  it('knows the table by its name and its aliases, and not leads_fts', () => {
    const sql =
      'SELECT * FROM leads l JOIN users o ON o.id = l.owner_id WHERE l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)';
    expect([...leadsAliases(sql)].sort()).toEqual(['l', 'leads']);
  });

  it('does not take a keyword for an alias', () => {
    expect([...leadsAliases('SELECT 1 FROM leads WHERE id = ?')]).toEqual(['leads']);
  });
});

describe('classifyPlan', () => {
  const sql = "SELECT COUNT(*) FROM leads l WHERE l.status != 'deleted'";
  const line = (detail: string) => ({ depth: 0, detail });

  it('flags a SCAN of leads without an index as a full table scan', () => {
    expect(classifyPlan(sql, [line('SCAN l')])).toEqual({
      fullScanOfLeads: true,
      indexWalkOfLeads: false,
      tempBTree: false,
    });
  });

  it('tells an index walk from a full scan', () => {
    expect(classifyPlan(sql, [line('SCAN l USING COVERING INDEX leads_status')])).toMatchObject({
      fullScanOfLeads: false,
      indexWalkOfLeads: true,
    });
  });

  it('passes index searches and ignores scans of other tables', () => {
    expect(
      classifyPlan(sql, [
        line('SEARCH l USING INDEX leads_owner_created (owner_id=?)'),
        line('SCAN leads_fts VIRTUAL TABLE INDEX 0:M4'),
        line('SCAN o USING COVERING INDEX sqlite_autoindex_users_1'),
      ]),
    ).toEqual({ fullScanOfLeads: false, indexWalkOfLeads: false, tempBTree: false });
  });

  it('notes a sort in a temporary b-tree', () => {
    expect(classifyPlan(sql, [line('USE TEMP B-TREE FOR ORDER BY')]).tempBTree).toBe(true);
  });
});

describe('targets', () => {
  it('sets no p99 limit below 100k, 10 ms at 100k, 20 ms at 1M', () => {
    expect(serverP99LimitMs(10_000)).toBeNull();
    expect(serverP99LimitMs(100_000)).toBe(10);
    expect(serverP99LimitMs(1_000_000)).toBe(20);
  });

  it('judges only hot queries, on p99', () => {
    const fast = summarize([1, 2, 9.5]);
    const slow = summarize([1, 2, 30]);
    expect(serverVerdict(true, 100_000, fast)).toBe('met');
    expect(serverVerdict(true, 100_000, slow)).toBe('MISSED');
    expect(serverVerdict(true, 1_000_000, summarize([19]))).toBe('met');
    expect(serverVerdict(false, 100_000, slow)).toBeNull();
    expect(serverVerdict(true, 10_000, slow)).toBeNull();
    expect(serverVerdict(true, 100_000, null)).toBeNull();
  });

  it('wants every drag painted in the first frame after the drop', () => {
    expect(dragVerdict([1, 1, 1])).toBe('met');
    expect(dragVerdict([1, 2])).toBe('MISSED');
    expect(dragVerdict([])).toBeNull();
  });
});
