import type { ChangeAssessment } from '@backplan/clinical/outcomes/index';
import type { Lang } from './spanish';

/**
 * One plain sentence about a change from baseline, judged by the clinical
 * outcome functions (clinical.md §3.1: 2 points and 30% for pain; §3.2: about
 * 1 point for PEG). Grade 6–8, no blame, no promises; English and Spanish.
 */
export type ChangeMeasure = 'pain' | 'PEG score';

function points(value: number, lang: Lang): string {
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  const text = Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1);
  if (lang === 'es') return `${text.replace('.', ',')} ${rounded === 1 ? 'punto' : 'puntos'}`;
  return `${text} ${rounded === 1 ? 'point' : 'points'}`;
}

function english(what: ChangeMeasure, change: ChangeAssessment): string {
  const label = what === 'pain' ? 'Your pain' : 'Your PEG score (pain and how much it gets in the way)';
  const size = points(change.pointChange, 'en');
  switch (change.category) {
    case 'substantial-improvement':
      return `${label} is down ${size} since you started — that is a big change.`;
    case 'meaningful-improvement':
      return `${label} is down ${size} since you started — that counts as a real change.`;
    case 'worsening':
      return `${label} is up ${size} since you started. Your care team can see this too.`;
    case 'no-meaningful-change':
      return change.pointChange < 0
        ? `${label} is down ${size} since you started. A change of ${what === 'pain' ? '2 points' : 'about 1 point'} or more counts as a real change.`
        : `${label} is about the same as when you started. Many people need a few weeks before they notice a change.`;
  }
}

function spanish(what: ChangeMeasure, change: ChangeAssessment): string {
  const label = what === 'pain' ? 'Tu dolor' : 'Tu puntuación PEG (el dolor y cuánto te limita)';
  const size = points(change.pointChange, 'es');
  switch (change.category) {
    case 'substantial-improvement':
      return `${label} ha bajado ${size} desde que empezaste: es un cambio grande.`;
    case 'meaningful-improvement':
      return `${label} ha bajado ${size} desde que empezaste: eso cuenta como un cambio real.`;
    case 'worsening':
      return `${label} ha subido ${size} desde que empezaste. Tu equipo de atención también lo puede ver.`;
    case 'no-meaningful-change':
      return change.pointChange < 0
        ? `${label} ha bajado ${size} desde que empezaste. Un cambio de ${what === 'pain' ? '2 puntos' : 'más o menos 1 punto'} o más cuenta como un cambio real.`
        : `${label} está más o menos igual que cuando empezaste. Mucha gente necesita unas semanas para notar un cambio.`;
  }
}

export function explainChange(what: ChangeMeasure, change: ChangeAssessment, lang: Lang = 'en'): string {
  return lang === 'es' ? spanish(what, change) : english(what, change);
}
