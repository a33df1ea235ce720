/**
 * Email to a member from features that do not own mail (the weekly digest, sponsorship notices), without
 * importing the mail module. The identity module provides it under MEMBER_MAIL; consumers inject it with
 * @Optional() and skip email when it is missing.
 *
 * Mail is discreet: the subject and the first line never say what the platform is for, because both show
 * on lock screens and in shared inboxes.
 */
export interface MemberMailMessage {
  /** A template the mail module knows (for example `weekly-digest`); it picks the member's language. */
  template: string;
  /** Values the template fills in. Plain data only: never message text from other members. */
  data?: Record<string, string | number | boolean | null | Array<Record<string, string | number | null>>>;
}

export interface MemberMail {
  /** Sends to the member's verified address; resolves false when the member has none or mail is off. */
  sendToMember(memberId: string, message: MemberMailMessage): Promise<boolean>;
}

export const MEMBER_MAIL = Symbol('MEMBER_MAIL');
