/**
 * Every part of the app that loads on demand (the pages, dialogs, the export) is fetched through
 * here. A part whose code cannot be fetched (offline before it was ever loaded, the server down,
 * or a newer version deployed meanwhile) fails with the app's own "unavailable" error, the one
 * a request that cannot reach the server gets, so the user reads the same sentence wherever it
 * happens, never the browser's text ("Failed to fetch dynamically imported module: …").
 */
import { unavailableError } from './api-error';

export const loadCode = <T>(load: () => Promise<T>): Promise<T> =>
  load().catch(() => Promise.reject(unavailableError()));
