import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/PageTitle';
import type { ProgressResponse } from '../api/types';
import { ChoiceQuestion } from '../components/Questions';
import { LoadError, Loading, OfflineNote } from '../components/StatusNotes';
import { markSelfManagementDone } from '../learn/mark-done';
import { usePatientRead } from '../patient-context';
import { PROGRESS_PATH } from '../progress/ProgressPage';

type WeekAnswer = 'mostly' | 'partly' | 'not-this-week';

/**
 * The patient's own goals and the weekly review. The review is a moment to reflect, not a
 * score: "not this week" is an ordinary answer and leads to a smaller next step, never a
 * telling-off (products.md §4 item 12). Finishing marks today's goal review done.
 */
export function GoalsPage(): ReactElement {
  const { t } = useTranslation('patient');
  const progress = usePatientRead<ProgressResponse>(PROGRESS_PATH);
  const [answers, setAnswers] = useState<Record<string, WeekAnswer>>({});
  const [done, setDone] = useState(false);
  if (progress.status === 'loading') return <Loading />;
  if (progress.status === 'error') return <LoadError onRetry={progress.reload} />;
  const active = progress.data.goals.filter((goal) => goal.status === 'active');
  const reviewed = active.length > 0 && active.every((goal) => answers[goal.id] !== undefined);
  const answerCounts = Object.values(answers);
  return (
    <>
      <PageTitle>{t('goals.title')}</PageTitle>
      {progress.fromDevice && <OfflineNote savedAt={progress.savedAt} />}
      <p className="lead">{t('goals.intro')}</p>
      {progress.data.goals.length === 0 ? (
        <div className="card">
          <p>{t('goals.none')}</p>
          <p>{t('goals.smartHint')}</p>
        </div>
      ) : (
        <ul className="card">
          {progress.data.goals.map((goal) => (
            <li key={goal.id}>
              {goal.text}{' '}
              <span className="hint">
                ({t(`goals.status.${goal.status}`, { defaultValue: goal.status })})
              </span>
            </li>
          ))}
        </ul>
      )}
      {active.length > 0 && !done && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">{t('goals.reviewTitle')}</h2>
          {active.map((goal) => (
            <ChoiceQuestion<WeekAnswer>
              key={goal.id}
              legend={t('goals.reviewQuestion', { goal: goal.text })}
              value={answers[goal.id] ?? null}
              onChange={(value) => setAnswers({ ...answers, [goal.id]: value })}
              options={[
                { value: 'mostly', label: t('goals.answers.mostly') },
                { value: 'partly', label: t('goals.answers.partly') },
                { value: 'not-this-week', label: t('goals.answers.not-this-week') },
              ]}
            />
          ))}
          <button
            type="button"
            className="button"
            disabled={!reviewed}
            onClick={() => {
              setDone(true);
              void markSelfManagementDone('goal-review', null);
            }}
          >
            {t('goals.finishReview')}
          </button>
        </section>
      )}
      {done && (
        <p className="notice-success" role="status">
          {answerCounts.includes('not-this-week') || answerCounts.includes('partly')
            ? t('goals.reviewSmallerStep')
            : t('goals.reviewKeepGoing')}
        </p>
      )}
    </>
  );
}
