import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import { oneDecimal } from '../format';
import { type Loaded, useLoad } from '../use-load';
import { useRecord } from './RecordLayout';

/** The detailed views: questionnaire history, the diary, and the session log with pain per exercise. */

function Status<T>({ loaded }: { readonly loaded: Loaded<T> }): ReactElement | null {
  const { t } = useTranslation('clinician');
  if (loaded.state === 'loading') return <p role="status">{t('layout.loading')}</p>;
  if (loaded.state === 'error') return <Notice kind="error">{t('layout.loadError')}</Notice>;
  return null;
}

export function PromsTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId } = useRecord();
  const [loaded] = useLoad(() => clinicianApi.proms(patientId), patientId);
  return (
    <section aria-labelledby="proms-title">
      <h2 id="proms-title">{t('proms.title')}</h2>
      <Status loaded={loaded} />
      {loaded.state === 'ready' &&
        (loaded.data.responses.length === 0 ? (
          <p>{t('proms.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('proms.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('proms.date')}</th>
                  <th scope="col">{t('proms.instrument')}</th>
                  <th scope="col">{t('proms.score')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.responses.map((r) => (
                  <tr key={r.id}>
                    <td>{r.answeredOn}</td>
                    <td>{r.instrumentId}</td>
                    <td>{oneDecimal(r.primaryScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

export function DiaryTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId } = useRecord();
  const [loaded] = useLoad(() => clinicianApi.diary(patientId), patientId);
  return (
    <section aria-labelledby="diary-title">
      <h2 id="diary-title">{t('diary.title')}</h2>
      <Status loaded={loaded} />
      {loaded.state === 'ready' &&
        (loaded.data.checkIns.length === 0 ? (
          <p>{t('diary.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('diary.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diary.day')}</th>
                  <th scope="col">{t('diary.pain')}</th>
                  <th scope="col">{t('diary.sleep')}</th>
                  <th scope="col">{t('diary.mood')}</th>
                  <th scope="col">{t('diary.activity')}</th>
                  <th scope="col">{t('diary.flare')}</th>
                  <th scope="col">{t('diary.note')}</th>
                </tr>
              </thead>
              <tbody>
                {[...loaded.data.checkIns].reverse().map((c) => (
                  <tr key={c.day}>
                    <td>{c.day}</td>
                    <td>{c.pain}</td>
                    <td>{c.sleepQuality ?? '—'}</td>
                    <td>{c.mood ?? '—'}</td>
                    <td>{c.activityMinutes ?? '—'}</td>
                    <td>{c.flare ? t('diary.yes') : ''}</td>
                    <td>{c.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

export function SessionsTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId } = useRecord();
  const [loaded] = useLoad(() => clinicianApi.sessions(patientId), patientId);
  const yesNo = (v: boolean | null) =>
    v === null ? t('sessions.unknown') : v ? t('sessions.yes') : t('sessions.no');
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <Status loaded={loaded} />
      {loaded.state === 'ready' &&
        (loaded.data.sessions.length === 0 ? (
          <p>{t('sessions.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <caption>{t('sessions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessions.day')}</th>
                  <th scope="col">{t('sessions.exercises')}</th>
                  <th scope="col">{t('sessions.maxPain')}</th>
                  <th scope="col">{t('sessions.settled')}</th>
                  <th scope="col">{t('sessions.stopped')}</th>
                </tr>
              </thead>
              <tbody>
                {[...loaded.data.sessions].reverse().map((s) => (
                  <tr key={s.id}>
                    <td>{s.day}</td>
                    <td>
                      <ul className="plain">
                        {s.exercises.map((e) => (
                          <li key={e.exerciseId}>
                            {e.name}: {e.outcome}
                            {e.painDuring !== null && ` (${e.painDuring})`}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{s.maxPainDuring ?? '—'}</td>
                    <td>{yesNo(s.settledNextMorning)}</td>
                    <td>{s.stoppedForSymptoms ? t('sessions.yes') : t('sessions.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
