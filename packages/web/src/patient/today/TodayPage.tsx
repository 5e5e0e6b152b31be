import { type ReactElement, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import { outboxStatus } from '../../pwa/outbox';
import type { TodayResponse } from '../api/types';
import { LoadError, Loading, OfflineNote } from '../components/StatusNotes';
import { localDay } from '../dates';
import { usePatientRead } from '../patient-context';
import { UrgentActionScreen } from '../safety/SafetyScreens';
import { NextMorningQuestion } from './NextMorningQuestion';
import { SelfManagementList, StepCards } from './TodayParts';
import { todayPath } from './today-path';

export { todayPath } from './today-path';

/**
 * Today: the one screen a patient opens each day. The session, the check-in, the day's
 * self-management item, questionnaires that are due, the current step, and the flare button.
 * Missed days are never mentioned: only what is on for today (products.md §4 item 12).
 */
export function TodayPage(): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const day = localDay();
  const today = usePatientRead<TodayResponse>(todayPath(day));
  const outbox = useSyncExternalStore(outboxStatus.subscribe, outboxStatus.get);
  const waitingToday = (kind: string) =>
    outbox.pending.some((entry) => entry.kind === kind && entry.day === day);

  if (today.status === 'loading') return <Loading />;
  if (today.status === 'error') return <LoadError onRetry={today.reload} />;
  const data = today.data;

  if (data.urgentAction) {
    return (
      <UrgentActionScreen
        level={data.urgentAction.level}
        serverAdvice={data.urgentAction.whatToDoNow}
        careTeam={data.urgentAction.careTeamTold ? 'told' : 'not-told'}
      />
    );
  }
  if (!data.hasPlan) {
    return (
      <>
        <PageTitle>{t('today.title')}</PageTitle>
        {today.fromDevice && <OfflineNote savedAt={today.savedAt} />}
        <div className="card">
          <h2>{t('today.noPlanTitle')}</h2>
          <p>{t('today.noPlanText')}</p>
          <p className="actions">
            <Link className="button" to="/app/intake">
              {t('today.startIntake')}
            </Link>
            <Link className="button secondary" to="/app/welcome">
              {t('today.aboutFirst')}
            </Link>
          </p>
        </div>
      </>
    );
  }

  // Formatted only where it is shown: the first Intl.DateTimeFormat costs tens of milliseconds on a phone.
  const dateText = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date());
  const session = data.session;
  const sessionDone = session?.loggedSessionId != null || waitingToday('session');
  const checkInDone = data.checkInDone || waitingToday('check-in');
  return (
    <>
      <PageTitle>{t('today.title')}</PageTitle>
      <p className="today-date">{dateText}</p>
      {today.fromDevice && <OfflineNote savedAt={today.savedAt} />}
      {data.nextMorningQuestion && (
        <NextMorningQuestion sessionId={data.nextMorningQuestion.sessionId} onAnswered={today.reload} />
      )}
      {data.flare && data.flare.status === 'active' && (
        <div className="card flare-card">
          <h2>{t('today.flareTitle')}</h2>
          <p>{t('today.flareText', { count: data.flare.days })}</p>
          <Link className="button secondary" to="/app/flare">
            {t('today.flareLog')}
          </Link>
        </div>
      )}
      <section className="card" aria-labelledby="session-heading">
        <h2 id="session-heading">{t('today.sessionTitle')}</h2>
        {session === null || !session.isSessionDay ? (
          <p>{t('today.restDay')}</p>
        ) : sessionDone ? (
          <p className="done-line">
            {waitingToday('session') ? t('today.sessionSavedOnPhone') : t('today.sessionDone')}
          </p>
        ) : (
          <>
            <p>
              {t('today.sessionSummary', {
                count: session.exercises.length,
                minutes: Math.round(session.estimatedMinutes),
              })}
            </p>
            {session.flareSet && <p className="hint">{t('today.flareSet')}</p>}
            <Link className="button" to="/app/session">
              {t('today.startSession')}
            </Link>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">{t('today.checkInTitle')}</h2>
        {checkInDone ? (
          <p className="done-line">
            {waitingToday('check-in') ? t('today.checkInSavedOnPhone') : t('today.checkInDone')}
          </p>
        ) : (
          <>
            <p>{t('today.checkInText')}</p>
            <Link className="button" to="/app/check-in">
              {t('today.checkInStart')}
            </Link>
          </>
        )}
      </section>
      <SelfManagementList items={data.selfManagement} />
      {data.measuresDue.length > 0 && (
        <section className="card" aria-labelledby="measures-heading">
          <h2 id="measures-heading">{t('today.measuresTitle')}</h2>
          <ul className="link-list">
            {data.measuresDue.map((measure) => (
              <li key={measure.instrumentId}>
                <Link to={`/app/measures/${measure.instrumentId}`}>
                  {t(`measures.names.${measure.instrumentId}`, { defaultValue: measure.instrumentId })}
                </Link>
                <span className="hint"> — {measure.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.step && <StepCards step={data.step} />}
      <p className="flare-button-row">
        <Link className="button flare-button" to="/app/flare">
          {t('today.flareButton')}
        </Link>
      </p>
    </>
  );
}
