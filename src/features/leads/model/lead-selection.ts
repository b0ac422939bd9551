/**
 * Which leads of the table are selected for a bulk action: some rows of the page on screen, or
 * every lead that matches the current filters (across pages). Pure, so each rule is unit-tested.
 *
 * A Shift+click sets every row from the last clicked one (the anchor) to the clicked one to the
 * state the clicked row takes, as spreadsheets and mail clients do.
 */
export type LeadSelection =
  { kind: 'rows'; slugs: ReadonlySet<string>; anchor: string | null } | { kind: 'matching' };

export const NO_SELECTION: LeadSelection = { kind: 'rows', slugs: new Set(), anchor: null };

export const isSelected = (selection: LeadSelection, slug: string): boolean =>
  selection.kind === 'matching' || selection.slugs.has(slug);

/** The page's slugs that are selected, in the page's order. */
export const selectedOnPage = (selection: LeadSelection, page: readonly string[]): string[] =>
  page.filter((slug) => isSelected(selection, slug));

export const toggleRow = (
  selection: LeadSelection,
  page: readonly string[],
  slug: string,
  range: boolean,
): LeadSelection => {
  const checked = !isSelected(selection, slug);
  const slugs = new Set(selectedOnPage(selection, page));
  const from = selection.kind === 'rows' && range ? page.indexOf(selection.anchor ?? '') : -1;
  const to = page.indexOf(slug);
  const [start, end] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
  for (const each of page.slice(start, end + 1)) {
    if (checked) slugs.add(each);
    else slugs.delete(each);
  }
  return { kind: 'rows', slugs, anchor: slug };
};

/** The header checkbox: the whole page, or nothing when the whole page already is. */
export const togglePage = (selection: LeadSelection, page: readonly string[]): LeadSelection =>
  page.length > 0 && selectedOnPage(selection, page).length === page.length
    ? NO_SELECTION
    : { kind: 'rows', slugs: new Set(page), anchor: null };
