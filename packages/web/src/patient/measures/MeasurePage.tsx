import { GAD_2, GAD_7 } from '@backplan/clinical/instruments/gad';
import { PAIN_NRS } from '@backplan/clinical/instruments/pain-nrs';
import { PEG_3 } from '@backplan/clinical/instruments/peg';
import {
  PHQ_2,
  PHQ_9,
  PHQ9_SELF_HARM_ITEM_ID,
  TWO_ITEM_SCREEN_POSITIVE_AT,
} from '@backplan/clinical/instruments/phq';
import { STARTBACK } from '@backplan/clinical/instruments/startback';
import type { InstrumentDefinition } from '@backplan/clinical/instruments/types';
import { type FormEvent, type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { enqueue, onOutboxSent, outboxStatus } from '../../pwa/outbox';
import type { MeasureResponse } from '../api/types';
import { ChoiceQuestion, ScaleQuestion } from '../components/Questions';
import { localDay, newIdempotencyKey } from '../dates';
import { IntakeWizard } from '../intake/IntakeWizard';
import { CrisisScreen } from '../safety/SafetyScreens';

/** The questionnaires a patient fills in between visits (licensed wording only, clinical.md §3.0). */
const PATIENT_MEASURES: Readonly<Record<string, InstrumentDefinition>> = {
  'pain-nrs': PAIN_NRS,
  'peg-3': PEG_3,
  'phq-2': PHQ_2,
  'phq-9': PHQ_9,
  'gad-2': GAD_2,
  'gad-7': GAD_7,
  startback: STARTBACK,
};

/** A positive two-item screen leads to the full form (clinical.md §3.3), worked out on the phone too. */
function localFollowUp(instrumentId: string, answers: Record<string, number>): 'phq-9' | 'gad-7' | null {
  const total = Object.values(answers).reduce((sum, value) => sum + value, 0);
  if (total < TWO_ITEM_SCREEN_POSITIVE_AT) return null;
  if (instrumentId === 'phq-2') return 'phq-9';
  if (instrumentId === 'gad-2') return 'gad-7';
  return null;
}

type Outcome = { readonly onPhone: boolean; readonly followUp: 'phq-9' | 'gad-7' | null };

/** /app/measures/:id — a scheduled questionnaire (PEG weekly, PHQ-2/GAD-2 fortnightly) or the full reassessment. */
export function MeasurePage(): ReactElement {
  const { id = '' } = useParams();
  if (id === 'reassessment' || id.startsWith('reassessment')) return <IntakeWizard mode="reassessment" />;
  const definition = PATIENT_MEASURES[id];
  if (!definition) return <UnknownMeasure />;
  return <MeasureForm key={id} definition={definition} />;
}

function UnknownMeasure(): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      <PageTitle>{t('measures.unknownTitle')}</PageTitle>
      <p>{t('measures.unknown')}</p>
      <Link to="/app/today">{t('common.backToToday')}</Link>
    </>
  );
}

function MeasureForm({ definition }: { readonly definition: InstrumentDefinition }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [server, setServer] = useState<MeasureResponse | null>(null);
  const [crisis, setCrisis] = useState(false);
  const key = useRef(newIdempotencyKey());
  useEffect(
    () =>
      onOutboxSent((entry, response) => {
        if (entry.idempotencyKey === key.current) setServer(response as MeasureResponse);
      }),
    [],
  );

  const complete = definition.items.every((item) => answers[item.id] !== undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    if (definition.id === 'phq-9' && (answers[PHQ9_SELF_HARM_ITEM_ID] ?? 0) > 0) setCrisis(true);
    const body = { day: localDay(), answers, idempotencyKey: key.current };
    await enqueue('measure', `/api/v1/me/measures/${definition.id}`, body);
    const onPhone = outboxStatus.get().pending.some((entry) => entry.idempotencyKey === key.current);
    setOutcome({ onPhone, followUp: localFollowUp(definition.id, answers) });
  };

  if (crisis || server?.crisisResources) {
    return <CrisisScreen resources={server?.crisisResources ?? null} />;
  }
  if (outcome) {
    const followUp = server?.followUp ?? outcome.followUp;
    return (
      <>
        <PageTitle>{t('measures.doneTitle')}</PageTitle>
        <p className={outcome.onPhone && !server ? 'notice' : 'notice-success'} role="status">
          {outcome.onPhone && !server ? t('sync.savedOnPhone') : t('measures.saved')}
        </p>
        {server?.response.band && <p>{t('measures.band', { band: server.response.band })}</p>}
        {followUp ? (
          <>
            <p>{t('measures.followUp')}</p>
            <Link className="button" to={`/app/measures/${followUp}`}>
              {t('measures.followUpButton')}
            </Link>
          </>
        ) : (
          <Link className="button" to="/app/today">
            {t('common.backToToday')}
          </Link>
        )}
      </>
    );
  }
  return (
    <>
      <PageTitle>{t(`measures.names.${definition.id}`, { defaultValue: definition.title })}</PageTitle>
      {definition.instructions && (
        <p className="instrument-stem" lang="en">
          {definition.instructions}
        </p>
      )}
      {i18n.language !== 'en' && <p className="hint">{t('intake.englishWording')}</p>}
      <form onSubmit={(event) => void submit(event)}>
        {definition.items.map((item) =>
          item.answerFormat === 'numeric-rating' ? (
            <ScaleQuestion
              key={item.id}
              legend={<span lang="en">{item.text}</span>}
              value={answers[item.id] ?? null}
              onChange={(value) => setAnswers({ ...answers, [item.id]: value })}
              lowLabel={`0 = ${item.options[0]?.label ?? ''}`}
              highLabel={`10 = ${item.options[item.options.length - 1]?.label ?? ''}`}
            />
          ) : (
            <ChoiceQuestion<number>
              key={item.id}
              legend={<span lang="en">{item.text}</span>}
              value={answers[item.id] ?? null}
              onChange={(value) => setAnswers({ ...answers, [item.id]: value })}
              options={item.options.map((option) => ({
                value: option.value,
                label: option.label ?? String(option.value),
              }))}
            />
          ),
        )}
        <p className="instrument-notice" lang="en">
          {definition.title}. {definition.licence.notice}
        </p>
        <button type="submit" className="button" disabled={!complete}>
          {t('measures.submit')}
        </button>
      </form>
    </>
  );
}
