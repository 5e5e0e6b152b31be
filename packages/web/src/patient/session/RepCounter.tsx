import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Counts repetitions and sets for one exercise. Each tap is the person's own action, so the
 * new count is announced politely; finishing a set and the last set are said in words.
 */
export function RepCounter({
  sets,
  reps,
  eachSide,
}: {
  readonly sets: number;
  readonly reps: number;
  readonly eachSide: boolean;
}): ReactElement {
  const { t } = useTranslation('patient');
  const totalSets = eachSide ? sets * 2 : sets;
  const [set, setSet] = useState(1);
  const [count, setCount] = useState(0);
  const finished = set > totalSets;
  const side = eachSide ? (set % 2 === 1 ? t('reps.left') : t('reps.right')) : null;

  const tap = () => {
    if (count + 1 >= reps) {
      setCount(0);
      setSet(set + 1);
    } else {
      setCount(count + 1);
    }
  };
  const announcement = finished
    ? t('reps.allDone')
    : count === 0 && set > 1
      ? t('reps.setDone', { done: set - 1, total: totalSets })
      : t('reps.count', { count, reps });
  return (
    <div className="rep-counter">
      <p className="rep-status" aria-live="polite">
        {finished
          ? t('reps.allDone')
          : `${t('reps.set', { set, total: totalSets })}${side ? ` (${side})` : ''}`}
        <span className="visually-hidden"> {announcement}</span>
      </p>
      {!finished && (
        <p className="rep-count" aria-hidden="true">
          {count} / {reps}
        </p>
      )}
      <div className="actions">
        {!finished && (
          <button type="button" className="button rep-button" onClick={tap}>
            {t('reps.tap')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setSet(1);
            setCount(0);
          }}
        >
          {t('timer.resetButton')}
        </button>
      </div>
    </div>
  );
}
