export * from './lib/meetings.module';
export * from './lib/meetings.resolvers';
export { MeetingImportService, type ImportReport, type ImportRequest } from './lib/import/import.service';
export { MeetingWriter } from './lib/store/meeting-writer';
export { ImportFormat } from './lib/import/parsed-feed';
export { meetingRoomKey, groupRoomKey } from './lib/search/meeting-mapper';
