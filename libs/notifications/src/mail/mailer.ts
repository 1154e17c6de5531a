import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@prodev/core';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-message';

/**
 * Email through nodemailer: SMTP when SMTP_URL is set; otherwise each message
 * is written as a JSON file to MAIL_OUTBOX_DIR (what specs read) or, with
 * neither, to the log, so development needs no mail server.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport =
      config.mail.smtpUrl === null ? createTransport({ jsonTransport: true }) : createTransport(config.mail.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.mail.from, ...message })) as {
      messageId: string;
      message?: string;
    };
    if (this.config.mail.smtpUrl !== null) return;
    const outbox = this.config.mail.outboxDir;
    if (outbox === null) {
      this.logger.log(`Email to ${message.to}: "${message.subject}"\n${message.text}`);
      return;
    }
    await mkdir(outbox, { recursive: true });
    await writeFile(join(outbox, `${Date.now()}-${randomUUID()}.json`), info.message ?? JSON.stringify(message));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
