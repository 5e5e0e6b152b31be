import type { analyticsEn } from './en';

type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/** Spanish strings of the `analytics` namespace (same keys as en.ts, checked by the type). */
export const analyticsEs: SameKeys<typeof analyticsEn> = {
  nav: 'Quién responde',
  title: 'Quién responde a qué',
  lead: 'Cuántos pacientes de esta clínica tuvieron una bajada importante del dolor en la semana {{week}}, por tipo de dolor, grupo STarT Back y la atención que recibieron.',
  staffOnly: 'Esta página es para el personal clínico y de administración de la clínica.',
  definitionTitle: 'Cómo se cuenta',
  privacy:
    'Se ocultan los grupos con menos de {{minimum}} pacientes. Así se protege la privacidad, y los grupos tan pequeños dan cifras poco fiables.',
  notEvidence:
    'Son los resultados de su propia clínica, no un ensayo. Los tratamientos no se asignaron al azar, así que las diferencias entre grupos pueden tener otras causas.',
  evaluable_one: '{{count}} paciente ha llegado a la revisión de la semana {{week}}.',
  evaluable_other: '{{count}} pacientes han llegado a la revisión de la semana {{week}}.',
  none: 'Ningún paciente ha llegado aún a la revisión de la semana {{week}}.',
  filters: 'Mostrar',
  phenotype: 'Tipo de dolor',
  riskGroup: 'Grupo STarT Back',
  any: 'Todos',
  apply: 'Mostrar',
  loading: 'Cargando…',
  error: 'No se pudieron cargar los datos. Inténtelo de nuevo.',
  tableCaption: 'Pacientes con una bajada importante del dolor en la semana {{week}}',
  columns: {
    phenotype: 'Tipo de dolor',
    riskGroup: 'Grupo STarT Back',
    treatment: 'Atención en la semana {{week}}',
    n: 'Pacientes',
    share: 'Mejoraron',
    interval: 'Intervalo del 95%',
  },
  hidden: 'Menos de {{minimum}}',
  chartTitle: 'Proporción que mejoró, con intervalos del 95%',
  chartDesc:
    'Una barra por cada grupo con suficientes pacientes. La línea de cada barra muestra el intervalo del 95%.',
  chartNone: 'Aún no hay grupos con suficientes pacientes para el gráfico.',
  bar: '{{group}}: {{share}} mejoraron (intervalo del 95%: {{lower}} a {{upper}}), {{n}} pacientes',
  likeThis: {
    title: 'Pacientes como este',
    lead: 'Dolor {{phenotype}}, STarT Back {{riskGroup}}: cuántos mejoraron en la semana {{week}}.',
    missing: 'La evaluación aún no tiene tipo de dolor o grupo STarT Back.',
    current: 'el escalón de este paciente',
    all: 'Ver todos los grupos',
  },
  values: {
    mechanical: 'Mecánico',
    radicular: 'De raíz nerviosa (radicular)',
    inflammatory: 'Posiblemente inflamatorio',
    mixed: 'Mixto',
    low: 'Bajo',
    medium: 'Medio',
    high: 'Alto',
    unknown: 'Sin registrar',
  },
  treatments: {
    all: 'Cualquier atención',
    'step-1': 'Escalón 1',
    'step-2': 'Escalón 2',
    'step-3': 'Escalón 3',
    education: 'Aprender sobre el dolor de espalda',
    'home-exercise': 'Ejercicio en casa',
    'self-management': 'Autocuidado',
    physiotherapy: 'Fisioterapia',
    'psychologically-informed-physiotherapy': 'Fisioterapia con apoyo extra',
    'cbt-counselling': 'Terapia cognitivo-conductual o apoyo psicológico',
    'rheumatology-referral': 'Derivación a reumatología',
    medication: 'Revisión de medicamentos',
    'interventional-referral': 'Derivación a intervencionismo',
    'intensified-self-guided-programme': 'Programa en casa más cercano',
  },
};
