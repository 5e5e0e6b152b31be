import type { CareComponent } from '@backplan/clinical/stepped-care/index';
import type { CrisisResources } from './schemas';

/**
 * Spanish versions of the patient-facing text the server writes (the web app
 * translates its own screens; this is what arrives in API responses). Plain
 * words, "tú" as in the web app, no medicine instructions. Picked by the
 * account's language (`langOf`).
 */
export type Lang = 'en' | 'es';

export const langOf = (language: string): Lang => (language.toLowerCase().startsWith('es') ? 'es' : 'en');

export const COMPONENT_TEXT_ES: Readonly<Record<CareComponent, { title: string; description: string }>> = {
  education: {
    title: 'Aprender sobre el dolor de espalda',
    description: 'Lecciones cortas sobre cómo funciona el dolor de espalda y qué ayuda.',
  },
  'home-exercise': {
    title: 'Ejercicios en casa',
    description: 'Unos pocos ejercicios casi todos los días de la semana.',
  },
  'self-management': {
    title: 'Cuidarte',
    description: 'Relajación, consejos para dormir y metas que tú eliges.',
  },
  physiotherapy: { title: 'Fisioterapia', description: 'Visitas con un fisioterapeuta.' },
  'psychologically-informed-physiotherapy': {
    title: 'Fisioterapia con apoyo extra',
    description: 'Fisioterapia que también ayuda con la preocupación y el estrés por el dolor.',
  },
  'cbt-counselling': {
    title: 'Terapia psicológica',
    description: 'Un terapeuta te ayuda a manejar el dolor, el estrés y el ánimo bajo.',
  },
  'rheumatology-referral': {
    title: 'Ver a un especialista en articulaciones',
    description: 'Un reumatólogo revisa si la inflamación en las articulaciones de la espalda influye.',
  },
  medication: { title: 'Medicamentos', description: 'Tu médico revisa tus medicamentos contigo.' },
  'interventional-referral': {
    title: 'Opinión de un especialista',
    description: 'Un especialista en dolor habla contigo sobre otros tratamientos.',
  },
  'intensified-self-guided-programme': {
    title: 'Más apoyo en casa',
    description: 'Un plan más cercano y más seguimiento para tus ejercicios en casa.',
  },
};

export const STEP_TEXT_ES: Readonly<Record<number, { title: string; description: string }>> = {
  1: {
    title: 'Paso 1: ejercicio, aprendizaje y autocuidado',
    description:
      'La mayoría de las personas empieza aquí. Haz tus ejercicios, aprende sobre el dolor y cuéntanos cómo estás cada día. Vemos cómo vas en las semanas 6 y 12.',
  },
  2: {
    title: 'Paso 2: ayuda extra',
    description:
      'Tu equipo de atención ha añadido más ayuda para ti, como fisioterapia o terapia psicológica.',
  },
  3: {
    title: 'Paso 3: atención especializada',
    description:
      'Tu equipo de atención está hablando con especialistas sobre otros tratamientos que pueden ayudar.',
  },
};

export const MEASURE_REASONS_ES = {
  'peg-3': 'Tu control semanal del dolor y de cuánto afecta a tu vida.',
  'phq-2': 'Cada dos semanas: dos preguntas cortas sobre tu ánimo.',
  'gad-2': 'Cada dos semanas: dos preguntas cortas sobre la preocupación.',
  'phq-9': 'Tu último control del ánimo indica que unas preguntas más serían útiles.',
  'gad-7': 'Tu último control de la preocupación indica que unas preguntas más serían útiles.',
} as const;

export const reassessmentReasonEs = (week: number) =>
  `Revisión de la semana ${week}: las mismas preguntas que al principio, para ver qué ha cambiado.`;

export const URGENT_MESSAGES_ES = {
  emergency:
    'Ve a urgencias ahora o llama a una ambulancia. Estos síntomas pueden indicar un problema de los nervios que necesita tratamiento el mismo día. No hagas tus ejercicios.',
  urgent:
    'Habla hoy con tu médico o tu equipo de espalda. Si no puedes hablar con ellos, ve a urgencias. No hagas tus ejercicios hasta que te hayan visto.',
} as const;

export const CRISIS_RESOURCES_ES: CrisisResources = {
  message:
    'Gracias por contárnoslo. No tienes que enfrentarte solo a estos pensamientos. Si crees que podrías actuar sobre ellos, busca ayuda ahora.',
  resources: [
    {
      name: 'Servicios de emergencia',
      contact: '112 (UE), 911 (EE. UU.), 999 (Reino Unido)',
      description: 'Llama si estás en peligro ahora mismo.',
    },
    {
      name: 'Línea 024 de atención a la conducta suicida (España)',
      contact: '024',
      description: 'Gratis y confidencial, a cualquier hora del día o de la noche.',
    },
    {
      name: '988 Línea de Prevención del Suicidio y Crisis (EE. UU.)',
      contact: 'Llama o escribe al 988',
      description: 'Gratis y confidencial, a cualquier hora. Hay atención en español.',
    },
  ],
  careTeamTold: true,
};

export const STOPPED_FOR_SYMPTOMS_ADVICE_ES =
  'Hiciste bien en parar. Descansa hoy. Si el dolor, el hormigueo o el entumecimiento bajan por la pierna, avisa a tu equipo de atención antes de tu próxima sesión. Si tienes dificultad nueva para orinar, un cambio en el control de la vejiga o del intestino, o entumecimiento entre las piernas, ve a urgencias ahora.';

export const CARE_TEAM_CAN_SEE_MEDICATIONS_ES =
  'Tu equipo de atención puede ver esta lista. También puedes mostrarla en tu próxima visita.';

export const GOAL_REVIEW_TITLE = {
  en: 'Review your goals for the week',
  es: 'Revisa tus metas de la semana',
} as const;

export const CHECK_IN_MORE = {
  en: 'Check in on at least 4 days in a week to see your 7-day pain average.',
  es: 'Cuéntanos cómo estás al menos 4 días de la semana para ver tu media de dolor de 7 días.',
} as const;
