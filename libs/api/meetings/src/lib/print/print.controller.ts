import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@kinship/api/core';
import { serverTimeZone } from '../domain/time';
import { renderMeetingList } from './meeting-list-pdf';
import { MeetingListService } from './meeting-list.service';
import { parsePrintRequest } from './print-params';

/**
 * The site's policy with one change for this document: browsers show a PDF through a built-in viewer
 * (a plugin to the content security policy), which `object-src 'none'` would block. Nothing else is
 * allowed: the PDF loads nothing.
 */
export const PDF_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "object-src 'self'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /meetings/print.pdf: a printable meeting list for any finder search (the finder's URL parameters,
 * plus tz, lang and paper). Public, like the search itself; published meetings only.
 */
@Public()
@Controller('meetings')
export class PrintController {
  constructor(private readonly lists: MeetingListService) {}

  @Get('print.pdf')
  async print(@Req() req: Request, @Res() res: Response): Promise<void> {
    const request = parsePrintRequest(req.query as Record<string, unknown>, serverTimeZone());
    const now = new Date();
    const pdf = await renderMeetingList(await this.lists.list(request, now));
    const stem = request.language === 'es' ? 'reuniones' : 'meetings';
    res
      .status(200)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${stem}-${now.toISOString().slice(0, 10)}.pdf"`,
        'Content-Security-Policy': PDF_CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
      })
      .send(pdf);
  }
}
