import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import type { IntakeResponse } from '../api/types';
import { CrisisScreen, UrgentActionScreen } from '../safety/SafetyScreens';

/** What the check-up found, in plain words: what to do now if a red flag blocks the plan, otherwise the plan. */
export function IntakeResult({ result }: { readonly result: IntakeResponse }): ReactElement {
  const { t } = useTranslation('patient');
  const { assessment, carePlan, crisisResources } = result;
  if (assessment.urgentAction) {
    return (
      <>
        <UrgentActionScreen
          level={assessment.urgentAction.level}
          serverAdvice={assessment.urgentAction.whatToDoNow}
          careTeam={assessment.urgentAction.careTeamTold ? 'told' : 'not-told'}
        />
        {crisisResources && <CrisisScreen resources={crisisResources} />}
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('intake.doneTitle')}</PageTitle>
      {crisisResources && (
        <div className="card">
          <h2>{crisisResources.message}</h2>
          <ul>
            {crisisResources.resources.map((resource) => (
              <li key={resource.name}>
                <strong>{resource.name}</strong>: {resource.contact}
              </li>
            ))}
          </ul>
        </div>
      )}
      {carePlan ? (
        <div className="card">
          <h2>{t('intake.planReady')}</h2>
          <p>{t('intake.planMinutes', { minutes: Math.round(carePlan.minutesPerDay) })}</p>
          <ul>
            {carePlan.components.map((component) => (
              <li key={component.kind}>
                <strong>{component.title}</strong>: {component.description}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('intake.noPlanYet')}</p>
      )}
      {assessment.referrals.length > 0 && (
        <div className="card">
          <h2>{t('intake.referralsTitle')}</h2>
          <ul>
            {assessment.referrals.map((referral) => (
              <li key={referral}>{referral}</li>
            ))}
          </ul>
        </div>
      )}
      <Link className="button" to="/app/today">
        {t('intake.toToday')}
      </Link>
    </>
  );
}
