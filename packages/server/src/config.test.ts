import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 8080, the embedded database and .backplan under the working directory', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('/srv/app/.backplan');
    expect(config.dataDirIsDefault).toBe(true);
  });

  it('reads PORT, DATABASE_URL and BACKPLAN_DATA_DIR', () => {
    const config = loadConfig(
      { PORT: '9000', DATABASE_URL: 'postgres://u:p@db.example:5432/bp', BACKPLAN_DATA_DIR: '/var/lib/bp' },
      '/srv/app',
    );
    expect(config).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://u:p@db.example:5432/bp',
      dataDir: '/var/lib/bp',
      dataDirIsDefault: false,
    });
  });

  it('keeps the API rate limit at 600 a minute unless BACKPLAN_RATE_LIMIT_API_PER_MINUTE raises it', () => {
    expect(loadConfig({}).rateLimitApiPerMinute).toBe(600);
    expect(loadConfig({ BACKPLAN_RATE_LIMIT_API_PER_MINUTE: '1000000' }).rateLimitApiPerMinute).toBe(
      1_000_000,
    );
  });

  it('keeps 10 PostgreSQL connections per process unless DATABASE_POOL_SIZE says otherwise', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '40' }).databasePoolSize).toBe(40);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT is invalid: expected a whole number from 1 to 65535/],
    ['PORT', '70000', /PORT is invalid/],
    ['PORT', '80.5', /PORT is invalid/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL is invalid: expected a URL like postgres:\/\//],
    ['DATABASE_URL', 'not a url', /DATABASE_URL is invalid/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL is invalid: expected one of/],
    ['BACKPLAN_SECURE_COOKIES', 'yes', /BACKPLAN_SECURE_COOKIES is invalid: expected true or false/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE is invalid: expected a whole number of connections/],
    ['DATABASE_POOL_SIZE', '2.5', /DATABASE_POOL_SIZE is invalid/],
    [
      'BACKPLAN_RATE_LIMIT_API_PER_MINUTE',
      '0',
      /BACKPLAN_RATE_LIMIT_API_PER_MINUTE is invalid: expected a whole/,
    ],
  ])('rejects %s=%s with one line naming the variable', (variable, value, message) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toMatch(message);
    expect((thrown as ConfigError).message).not.toContain('\n');
  });
});
