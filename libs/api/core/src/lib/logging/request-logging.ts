import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from './logger';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Express middleware: gives every request an id (a well-formed incoming `x-request-id` is kept, so a
 * proxy's id follows the request), echoes it in the response, and logs method, path, status and timing.
 * Only the path is logged, never the query string, headers or body.
 */
export function requestLogging(logger: Logger) {
  const http = pinoHttp({
    logger,
    genReqId: (req) => (req as Request & { id: string }).id,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader('x-request-id', requestId);
    requestContext.run({ requestId }, () => http(req, res, next));
  };
}
