/**
 * The lead table's state lives in the URL (shareable, survives reload and "back"):
 * `?q=&status=&source=&owner=&view=assigned&sort=-created_at&page=2&size=25`. `view` is `owned`
 * (the default: what the caller owns, every lead for a manager), `assigned`, or `all` (owned or
 * assigned, our `list_type=all`: what the overview counts for a rep). This module turns the
 * address bar into API parameters and back.
 */
import {
  DEFAULT_PAGE_LIMIT,
  formatOrdering,
  LEAD_ORDERING_FIELDS,
  LEAD_SOURCES,
  LEAD_STATUSES,
  parseOrdering,
  type LeadOrderingField,
  type Ordering,
  type LeadSource,
  type LeadStatus,
} from '../../../contract';

export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100] as const;

export const LEAD_LIST_VIEWS = ['owned', 'assigned', 'all'] as const;
export type LeadListView = (typeof LEAD_LIST_VIEWS)[number];

export type LeadSort = Ordering<LeadOrderingField>;

export type LeadListState = {
  search: string;
  status: LeadStatus | '';
  source: LeadSource | '';
  /** A username; free text, since a server without `user/list/` gives no choices. */
  owner: string;
  view: LeadListView;
  sort: LeadSort | null;
  /** Zero-based, as the grid counts; the URL shows it one-based. */
  page: number;
  pageSize: number;
};

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

export const readLeadListState = (params: URLSearchParams): LeadListState => {
  const status = params.get('status');
  const source = params.get('source');
  const view = params.get('view');
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    search: params.get('q')?.trim() ?? '',
    status: isOneOf(LEAD_STATUSES, status) ? status : '',
    source: isOneOf(LEAD_SOURCES, source) ? source : '',
    owner: params.get('owner')?.trim() ?? '',
    view: isOneOf(LEAD_LIST_VIEWS, view) ? view : 'owned',
    sort: parseOrdering(LEAD_ORDERING_FIELDS, params.get('sort')),
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    pageSize: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_LIMIT,
  };
};

/** The URL for a state: defaults are left out so plain `/leads` stays plain. */
export const writeLeadListState = (state: LeadListState): URLSearchParams => {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.status) params.set('status', state.status);
  if (state.source) params.set('source', state.source);
  if (state.owner) params.set('owner', state.owner);
  if (state.view !== 'owned') params.set('view', state.view);
  if (state.sort) params.set('sort', formatOrdering(state.sort));
  if (state.page > 0) params.set('page', String(state.page + 1));
  if (state.pageSize !== DEFAULT_PAGE_LIMIT) params.set('size', String(state.pageSize));
  return params;
};

/** The API's filters and order (documented names first; `search`, `source`, `ordering` are ours). */
export const toLeadFilterQuery = (state: LeadListState) => ({
  list_type: state.view === 'owned' ? undefined : state.view,
  status: state.status || undefined,
  owner: state.owner || undefined,
  source: state.source || undefined,
  search: state.search || undefined,
  ordering: state.sort ? formatOrdering(state.sort) : undefined,
});
export type LeadFilterParams = ReturnType<typeof toLeadFilterQuery>;

/** The table's page of that list. */
export const toLeadListQuery = (state: LeadListState) => ({
  offset: state.page * state.pageSize,
  limit: state.pageSize,
  ...toLeadFilterQuery(state),
});
export type LeadListParams = ReturnType<typeof toLeadListQuery>;

/** True when anything narrows the list (the empty state then offers to clear the filters). */
export const hasLeadFilters = (state: LeadListState): boolean =>
  Boolean(state.search || state.status || state.source || state.owner);

/** The same view with every narrowing filter removed (the "whose leads" toggle stays). */
export const clearedLeadFilters = (state: LeadListState): LeadListState => ({
  ...state,
  search: '',
  status: '',
  source: '',
  owner: '',
  page: 0,
});
