import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { metrics, secondsSince } from './metrics';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ROUTE_LABEL = Symbol('metrics route label');

type Labelled = Response & { [ROUTE_LABEL]?: string };

/**
 * Express middleware timing every request by method, route and status. The route is the matched route's
 * template (`/health`, `/api/x/:id`) or the path a router is mounted at (`/graphql`), or a label set with
 * `labelRoute`, or `unmatched` (pages of the web client and 404s): never the raw URL, so it stays bounded.
 */
export function httpMetrics(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      metrics.httpDuration.observe(
        {
          method: METHODS.has(req.method) ? req.method : 'OTHER',
          route: routeOf(req, res as Labelled),
          status: String(res.statusCode),
        },
        secondsSince(started),
      );
    });
    next();
  };
}

function routeOf(req: Request, res: Labelled): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string') return `${req.baseUrl}${route.path}`;
  if (res[ROUTE_LABEL]) return res[ROUTE_LABEL];
  if (req.baseUrl) return req.baseUrl;
  return 'unmatched';
}

/** Runs `handler` with requests it answers labelled `label` (e.g. `static` for express.static). */
export function labelRoute(label: string, handler: RequestHandler): RequestHandler {
  return (req, res, next) => {
    (res as Labelled)[ROUTE_LABEL] = label;
    void handler(req, res, (err?: unknown) => {
      delete (res as Labelled)[ROUTE_LABEL];
      next(err);
    });
  };
}
