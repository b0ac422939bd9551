/** LimitOffsetPagination's page: absolute `next`/`previous` links built from the request URL. */
import type { Paginated } from '../../src/contract';

const withPage = (requestUrl: string, offset: number, limit: number): string => {
  const url = new URL(requestUrl);
  url.searchParams.set('limit', String(limit));
  if (offset <= 0) url.searchParams.delete('offset');
  else url.searchParams.set('offset', String(offset));
  return url.toString();
};

export const paginate = <T>(
  requestUrl: string,
  page: { offset: number; limit: number },
  count: number,
  results: T[],
): Paginated<T> => ({
  count,
  next:
    page.offset + page.limit < count
      ? withPage(requestUrl, page.offset + page.limit, page.limit)
      : null,
  previous:
    page.offset > 0
      ? withPage(requestUrl, Math.min(page.offset - page.limit, count - page.limit), page.limit)
      : null,
  results,
});
