import { type FormEvent, type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../layout/Field';

const OUTCOMES = ['failed', 'not-tolerated', 'contraindicated', 'helped'] as const;

/** Stop a medicine: the date, why, and how the trial went (the engine's medication tiers read it). */
export function StopMedicineForm({
  drug,
  today,
  onStop,
}: {
  readonly drug: string;
  readonly today: string;
  readonly onStop: (body: { stoppedOn: string; reason: string; trialOutcome?: string }) => void;
}): ReactElement {
  const { t } = useTranslation('clinician');
  const outcomeId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const outcome = String(form.get('trialOutcome') ?? '');
    onStop({
      stoppedOn: String(form.get('stoppedOn') ?? today),
      reason: String(form.get('reason') ?? ''),
      ...(outcome ? { trialOutcome: outcome } : {}),
    });
  }
  return (
    <details className="stop-medicine">
      <summary>{t('meds.stop', { drug })}</summary>
      <form onSubmit={submit}>
        <Field
          label={t('meds.stopped')}
          name="stoppedOn"
          type="date"
          required
          max={today}
          defaultValue={today}
        />
        <Field label={t('meds.stopReason')} name="reason" required minLength={3} maxLength={2000} />
        <div className="field">
          <label htmlFor={outcomeId}>{t('meds.outcome')}</label>
          <select id={outcomeId} name="trialOutcome" defaultValue="">
            <option value="">{t('meds.outcomes.none')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`meds.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="button secondary" type="submit">
          {t('meds.stopSave')}
        </button>
      </form>
    </details>
  );
}
