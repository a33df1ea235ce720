import './lib/meetings.css';

export { MEETINGS_NS } from './lib/meetings.resources';
export { MeetingFinderPage } from './lib/pages/MeetingFinderPage';
export { MeetingPage } from './lib/pages/MeetingPage';
export { GroupPage } from './lib/pages/GroupPage';
export { MyMeetingsPage } from './lib/pages/MyMeetingsPage';
export { AdminMeetingsPage } from './lib/admin/AdminMeetingsPage';
export { MeetingFormPage } from './lib/admin/MeetingFormPage';
export { ImportPage } from './lib/admin/ImportPage';
export { AdminJobsPage } from './lib/admin/AdminJobsPage';
export { SourcesPage } from './lib/admin/SourcesPage';
