import { describe, expect, it } from 'vitest';
import {
  NO_SELECTION,
  selectedOnPage,
  togglePage,
  toggleRow,
  type LeadSelection,
} from '../../../src/features/leads/model/lead-selection';

const PAGE = ['a', 'b', 'c', 'd', 'e'];
const picked = (selection: LeadSelection) => selectedOnPage(selection, PAGE);

describe('lead selection', () => {
  it('toggles one row on and off', () => {
    const one = toggleRow(NO_SELECTION, PAGE, 'b', false);
    expect(picked(one)).toEqual(['b']);
    expect(picked(toggleRow(one, PAGE, 'b', false))).toEqual([]);
  });

  it('selects the range from the last clicked row with Shift, in either direction', () => {
    const anchor = toggleRow(NO_SELECTION, PAGE, 'd', false);
    expect(picked(toggleRow(anchor, PAGE, 'b', true))).toEqual(['b', 'c', 'd']);
    const down = toggleRow(toggleRow(NO_SELECTION, PAGE, 'a', false), PAGE, 'c', true);
    expect(picked(down)).toEqual(['a', 'b', 'c']);
  });

  it('clears a Shift range when the clicked row was selected', () => {
    const all = togglePage(NO_SELECTION, PAGE);
    const anchor = toggleRow(all, PAGE, 'b', false);
    expect(picked(toggleRow(anchor, PAGE, 'd', true))).toEqual(['a', 'e']);
  });

  it('Shift without an earlier click selects the one row', () => {
    expect(picked(toggleRow(NO_SELECTION, PAGE, 'c', true))).toEqual(['c']);
  });

  it('the page checkbox selects the whole page, then nothing', () => {
    const some = toggleRow(NO_SELECTION, PAGE, 'a', false);
    const all = togglePage(some, PAGE);
    expect(picked(all)).toEqual(PAGE);
    expect(picked(togglePage(all, PAGE))).toEqual([]);
  });

  it('unticking a row of "all matching" keeps the rest of the page', () => {
    const matching: LeadSelection = { kind: 'matching' };
    expect(picked(matching)).toEqual(PAGE);
    expect(picked(toggleRow(matching, PAGE, 'c', false))).toEqual(['a', 'b', 'd', 'e']);
  });
});
