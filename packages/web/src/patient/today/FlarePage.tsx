import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { apiJson, NetworkError } from '../api/http';
import {
  FLARE_RED_FLAG_SYMPTOMS,
  type FlareLogBody,
  type FlareLogResponse,
  type FlareRedFlagSymptom,
  type TodayResponse,
  type UrgentAction,
} from '../api/types';
import { ScaleQuestion, YesNoQuestion } from '../components/Questions';
import { LoadError, Loading } from '../components/StatusNotes';
import { localDay } from '../dates';
import { usePatientRead } from '../patient-context';
import { UrgentActionScreen } from '../safety/SafetyScreens';
import { todayPath } from './TodayPage';

/** Cauda equina features are an emergency; new weakness or fever means same-day care (clinical.md §4.1). */
const EMERGENCY_SYMPTOMS: readonly FlareRedFlagSymptom[] = [
  'new-bladder-problem',
  'new-bowel-problem',
  'saddle-numbness',
  'pain-in-both-legs',
  'new-sexual-problem',
];

export function urgencyOf(symptoms: readonly FlareRedFlagSymptom[]): UrgentAction['level'] | null {
  if (symptoms.some((symptom) => EMERGENCY_SYMPTOMS.includes(symptom))) return 'emergency';
  return symptoms.length > 0 ? 'urgent' : null;
}

/**
 * "I'm having a flare": the pre-agreed flare plan (products.md §2c item 4). Starting it switches
 * today's session to the gentle set; each flare day logs pain, whether it has settled, and the
 * red-flag screen, whose yes answers go straight to "what to do now".
 */
export function FlarePage(): ReactElement {
  const { t } = useTranslation('patient');
  const day = localDay();
  const today = usePatientRead<TodayResponse>(todayPath(day));
  const [pain, setPain] = useState<number | null>(null);
  const [settled, setSettled] = useState<boolean | null>(null);
  const [symptoms, setSymptoms] = useState<FlareRedFlagSymptom[]>([]);
  const [problem, setProblem] = useState<'offline' | 'failed' | null>(null);
  const [result, setResult] = useState<FlareLogResponse | null>(null);
  const [localUrgency, setLocalUrgency] = useState<UrgentAction['level'] | null>(null);
  const [busy, setBusy] = useState(false);

  const call = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setProblem(null);
    try {
      return await work();
    } catch (error) {
      setProblem(error instanceof NetworkError ? 'offline' : 'failed');
      return null;
    } finally {
      setBusy(false);
    }
  };

  if (today.status === 'loading') return <Loading />;
  if (today.status === 'error') return <LoadError onRetry={today.reload} />;
  const flare = today.data.flare?.status === 'active' ? today.data.flare : null;

  const urgentFromServer = result?.urgentAction ?? null;
  if (urgentFromServer || localUrgency) {
    return (
      <UrgentActionScreen
        level={urgentFromServer?.level ?? localUrgency ?? 'urgent'}
        serverAdvice={urgentFromServer?.whatToDoNow ?? null}
        careTeam={urgentFromServer?.careTeamTold ? 'told' : problem !== null ? 'not-told' : 'when-online'}
      />
    );
  }
  if (result?.outcome === 'resolved') {
    return (
      <>
        <PageTitle>{t('flare.resolvedTitle')}</PageTitle>
        <p>{t('flare.resolvedText')}</p>
        <Link className="button" to="/app/today">
          {t('common.backToToday')}
        </Link>
      </>
    );
  }

  const start = async () => {
    const started = await call(() => apiJson('POST', '/api/v1/me/flares', { day }));
    if (started !== null) today.reload();
  };
  const logDay = async () => {
    if (pain === null || settled === null) return;
    const level = urgencyOf(symptoms);
    if (level) setLocalUrgency(level);
    const body: FlareLogBody = { day, pain, settled, redFlagSymptoms: symptoms };
    const logged = await call(() => apiJson<FlareLogResponse>('POST', '/api/v1/me/flares/current/log', body));
    if (logged) {
      setResult(logged);
      if (!level) today.reload();
    }
  };
  const toggle = (symptom: FlareRedFlagSymptom) =>
    setSymptoms((current) =>
      current.includes(symptom) ? current.filter((s) => s !== symptom) : [...current, symptom],
    );

  return (
    <>
      <PageTitle>{t('flare.title')}</PageTitle>
      <p className="lead">{t('flare.reassure')}</p>
      <h2>{t('flare.planTitle')}</h2>
      <ul>
        <li>{t('flare.plan1')}</li>
        <li>{t('flare.plan2')}</li>
        <li>{t('flare.plan3')}</li>
        <li>{t('flare.plan4')}</li>
      </ul>
      {problem && (
        <p className="notice-error" role="alert">
          {problem === 'offline' ? t('errors.needsConnection') : t('errors.send')}
        </p>
      )}
      {flare === null ? (
        <button type="button" className="button flare-button" disabled={busy} onClick={() => void start()}>
          {t('flare.start')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void logDay();
          }}
        >
          <h2>{t('flare.logTitle', { count: flare.days })}</h2>
          <ScaleQuestion
            legend={t('flare.pain')}
            value={pain}
            onChange={setPain}
            lowLabel={t('scale.painLow')}
            highLabel={t('scale.painHigh')}
          />
          <YesNoQuestion
            legend={t('flare.settled')}
            value={settled}
            onChange={setSettled}
            yes={t('common.yes')}
            no={t('common.no')}
          />
          <fieldset className="question">
            <legend>{t('flare.redFlagsLegend')}</legend>
            <p className="hint">{t('flare.redFlagsHint')}</p>
            <div className="choices">
              {FLARE_RED_FLAG_SYMPTOMS.map((symptom) => (
                <label key={symptom} className="choice-row">
                  <input
                    type="checkbox"
                    checked={symptoms.includes(symptom)}
                    onChange={() => toggle(symptom)}
                  />
                  <span>{t(`flare.symptoms.${symptom}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button" disabled={busy || pain === null || settled === null}>
            {t('flare.saveDay')}
          </button>
        </form>
      )}
    </>
  );
}
