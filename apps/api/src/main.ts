import 'reflect-metadata';
// Loaded dynamically by their users; imported here so the built package lists them.
import 'pg';
import '@as-integrations/express5';
import { ConfigError, createLogger, loadConfig, metrics, safeError } from '@kinship/api/core';
import { createApp } from './bootstrap';
import { DemoRunner } from './demo/demo.runner';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example and the README's Configuration section.\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Logged and counted, never fatal: one failed promise (a Redis timeout under load) must not end the node.
  process.on('unhandledRejection', (reason) => {
    metrics.unhandledRejections.inc();
    logger.error({ err: safeError(reason) }, 'unhandled rejection');
  });

  const { app, close } = await createApp(config, logger);
  const demo = app.get(DemoRunner);
  await demo.seedIfEmpty();
  await app.listen(config.port, '0.0.0.0');
  logger.info({ port: config.port, redis: Boolean(config.redisUrl) }, 'Kinship API listening');
  process.send?.({ type: 'listening', port: config.port, demoAccounts: await demo.existingDemoAccounts() });

  // One shutdown, whatever asks for it: Ctrl-C reaches this process from the terminal and from `npm start`
  // (which forwards the signals it gets), and a second signal must not kill the process mid-shutdown.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight work');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    close()
      .then(() => {
        logger.info('stopped cleanly');
        process.exit(0);
      })
      .catch((err) => {
        logger.error({ err: safeError(err) }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Started by `npm start`: if that process goes away (killed), do not live on without it.
  if (process.send) process.on('disconnect', () => stop('parent exited'));
}

main().catch((error) => {
  process.stderr.write(
    `Kinship API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
