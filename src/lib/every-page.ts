/**
 * Reads a paginated list endpoint page after page (the API caps `limit` at 100). The next page
 * starts after what came, so a server that caps a page below the limit asked loses no row. It
 * stops at the last page: no `next`, an empty page, or as many rows as `count`. A caller that
 * has read enough leaves the loop (`break`/`return`) and no further page is asked.
 */
import { MAX_PAGE_LIMIT } from '../contract';

export type ListPage<Row> = { count: number; next: string | null; results: Row[] };

export async function* everyPage<Row>(
  getPage: (window: { offset: number; limit: number }) => Promise<ListPage<Row>>,
): AsyncGenerator<ListPage<Row>, void, undefined> {
  for (let offset = 0; ;) {
    const page = await getPage({ offset, limit: MAX_PAGE_LIMIT });
    yield page;
    offset += page.results.length;
    if (!page.next || page.results.length === 0 || offset >= page.count) return;
  }
}
