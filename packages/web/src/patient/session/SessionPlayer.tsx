import { type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { enqueue, onOutboxSent, outboxStatus } from '../../pwa/outbox';
import type { SessionExerciseLog, SessionLogBody, SessionLogResponse, TodayResponse } from '../api/types';
import { LoadError, Loading, OfflineNote } from '../components/StatusNotes';
import { localDay, newIdempotencyKey, nowWithOffset } from '../dates';
import { usePatientRead } from '../patient-context';
import { todayPath } from '../today/TodayPage';
import { ExerciseStep } from './ExerciseStep';
import { SessionFinished, StopScreen } from './SessionEnd';

export type SaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'on-phone' }
  | { readonly kind: 'sent'; readonly response: SessionLogResponse | null };

/**
 * Today's session, one exercise at a time: drawing, steps, timer or rep counter, pain during
 * (0–10), then done / easier / skip with a reason. The STOP button is on every screen: it ends
 * the session at once and says what to do (clinical.md §4.1, §5.5). The log goes to the outbox.
 */
export function SessionPlayer(): ReactElement {
  const { t } = useTranslation('patient');
  const day = localDay();
  const today = usePatientRead<TodayResponse>(todayPath(day));
  const [index, setIndex] = useState(0);
  const [logs, setLogs] = useState<SessionExerciseLog[]>([]);
  const [ended, setEnded] = useState<'finished' | 'stopped' | null>(null);
  const [save, setSave] = useState<SaveState | null>(null);
  const key = useRef(newIdempotencyKey());

  useEffect(
    () =>
      onOutboxSent((entry, response) => {
        if (entry.idempotencyKey === key.current)
          setSave({ kind: 'sent', response: response as SessionLogResponse });
      }),
    [],
  );

  if (today.status === 'loading') return <Loading />;
  if (today.status === 'error') return <LoadError onRetry={today.reload} />;
  const session = today.data.session;
  const version = today.data.carePlanVersion;
  if (!session?.isSessionDay || session.exercises.length === 0 || version === null) {
    return (
      <>
        <PageTitle>{t('session.title')}</PageTitle>
        <p>{t('session.none')}</p>
        <Link className="button" to="/app/today">
          {t('common.backToToday')}
        </Link>
      </>
    );
  }

  const finish = async (allLogs: SessionExerciseLog[], stopped: boolean) => {
    setEnded(stopped ? 'stopped' : 'finished');
    setSave({ kind: 'saving' });
    const body: SessionLogBody = {
      day,
      carePlanVersion: version,
      exercises: allLogs,
      stoppedForSymptoms: stopped,
      idempotencyKey: key.current,
      clientRecordedAt: nowWithOffset(),
    };
    await enqueue('session', '/api/v1/me/sessions', body);
    const waiting = outboxStatus.get().pending.some((entry) => entry.idempotencyKey === body.idempotencyKey);
    setSave((current) => (waiting ? { kind: 'on-phone' } : (current ?? { kind: 'sent', response: null })));
  };

  if (ended === 'stopped') return <StopScreen save={save} />;
  if (ended === 'finished') return <SessionFinished save={save} logs={logs} />;

  const exercise = session.exercises[index];
  if (exercise === undefined) return <Loading />;
  const record = (log: SessionExerciseLog) => {
    const next = [...logs, log];
    setLogs(next);
    if (index + 1 >= session.exercises.length) void finish(next, false);
    else setIndex(index + 1);
  };
  const stop = () => {
    const current: SessionExerciseLog = {
      exerciseId: exercise.exerciseId,
      outcome: 'skipped',
      reason: 'stopped-symptoms',
      painDuring: null,
    };
    void finish([...logs, current], true);
  };

  return (
    <>
      <PageTitle>{t('session.title')}</PageTitle>
      {today.fromDevice && <OfflineNote savedAt={today.savedAt} />}
      <p className="session-progress">
        {t('session.progress', { current: index + 1, total: session.exercises.length })}
      </p>
      <progress className="session-bar" max={session.exercises.length} value={index} aria-hidden="true" />
      <button type="button" className="button stop-button" onClick={stop}>
        {t('session.stop')}
      </button>
      <ExerciseStep key={exercise.exerciseId + index} exercise={exercise} onRecord={record} />
    </>
  );
}
