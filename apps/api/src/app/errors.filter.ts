import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, NotFoundException } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, isOverload, safeError, unavailable } from '@kinship/api/core';
import { ErrorCode } from '@kinship/shared/contracts';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.Unavailable]: 503,
  [ErrorCode.InternalServerError]: 500,
};

/**
 * The one place errors leave the API outside of sockets.
 * - GraphQL: every error goes to Apollo as it is; `formatError` maps codes, masks and logs unexpected ones.
 * - HTTP: our AppErrors answer with their status and `{ code, message }`; a GET for a page that no route
 *   handles gets the web client's index.html (client-side routes); anything unexpected is a masked 500,
 *   logged without personal data. Expected refusals are not logged as errors.
 */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  private readonly indexHtml: string | null;

  constructor(
    webDist: string,
    private readonly logger: Logger,
  ) {
    const index = join(webDist, 'index.html');
    this.indexHtml = existsSync(index) ? index : null;
  }

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (host.getType() !== 'http') throw exception;
    if (!(exception instanceof AppError) && isOverload(exception)) exception = unavailable();
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();

    const refused = bodyRefusal(exception);
    if (refused) {
      send(res, req, refused.status, { ...refused.body });
    } else if (exception instanceof AppError) {
      const status = STATUS[exception.code];
      if (typeof exception.extensions['retryAfterSeconds'] === 'number') {
        res.setHeader('Retry-After', String(exception.extensions['retryAfterSeconds']));
      }
      send(res, req, status, { ...exception.extensions, code: exception.code, message: exception.message });
    } else if (exception instanceof NotFoundException && this.servesPage(req)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(this.indexHtml as string);
    } else if (exception instanceof NotFoundException) {
      res.status(404).json({ code: ErrorCode.NotFound, message: 'There is nothing at this address.' });
    } else if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json({ code: ErrorCode.BadUserInput, message: exception.message });
    } else {
      this.logger.error({ err: safeError(exception), path: req.path }, 'unexpected error');
      res.status(500).json({
        code: ErrorCode.InternalServerError,
        message: 'Something went wrong on our side. Please try again.',
      });
    }
    return undefined;
  }

  private servesPage(req: Request): boolean {
    return Boolean(this.indexHtml) && req.method === 'GET' && req.accepts(['html', 'json']) === 'html';
  }
}

/** JSON for REST clients; on /graphql also a GraphQL-shaped `errors` list, so GraphQL clients read the code. */
function send(res: Response, req: Request, status: number, body: Record<string, unknown>): void {
  const { code, message, ...details } = body;
  const graphql = req.path === '/graphql' ? { errors: [{ message, extensions: { code, ...details } }] } : {};
  res.status(status).json({ code, message, ...details, ...graphql });
}

interface BodyParserError {
  status: number;
  type?: string;
  limit?: number;
  expose?: boolean;
}

/**
 * Errors the body parsers raise before any route runs (too large, malformed JSON, an unknown charset):
 * the client's doing, answered with their own 4xx status and a sentence, never a 500.
 */
export function bodyRefusal(
  exception: unknown,
): { status: number; body: { code: ErrorCode; message: string; limitBytes?: number } } | null {
  const e = exception as Partial<BodyParserError> | null;
  if (!e || typeof e !== 'object' || typeof e.status !== 'number' || e.expose !== true) return null;
  if (e.status < 400 || e.status > 499 || exception instanceof HttpException) return null;
  if (e.status === 413 || e.type === 'entity.too.large') {
    const limit = typeof e.limit === 'number' ? e.limit : undefined;
    return {
      status: 413,
      body: {
        code: ErrorCode.PayloadTooLarge,
        message: `The request body is too large: this address takes at most ${limit ? formatBytes(limit) : 'a limited size'}.`,
        ...(limit ? { limitBytes: limit } : {}),
      },
    };
  }
  const messages: Record<string, string> = {
    'entity.parse.failed': 'The request body is not valid JSON.',
    'encoding.unsupported': 'The request body uses a content encoding this address does not take.',
    'charset.unsupported': 'The request body uses a character set this address does not take (send UTF-8).',
    'request.aborted': 'The request was cut off before its body arrived.',
    'request.size.invalid': 'The request body does not match its Content-Length.',
  };
  return {
    status: e.status,
    body: {
      code: ErrorCode.BadUserInput,
      message: messages[e.type ?? ''] ?? 'The request body could not be read.',
    },
  };
}

/** 102400 → "100 KiB", 10485760 → "10 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
