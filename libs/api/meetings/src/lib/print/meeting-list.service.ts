import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@kinship/api/core';
import { Attendance } from '../domain/attendance';
import { DistanceUnit } from '../dto/search.inputs';
import { ProgramEntity } from '../entities/program.entity';
import type { MeetingEntity } from '../entities/meeting.entity';
import { MeetingSearchService, METERS_PER_MILE, toCriteria } from '../search/meeting-search.service';
import { BUILT_IN_TYPES, DERIVED_TYPE_CODES, typeName } from '../vocabulary/vocabulary';
import type { PrintedList, PrintedMeeting } from './meeting-list-pdf';
import type { PrintRequest } from './print-params';
import { printWords, zoneLabel } from './print-words';
import { dayOfNextOccurrence, daysSeenOn } from './viewer-days';

/** A printed list stops here (about 40 pages a day of the week at most), and says so. */
export const PRINT_CAP = 1500;

/** Assembles a printable meeting list: the finder's search, the codes' names, the filter summary. */
@Injectable()
export class MeetingListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: MeetingSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(request: PrintRequest, now = new Date()): Promise<PrintedList> {
    const criteria = toCriteria(request.filter, { canSeeUnpublished: 'none' }, now);
    const page = await this.search.search(criteria, PRINT_CAP);
    const programs = new Map(
      (await this.dataSource.getRepository(ProgramEntity).find()).map((p) => [p.id, p.code]),
    );
    const viewerDays = request.filter.days;
    const meetings = page.hits.map(({ meeting }) => {
      const shown = printed(meeting, programs.get(meeting.programId) ?? null);
      // with a day filter, each meeting only under the days asked for (as the member counts days)
      // "online now": only the occurrence that is on now or about to start
      if (request.shown.onlineNow) return { ...shown, days: dayOfNextOccurrence(meeting, now) };
      return viewerDays?.length
        ? { ...shown, days: daysSeenOn(meeting, request.timeZone, viewerDays, now) }
        : shown;
    });
    const site = this.config.publicUrl.replace(/\/+$/, '');
    return {
      language: request.language,
      paper: request.paper,
      meetings,
      summary: await this.summary(request, page.radiusMeters, page.widened),
      generated: printWords(request.language).generated(
        new Intl.DateTimeFormat(request.language === 'es' ? 'es' : 'en-US', {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: request.timeZone,
        }).format(now),
      ),
      truncatedAt: page.hasNextPage ? PRINT_CAP : null,
      legend: await this.legend(meetings, request.language),
      pageUrl: (id) => `${site}/meetings/${id}`,
      siteUrl: site,
    };
  }

  private async typeNames(codes: string[], language: string): Promise<Map<string, string>> {
    const custom = codes.filter((c) => !BUILT_IN_TYPES.has(c));
    const rows: { code: string; names: Record<string, string> }[] = custom.length
      ? await this.dataSource.query('SELECT code, names FROM meeting_types WHERE code = ANY ($1::text[])', [
          custom,
        ])
      : [];
    const customNames = new Map(rows.map((r) => [r.code, r.names]));
    return new Map(
      codes.map((code) => [
        code,
        typeName(BUILT_IN_TYPES.get(code)?.names ?? customNames.get(code), code, language),
      ]),
    );
  }

  private async legend(meetings: PrintedMeeting[], language: string) {
    const used = [...new Set(meetings.flatMap((m) => m.types))].sort();
    const names = await this.typeNames(used, language);
    return used.map((code) => ({ code, name: names.get(code) ?? code }));
  }

  private async summary(request: PrintRequest, radiusMeters: number | null, widened: boolean) {
    const words = printWords(request.language);
    const s = request.shown;
    const lines: string[] = [];
    if (s.onlineNow) lines.push(words.onlineNow);
    if (s.near) {
      const place = s.place ?? `${s.near.latitude.toFixed(2)}, ${s.near.longitude.toFixed(2)}`;
      const perUnit = s.unit === DistanceUnit.MI ? METERS_PER_MILE : 1000;
      const radius = radiusMeters === null ? s.radius : Math.round((radiusMeters / perUnit) * 10) / 10;
      lines.push(
        `${words.near(place, `${radius} ${s.unit === DistanceUnit.MI ? 'mi' : 'km'}`)}${widened ? ` ${words.widened}` : ''}`,
      );
    }
    if (s.days.length) lines.push(words.onDays(s.days.map((d) => words.days[d]).join(', ')));
    if (s.timeOfDay) lines.push(words.timeOfDay[s.timeOfDay]);
    if (s.days.length || s.timeOfDay) lines.push(words.filterZone(zoneLabel(request.timeZone)));
    if (s.programs.length) lines.push(words.programs(s.programs.join(', ')));
    if (s.types.length) {
      const names = await this.typeNames(s.types, request.language);
      lines.push(words.types(s.types.map((t) => names.get(t) ?? t).join(', ')));
    }
    if (s.attendance.length) {
      lines.push(
        s.attendance
          .filter((a): a is Exclude<Attendance, Attendance.INACTIVE> => a !== Attendance.INACTIVE)
          .map((a) => words.attendance[a])
          .join(', '),
      );
    }
    if (s.query) lines.push(words.words(s.query));
    return lines.length ? lines : [words.allMeetings];
  }
}

function printed(m: MeetingEntity, program: string | null): PrintedMeeting {
  const inPerson = m.attendance === Attendance.IN_PERSON || m.attendance === Attendance.HYBRID;
  const online = m.attendance === Attendance.ONLINE || m.attendance === Attendance.HYBRID;
  const address = m.formattedAddress ?? '';
  const place = [m.venue, address].filter((p): p is string => Boolean(p?.trim())).join(', ');
  return {
    id: m.id,
    name: m.name,
    days: m.days,
    startMinute: m.startMinute,
    timeZone: m.timeZone,
    place: inPerson && place ? place : null,
    online,
    program,
    types: m.types.filter((t) => !DERIVED_TYPE_CODES.has(t)),
  };
}
