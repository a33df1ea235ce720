import { Injectable } from '@nestjs/common';

/**
 * What a member can be told about outside the page they have open. Each kind is opt-in per member on the
 * channels that carry it (web push today). What goes out is only the kind and an id to open: never message
 * text, names or anything that says what the platform is for (lock screens are public).
 */
export type MemberNotificationKind =
  | 'private_message'
  | 'sponsorship_request'
  | 'sponsorship_answer'
  | 'moderator_check_in'
  | 'meeting_reminder';

export interface MemberNotification {
  kind: MemberNotificationKind;
  /** The thing to open when the member taps it: a sponsorship, a meeting, a check-in conversation. */
  refId?: string;
}

/** A way of reaching members (push, …). Channels decide per member whether the kind is wanted. */
export interface NotificationChannel {
  readonly name: string;
  deliver(userId: string, notification: MemberNotification): Promise<void>;
}

/**
 * One place features call to reach a member ("you have a new private message"); channels register
 * themselves at start-up. A failing channel never fails the caller: delivery is best effort and the
 * in-app state (unread counts, notifications) stays the source of truth.
 */
@Injectable()
export class MemberNotifier {
  private readonly channels: NotificationChannel[] = [];

  register(channel: NotificationChannel): void {
    if (!this.channels.some((c) => c.name === channel.name)) this.channels.push(channel);
  }

  async notify(userId: string, notification: MemberNotification): Promise<void> {
    await Promise.all(
      this.channels.map((channel) => channel.deliver(userId, notification).catch(() => undefined)),
    );
  }
}
