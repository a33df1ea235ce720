import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { badInput } from '@kinship/api/core';
import { CurrentUser, Roles, type AuthUser } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { resolveTimeZone } from '../domain/time-zones';
import { MeetingImportService, type ImportReport } from './import.service';
import { ImportFormat } from './parsed-feed';

/** The largest file the import endpoint takes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * POST /admin/meetings/import — admins only (bearer token): the body is the file itself, sent as
 * text/plain, text/csv or application/octet-stream, up to 10 MB. Query: source (required), program,
 * format, timeZone, dryRun=true. Answers with the same report as the importMeetings mutation.
 */
@Controller('admin/meetings')
export class ImportController {
  constructor(private readonly imports: MeetingImportService) {}

  @Roles(Role.ADMIN)
  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Query('source') source?: string,
    @Query('program') program?: string,
    @Query('format') format?: string,
    @Query('timeZone') timeZone?: string,
    @Query('dryRun') dryRun?: string,
  ): Promise<ImportReport> {
    const body: unknown = req.body;
    if (typeof body !== 'string' || !body.trim()) {
      throw badInput('Send the file as the request body with Content-Type text/plain (or text/csv).');
    }
    if (!source) throw badInput('source is required, e.g. ?source=gny-na');
    if (format && !Object.values(ImportFormat).includes(format as ImportFormat)) {
      throw badInput(`format must be one of ${Object.values(ImportFormat).join(', ')}`);
    }
    let zone: string | undefined;
    if (timeZone) {
      const check = resolveTimeZone(timeZone);
      if (!check.ok)
        throw badInput(`timeZone: ${check.message}`, {
          fields: [{ field: 'timeZone', message: check.message }],
        });
      zone = check.zone;
    }
    return this.imports.run({
      text: body,
      source,
      programCode: program?.toUpperCase(),
      format: (format as ImportFormat | undefined) ?? null,
      defaultTimeZone: zone,
      dryRun: dryRun === 'true',
      importedBy: user.id,
    });
  }
}
