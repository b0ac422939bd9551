import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/contract';
import {
  csvField,
  csvRow,
  LEAD_CSV_COLUMNS,
  leadsCsvFileName,
  leadsToCsv,
} from '../../../src/features/leads/model/leads-csv';
import { parseCsv } from './parse-csv';

const lead = (overrides: Partial<Lead> = {}): Lead => ({
  id: 1,
  slug: 'ann-lee-1',
  first_name: 'Ann',
  last_name: 'Lee',
  email: 'ann@example.com',
  phone: '5550001111',
  status: 'customer',
  source: 'social_media',
  location: 'Athens',
  message: '',
  owner: 'raj',
  assignee: null,
  created_at: '2026-11-28 09:30:00',
  updated_at: '2026-11-28 10:00:00',
  ...overrides,
});

describe('a CSV field', () => {
  it('is left as it is when plain', () => {
    expect(csvField('Ann Lee')).toBe('Ann Lee');
    expect(csvField('')).toBe('');
    expect(csvField("O'Brien")).toBe("O'Brien");
  });

  it('is quoted when it holds a comma, a quote, CR or LF, with inner quotes doubled', () => {
    expect(csvField('Lee, Ann')).toBe('"Lee, Ann"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it.each(['=1+1', '+14155550123', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'keeps %j as text with a leading quote, so a spreadsheet never runs it',
    (value) => {
      expect(csvField(value).replace(/^"/, '')).toMatch(new RegExp(`^'\\${value.charAt(0)}`));
    },
  );

  it('guards and quotes together: =HYPERLINK("x","y") stays text and reads back whole', () => {
    const value = '=HYPERLINK("http://evil","click")';
    expect(csvField(value)).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(parseCsv(`${csvRow([value, 'next'])}\r\n`)).toEqual([[`'${value}`, 'next']]);
  });

  it('does not touch a sign inside the text', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Ann-Marie')).toBe('Ann-Marie');
  });
});

describe('the leads CSV', () => {
  it('has a header row, then one row per lead in readable words, CRLF-terminated', () => {
    const csv = leadsToCsv([lead(), lead({ slug: 'bo-2', first_name: 'Bo', assignee: 'sara' })]);
    expect(csv.slice(-2)).toBe('\r\n');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(LEAD_CSV_COLUMNS.map((column) => column.header));
    expect(rows[0]!.slice(0, 6)).toEqual([
      'First name',
      'Last name',
      'Email',
      'Phone',
      'Status',
      'Source',
    ]);
    const byHeader = (row: string[]) =>
      Object.fromEntries(rows[0]!.map((header, index) => [header, row[index]]));
    expect(byHeader(rows[1]!)).toMatchObject({
      'First name': 'Ann',
      Status: 'Customer',
      Source: 'Social media',
      Assignee: '',
      Owner: 'raj',
      Created: '2026-11-28 09:30:00',
    });
    expect(byHeader(rows[2]!)).toMatchObject({ 'First name': 'Bo', Assignee: 'sara' });
  });

  it('keeps awkward text intact through a round trip', () => {
    const message = 'Wants "premium", call after 5pm\nAsk for Jo';
    const rows = parseCsv(leadsToCsv([lead({ message, first_name: '=cmd|calc' })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(message);
    expect(rows[1]![0]).toBe("'=cmd|calc");
  });

  it('is only the header for no leads', () => {
    expect(parseCsv(leadsToCsv([]))).toHaveLength(1);
  });

  it('is named after the day', () => {
    expect(leadsCsvFileName('2026-11-28 17:45')).toBe('leads-2026-11-28.csv');
  });
});
