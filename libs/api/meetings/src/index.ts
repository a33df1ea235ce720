export * from './lib/meetings.module';
export * from './lib/meetings.resolvers';
export { MeetingImportService, type ImportReport, type ImportRequest } from './lib/import/import.service';
export { MeetingWriter } from './lib/store/meeting-writer';
export { ImportFormat } from './lib/import/parsed-feed';
export { meetingRoomKey, groupRoomKey } from './lib/search/meeting-mapper';
export { MeetingRemindersService } from './lib/reminders/meeting-reminders.service';
export { WeeklyDigestService } from './lib/reminders/weekly-digest.service';
export { MeetingSourcesService } from './lib/sources/meeting-sources.service';
