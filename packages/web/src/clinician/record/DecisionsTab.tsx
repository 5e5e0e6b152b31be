import { type FormEvent, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import type { CardEntry } from '../types';
import { useLoad } from '../use-load';
import { CardView } from './CardView';
import { useRecord } from './RecordLayout';

/** Accept or decline one card, always with a reason (the decision and the reason are recorded). */
function DecisionForm({
  entry,
  onDecided,
}: {
  readonly entry: CardEntry;
  readonly onDecided: (message: string) => void;
}): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId } = useRecord();
  const reasonId = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function decide(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Which button submitted the form: Accept or Decline.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const decision = submitter?.getAttribute('value') === 'declined' ? 'declined' : 'accepted';
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    setBusy(true);
    setError(undefined);
    try {
      const result = await clinicianApi.decide(patientId, entry.card.ruleId, { decision, reason });
      onDecided(
        result.carePlan
          ? t('cards.planChanged', { version: result.carePlan.version, step: result.carePlan.step })
          : t('cards.saved'),
      );
    } catch (caught) {
      setError(caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="decision-form" onSubmit={decide}>
      {entry.changesPlan && (
        <p className="plan-change">
          {t('cards.changesPlan', {
            step: entry.changesPlan.step,
            components: entry.changesPlan.components.join(', '),
          })}
        </p>
      )}
      <label htmlFor={reasonId}>{t('cards.reason')}</label>
      <textarea id={reasonId} name="reason" required minLength={3} maxLength={2000} rows={2} />
      <div className="actions">
        <button className="button" type="submit" value="accepted" disabled={busy}>
          {t('cards.accept')}
        </button>
        <button className="button secondary" type="submit" value="declined" disabled={busy}>
          {t('cards.decline')}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
    </form>
  );
}

/** The stepped-care engine's cards for this patient, then the timeline of what was decided. */
export function DecisionsTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId, reload: reloadSummary } = useRecord();
  const [cards, reloadCards] = useLoad(() => clinicianApi.cards(patientId), patientId);
  const [timeline, reloadTimeline] = useLoad(() => clinicianApi.timeline(patientId), patientId);
  const [notice, setNotice] = useState<string>();

  const decided = (message: string) => {
    setNotice(message);
    reloadCards();
    reloadTimeline();
    reloadSummary();
  };

  return (
    <section aria-labelledby="cards-title">
      <h2 id="cards-title">{t('cards.title')}</h2>
      <p>{t('cards.intro')}</p>
      {notice && <Notice kind="success">{notice}</Notice>}
      {cards.state === 'loading' && <p role="status">{t('layout.loading')}</p>}
      {cards.state === 'error' && <Notice kind="error">{t('layout.loadError')}</Notice>}
      {cards.state === 'ready' && (
        <>
          {cards.data.issues.length > 0 && (
            <div className="warning">
              <p>{t('cards.issues')}</p>
              <ul>
                {cards.data.issues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            </div>
          )}
          {cards.data.cards.length === 0 && cards.data.issues.length === 0 && <p>{t('cards.empty')}</p>}
          {cards.data.cards.map((entry) => (
            <CardView key={entry.card.ruleId} card={entry.card} headingLevel={3}>
              {entry.decision ? (
                <p className="decided">
                  {t('cards.decided', {
                    decision: t(`cards.${entry.decision.decision}`),
                    date: entry.decision.decidedAt.slice(0, 10),
                    by: entry.decision.by ?? '—',
                    reason: entry.decision.reason,
                  })}
                </p>
              ) : (
                <DecisionForm entry={entry} onDecided={decided} />
              )}
            </CardView>
          ))}
        </>
      )}
      <h2>{t('cards.timeline')}</h2>
      {timeline.state === 'ready' &&
        (timeline.data.events.length === 0 ? (
          <p>{t('cards.timelineEmpty')}</p>
        ) : (
          <ol className="timeline">
            {timeline.data.events.map((e) => (
              <li key={`${e.kind}-${e.at}-${e.carePlanVersion ?? ''}-${e.summary}`}>
                <p className="message-meta">
                  {e.at.slice(0, 10)}
                  {e.by ? ` — ${e.by}` : ''}
                </p>
                <p>
                  <strong>{e.summary}</strong>
                  {e.decision && ` — ${t(`cards.${e.decision}`)}`}
                </p>
                <p>{e.reason}</p>
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
