import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Logger } from 'pino';
import {
  connectRedis,
  createLogger,
  createValidationPipe,
  httpMetrics,
  KinshipIoAdapter,
  labelRoute,
  METRICS_PATH,
  publicMetricsRoute,
  startMetricsServer,
  stopMetricsServer,
  PinoNestLogger,
  runMigrations,
  requestLogging,
  ShutdownState,
  TextPipe,
  type AppConfig,
  type RedisClient,
} from '@kinship/api/core';
import { RealtimeGateway } from '@kinship/api/auth';
import { AppModule } from './app/app.module';
import { migrations } from './migrations';
import { ErrorsFilter } from './app/errors.filter';
import { securityHeaders } from './app/security-headers';

export interface RunningApp {
  app: NestExpressApplication;
  logger: Logger;
  /** Stops taking work, closes sockets with a reconnect hint, finishes in-flight requests, disconnects. */
  close(): Promise<void>;
}

/** Builds the whole API (GraphQL, socket.io, /health, the web client) without listening yet. */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningApp> {
  await runMigrations(config.databaseUrl, migrations, logger);
  const redis: RedisClient | null = config.redisUrl
    ? await connectRedis(config.redisUrl, logger, 'app')
    : null;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, logger, redis }), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(httpMetrics());
  app.use(requestLogging(logger));
  app.use(securityHeaders);
  const metricsRoute = publicMetricsRoute(config, logger);
  app.use(
    labelRoute(METRICS_PATH, (req, res, next) =>
      req.path === METRICS_PATH ? metricsRoute(req, res) : next(),
    ),
  );
  app.use(cookieParser());
  app.useGlobalPipes(new TextPipe(), createValidationPipe());

  const webDist = config.webDist ?? resolve(process.cwd(), 'dist/apps/web');
  app.use(labelRoute('static', express.static(webDist, { index: false, maxAge: '1h' })));
  app.useGlobalFilters(new ErrorsFilter(webDist, logger));

  const io = new KinshipIoAdapter(app, logger);
  if (config.redisUrl) await io.connectToRedis(config.redisUrl);
  app.useWebSocketAdapter(io);
  const metricsServer =
    config.metricsPort === null
      ? null
      : await startMetricsServer(config.metricsPort, config.metricsToken, logger);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      // Nest's own close() would close the database before in-flight requests finish, so drain first.
      app.get(ShutdownState).shuttingDown = true;
      app.get(RealtimeGateway).announceShutdown();
      await drainHttp(app.getHttpServer());
      await app.close();
      await io.disconnectRedis();
      if (redis) await redis.quit().catch(() => undefined);
      if (metricsServer) await stopMetricsServer(metricsServer);
    })();
    return closing;
  };
  return { app, logger, close };
}

/** Stops accepting connections and resolves when every in-flight request has been answered. */
function drainHttp(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((done) => {
    server.close(() => done());
    server.closeIdleConnections();
  });
}
