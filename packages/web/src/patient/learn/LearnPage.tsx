import { PAIN_LESSONS } from '@backplan/clinical/self-management/lessons/all-lessons';
import { RELAXATION_SCRIPTS } from '@backplan/clinical/self-management/relaxation/scripts';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';

/** Every lesson and relaxation practice, whatever today's item is (clinical.md §5.6, §5.7). */
export function LearnPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  return (
    <>
      <PageTitle>{t('learn.title')}</PageTitle>
      {i18n.language !== 'en' && <p className="notice">{t('learn.englishContent')}</p>}
      <section className="card" aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">{t('learn.lessonsTitle')}</h2>
        <ul className="link-list">
          {PAIN_LESSONS.map((lesson) => (
            <li key={lesson.id}>
              <Link to={`/app/learn/lessons/${lesson.id}`} lang="en">
                {lesson.title}
              </Link>
              <span className="hint"> — {t('today.minutes', { count: lesson.estimatedMinutes })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="relax-heading">
        <h2 id="relax-heading">{t('learn.relaxTitle')}</h2>
        <ul className="link-list">
          {RELAXATION_SCRIPTS.map((script) => (
            <li key={script.id}>
              <Link to={`/app/learn/relaxation/${script.id}`} lang="en">
                {script.title}
              </Link>
              <span className="hint"> — {t('today.minutes', { count: script.minutes })}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
