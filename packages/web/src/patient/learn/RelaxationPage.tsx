import { RELAXATION_SCRIPTS } from '@backplan/clinical/self-management/relaxation/scripts';
import {
  relaxationStepAt,
  relaxationStepChangedBetween,
} from '@backplan/clinical/self-management/relaxation/timer';
import { type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { markSelfManagementDone } from './mark-done';

/**
 * A timed relaxation practice. The clinical `relaxationStepAt` says which step is playing;
 * `relaxationStepChangedBetween` decides when the live region speaks: once per new step, never
 * on every tick. The clock is wall-clock based, so a phone that sleeps catches up correctly.
 */
export function RelaxationPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { id = '' } = useParams();
  const script = RELAXATION_SCRIPTS.find((candidate) => candidate.id === id);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const startedAt = useRef<number | null>(null);
  /** Seconds played so far, kept outside state so restarting the ticker does not depend on each tick. */
  const previous = useRef(0);
  const recorded = useRef(false);

  useEffect(() => {
    if (!running || !script) return;
    startedAt.current = Date.now() - previous.current * 1000;
    const timer = setInterval(() => {
      const now = (Date.now() - (startedAt.current ?? Date.now())) / 1000;
      const changed = relaxationStepChangedBetween(script, previous.current, now);
      if (changed) setAnnouncement(changed.text);
      previous.current = now;
      setElapsed(now);
    }, 500);
    return () => clearInterval(timer);
  }, [running, script]);

  const state = script ? relaxationStepAt(script, elapsed) : null;
  const finished = state?.status === 'finished';
  useEffect(() => {
    if (finished && script && !recorded.current) {
      recorded.current = true;
      setRunning(false);
      setAnnouncement(t('learn.relaxFinished'));
      void markSelfManagementDone('relaxation', script.id);
    }
  }, [finished, script, t]);

  if (!script || !state) {
    return (
      <>
        <PageTitle>{t('learn.notFound')}</PageTitle>
        <Link to="/app/learn">{t('learn.back')}</Link>
      </>
    );
  }
  const secondsLeft = Math.ceil(state.secondsLeftTotal);
  const clock = `${Math.floor(secondsLeft / 60)}:${String(secondsLeft % 60).padStart(2, '0')}`;
  return (
    <>
      <PageTitle>{script.title}</PageTitle>
      {i18n.language !== 'en' && <p className="notice">{t('learn.englishContent')}</p>}
      <p className="lead" lang="en">
        {script.summary}
      </p>
      <p lang="en">{script.why.text}</p>
      <div className="timer relaxation">
        <p className="relax-step" lang="en">
          {state.status === 'in-progress' ? state.step.text : t('learn.relaxFinished')}
        </p>
        <p className="timer-clock" aria-hidden="true">
          {clock}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {!finished && (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                if (!running && elapsed === 0 && state.status === 'in-progress')
                  setAnnouncement(state.step.text);
                setRunning(!running);
              }}
            >
              {running ? t('timer.pause') : elapsed > 0 ? t('learn.resume') : t('learn.begin')}
            </button>
          </div>
        )}
      </div>
      <p className="hint" lang="en">
        {script.timingNote}
      </p>
      <p>
        <Link to="/app/today">{t('common.backToToday')}</Link>
      </p>
    </>
  );
}
