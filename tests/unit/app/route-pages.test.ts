/**
 * The router takes its paths from ROUTE_PAGES, and the build preloads the module ROUTE_PAGES
 * names for each path. The router's lazy imports are written out (the bundler needs them
 * literal), so this checks they load the page module the table names.
 */
import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createAppRoutes } from '../../../src/app/router';
import { pathExpression, ROUTE_PAGES } from '../../../src/app/route-pages';

const withFullPaths = (routes: RouteObject[], parent = ''): [string, RouteObject][] =>
  routes.flatMap((route) => {
    const path = route.path?.startsWith('/')
      ? route.path
      : `${parent.replace(/\/$/, '')}/${route.path ?? ''}`;
    return [[path, route] as [string, RouteObject], ...withFullPaths(route.children ?? [], path)];
  });

const routes = new Map(withFullPaths(createAppRoutes(new QueryClient())));

describe('ROUTE_PAGES', () => {
  it.each(Object.values(ROUTE_PAGES))('$path lazy-loads pages/$page', async ({ path, page }) => {
    const route = routes.get(path);
    expect(route, `the router has ${path}`).toBeDefined();
    const lazy = route?.lazy as () => Promise<{ Component: unknown }>;
    const { Component } = await lazy();
    const module = (await import(`../../../src/app/pages/${page}.tsx`)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(Component);
  });

  it('matches an address to the most specific page first', () => {
    const match = (address: string) =>
      Object.values(ROUTE_PAGES).find(({ path }) => new RegExp(pathExpression(path)).test(address))
        ?.page;
    expect(match('/leads')).toBe('leads-page');
    expect(match('/leads/')).toBe('leads-page');
    expect(match('/leads/new')).toBe('lead-create-page');
    expect(match('/leads/ana-ruiz-3f2a')).toBe('lead-details-page');
    expect(match('/leads/ana-ruiz-3f2a/edit')).toBe('lead-edit-page');
    expect(match('/leadsx')).toBeUndefined();
    expect(match('/calendar')).toBe('calendar-page');
  });
});
