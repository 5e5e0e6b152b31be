import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { connectDatabase, type DatabaseHandle } from './db/client';
import { runMigrations } from './db/migrate';
import { type ProvisionedDatabase, provisionDatabase } from './db/provision';
import { createDisabledMailer } from './mail/mailer';
import { createSmtpMailer } from './mail/smtp';
import { seedDemoOnFirstStart } from './modules/demo/seed-on-start';
import { type ReminderScheduler, startReminderScheduler } from './modules/reminders/scheduler';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly databaseUrl: string;
  /** Stop accepting requests, drain those in flight, close the pool, stop the embedded database. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Print lines for a person (start-up URL, where the data lives). */
  readonly say?: (line: string) => void;
  /** Install SIGINT/SIGTERM handlers that close gracefully and exit. */
  readonly handleSignals?: boolean;
}

/** Provision the database, migrate, build the app and listen. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const say = options.say ?? ((line: string) => process.stdout.write(`${line}\n`));
  let provisioned: ProvisionedDatabase | undefined;
  let database: DatabaseHandle | undefined;
  let analyticsDatabase: DatabaseHandle | undefined;
  let app: FastifyInstance | undefined;
  let reminders: ReminderScheduler | undefined;
  try {
    provisioned = await provisionDatabase(config, { info: say, warn: say });
    await runMigrations(provisioned.url);
    database = connectDatabase(provisioned.url, { max: config.databasePoolSize });
    await seedDemoOnFirstStart(database, { enabled: config.demo, say });
    // A small pool: analytics requests are few and each reads a lot.
    if (config.analyticsDatabaseUrl)
      analyticsDatabase = connectDatabase(config.analyticsDatabaseUrl, { max: 4 });
    const mailer = config.smtpUrl
      ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom })
      : undefined;
    app = await buildApp({
      database,
      ...(analyticsDatabase ? { analyticsDatabase } : {}),
      webDist: config.webDist,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      rateLimits: { apiPerMinute: config.rateLimitApiPerMinute },
      webPush: config.webPush,
      ...(mailer ? { mailer } : {}),
      auth: {
        secureCookies: config.secureCookies,
        publicUrl: config.publicUrl,
        sessionIdleMinutes: config.sessionIdleMinutes,
        sessionAbsoluteHours: config.sessionAbsoluteHours,
      },
    });
    if (!mailer)
      app.log.warn('Email is disabled (SMTP_URL is not set): password reset links cannot be sent.');
    await app.listen({ port: config.port, host: config.host });
    if (config.reminders) {
      const log = app.log.child({ component: 'reminders' });
      reminders = startReminderScheduler({
        db: database.db,
        channels: {
          mailer: mailer ?? createDisabledMailer({ warn: (message) => log.warn(message) }),
          publicUrl: config.publicUrl,
          webPush: config.webPush,
        },
        log: { error: (details, message) => log.error(details, message) },
      });
    }
  } catch (error) {
    await reminders?.stop().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    await analyticsDatabase?.close().catch(() => undefined);
    await provisioned?.stop().catch(() => undefined);
    throw error;
  }

  const url = `http://localhost:${config.port}`;
  const running = { app, database, analyticsDatabase, provisioned, reminders };
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await running.reminders?.stop(); // finishes the tick in flight, starts no other
      await running.app.close(); // stops accepting, waits for in-flight requests
      await running.database.close();
      await running.analyticsDatabase?.close();
      await running.provisioned.stop();
    })();
    return closing;
  };

  if (options.handleSignals) {
    const onSignal = (signal: NodeJS.Signals): void => {
      say(`Received ${signal}; finishing requests in flight and shutting down.`);
      const forceExit = setTimeout(() => process.exit(1), 15_000);
      forceExit.unref();
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  if (provisioned.embeddedDataDir) say(`Embedded PostgreSQL data: ${provisioned.embeddedDataDir}`);
  say(`BackPlan is running at ${url}`);
  return { app, url, databaseUrl: provisioned.url, close };
}
