import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';

/**
 * Serves the web client's index.html for any GET that no API route handles and that asks for a page, so
 * client-side routes (/profile, /meetings/…) load directly. Everything else keeps its 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  private readonly indexHtml: string | null;

  constructor(webDist: string) {
    const index = join(webDist, 'index.html');
    this.indexHtml = existsSync(index) ? index : null;
  }

  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (this.indexHtml && req.method === 'GET' && req.accepts(['html', 'json']) === 'html') {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(this.indexHtml);
      return;
    }
    res
      .status(404)
      .json({ statusCode: 404, error: 'Not Found', message: 'There is nothing at this address.' });
  }
}
