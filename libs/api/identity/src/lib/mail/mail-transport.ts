import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, LOGGER, type AppConfig } from '@kinship/api/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends mail through SMTP_URL, or, with no SMTP server configured (the embedded default), writes each
 * message as an .eml file into the outbox folder so a person running the platform locally can open it.
 */
@Injectable()
export class MailTransport implements OnModuleInit, OnApplicationShutdown {
  private readonly transport: Transporter;
  readonly outboxDir: string | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const { smtpUrl, outboxDir } = config.mail;
    this.outboxDir = smtpUrl ? null : resolve(outboxDir);
    this.transport = smtpUrl
      ? createTransport(smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  onModuleInit(): void {
    if (this.outboxDir) {
      this.logger.info(
        { outbox: this.outboxDir },
        `mail: no SMTP_URL, so messages are written as .eml files to ${this.outboxDir}`,
      );
    } else {
      this.logger.info(`mail: sending through SMTP at ${new URL(this.config.mail.smtpUrl ?? '').host}`);
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: { name: this.config.mail.fromName, address: this.config.mail.from },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    if (this.outboxDir) {
      await mkdir(this.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(join(this.outboxDir, name), (info as unknown as { message: Buffer }).message, {
        mode: 0o600,
      });
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
