import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import { APP_CONFIG, LOGGER, badInput, type AppConfig } from '@kinship/api/core';
import { SessionService, UserEntity } from '@kinship/api/auth';
import { PasswordHasher } from '../password-hasher';
import {
  MAIL_PER_ACCOUNT,
  RESET_PER_ACCOUNT,
  RESET_PER_ADDRESS,
  SIGN_IN_PER_ACCOUNT,
  ThrottleService,
} from '../throttle.service';
import { EmailTokensService } from './email-tokens.service';
import { renderMail, type MailTemplate } from './mail-templates';
import { MailTransport } from './mail-transport';

const badToken = () => {
  const message = 'token: this link is not valid any more. Links work once and expire; ask for a new one.';
  return badInput(message, { fields: [{ field: 'token', message }] });
};

/** Password resets, address verification and email changes: every email about the account itself. */
@Injectable()
export class AccountMailService implements OnModuleDestroy {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tokens: EmailTokensService,
    private readonly transport: MailTransport,
    private readonly throttle: ThrottleService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  link(path: string, token?: string): string {
    return `${this.config.publicUrl}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  }

  async send(to: string, locale: string, template: MailTemplate): Promise<void> {
    const { subject, text, html } = renderMail(locale, template);
    await this.transport.send({ to, subject, text, html });
  }

  /**
   * Sends without making the caller wait, so an answer takes the same time whatever was sent; a failure
   * is logged (never the address).
   */
  sendLater(work: () => Promise<void>, what: string): void {
    const done: Promise<void> = work()
      .catch((error: unknown) =>
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          `mail: ${what} failed`,
        ),
      )
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** Lets messages on their way finish before the database closes on shutdown. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** After registration: a new account gets a confirmation link. */
  async sendVerification(user: UserEntity): Promise<void> {
    const token = await this.tokens.issue(user.id, 'verify_email');
    await this.send(user.email, user.locale, {
      name: 'verify-email',
      link: this.link('/verify-email', token),
      displayName: user.displayName,
    });
  }

  /** Registration with an address that has an account: its owner is told instead. */
  async sendAccountExists(email: string): Promise<void> {
    const owner = await this.users.findOneBy({ email });
    if (!owner) return;
    await this.send(owner.email, owner.locale, {
      name: 'account-exists',
      signInLink: this.link('/sign-in'),
      resetLink: this.link('/reset-password'),
    });
  }

  async resendVerification(userId: string): Promise<boolean> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (user.emailVerifiedAt) return true;
    await this.throttle.assertAllowed([[MAIL_PER_ACCOUNT, user.id]], 'Too many emails were sent to you.');
    await this.throttle.record([[MAIL_PER_ACCOUNT, user.id]]);
    await this.sendVerification(user);
    return true;
  }

  /**
   * Always the same answer; a link goes out only when the account exists. Requests count against the
   * email and the network address whether or not the account exists, so the limits reveal nothing either.
   */
  async requestPasswordReset(email: string, address: string): Promise<true> {
    const checks: Parameters<ThrottleService['record']>[0] = [
      [RESET_PER_ACCOUNT, email],
      [RESET_PER_ADDRESS, address],
    ];
    await this.throttle.assertAllowed(checks, 'Too many password reset requests.');
    await this.throttle.record(checks);
    const user = await this.users.findOneBy({ email });
    if (user) {
      this.sendLater(async () => {
        const token = await this.tokens.issue(user.id, 'password_reset');
        await this.send(user.email, user.locale, {
          name: 'password-reset',
          link: this.link('/reset-password', token),
        });
      }, 'password reset');
    }
    return true;
  }

  /** Sets the new password, confirms the address (the link proved it) and ends every session. */
  async resetPassword(token: string, password: string): Promise<true> {
    const spent = await this.tokens.spend(token, ['password_reset']);
    if (!spent) throw badToken();
    const passwordHash = await this.hasher.hash(password);
    await this.users.query(
      `UPDATE users SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()),
              updated_at = now()
        WHERE id = $1`,
      [spent.accountId, passwordHash],
    );
    const user = await this.users.findOneByOrFail({ id: spent.accountId });
    await this.throttle.reset(SIGN_IN_PER_ACCOUNT, user.email);
    await this.sessions.revokeAllFor(user.id, 'Your password was changed. Please sign in again.');
    return true;
  }

  /** Confirms an address: a new account's own, or the new one of an email change. */
  async verifyEmail(token: string): Promise<true> {
    const spent = await this.tokens.spend(token, ['verify_email', 'change_email']);
    if (!spent) throw badToken();
    if (spent.purpose === 'verify_email') {
      await this.users.query(
        'UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1',
        [spent.accountId],
      );
      return true;
    }
    try {
      await this.users.query(
        'UPDATE users SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1',
        [spent.accountId, spent.newEmail],
      );
    } catch (error) {
      if ((error as { constraint?: string }).constraint) throw badToken();
      throw error;
    }
    return true;
  }

  /**
   * Asks the new address to confirm and tells the old one. When the new address already has an account,
   * the answer is the same and that account's owner is told someone tried to use it.
   */
  async requestEmailChange(userId: string, newEmail: string, password: string): Promise<true> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      const message = 'password: that is not your current password';
      throw badInput(message, { fields: [{ field: 'password', message }] });
    }
    if (newEmail.toLowerCase() === user.email.toLowerCase()) {
      const message = 'newEmail: that is already your email address';
      throw badInput(message, { fields: [{ field: 'newEmail', message }] });
    }
    await this.throttle.assertAllowed([[MAIL_PER_ACCOUNT, user.id]], 'Too many emails were sent to you.');
    await this.throttle.record([[MAIL_PER_ACCOUNT, user.id]]);
    const taken = await this.users.exists({ where: { email: newEmail } });
    this.sendLater(async () => {
      if (taken) {
        await this.sendAccountExists(newEmail);
      } else {
        const token = await this.tokens.issue(user.id, 'change_email', newEmail);
        await this.send(newEmail, user.locale, {
          name: 'email-change-confirm',
          link: this.link('/verify-email', token),
        });
      }
      await this.send(user.email, user.locale, {
        name: 'email-change-notice',
        resetLink: this.link('/reset-password'),
      });
    }, 'email change');
    return true;
  }
}
