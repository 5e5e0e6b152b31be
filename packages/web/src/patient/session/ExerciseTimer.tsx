import { type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A countdown for timed exercises (walking, breathing). The clock on screen changes every
 * second but is hidden from screen readers; a polite live region speaks only on start, pause,
 * each whole minute left and the end (WCAG 4.1.3 without flooding the listener).
 */
export function ExerciseTimer({ minutes }: { readonly minutes: number }): ReactElement {
  const { t } = useTranslation('patient');
  const total = Math.max(1, Math.round(minutes * 60));
  const [left, setLeft] = useState(total);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const lastTick = useRef<number | null>(null);

  useEffect(() => {
    if (!running) return;
    lastTick.current = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      const elapsed = Math.floor((now - (lastTick.current ?? now)) / 1000);
      if (elapsed < 1) return;
      lastTick.current = (lastTick.current ?? now) + elapsed * 1000;
      setLeft((current) => {
        const next = Math.max(0, current - elapsed);
        if (next === 0) {
          setRunning(false);
          setAnnouncement(t('timer.finished'));
        } else if (Math.floor(next / 60) !== Math.floor(current / 60) && next % 60 !== 0) {
          setAnnouncement(t('timer.minutesLeft', { count: Math.ceil(next / 60) }));
        }
        return next;
      });
    }, 250);
    return () => clearInterval(timer);
  }, [running, t]);

  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div className="timer">
      <p className="timer-clock" aria-hidden="true">
        {mm}:{ss}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="actions">
        {left > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnnouncement(
                running ? t('timer.paused') : t('timer.started', { count: Math.ceil(left / 60) }),
              );
              setRunning(!running);
            }}
          >
            {running ? t('timer.pause') : t('timer.start')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setRunning(false);
            setLeft(total);
            setAnnouncement(t('timer.reset'));
          }}
        >
          {t('timer.resetButton')}
        </button>
      </div>
    </div>
  );
}
