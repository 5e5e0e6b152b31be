import { findPainLesson } from '@backplan/clinical/self-management/lessons/all-lessons';
import { gradeLessonCheck, type LessonCheckResult } from '@backplan/clinical/self-management/lessons/grading';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { ChoiceQuestion } from '../components/Questions';
import { markSelfManagementDone } from './mark-done';

/**
 * A pain lesson: short sections, key points, then its 2–3-question check. Every answer is
 * explained whatever was chosen: the check is for learning, not for passing.
 */
export function LessonPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { id = '' } = useParams();
  const lesson = findPainLesson(id);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<LessonCheckResult | null>(null);
  if (!lesson) {
    return (
      <>
        <PageTitle>{t('learn.notFound')}</PageTitle>
        <Link to="/app/learn">{t('learn.back')}</Link>
      </>
    );
  }
  const allAnswered = lesson.check.every((question) => answers[question.id] !== undefined);
  const finish = () => {
    setResult(gradeLessonCheck(lesson, answers));
    void markSelfManagementDone('lesson', lesson.id);
  };
  return (
    <article lang="en">
      <PageTitle>{lesson.title}</PageTitle>
      {i18n.language !== 'en' && (
        <p className="notice" lang={i18n.language}>
          {t('learn.englishContent')}
        </p>
      )}
      <p className="lead">{lesson.summary}</p>
      {lesson.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph.text}>{paragraph.text}</p>
          ))}
        </section>
      ))}
      <section className="card" aria-labelledby="takeaways-heading">
        <h2 id="takeaways-heading" lang={i18n.language}>
          {t('learn.keyPoints')}
        </h2>
        <ul>
          {lesson.keyTakeaways.map((point) => (
            <li key={point.text}>{point.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="check-heading">
        <h2 id="check-heading" lang={i18n.language}>
          {t('learn.checkTitle')}
        </h2>
        {lesson.check.map((question) => {
          const graded = result?.results.find((r) => r.questionId === question.id);
          return (
            <div key={question.id}>
              <ChoiceQuestion<string>
                legend={question.question}
                value={answers[question.id] ?? null}
                onChange={(value) => !result && setAnswers({ ...answers, [question.id]: value })}
                options={question.options.map((option) => ({ value: option.id, label: option.text }))}
              />
              {graded && (
                <p className={graded.isCorrect ? 'notice-success' : 'notice'}>
                  <span lang={i18n.language}>
                    {graded.isCorrect ? t('learn.right') : t('learn.notQuite')}
                  </span>{' '}
                  {question.explanation.text}
                </p>
              )}
            </div>
          );
        })}
        {result ? (
          <p role="status" lang={i18n.language}>
            {t('learn.checkDone', { correct: result.correctCount, total: result.questionCount })}
          </p>
        ) : (
          <button
            type="button"
            className="button"
            disabled={!allAnswered}
            onClick={finish}
            lang={i18n.language}
          >
            {t('learn.checkAnswers')}
          </button>
        )}
      </section>
      <p>
        <Link to="/app/today" lang={i18n.language}>
          {t('common.backToToday')}
        </Link>
      </p>
    </article>
  );
}
