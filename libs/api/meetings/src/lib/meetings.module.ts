import { Global, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { text } from 'express';
import { AuthModule } from '@kinship/api/auth';
import { MEETING_SUBJECTS, PROGRAM_CATALOG } from '@kinship/api/core';
import { MeetingAccessService } from './admin/meeting-access.service';
import { MeetingAdminResolver } from './admin/meeting-admin.resolver';
import { MeetingAdminService } from './admin/meeting-admin.service';
import { BmltController } from './bmlt/bmlt.controller';
import { BmltService } from './bmlt/bmlt.service';
import { MeetingCatalogResolver } from './catalog.resolver';
import { MeetingListService } from './print/meeting-list.service';
import { PrintController } from './print/print.controller';
import { MeetingsDemoData } from './demo/meetings.demo';
import { MeetingEntity } from './entities/meeting.entity';
import { MeetingGroupEntity } from './entities/meeting-group.entity';
import {
  CalendarFeedEntity,
  GroupContactEntity,
  GroupMessageEntity,
  HomeGroupEntity,
  SavedMeetingEntity,
} from './entities/member-data.entities';
import { ProgramEntity } from './entities/program.entity';
import { FeedsController } from './feeds/feeds.controller';
import { MeetingGroupsResolver } from './groups/groups.resolver';
import { GroupsService } from './groups/groups.service';
import { CalendarController } from './ics/calendar.controller';
import { IMPORT_MAX_BYTES, ImportController } from './import/import.controller';
import { MeetingImportService } from './import/import.service';
import { MeetingLoaderRegistry } from './loaders/meeting-loaders';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsAccountData } from './members/meetings-account-data';
import { MyMeetingsResolver } from './members/my-meetings.resolver';
import { MyMeetingsService } from './members/my-meetings.service';
import { MeetingRemindersResolver } from './reminders/meeting-reminders.resolver';
import { MeetingRemindersService } from './reminders/meeting-reminders.service';
import { WeeklyDigestService } from './reminders/weekly-digest.service';
import { MeetingSourcesResolver } from './sources/meeting-sources.resolver';
import { MeetingSourcesService } from './sources/meeting-sources.service';
import { SourceSyncService } from './sources/source-sync.service';
import { MeetingOverridesService } from './sources/meeting-overrides.service';
import { MeetingSearchService } from './search/meeting-search.service';
import { MeetingWriter } from './store/meeting-writer';
import { MeetingsDirectory } from './store/meetings-directory';
import { TimeZoneCatalog } from './store/time-zone-catalog';
import { TimeZoneAtResolver } from './time-zone-at.resolver';
import { PlacesResolver } from './places/places.resolver';
import { PlacesService } from './places/places.service';

/**
 * Meetings: search (public), meeting and group pages, saved meetings and calendar feeds, contacting
 * groups, management and imports, the Meeting Guide feed, .ics files, and demo data.
 * Global only to offer PROGRAM_CATALOG (the one list of programs) and MEETING_SUBJECTS (a meeting's or
 * group's name) to other features, which must not import this one.
 */
@Global()
@Module({
  imports: [
    AuthModule,
    TypeOrmModule.forFeature([
      ProgramEntity,
      MeetingGroupEntity,
      MeetingEntity,
      SavedMeetingEntity,
      HomeGroupEntity,
      CalendarFeedEntity,
      GroupContactEntity,
      GroupMessageEntity,
    ]),
  ],
  controllers: [FeedsController, CalendarController, ImportController, BmltController, PrintController],
  providers: [
    TimeZoneCatalog,
    BmltService,
    MeetingsResolver,
    MeetingCatalogResolver,
    TimeZoneAtResolver,
    MeetingGroupsResolver,
    MyMeetingsResolver,
    MeetingAdminResolver,
    MeetingSearchService,
    MeetingImportService,
    MeetingWriter,
    MeetingAdminService,
    MeetingAccessService,
    MyMeetingsService,
    GroupsService,
    MeetingLoaderRegistry,
    MeetingsAccountData,
    MeetingsDemoData,
    MeetingRemindersService,
    MeetingRemindersResolver,
    WeeklyDigestService,
    MeetingSourcesService,
    MeetingSourcesResolver,
    SourceSyncService,
    MeetingOverridesService,
    MeetingListService,
    MeetingsDirectory,
    PlacesService,
    PlacesResolver,
    { provide: PROGRAM_CATALOG, useExisting: MeetingsDirectory },
    { provide: MEETING_SUBJECTS, useExisting: MeetingsDirectory },
  ],
  exports: [MeetingImportService, PROGRAM_CATALOG, MEETING_SUBJECTS],
})
export class MeetingsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The import endpoint takes the file itself as the body (the global JSON parser stops at 100 kB).
    consumer
      .apply(text({ type: ['text/*', 'application/octet-stream'], limit: IMPORT_MAX_BYTES }))
      .forRoutes({ path: 'admin/meetings/import', method: RequestMethod.POST });
  }
}
