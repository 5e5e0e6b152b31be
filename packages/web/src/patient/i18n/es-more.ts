import type { patientEnMore } from './en-more';
import type { SameKeys } from './shape';

/** Spanish strings for measures, progress, learning, goals, medicines, reminders and reports. */
export const patientEsMore: SameKeys<typeof patientEnMore> = {
  measures: {
    names: {
      'pain-nrs': 'Puntuación del dolor',
      'peg-3': 'Dolor y vida diaria (PEG)',
      'phq-2': 'Ánimo (2 preguntas)',
      'phq-9': 'Ánimo (9 preguntas)',
      'gad-2': 'Preocupación (2 preguntas)',
      'gad-7': 'Preocupación (7 preguntas)',
      startback: 'Perspectiva del dolor de espalda (STarT Back)',
      reassessment: 'Revisión completa',
    },
  },
};
