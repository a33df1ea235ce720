import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, NotFoundException } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, safeError } from '@kinship/api/core';
import { ErrorCode } from '@kinship/shared/contracts';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.QueryTooComplex]: 400,
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
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();

    if (exception instanceof AppError) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
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
