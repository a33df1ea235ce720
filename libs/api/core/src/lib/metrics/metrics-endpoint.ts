import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { ErrorCode } from '@kinship/shared/contracts';
import { safeError } from '../logging/logger';
import { metrics } from './metrics';

export const METRICS_PATH = '/metrics';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function sendJson(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ code, message }));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Whether the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

/** Answers a scrape: the Prometheus text, behind the bearer token when one is configured. */
export function scrapeHandler(token: string | null, logger: Logger): Handler {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, ErrorCode.BadUserInput, 'Use GET to read metrics.');
    }
    if (token !== null && !hasToken(req, token)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      return sendJson(
        res,
        401,
        ErrorCode.Unauthenticated,
        'Metrics need the METRICS_TOKEN as a bearer token.',
      );
    }
    metrics.scrape().then(
      (text) => {
        res.statusCode = 200;
        res.setHeader('content-type', metrics.contentType);
        res.setHeader('cache-control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      (err: unknown) => {
        logger.error({ err: safeError(err) }, 'metrics scrape failed');
        sendJson(res, 500, ErrorCode.InternalServerError, 'Metrics could not be read.');
      },
    );
  };
}

/**
 * /metrics on the public port: served there only when METRICS_TOKEN is set and METRICS_PORT is not;
 * otherwise 404, so metrics are never public by default.
 */
export function publicMetricsRoute(
  config: { metricsToken: string | null; metricsPort: number | null },
  logger: Logger,
): Handler {
  if (config.metricsToken !== null && config.metricsPort === null) {
    return scrapeHandler(config.metricsToken, logger);
  }
  return (_req, res) => sendJson(res, 404, ErrorCode.NotFound, 'Not found.');
}

/**
 * A separate HTTP server answering only /metrics, for METRICS_PORT: keep that port internal (firewall,
 * private network) so Prometheus reaches it and the public does not. With METRICS_TOKEN set too, it also
 * needs the token.
 */
export async function startMetricsServer(
  port: number,
  token: string | null,
  logger: Logger,
  host = '0.0.0.0',
): Promise<Server> {
  const scrape = scrapeHandler(token, logger);
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === METRICS_PATH) return scrape(req, res);
    sendJson(res, 404, ErrorCode.NotFound, 'Not found: metrics are at /metrics.');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info({ port, host, token: token !== null }, 'metrics listening');
  return server;
}

/** Stops the metrics server, ending idle keep-alive connections (Prometheus keeps one open). */
export function stopMetricsServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
