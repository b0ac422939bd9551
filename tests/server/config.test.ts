/** loadConfig: development defaults and environment overrides. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_API_KEY, loadConfig, processTimeZone } from '../../server/config';
import { createApp } from '../../server/app';
import { makeTempDir } from './support/harness';

describe('loadConfig', () => {
  it('has development defaults', () => {
    const dir = makeTempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const config = loadConfig({});
      expect(config).toEqual({
        host: '127.0.0.1',
        port: 8787,
        dbPath: join(process.cwd(), 'data', 'crm.sqlite'),
        apiKey: DEVELOPMENT_API_KEY,
        jwtSecret: undefined,
        accessTtlSeconds: 900,
        refreshTtlSeconds: 604_800,
        timeZone: processTimeZone(),
        seed: 1,
      });
      expect(existsSync(join(process.cwd(), 'data'))).toBe(true);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the environment', () => {
    const dir = makeTempDir();
    try {
      const config = loadConfig({
        HOST: '0.0.0.0',
        PORT: '9000',
        DB_PATH: join(dir, 'nested', 'x.sqlite'),
        API_KEY: 'k',
        JWT_SECRET: 's',
        ACCESS_TTL: '60',
        REFRESH_TTL: '120',
        ACCOUNT_TIME_ZONE: 'Asia/Kolkata',
        SEED: '42',
      });
      expect(config).toMatchObject({
        host: '0.0.0.0',
        port: 9000,
        apiKey: 'k',
        jwtSecret: 's',
        accessTtlSeconds: 60,
        refreshTtlSeconds: 120,
        timeZone: 'Asia/Kolkata',
        seed: 42,
      });
      expect(existsSync(join(dir, 'nested'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses nonsense', () => {
    expect(() => loadConfig({ PORT: 'eighty', DB_PATH: ':memory:' })).toThrow(/PORT/);
    expect(() => loadConfig({ ACCOUNT_TIME_ZONE: 'Mars/Base', DB_PATH: ':memory:' })).toThrow(
      /ACCOUNT_TIME_ZONE/,
    );
  });
});

describe('the JWT secret', () => {
  it('is generated once and kept in the settings table', () => {
    const dir = makeTempDir();
    const dbPath = join(dir, 'crm.sqlite');
    try {
      const first = createApp({ dbPath, apiKey: 'k' });
      const secret = first.repos.settings.get('jwt_secret');
      first.close();
      expect(secret).toMatch(/^[\w-]{40,}$/);
      const second = createApp({ dbPath, apiKey: 'k' });
      expect(second.repos.settings.get('jwt_secret')).toBe(secret);
      const migrations = second.db.prepare('SELECT version FROM schema_migrations').pluck().all();
      expect(migrations).toEqual([1]);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
