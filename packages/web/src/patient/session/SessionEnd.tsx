import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../layout/PageTitle';
import type { SessionExerciseLog } from '../api/types';
import type { SaveState } from './SessionPlayer';

function SaveLine({ save }: { readonly save: SaveState | null }): ReactElement | null {
  const { t } = useTranslation('patient');
  if (save === null || save.kind === 'saving') return null;
  return (
    <p className={save.kind === 'on-phone' ? 'notice' : 'notice-success'} role="status">
      {save.kind === 'on-phone' ? t('sync.savedOnPhone') : t('session.saved')}
    </p>
  );
}

/** The end of a session: thanks without scores or streaks, and any change the plan made. */
export function SessionFinished({
  save,
  logs,
}: {
  readonly save: SaveState | null;
  readonly logs: readonly SessionExerciseLog[];
}): ReactElement {
  const { t } = useTranslation('patient');
  const done = logs.filter((log) => log.outcome !== 'skipped').length;
  const planChange = save?.kind === 'sent' ? save.response?.planChange : null;
  return (
    <>
      <PageTitle>{t('session.finishedTitle')}</PageTitle>
      <SaveLine save={save} />
      <p>{t('session.finishedText', { done, total: logs.length })}</p>
      <p>{t('session.nextMorningNote')}</p>
      {planChange && (
        <div className="card">
          <h2>{t('session.planChanged')}</h2>
          <p>{planChange.reason}</p>
        </div>
      )}
      <p>
        <Link className="button" to="/app/check-in">
          {t('session.toCheckIn')}
        </Link>{' '}
        <Link className="button secondary" to="/app/today">
          {t('common.backToToday')}
        </Link>
      </p>
    </>
  );
}

/**
 * After STOP: stop for today and what to do, by how serious the symptom is (clinical.md §4.1):
 * bladder, bowel or saddle changes or weakness in both legs → emergency now; spreading leg pain
 * or new numbness in a leg → contact the care team the same day.
 */
export function StopScreen({ save }: { readonly save: SaveState | null }): ReactElement {
  const { t } = useTranslation('patient');
  const serverAdvice = save?.kind === 'sent' ? save.response?.stopAdvice : null;
  return (
    <section className="urgent-screen" aria-labelledby="stop-lead">
      <PageTitle>{t('session.stopTitle')}</PageTitle>
      <p className="urgent-lead" id="stop-lead">
        {t('session.stopLead')}
      </p>
      <h2>{t('session.stopEmergencyTitle')}</h2>
      <p>{t('session.stopEmergency')}</p>
      <h2>{t('session.stopSameDayTitle')}</h2>
      <p>{t('session.stopSameDay')}</p>
      <h2>{t('session.stopOtherwiseTitle')}</h2>
      <p>{t('session.stopOtherwise')}</p>
      {serverAdvice && <p className="urgent-server">{serverAdvice}</p>}
      <SaveLine save={save} />
      <p>
        <Link className="button secondary" to="/app/today">
          {t('common.backToToday')}
        </Link>
      </p>
    </section>
  );
}
