import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../layout/Field';
import { PageTitle } from '../../layout/PageTitle';
import { enqueue, outboxStatus } from '../../pwa/outbox';
import type { CheckInBody, TodayResponse } from '../api/types';
import { ScaleQuestion, YesNoQuestion } from '../components/Questions';
import { localDay, newIdempotencyKey, nowWithOffset } from '../dates';
import { usePatientRead } from '../patient-context';
import { UrgentActionScreen } from '../safety/SafetyScreens';
import { todayPath } from './TodayPage';

/** Side effects offered as ticks; stored as these ids so a report reads the same in any language. */
export const SIDE_EFFECTS = [
  'nausea',
  'drowsiness',
  'dizziness',
  'constipation',
  'stomach-pain',
  'dry-mouth',
] as const;

type Saved = 'sent' | 'on-phone';

/**
 * The daily check-in, about 30 seconds: pain, sleep, mood, activity, side effects, flare, and
 * on the weekly day the bladder/bowel/saddle question (clinical.md §4.1 product rule: a yes
 * goes straight to the emergency screen, before anything is sent). Saved to the outbox first,
 * so it works with no signal.
 */
export function CheckInPage(): ReactElement {
  const { t } = useTranslation('patient');
  const day = localDay();
  const today = usePatientRead<TodayResponse>(todayPath(day));
  const weeklyDue = today.status === 'ready' ? today.data.weeklySafetyQuestionDue : false;
  const [pain, setPain] = useState<number | null>(null);
  const [sleep, setSleep] = useState<number | null>(null);
  const [mood, setMood] = useState<number | null>(null);
  const [activity, setActivity] = useState('');
  const [sideEffects, setSideEffects] = useState<string[]>([]);
  const [flare, setFlare] = useState<boolean | null>(null);
  const [bladder, setBladder] = useState<boolean | null>(null);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [emergency, setEmergency] = useState(false);

  const activityMinutes = Number.parseInt(activity === '' ? '0' : activity, 10);
  const complete =
    pain !== null &&
    sleep !== null &&
    mood !== null &&
    flare !== null &&
    Number.isInteger(activityMinutes) &&
    activityMinutes >= 0 &&
    activityMinutes <= 1440 &&
    (!weeklyDue || bladder !== null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete || pain === null || sleep === null || mood === null || flare === null) {
      setMissing(true);
      return;
    }
    const body: CheckInBody = {
      day,
      pain,
      sleepQuality: sleep,
      mood,
      activityMinutes,
      sideEffects,
      flare,
      newBladderBowelSaddleSymptoms: weeklyDue ? bladder : null,
      idempotencyKey: newIdempotencyKey(),
      clientRecordedAt: nowWithOffset(),
    };
    if (body.newBladderBowelSaddleSymptoms === true) setEmergency(true);
    await enqueue('check-in', '/api/v1/me/check-ins', body);
    const waiting = outboxStatus.get().pending.some((entry) => entry.idempotencyKey === body.idempotencyKey);
    setSaved(waiting ? 'on-phone' : 'sent');
  };

  if (emergency)
    return <UrgentActionScreen level="emergency" careTeam={saved === 'sent' ? 'told' : 'when-online'} />;
  if (saved !== null) {
    return (
      <>
        <PageTitle>{t('checkIn.savedTitle')}</PageTitle>
        <p className={saved === 'on-phone' ? 'notice' : 'notice-success'} role="status">
          {saved === 'on-phone' ? t('sync.savedOnPhone') : t('checkIn.saved')}
        </p>
        {flare && (
          <p>
            <Link to="/app/flare">{t('checkIn.flareNext')}</Link>
          </p>
        )}
        <p>
          <Link className="button" to="/app/today">
            {t('common.backToToday')}
          </Link>
        </p>
      </>
    );
  }

  const toggleSideEffect = (id: string) =>
    setSideEffects((current) => (current.includes(id) ? current.filter((e) => e !== id) : [...current, id]));
  return (
    <>
      <PageTitle>{t('checkIn.title')}</PageTitle>
      <p className="lead">{t('checkIn.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ScaleQuestion
          legend={t('checkIn.pain')}
          value={pain}
          onChange={setPain}
          lowLabel={t('scale.painLow')}
          highLabel={t('scale.painHigh')}
        />
        <ScaleQuestion
          legend={t('checkIn.sleep')}
          value={sleep}
          onChange={setSleep}
          lowLabel={t('scale.sleepLow')}
          highLabel={t('scale.sleepHigh')}
        />
        <ScaleQuestion
          legend={t('checkIn.mood')}
          value={mood}
          onChange={setMood}
          lowLabel={t('scale.moodLow')}
          highLabel={t('scale.moodHigh')}
        />
        <Field
          label={t('checkIn.activity')}
          hint={t('checkIn.activityHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          value={activity}
          onChange={(event) => setActivity(event.target.value)}
        />
        <fieldset className="question">
          <legend>{t('checkIn.sideEffects')}</legend>
          <p className="hint">{t('checkIn.sideEffectsHint')}</p>
          <div className="choices">
            {SIDE_EFFECTS.map((id) => (
              <label key={id} className="choice-row">
                <input
                  type="checkbox"
                  checked={sideEffects.includes(id)}
                  onChange={() => toggleSideEffect(id)}
                />
                <span>{t(`sideEffects.${id}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <YesNoQuestion
          legend={t('checkIn.flare')}
          value={flare}
          onChange={setFlare}
          yes={t('common.yes')}
          no={t('common.no')}
        />
        {weeklyDue && (
          <YesNoQuestion
            legend={t('checkIn.weeklySafety')}
            hint={t('checkIn.weeklySafetyHint')}
            value={bladder}
            onChange={setBladder}
            yes={t('common.yes')}
            no={t('common.no')}
          />
        )}
        {missing && !complete && (
          <p className="notice-error" role="alert">
            {t('checkIn.missing')}
          </p>
        )}
        <button type="submit" className="button">
          {t('checkIn.submit')}
        </button>
      </form>
    </>
  );
}
