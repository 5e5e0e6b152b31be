import type { i18n as I18n } from 'i18next';
import type { SameKeys } from '../patient/i18n/shape';

/** Strings of the message thread (i18next namespace `messages`), shared by the patient and clinician sides. */
export const messagesEn = {
  title: 'Messages',
  introPatient: 'Write to your care team. They reply when they can, usually within a few working days.',
  urgent: 'This is not for emergencies. If you need help now, call your local emergency number.',
  introClinician:
    'Messages with this patient. The patient is emailed that a message is waiting, with no details.',
  thread: 'Conversation',
  empty: 'No messages yet.',
  you: 'You',
  careTeam: 'Care team',
  patient: 'Patient',
  sentAt: '{{name}}, {{date}}',
  unread: '{{count}} unread',
  compose: 'New message',
  send: 'Send',
  sent: 'Message sent.',
  noCareTeam: 'You are not sharing your record with a care team yet, so there is no one to message.',
  loading: 'Loading…',
  loadError: 'Messages could not be loaded. Please try again.',
};

export const messagesEs: SameKeys<typeof messagesEn> = {
  title: 'Mensajes',
  introPatient:
    'Escribe a tu equipo de atención. Responden cuando pueden, normalmente en pocos días laborables.',
  urgent: 'No es para urgencias. Si necesitas ayuda ahora, llama a tu número local de emergencias.',
  introClinician: 'Mensajes con este paciente. Se le avisa por correo de que tiene un mensaje, sin detalles.',
  thread: 'Conversación',
  empty: 'Aún no hay mensajes.',
  you: 'Tú',
  careTeam: 'Equipo de atención',
  patient: 'Paciente',
  sentAt: '{{name}}, {{date}}',
  unread: '{{count}} sin leer',
  compose: 'Mensaje nuevo',
  send: 'Enviar',
  sent: 'Mensaje enviado.',
  noCareTeam: 'Aún no compartes tu historia con un equipo de atención, así que no hay a quién escribir.',
  loading: 'Cargando…',
  loadError: 'No se pudieron cargar los mensajes. Inténtalo de nuevo.',
};

export const MESSAGES_NAMESPACE = 'messages';

export function registerMessageTranslations(i18n: I18n): void {
  if (i18n.hasResourceBundle('en', MESSAGES_NAMESPACE)) return;
  i18n.addResourceBundle('en', MESSAGES_NAMESPACE, messagesEn);
  i18n.addResourceBundle('es', MESSAGES_NAMESPACE, messagesEs);
}
