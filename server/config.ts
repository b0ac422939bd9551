/** The server's settings, read from the environment with development defaults. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type ServerConfig = {
  host: string;
  port: number;
  dbPath: string;
  apiKey: string;
  /** From JWT_SECRET; when absent the app generates one into a 0600 file beside the database. */
  jwtSecret: string | undefined;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  timeZone: string;
  seed: number;
  /** From CLOCK_START: the instant the server's clock starts at (it runs on from there). */
  clockStart: Date | undefined;
  /** Upstream mode (EPIXEL_UPSTREAM, EPIXEL_API_KEY): proxy a real Epixel API instead. */
  upstream: { url: string; apiKey: string; timeoutMs: number } | undefined;
  /** EPIXEL_STRICT=1: answer like an Epixel server without this project's extensions. */
  strict: boolean;
};

/** The development API key, printed at start; set API_KEY for anything else. */
export const DEVELOPMENT_API_KEY = 'epixel-dev-key';

type Env = Record<string, string | undefined>;

const positiveInteger = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a whole number, got "${value}"`);
  }
  return parsed;
};

const isValidTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** An ISO 8601 instant with its offset (`2026-11-18T12:00:00Z`), or undefined when unset. */
const instant = (value: string | undefined, name: string): Date | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const parsed = new Date(trimmed);
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(trimmed) || Number.isNaN(parsed.getTime())) {
    throw new Error(`${name} must be an instant such as 2026-11-18T12:00:00Z, got "${value}"`);
  }
  return parsed;
};

/** EPIXEL_UPSTREAM (an http(s) API base) with EPIXEL_API_KEY, or undefined when unset. */
const upstreamConfig = (env: Env): ServerConfig['upstream'] => {
  const raw = env.EPIXEL_UPSTREAM?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  } catch {
    throw new Error(
      `EPIXEL_UPSTREAM must be a URL such as https://crm.example.com/api/v1/, got "${raw}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`EPIXEL_UPSTREAM must be an http(s) URL, got "${raw}"`);
  }
  const apiKey = env.EPIXEL_API_KEY?.trim();
  if (!apiKey) throw new Error('EPIXEL_UPSTREAM needs EPIXEL_API_KEY, the apikey of that server');
  const seconds = positiveInteger(env.EPIXEL_UPSTREAM_TIMEOUT, 20, 'EPIXEL_UPSTREAM_TIMEOUT');
  return { url: url.toString(), apiKey, timeoutMs: seconds * 1000 };
};

export const processTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * Reads the configuration; creates the database's folder. Reachable from other machines (a
 * HOST that is not loopback), the server refuses the development API key and a generated
 * secret: API_KEY and JWT_SECRET must be set.
 */
export const loadConfig = (env: Env): ServerConfig => {
  const host = env.HOST?.trim() || '127.0.0.1';
  const missing = ['API_KEY', 'JWT_SECRET'].filter((name) => !env[name]?.trim());
  if (!isLoopback(host) && missing.length > 0) {
    throw new Error(
      `HOST ${host} is reachable from other machines: set ${missing.join(' and ')} explicitly (the development defaults are public).`,
    );
  }
  const dbPath = resolve(env.DB_PATH?.trim() || 'data/crm.sqlite');
  mkdirSync(dirname(dbPath), { recursive: true });
  const timeZone = env.ACCOUNT_TIME_ZONE?.trim() || processTimeZone();
  if (!isValidTimeZone(timeZone)) throw new Error(`Unknown ACCOUNT_TIME_ZONE "${timeZone}"`);
  return {
    host,
    port: positiveInteger(env.PORT, 8787, 'PORT'),
    dbPath,
    apiKey: env.API_KEY?.trim() || DEVELOPMENT_API_KEY,
    jwtSecret: env.JWT_SECRET?.trim() || undefined,
    accessTtlSeconds: positiveInteger(env.ACCESS_TTL, 900, 'ACCESS_TTL'),
    refreshTtlSeconds: positiveInteger(env.REFRESH_TTL, 604_800, 'REFRESH_TTL'),
    timeZone,
    seed: positiveInteger(env.SEED, 1, 'SEED'),
    clockStart: instant(env.CLOCK_START, 'CLOCK_START'),
    upstream: upstreamConfig(env),
    strict: env.EPIXEL_STRICT?.trim() === '1',
  };
};
