/** What BackPlan sends by email: plain text only, so nothing can be hidden in markup. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  /** True when messages actually leave the server (SMTP configured). */
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export interface MailLogger {
  warn(message: string): void;
}

/**
 * Used when SMTP_URL is unset. It says that mail is disabled and drops the
 * message: it never logs the body, which may hold a one-time link.
 */
export function createDisabledMailer(logger: MailLogger): Mailer {
  return {
    enabled: false,
    async send(message) {
      logger.warn(`Email is disabled (SMTP_URL is not set); not sending "${message.subject}".`);
    },
  };
}
