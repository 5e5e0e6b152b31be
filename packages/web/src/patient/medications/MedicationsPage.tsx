import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../layout/Field';
import { PageTitle } from '../../layout/PageTitle';
import { ApiError, apiJson, NetworkError } from '../api/http';
import {
  DOSE_UNITS,
  MEDICATION_FREQUENCIES,
  MEDICATION_ROUTES,
  type MedicationBody,
  type MedicationsResponse,
} from '../api/types';
import { LoadError, Loading, OfflineNote } from '../components/StatusNotes';
import { localDay } from '../dates';
import { usePatientRead } from '../patient-context';

const MEDICATIONS_PATH = '/api/v1/me/medications';
/** The routes a patient is likely to report; hospital-only routes stay out of the list. */
const PATIENT_ROUTES = MEDICATION_ROUTES.filter(
  (route) => !['intravenous', 'intramuscular', 'epidural'].includes(route),
);

/**
 * Medicines the patient takes, as they report them, and the side effects from recent
 * check-ins. This page records; it never advises: no doses suggested, nothing about
 * starting, stopping or changing a medicine (the care team sees the list).
 */
export function MedicationsPage(): ReactElement {
  const { t } = useTranslation('patient');
  const list = usePatientRead<MedicationsResponse>(MEDICATIONS_PATH);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <LoadError onRetry={list.reload} />;
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      list.reload();
    } catch (error) {
      if (error instanceof NetworkError) setProblem(t('errors.needsConnection'));
      else if (error instanceof ApiError && error.issues.length > 0)
        setProblem(error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
      else setProblem(t('errors.send'));
    } finally {
      setBusy(false);
    }
  };
  const data = list.data;
  return (
    <>
      <PageTitle>{t('medications.title')}</PageTitle>
      {list.fromDevice && <OfflineNote savedAt={list.savedAt} />}
      <p className="lead">{t('medications.intro')}</p>
      <p className="notice">{data.careTeamNote}</p>
      {problem && (
        <p className="notice-error" role="alert">
          {problem}
        </p>
      )}
      <section className="card" aria-labelledby="med-list-heading">
        <h2 id="med-list-heading">{t('medications.listTitle')}</h2>
        {data.medications.length === 0 ? (
          <p>{t('medications.none')}</p>
        ) : (
          <ul className="med-list">
            {data.medications.map((medication) => (
              <li key={medication.id}>
                <strong>{medication.drug}</strong>{' '}
                {t('medications.line', {
                  dose: medication.dose,
                  unit: medication.unit,
                  frequency: t(`medications.frequencies.${medication.frequency}`, {
                    defaultValue: medication.frequency,
                  }),
                  route: t(`medications.routes.${medication.route}`, { defaultValue: medication.route }),
                })}
                {medication.recordedBy === 'clinician' && (
                  <span className="hint"> ({t('medications.byClinician')})</span>
                )}{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => void run(() => apiJson('DELETE', `${MEDICATIONS_PATH}/${medication.id}`))}
                >
                  {t('medications.stopped', { drug: medication.drug })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddMedication busy={busy} onAdd={(body) => run(() => apiJson('POST', MEDICATIONS_PATH, body))} />
      <section className="card" aria-labelledby="side-effects-heading">
        <h2 id="side-effects-heading">{t('medications.sideEffectsTitle')}</h2>
        <p>{t('medications.sideEffectsIntro')}</p>
        {data.recentSideEffects.length === 0 ? (
          <p>{t('medications.noSideEffects')}</p>
        ) : (
          <ul>
            {data.recentSideEffects.map((entry) => (
              <li key={entry.day}>
                {entry.day}:{' '}
                {entry.sideEffects.map((id) => t(`sideEffects.${id}`, { defaultValue: id })).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function AddMedication({
  busy,
  onAdd,
}: {
  readonly busy: boolean;
  readonly onAdd: (body: MedicationBody) => Promise<void>;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [drug, setDrug] = useState('');
  const [dose, setDose] = useState('');
  const [unit, setUnit] = useState<MedicationBody['unit']>('mg');
  const [frequency, setFrequency] = useState<MedicationBody['frequency']>('daily');
  const [route, setRoute] = useState<MedicationBody['route']>('oral');
  const [maxDoses, setMaxDoses] = useState('');
  const [startedOn, setStartedOn] = useState(localDay());
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = Number(dose);
    if (drug.trim() === '' || !(amount > 0)) {
      setError(t('medications.formMissing'));
      return;
    }
    setError(null);
    await onAdd({
      drug: drug.trim(),
      dose: amount,
      unit,
      frequency,
      route,
      ...(frequency === 'as-needed' && Number(maxDoses) > 0 ? { maxDosesPerDay: Number(maxDoses) } : {}),
      startedOn,
    });
    setDrug('');
    setDose('');
  };
  return (
    <section className="card" aria-labelledby="med-add-heading">
      <h2 id="med-add-heading">{t('medications.addTitle')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('medications.drug')}
          hint={t('medications.drugHint')}
          value={drug}
          onChange={(e) => setDrug(e.target.value)}
        />
        <Field
          label={t('medications.dose')}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={dose}
          onChange={(e) => setDose(e.target.value)}
        />
        <div className="field">
          <label htmlFor="med-unit">{t('medications.unit')}</label>
          <select
            id="med-unit"
            value={unit}
            onChange={(e) => setUnit(e.target.value as MedicationBody['unit'])}
          >
            {DOSE_UNITS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="med-frequency">{t('medications.frequency')}</label>
          <select
            id="med-frequency"
            value={frequency}
            onChange={(e) => setFrequency(e.target.value as MedicationBody['frequency'])}
          >
            {MEDICATION_FREQUENCIES.map((value) => (
              <option key={value} value={value}>
                {t(`medications.frequencies.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {frequency === 'as-needed' && (
          <Field
            label={t('medications.maxDoses')}
            type="number"
            inputMode="numeric"
            min={1}
            value={maxDoses}
            onChange={(e) => setMaxDoses(e.target.value)}
          />
        )}
        <div className="field">
          <label htmlFor="med-route">{t('medications.route')}</label>
          <select
            id="med-route"
            value={route}
            onChange={(e) => setRoute(e.target.value as MedicationBody['route'])}
          >
            {PATIENT_ROUTES.map((value) => (
              <option key={value} value={value}>
                {t(`medications.routes.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('medications.startedOn')}
          type="date"
          value={startedOn}
          onChange={(e) => setStartedOn(e.target.value)}
        />
        {error && (
          <p className="notice-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('medications.add')}
        </button>
      </form>
    </section>
  );
}
