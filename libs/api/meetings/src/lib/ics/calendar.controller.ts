import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@kinship/api/core';
import { MeetingEntity } from '../entities/meeting.entity';
import { MyMeetingsService } from '../members/my-meetings.service';
import { toMeeting } from '../search/meeting-mapper';
import { originOf } from '../feeds/feeds.controller';
import { slugify } from '../domain/slug';
import { calendar } from './ics';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = (res: Response, message: string) =>
  res.status(404).type('text/plain; charset=utf-8').send(message);

/**
 * Calendar files: GET /meetings/<id>.ics for one meeting ("add to calendar"), and the private feed of a
 * member's saved meetings, GET /calendar/meetings.ics?token=… (the token is in the query, which is never
 * logged). Both are weekly events with the meeting's own TZID and a matching VTIMEZONE.
 */
@Public()
@Controller()
export class CalendarController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mine: MyMeetingsService,
  ) {}

  @Get('meetings/:id.ics')
  async meeting(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const entity = UUID.test(id)
      ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id, published: true })
      : null;
    if (!entity) {
      notFound(res, 'There is no meeting at this address.');
      return;
    }
    const meeting = toMeeting(entity);
    const origin = originOf(req);
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slugify(meeting.name, 60)}.ics"`,
        'Cache-Control': 'no-cache',
      })
      .send(calendar([{ meeting, pageUrl: `${origin}/meetings/${meeting.id}` }], { name: meeting.name }));
  }

  @Get('calendar/meetings.ics')
  async feed(
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const meetings = typeof token === 'string' ? await this.mine.meetingsForFeedToken(token) : null;
    if (!meetings) {
      notFound(res, 'This calendar address is not valid any more. Make a new one on Kinship (My meetings).');
      return;
    }
    const origin = originOf(req);
    res
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-cache' })
      .send(
        calendar(
          meetings.map((m) => ({ meeting: toMeeting(m), pageUrl: `${origin}/meetings/${m.id}` })),
          { name: 'Kinship: my meetings', refreshHours: 6 },
        ),
      );
  }
}
