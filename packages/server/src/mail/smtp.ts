import nodemailer from 'nodemailer';
import type { Mailer } from './mailer';

export interface SmtpSettings {
  /** e.g. smtps://user:password@mail.example.org:465 or smtp://127.0.0.1:2525 */
  readonly url: string;
  /** The From address, e.g. "BackPlan <no-reply@clinic.example>". */
  readonly from: string;
}

/** Sends mail through an SMTP server with nodemailer. */
export function createSmtpMailer(settings: SmtpSettings): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(settings.url);
  return {
    enabled: true,
    async send(message) {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
    close() {
      transport.close();
    },
  };
}
