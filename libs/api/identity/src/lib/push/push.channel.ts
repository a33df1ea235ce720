import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type MemberNotification, MemberNotifier, type NotificationChannel } from '@kinship/api/core';
import { PushService } from './push.service';

/** Web Push as a MemberNotifier channel; registered only when the server has VAPID keys. */
@Injectable()
export class PushChannel implements NotificationChannel, OnModuleInit {
  readonly name = 'web-push';

  constructor(
    private readonly notifier: MemberNotifier,
    private readonly push: PushService,
  ) {}

  onModuleInit(): void {
    if (this.push.available) this.notifier.register(this);
  }

  deliver(userId: string, notification: MemberNotification): Promise<void> {
    return this.push.deliver(userId, notification);
  }
}
