/** English strings for measures, progress, learning, goals, medicines, reminders and reports (`patient` namespace). */
export const patientEnMore = {
  measures: {
    names: {
      'pain-nrs': 'Pain score',
      'peg-3': 'Pain and daily life (PEG)',
      'phq-2': 'Mood (2 questions)',
      'phq-9': 'Mood (9 questions)',
      'gad-2': 'Worry (2 questions)',
      'gad-7': 'Worry (7 questions)',
      startback: 'Back pain outlook (STarT Back)',
      reassessment: 'Full check-up',
    },
  },
};
