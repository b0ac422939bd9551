import { describe, expect, it } from 'vitest';
import { everyPage, type ListPage } from '../../../src/lib/every-page';

/** A list of `total` numbers that answers at most `cap` rows a page, whatever the limit asked. */
const list = (total: number, cap: number) => {
  const asked: { offset: number; limit: number }[] = [];
  const getPage = async (window: { offset: number; limit: number }): Promise<ListPage<number>> => {
    asked.push(window);
    const rows = Array.from({ length: total }, (_, index) => index);
    const results = rows.slice(window.offset, window.offset + Math.min(window.limit, cap));
    const next = window.offset + results.length < total ? 'next' : null;
    return { count: total, next, results };
  };
  return { asked, getPage };
};

const collect = async (pages: AsyncIterable<ListPage<number>>) => {
  const rows: number[] = [];
  for await (const page of pages) rows.push(...page.results);
  return rows;
};

describe('every page of a list', () => {
  it('asks the largest page the API allows and stops after the last one', async () => {
    const server = list(250, 100);
    expect(await collect(everyPage(server.getPage))).toEqual([...Array(250).keys()]);
    expect(server.asked).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
      { offset: 200, limit: 100 },
    ]);
  });

  it('starts the next page after what came when a server caps pages below the limit', async () => {
    const server = list(45, 20);
    expect(await collect(everyPage(server.getPage))).toEqual([...Array(45).keys()]);
    expect(server.asked.map((window) => window.offset)).toEqual([0, 20, 40]);
  });

  it('stops on an empty page even when the count promised more', async () => {
    const asked: number[] = [];
    const pages = everyPage(async ({ offset }) => {
      asked.push(offset);
      return { count: 10, next: 'next', results: offset === 0 ? [1, 2] : [] };
    });
    expect(await collect(pages)).toEqual([1, 2]);
    expect(asked).toEqual([0, 2]);
  });

  it('asks no further page once the reader has left the loop', async () => {
    const server = list(500, 100);
    for await (const page of everyPage(server.getPage)) if (page.results.length) break;
    expect(server.asked).toHaveLength(1);
  });
});
