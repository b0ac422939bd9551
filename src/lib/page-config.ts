/**
 * Reads the dashboard's run-time settings from its host page, once, before the app starts:
 * 1. `<meta name="epixel-…">` tags, which this project's server fills into index.html as it
 *    serves it (no round trip, no inline script);
 * 2. under `npm run dev` only, the `VITE_*` variables of `.env.development` (the reference
 *    server's public demo key); a production build carries none of them;
 * 3. `config.json` beside index.html, for a plain static host.
 * A missing or unreadable config.json leaves the defaults (same-origin `/api/v1/`, no key).
 */
import { PAGE_CONFIG_FILE, PAGE_CONFIG_META, pageConfigSchema, type PageConfig } from '../contract';
import { applyPageConfig } from './config';

const fromMeta = (doc: Document): PageConfig | null => {
  const read = (name: string) =>
    doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? undefined;
  const page = {
    apiBaseUrl: read(PAGE_CONFIG_META.apiBaseUrl),
    apiKey: read(PAGE_CONFIG_META.apiKey),
    accountTimeZone: read(PAGE_CONFIG_META.accountTimeZone),
  };
  return page.apiBaseUrl === undefined ? null : pageConfigSchema.parse(page);
};

/** Vite replaces `import.meta.env.DEV` with `false` in a build, which drops this whole branch. */
const fromDevEnvironment = (): PageConfig | null =>
  import.meta.env.DEV && import.meta.env.VITE_API_KEY
    ? {
        apiBaseUrl: import.meta.env.VITE_API_BASE_URL || undefined,
        apiKey: import.meta.env.VITE_API_KEY,
        accountTimeZone: import.meta.env.VITE_ACCOUNT_TIME_ZONE || undefined,
      }
    : null;

const fromConfigFile = async (doc: Document): Promise<PageConfig> => {
  try {
    const response = await fetch(new URL(PAGE_CONFIG_FILE, doc.baseURI), { cache: 'no-cache' });
    if (!response.ok) return {};
    const parsed = pageConfigSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
};

export const loadPageConfig = async (doc: Document = document): Promise<void> => {
  applyPageConfig(fromMeta(doc) ?? fromDevEnvironment() ?? (await fromConfigFile(doc)));
};
