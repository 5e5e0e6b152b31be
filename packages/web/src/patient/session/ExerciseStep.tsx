import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseOutcome, SessionExercise, SessionExerciseLog } from '../api/types';
import { ChoiceQuestion, ScaleQuestion } from '../components/Questions';
import { ExerciseIllustration } from './ExerciseIllustration';
import { ExerciseTimer } from './ExerciseTimer';
import { RepCounter } from './RepCounter';

const SKIP_REASONS = ['too-painful', 'no-time', 'could-not-do', 'not-today', 'other'] as const;

/** One exercise of the session, from drawing to "done, easier or skip". */
export function ExerciseStep({
  exercise,
  onRecord,
}: {
  readonly exercise: SessionExercise;
  readonly onRecord: (log: SessionExerciseLog) => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [pain, setPain] = useState<number | null>(null);
  const [choice, setChoice] = useState<ExerciseOutcome | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const needsReason = choice === 'skipped' || choice === 'easier';
  const ready = choice !== null && (choice !== 'skipped' || reason !== null);

  return (
    <article className="exercise" aria-labelledby="exercise-name">
      <h2 id="exercise-name">{exercise.name}</h2>
      <ExerciseIllustration exerciseId={exercise.exerciseId} description={exercise.purpose} />
      <p className="lead">{exercise.purpose}</p>
      <p className="dose">
        <strong>{exercise.doseText}</strong>
        {exercise.eachSide ? ` ${t('session.eachSide')}` : ''}
      </p>
      <h3>{t('session.how')}</h3>
      <ol className="exercise-steps">
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {exercise.cues.length > 0 && (
        <>
          <h3>{t('session.tips')}</h3>
          <ul>
            {exercise.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </>
      )}
      {exercise.dose.kind === 'duration' ? (
        <ExerciseTimer minutes={exercise.dose.minutes} />
      ) : (
        <RepCounter sets={exercise.dose.sets} reps={exercise.dose.reps} eachSide={exercise.eachSide} />
      )}
      {exercise.stopIf.length > 0 && (
        <details className="stop-if">
          <summary>{t('session.stopIfTitle')}</summary>
          <ul>
            {exercise.stopIf.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <ScaleQuestion
        legend={t('session.painDuring')}
        hint={t('session.painDuringHint')}
        value={pain}
        onChange={setPain}
        lowLabel={t('scale.painLow')}
        highLabel={t('scale.painHigh')}
      />
      <ChoiceQuestion<ExerciseOutcome>
        legend={t('session.howDidItGo')}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          setReason(null);
        }}
        options={[
          { value: 'done', label: t('session.outcome.done') },
          { value: 'easier', label: t('session.outcome.easier') },
          { value: 'skipped', label: t('session.outcome.skipped') },
        ]}
      />
      {needsReason && (
        <ChoiceQuestion<string>
          legend={choice === 'skipped' ? t('session.skipReason') : t('session.easierReason')}
          value={reason}
          onChange={setReason}
          options={SKIP_REASONS.map((id) => ({ value: id, label: t(`session.reasons.${id}`) }))}
        />
      )}
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() =>
          choice &&
          onRecord({
            exerciseId: exercise.exerciseId,
            outcome: choice,
            ...(reason ? { reason } : {}),
            painDuring: pain,
          })
        }
      >
        {t('session.next')}
      </button>
    </article>
  );
}
