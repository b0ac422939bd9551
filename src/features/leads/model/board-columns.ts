/**
 * The pipeline board's cache, as pure functions: a column is the infinite list of one status's
 * leads; moving a lead takes it out of one column and puts it at the top of another, counts
 * included, so the board shows the move before the server has answered.
 */
import type { InfiniteData } from '@tanstack/react-query';
import type { Lead, Paginated } from '../../../contract';

export type BoardColumnData = InfiniteData<Paginated<Lead>, number>;

export const removeFromColumn = (column: BoardColumnData, slug: string): BoardColumnData => {
  const present = column.pages.some((page) => page.results.some((lead) => lead.slug === slug));
  if (!present) return column;
  return {
    ...column,
    pages: column.pages.map((page) => ({
      ...page,
      count: page.count - 1,
      results: page.results.filter((lead) => lead.slug !== slug),
    })),
  };
};

export const addToColumn = (column: BoardColumnData, lead: Lead): BoardColumnData => ({
  ...column,
  pages: column.pages.map((page, index) => ({
    ...page,
    count: page.count + 1,
    results: index === 0 ? [lead, ...page.results] : page.results,
  })),
});

/** Puts the server's copy of a lead in place of the optimistic one. */
export const replaceInColumn = (column: BoardColumnData, lead: Lead): BoardColumnData => ({
  ...column,
  pages: column.pages.map((page) => ({
    ...page,
    results: page.results.map((entry) => (entry.slug === lead.slug ? lead : entry)),
  })),
});
