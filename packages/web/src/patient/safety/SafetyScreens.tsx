import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../layout/PageTitle';
import type { CrisisResources, UrgentAction } from '../api/types';

interface UrgentScreenProps {
  /** Emergency: go now. Urgent: same day (clinical.md §4.1 actions). */
  readonly level: UrgentAction['level'];
  /** The server's plain "what to do now", when it has answered; our own words otherwise (offline). */
  readonly serverAdvice?: string | null;
  /**
   * What we can truthfully say about the care team: `told` once the server confirmed it,
   * `when-online` while the answer waits in the outbox, `not-told` when nothing was sent.
   */
  readonly careTeam: 'told' | 'when-online' | 'not-told';
}

/**
 * "What to do now" after an answer that points to a red flag (clinical.md §4.1). Emergency
 * (cauda equina and similar) says go to the emergency department or call emergency services
 * now; urgent says get seen the same day. Nothing else competes for attention on this screen.
 */
export function UrgentActionScreen({ level, serverAdvice, careTeam }: UrgentScreenProps): ReactElement {
  const { t } = useTranslation('patient');
  const prefix = level === 'emergency' ? 'safety.emergency' : 'safety.urgent';
  return (
    <section className={`urgent-screen urgent-${level}`} aria-labelledby="urgent-title">
      <PageTitle>{t(`${prefix}.title`)}</PageTitle>
      <p className="urgent-lead" id="urgent-title">
        {t(`${prefix}.lead`)}
      </p>
      <ul className="urgent-steps">
        <li>{t(`${prefix}.step1`)}</li>
        <li>{t(`${prefix}.step2`)}</li>
        <li>{t(`${prefix}.step3`)}</li>
      </ul>
      {serverAdvice && <p className="urgent-server">{serverAdvice}</p>}
      <p>{t(`safety.careTeam.${careTeam}`)}</p>
      <p className="hint">{t('safety.exercisePaused')}</p>
    </section>
  );
}

interface CrisisScreenProps {
  readonly resources?: CrisisResources | null;
}

/**
 * Shown whenever PHQ-9 item 9 is above 0 (clinical.md §3.3 safety rule), whatever the total.
 * The numbers come from the server's deployment settings when it has answered; otherwise the
 * built-in examples (US 988; UK 111/999, Samaritans 116 123), labelled as examples.
 */
export function CrisisScreen({ resources }: CrisisScreenProps): ReactElement {
  const { t } = useTranslation('patient');
  const fromServer = resources?.resources ?? [];
  return (
    <section className="urgent-screen crisis" aria-labelledby="crisis-lead">
      <PageTitle>{t('safety.crisis.title')}</PageTitle>
      <p className="urgent-lead" id="crisis-lead">
        {resources?.message ?? t('safety.crisis.lead')}
      </p>
      <p>{t('safety.crisis.danger')}</p>
      {fromServer.length > 0 ? (
        <ul className="crisis-resources">
          {fromServer.map((resource) => (
            <li key={resource.name}>
              <strong>{resource.name}</strong>: {resource.contact}. {resource.description}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{t('safety.crisis.examplesIntro')}</p>
          <ul className="crisis-resources">
            <li>{t('safety.crisis.exampleUs')}</li>
            <li>{t('safety.crisis.exampleUk')}</li>
            <li>{t('safety.crisis.exampleElsewhere')}</li>
          </ul>
        </>
      )}
      <p>
        {resources?.careTeamTold === false
          ? t('safety.crisis.careTeamNotTold')
          : t('safety.crisis.careTeamTold')}
      </p>
      <p>{t('safety.crisis.notAlone')}</p>
    </section>
  );
}
