/**
 * How the page hands the dashboard its API location and key at run time, so one build serves
 * any account: `<meta>` tags the serving process fills into index.html, or, on a plain static
 * host, a `config.json` beside index.html. Shared by the reference server (which writes the
 * tags) and the dashboard (which reads either).
 */
import { z } from './zod-without-eval';

export const PAGE_CONFIG_META = {
  apiBaseUrl: 'epixel-api-base-url',
  apiKey: 'epixel-api-key',
  accountTimeZone: 'epixel-account-time-zone',
} as const;

/** The file a static host serves beside index.html when the page has no tags. */
export const PAGE_CONFIG_FILE = 'config.json';

export const pageConfigSchema = z.object({
  apiBaseUrl: z.string().min(1).optional(),
  apiKey: z.string().optional(),
  accountTimeZone: z.string().min(1).optional(),
});
export type PageConfig = z.output<typeof pageConfigSchema>;
