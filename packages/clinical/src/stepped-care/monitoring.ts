import { daysBetween } from '../outcomes/dates';
import { type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';

/** Flares, reassessment timing, outcome measures and physiotherapy visit limits (clinical.md §5.4, §6.1). */

export function longFlareCard(context: EngineContext): DecisionCard | null {
  if (context.longFlares.length === 0) return null;
  const rule = ruleById('flare-over-7-days');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `Flare lasting more than ${context.config.flareClinicianDays} days: review`,
      detail:
        'A flare has lasted longer than the flare plan expects. Check for red flags and new injury, review the load (the programme has dropped back a step, per pacing), and agree a return-to-baseline plan.',
    },
    patient: {
      summary: 'Your care team has been told about your flare-up',
      detail:
        'Your flare-up has lasted more than a week, so your care team will check in with you. Your exercise programme has been eased back for now. If you develop numbness around your bottom or genitals, problems controlling your bladder or bowel, or weakness in your legs, go to the Emergency Department straight away.',
    },
    reasons: context.longFlares.map(
      (flare) =>
        `Flare since ${flare.startedOn}${flare.endedOn ? `, ended ${flare.endedOn}` : ', ongoing'} (${flare.days} days)`,
    ),
    source: rule.citations,
    suggestions: [
      { label: 'Review the flare', actionType: 'schedule-review', isRecommended: true },
      { label: 'Drop the programme back one level', actionType: 'adjust-programme', isRecommended: true },
    ],
  });
}

export function reassessmentDueCard(context: EngineContext): DecisionCard | null {
  const { decisionPoint, decisionPointDate, state } = context;
  if (decisionPoint === null || decisionPointDate === null) return null;
  if (state.clinicianReviews.some((review) => review.date >= decisionPointDate && review.date <= state.today))
    return null;
  const rule = ruleById('reassessment-due');
  const name = decisionPoint === 'week-12-decision' ? 'Week-12 decision' : 'Week-6 check';
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: `${name} of step ${state.currentStep.step} due since ${decisionPointDate}`,
      detail:
        'Most change happens in the first 6 weeks and plateaus by about week 12 (Costa 2012; Kongsted 2010). Review the progress card, record the decision, and note the review date.',
    },
    patient: {
      summary: 'A progress review is due',
      detail:
        'It is time to look at how things have gone since this part of your plan began. Your care team will be in touch.',
    },
    reasons: [
      `Step ${state.currentStep.step} started ${state.currentStep.startedOn}`,
      `No clinician review recorded since ${decisionPointDate}`,
    ],
    source: rule.citations,
    suggestions: [
      { label: `Schedule the ${name.toLowerCase()}`, actionType: 'schedule-review', isRecommended: true },
    ],
  });
}

export function outcomeMeasuresOverdueCard(context: EngineContext): DecisionCard | null {
  const { state, config } = context;
  const measures = [...state.records.peg, ...state.records.odi, ...state.records.rmdq]
    .map((record) => record.date)
    .filter((date) => date <= state.today)
    .sort();
  const latest = measures.at(-1) ?? null;
  const reference = latest ?? state.assessment.assessedOn;
  const stale = daysBetween(reference, state.today) > config.outcomeMeasureOverdueDays;
  const noneThisStep =
    context.decisionPoint !== null && (latest === null || latest <= state.currentStep.startedOn);
  if (!stale && !noneThisStep) return null;
  const rule = ruleById('outcome-measures-overdue');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Outcome measures overdue: ask for a PEG (and ODI or RMDQ)',
      detail:
        'Decisions need a questionnaire measure as well as the pain diary (IMMPACT: judge change by more than one method). PEG, ODI and RMDQ each have an established minimal important change.',
    },
    patient: {
      summary: 'A short questionnaire is due',
      detail:
        'It takes about a minute and shows you and your care team how your pain and daily life are changing.',
    },
    reasons: [
      latest === null ? 'No PEG, ODI or RMDQ recorded since the assessment' : `Last PEG/ODI/RMDQ ${latest}`,
      ...(noneThisStep
        ? [`None since step ${state.currentStep.step} started on ${state.currentStep.startedOn}`]
        : []),
    ],
    source: rule.citations,
    suggestions: [{ label: 'Send the PEG questionnaire', actionType: 'record-measure', isRecommended: true }],
  });
}

function hasSupervisedPhysiotherapy(context: EngineContext): boolean {
  return (
    context.components.has('physiotherapy') ||
    context.components.has('psychologically-informed-physiotherapy')
  );
}

export function ptVisitsCards(context: EngineContext): DecisionCard[] {
  const { visitsAuthorised, visitsUsed } = context.state.physiotherapy;
  if (!hasSupervisedPhysiotherapy(context) || visitsAuthorised === 0) return [];
  const remaining = visitsAuthorised - visitsUsed;
  const reasons = [
    `Physiotherapy visits: ${visitsUsed} of ${visitsAuthorised} authorised used (${Math.max(remaining, 0)} left)`,
  ];
  if (remaining <= 0) {
    if (context.components.has('intensified-self-guided-programme')) return [];
    const rule = ruleById('pt-visits-exhausted');
    return [
      makeCard({
        ruleId: rule.id,
        severity: rule.severity,
        clinician: {
          summary: 'Authorised physiotherapy visits used up: switch to an intensified self-guided programme',
          detail:
            'Do not stop exercise therapy when the insurance limit is reached. Switch to an intensified self-guided programme: more frequent app check-ins, video form checks, progression rules and reminders. Adherence falls when supervision ends (MiSpEx: 81% supervised vs 58% self-administered), so add motivational support. Request more visits if clinically justified.',
        },
        patient: {
          summary: 'Your exercise programme continues at home with extra support',
          detail:
            'Your physiotherapy visits covered by your plan have been used. Your programme carries on in the app with more frequent check-ins and guidance, so you keep the progress you have made.',
        },
        reasons,
        source: rule.citations,
        suggestions: [
          {
            label: 'Switch to the intensified self-guided programme',
            actionType: 'adjust-programme',
            isRecommended: true,
          },
          {
            label: 'Request more visits if clinically justified',
            actionType: 'discuss',
            isRecommended: false,
          },
        ],
      }),
    ];
  }
  if (remaining > context.config.ptVisitsRunningLow) return [];
  const rule = ruleById('pt-visits-running-low');
  return [
    makeCard({
      ruleId: rule.id,
      severity: rule.severity,
      clinician: {
        summary: `${remaining} authorised physiotherapy visit(s) left: plan the hand-over`,
        detail:
          'Use the remaining visits to teach the self-guided progression, check exercise form and agree a flare plan, so the programme continues when visits run out.',
      },
      patient: {
        summary: 'Getting ready to carry on at home',
        detail:
          'You have only a few physiotherapy visits left. They will focus on making sure you can keep progressing on your own.',
      },
      reasons,
      source: rule.citations,
      suggestions: [
        {
          label: 'Plan the hand-over to self-guided exercise',
          actionType: 'adjust-programme',
          isRecommended: true,
        },
      ],
    }),
  ];
}
