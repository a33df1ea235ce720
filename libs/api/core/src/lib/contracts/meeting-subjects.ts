/**
 * What other features (chat's meeting and group rooms) may learn about a meeting or a group without
 * reading the meetings feature's tables: whether it exists, and its name. The meetings feature provides
 * it under MEETING_SUBJECTS; consumers inject it with @Optional() and treat a missing provider as
 * "there is no such meeting".
 */
export type MeetingSubjectKind = 'meeting' | 'group';

export interface MeetingSubjects {
  /** The name of the meeting or group with this id, or null when there is none. */
  nameOf(kind: MeetingSubjectKind, id: string): Promise<string | null>;
}

export const MEETING_SUBJECTS = Symbol('MEETING_SUBJECTS');
