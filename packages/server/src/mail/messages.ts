import type { MailMessage } from './mailer';

export type MailLanguage = 'en' | 'es';

/** The password reset email, in the account's language. The link is valid once. */
export function passwordResetMessage(
  to: string,
  link: string,
  minutes: number,
  language: MailLanguage,
): MailMessage {
  if (language === 'es') {
    return {
      to,
      subject: 'Restablecer tu contraseña de BackPlan',
      text: [
        'Alguien pidió restablecer la contraseña de tu cuenta de BackPlan.',
        '',
        `Abre este enlace en los próximos ${minutes} minutos para elegir una nueva contraseña (solo funciona una vez):`,
        link,
        '',
        'Si no lo pediste tú, ignora este mensaje: tu contraseña no cambia.',
      ].join('\n'),
    };
  }
  return {
    to,
    subject: 'Reset your BackPlan password',
    text: [
      'Someone asked to reset the password of your BackPlan account.',
      '',
      `Open this link within ${minutes} minutes to choose a new password (it works once):`,
      link,
      '',
      'If this was not you, ignore this message: your password stays the same.',
    ].join('\n'),
  };
}
