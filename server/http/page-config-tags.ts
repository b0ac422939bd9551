/**
 * Fills the dashboard's run-time settings into index.html as `<meta>` tags (contract
 * page-config.ts): the page then needs no round trip and no inline script to find its API.
 */
import { PAGE_CONFIG_META, type PageConfig } from '../../src/contract';

const escapeAttribute = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

export const pageConfigTags = (page: PageConfig): string =>
  (Object.keys(PAGE_CONFIG_META) as (keyof PageConfig)[])
    .flatMap((key) => {
      const value = page[key];
      return value === undefined
        ? []
        : [`<meta name="${PAGE_CONFIG_META[key]}" content="${escapeAttribute(value)}" />`];
    })
    .join('\n    ');

/** The page with the tags at the end of its head (or first, for a page without a `</head>`). */
export const withPageConfig = (html: string, page: PageConfig): string => {
  const tags = pageConfigTags(page);
  const at = html.indexOf('</head>');
  if (at !== -1) return `${html.slice(0, at)}  ${tags}\n  ${html.slice(at)}`;
  const doctype = /^<!doctype html>/i.exec(html)?.[0] ?? '';
  return `${doctype}${tags}${html.slice(doctype.length)}`;
};
