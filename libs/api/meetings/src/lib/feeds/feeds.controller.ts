import { Controller, Get, Options, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, In, MoreThan } from 'typeorm';
import { Public } from '@kinship/api/core';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';
import { ProgramEntity } from '../entities/program.entity';
import { toMeetingGuide } from './meeting-guide-export';

const BATCH = 2000;

export const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * GET /feeds/meeting-guide.json: every published meeting as a Meeting Guide feed, readable from any
 * origin (tsml-ui and the Meeting Guide app load feeds from the browser). `?program=NA` narrows it to
 * one program. Streamed in batches, so a large directory never sits in memory at once.
 */
@Public()
@Controller('feeds')
export class FeedsController {
  constructor(private readonly dataSource: DataSource) {}

  /** CORS preflight: browsers ask before a cross-origin GET with headers beyond the simple ones. */
  @Options('meeting-guide.json')
  preflight(@Req() req: Request, @Res() res: Response): void {
    const asked = String(req.get('access-control-request-headers') ?? '');
    res
      .status(204)
      .set({
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': /^[A-Za-z0-9, -]{1,500}$/.test(asked)
          ? asked
          : 'Accept, Accept-Language, Cache-Control, If-None-Match, If-Modified-Since',
        'Access-Control-Max-Age': '86400',
      })
      .end();
  }

  @Get('meeting-guide.json')
  async meetingGuide(
    @Req() req: Request,
    @Res() res: Response,
    @Query('program') program?: string,
  ): Promise<void> {
    let programId: string | undefined;
    if (program) {
      const found = await this.dataSource
        .getRepository(ProgramEntity)
        .findOneBy({ code: String(program).toUpperCase() });
      if (!found) {
        res
          .status(404)
          .set('Access-Control-Allow-Origin', '*')
          .json({ message: `There is no program "${program}".` });
        return;
      }
      programId = found.id;
    }
    const programCodes = new Map(
      (await this.dataSource.getRepository(ProgramEntity).find()).map((p) => [p.id, p.code]),
    );
    res.status(200);
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    });
    const origin = originOf(req);
    const repo = this.dataSource.getRepository(MeetingEntity);
    const groups = this.dataSource.getRepository(MeetingGroupEntity);
    res.write('[');
    let first = true;
    let lastId: string | undefined;
    for (;;) {
      const batch = await repo.find({
        where: {
          published: true,
          ...(programId ? { programId } : {}),
          ...(lastId ? { id: MoreThan(lastId) } : {}),
        },
        order: { id: 'ASC' },
        take: BATCH,
      });
      if (batch.length === 0) break;
      const groupIds = [...new Set(batch.map((m) => m.groupId).filter((g): g is string => Boolean(g)))];
      const groupById = new Map(
        (groupIds.length ? await groups.findBy({ id: In(groupIds) }) : []).map((g) => [g.id, g]),
      );
      const chunk = batch
        .map((m) => {
          const group = m.groupId ? groupById.get(m.groupId) : undefined;
          return JSON.stringify(
            toMeetingGuide(m, {
              groupName: group && group.name !== m.name ? group.name : null,
              groupNotes: group?.notes || null,
              programCode: programCodes.get(m.programId) ?? null,
              pageUrl: `${origin}/meetings/${m.id}`,
            }),
          );
        })
        .join(',');
      res.write(`${first ? '' : ','}${chunk}`);
      first = false;
      lastId = batch[batch.length - 1].id;
      if (batch.length < BATCH) break;
    }
    res.end(']');
  }
}
