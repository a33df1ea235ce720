import { MeetingAdminResolver } from './admin/meeting-admin.resolver';
import { MeetingCatalogResolver } from './catalog.resolver';
import { MeetingGroupsResolver } from './groups/groups.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MyMeetingsResolver } from './members/my-meetings.resolver';
import { MeetingRemindersResolver } from './reminders/meeting-reminders.resolver';
import { MeetingSourcesResolver } from './sources/meeting-sources.resolver';
import { TimeZoneAtResolver } from './time-zone-at.resolver';
import { PlacesResolver } from './places/places.resolver';

/** Every GraphQL resolver class of this feature (for emitting schema.graphql without a database). */
export const meetingsResolvers: (new (...args: never[]) => unknown)[] = [
  MeetingsResolver,
  MeetingCatalogResolver,
  MeetingGroupsResolver,
  MyMeetingsResolver,
  MeetingAdminResolver,
  MeetingRemindersResolver,
  MeetingSourcesResolver,
  TimeZoneAtResolver,
  PlacesResolver,
];
