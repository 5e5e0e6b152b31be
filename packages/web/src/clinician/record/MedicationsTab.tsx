import { type FormEvent, type ReactElement, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import type { MedicationCheck } from '../types';
import { useLoad } from '../use-load';
import { CardView } from './CardView';
import { useRecord } from './RecordLayout';
import { SafetyFactsForm } from './SafetyFactsForm';
import { StopMedicineForm } from './StopMedicineForm';

const UNITS = ['mg', 'mcg', 'g', 'mcg/h'] as const;
const FREQUENCIES = [
  'daily',
  'BID',
  'TID',
  'QID',
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'every-72h',
  'weekly',
  'as-needed',
] as const;
const ROUTES = [
  'oral',
  'transdermal',
  'buccal',
  'sublingual',
  'nasal',
  'rectal',
  'topical',
  'subcutaneous',
] as const;

function Select({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: readonly string[];
}): ReactElement {
  return (
    <div className="field">
      <label htmlFor={`med-${name}`}>{label}</label>
      <select id={`med-${name}`} name={name} required>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

function bodyOf(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const maxDoses = text('maxDosesPerDay');
  const override = text('overrideReason');
  return {
    drug: text('drug'),
    dose: Number(text('dose')),
    unit: text('unit'),
    frequency: text('frequency'),
    route: text('route'),
    startedOn: text('startedOn'),
    ...(maxDoses ? { maxDosesPerDay: Number(maxDoses) } : {}),
    ...(override ? { overrideReason: override } : {}),
  };
}

/**
 * The medicine list with MME (CDC 2022 factors, clinical.md §2.3) and the
 * safety alerts of clinical.md §7.8. A new medicine is checked first: its
 * alerts show before saving, and a new critical alert needs an override reason.
 */
export function MedicationsTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId, summary, reload: reloadSummary } = useRecord();
  const [list, reloadList] = useLoad(() => clinicianApi.medications(patientId), patientId);
  const [checked, setChecked] = useState<MedicationCheck>();
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();
  const form = useRef<HTMLFormElement>(null);

  const failed = (caught: unknown) =>
    setNotice({
      kind: 'error',
      text: caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'),
    });

  async function check() {
    if (!form.current?.reportValidity()) return;
    setNotice(undefined);
    try {
      const { overrideReason: _ignored, ...body } = bodyOf(form.current);
      setChecked(await clinicianApi.checkMedication(patientId, body));
    } catch (caught) {
      failed(caught);
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    try {
      await clinicianApi.addMedication(patientId, bodyOf(element));
      setNotice({ kind: 'success', text: t('meds.saved') });
      setChecked(undefined);
      element.reset();
      reloadList();
      reloadSummary();
    } catch (caught) {
      failed(caught);
    }
  }

  async function stop(
    medicationId: string,
    body: { stoppedOn: string; reason: string; trialOutcome?: string },
  ) {
    try {
      await clinicianApi.stopMedication(patientId, medicationId, body);
      setNotice({ kind: 'success', text: t('meds.stoppedOk') });
      reloadList();
      reloadSummary();
    } catch (caught) {
      failed(caught);
    }
  }

  const newAlerts = checked?.alerts.filter((a) => checked.newAlertRuleIds.includes(a.ruleId)) ?? [];
  return (
    <section aria-labelledby="meds-title">
      <h2 id="meds-title">{t('meds.title')}</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {list.state === 'loading' && <p role="status">{t('layout.loading')}</p>}
      {list.state === 'error' && <Notice kind="error">{t('layout.loadError')}</Notice>}
      {list.state === 'ready' && (
        <>
          <p>{t('meds.total', { mme: list.data.totalMmePerDay })}</p>
          {list.data.medications.length === 0 ? (
            <p>{t('meds.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>{t('meds.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meds.drug')}</th>
                    <th scope="col">{t('meds.doseCol')}</th>
                    <th scope="col">{t('meds.since')}</th>
                    <th scope="col">{t('meds.stopped')}</th>
                    <th scope="col">{t('meds.mme')}</th>
                    <th scope="col">{t('meds.override')}</th>
                    <th scope="col">{t('meds.whyStopped')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.medications.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{m.drug}</th>
                      <td>
                        {m.dose} {m.unit} {m.frequency} {m.route}
                      </td>
                      <td>{m.startedOn}</td>
                      <td>
                        {m.stoppedOn ?? (
                          <StopMedicineForm
                            drug={m.drug}
                            today={summary.today}
                            onStop={(body) => void stop(m.id, body)}
                          />
                        )}
                      </td>
                      <td>{m.mmePerDay ?? '—'}</td>
                      <td>{m.overrideReason ?? ''}</td>
                      <td>
                        {m.stopReason ?? ''}
                        {m.trialOutcome && ` (${t(`meds.outcomes.${m.trialOutcome}`)})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('meds.alerts')}</h3>
          {list.data.alerts.length === 0 && <p>{t('meds.noAlerts')}</p>}
          {list.data.alerts.map((card) => (
            <CardView key={card.ruleId} card={card} headingLevel={3} />
          ))}
        </>
      )}
      <form
        ref={form}
        className="card"
        aria-labelledby="meds-add-title"
        onSubmit={save}
        onChange={() => setChecked(undefined)}
      >
        <h3 id="meds-add-title">{t('meds.add')}</h3>
        <p>{t('meds.checkFirst')}</p>
        <Field label={t('meds.drugName')} name="drug" required maxLength={120} />
        <Field label={t('meds.dose')} name="dose" type="number" min={0} step="any" required />
        <Select name="unit" label={t('meds.unit')} options={UNITS} />
        <Select name="frequency" label={t('meds.frequency')} options={FREQUENCIES} />
        <Select name="route" label={t('meds.route')} options={ROUTES} />
        <Field label={t('meds.maxDoses')} name="maxDosesPerDay" type="number" min={1} max={48} />
        <Field
          label={t('meds.startedOn')}
          name="startedOn"
          type="date"
          required
          defaultValue={summary.today}
        />
        <button className="button secondary" type="button" onClick={() => void check()}>
          {t('meds.check')}
        </button>
        {checked && (
          <div className="med-check" role="status">
            <p>{t('meds.checked', { mme: checked.totalMmePerDay, before: checked.mmeBefore })}</p>
            {newAlerts.length > 0 && <h4>{t('meds.newAlerts')}</h4>}
            {newAlerts.map((card) => (
              <CardView key={card.ruleId} card={card} headingLevel={3} />
            ))}
          </div>
        )}
        {checked?.overrideRequired && (
          <Field
            label={t('meds.overrideReason')}
            hint={t('meds.overrideHint')}
            name="overrideReason"
            required
            minLength={3}
            maxLength={2000}
          />
        )}
        <button className="button" type="submit" disabled={!checked}>
          {t('meds.save')}
        </button>
      </form>
      <SafetyFactsForm
        patientId={patientId}
        today={summary.today}
        onSaved={() => {
          reloadList();
          reloadSummary();
        }}
      />
    </section>
  );
}
