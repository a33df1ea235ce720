import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER, type MemberMail, type MemberMailMessage } from '@kinship/api/core';
import type { DigestMeeting } from './mail-templates';
import { AccountMailService } from './account-mail.service';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length <= 300 ? v : null);

function digestMeetings(value: unknown): DigestMeeting[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m: Record<string, unknown>) => {
    const name = str(m?.['name']);
    const startsAt = str(m?.['startsAt']);
    const timeZone = str(m?.['timeZone']) ?? 'UTC';
    return name && startsAt ? [{ name, startsAt, timeZone }] : [];
  });
}

/** MEMBER_MAIL: email to a member's verified address from features that do not own mail. */
@Injectable()
export class MemberMailService implements MemberMail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: AccountMailService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async sendToMember(memberId: string, message: MemberMailMessage): Promise<boolean> {
    if (message.template !== 'weekly-digest') {
      this.logger.warn({ template: message.template }, 'mail: unknown member mail template');
      return false;
    }
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(memberId)) return false;
    const rows: { email: string; locale: string }[] = await this.dataSource.query(
      'SELECT email, locale FROM users WHERE id = $1 AND email_verified_at IS NOT NULL',
      [memberId],
    );
    const member = rows[0];
    if (!member) return false;
    const unread = Number(message.data?.['unreadMessages'] ?? 0);
    await this.mail.send(member.email, member.locale, {
      name: 'weekly-digest',
      link: this.mail.link('/'),
      meetings: digestMeetings(message.data?.['meetings']),
      unreadMessages: Number.isInteger(unread) && unread > 0 ? unread : 0,
    });
    return true;
  }
}
