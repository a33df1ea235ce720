import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from './logger';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;
const QUIET = new Set(['/health', '/metrics']);

/**
 * Express middleware: gives every request an id (a well-formed incoming `x-request-id` is kept, so a
 * proxy's id follows the request), echoes it in the response, and logs method, path, status and timing
 * when the response ends. Only the path is logged, never the query string, headers or body. One line per
 * request written straight to the logger (no child logger per request, nothing built when the level is
 * off); the request id comes from the request context like every other line logged while serving it.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader('x-request-id', requestId);
    const path = req.url.split('?')[0];
    if (!QUIET.has(path)) {
      const started = Date.now();
      const done = () => {
        res.removeListener('finish', done);
        res.removeListener('close', done);
        const level = res.statusCode >= 500 ? 'error' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        requestContext.run({ requestId }, () =>
          logger[level](
            {
              req: { method: req.method, path },
              res: { statusCode: res.statusCode },
              responseTime: Date.now() - started,
            },
            res.writableFinished ? 'request completed' : 'request aborted',
          ),
        );
      };
      res.on('finish', done);
      res.on('close', done);
    }
    requestContext.run({ requestId }, next);
  };
}
