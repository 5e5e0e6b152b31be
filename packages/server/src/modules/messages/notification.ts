import type { MailMessage } from '../../mail/mailer';

/**
 * "You have a new message" emails. They carry no health details: no name of
 * the patient, no words of the message, nothing about their care — only that
 * something is waiting behind a sign-in (HIPAA minimum necessary; email is
 * not a secure channel).
 */

type Language = 'en' | 'es';
const language = (value: string): Language => (value === 'es' ? 'es' : 'en');

export function newMessageForPatient(to: string, lang: string, publicUrl: string): MailMessage {
  const link = `${publicUrl.replace(/\/$/, '')}/messages`;
  if (language(lang) === 'es')
    return {
      to,
      subject: 'Tienes un mensaje nuevo en BackPlan',
      text: ['Tu equipo de atención te ha enviado un mensaje.', '', 'Inicia sesión para leerlo:', link].join(
        '\n',
      ),
    };
  return {
    to,
    subject: 'You have a new message in BackPlan',
    text: ['Your care team sent you a message.', '', 'Sign in to read it:', link].join('\n'),
  };
}

export function newMessageForClinician(to: string, lang: string, publicUrl: string): MailMessage {
  const link = `${publicUrl.replace(/\/$/, '')}/clinician`;
  if (language(lang) === 'es')
    return {
      to,
      subject: 'Mensaje nuevo de un paciente en BackPlan',
      text: ['Un paciente te ha enviado un mensaje.', '', 'Inicia sesión para leerlo:', link].join('\n'),
    };
  return {
    to,
    subject: 'New patient message in BackPlan',
    text: ['A patient sent a message to the care team.', '', 'Sign in to read it:', link].join('\n'),
  };
}
