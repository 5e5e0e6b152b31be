import { type FormEvent, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import type { RecordSummary } from '../types';

type FieldName = 'reason' | 'findings' | 'clearedOn' | 'confirm';
type Errors = Partial<Record<FieldName, string>>;

/** A labelled textarea with its hint and error tied to it for screen readers. */
function TextArea(props: {
  readonly name: 'reason' | 'findings';
  readonly label: string;
  readonly hint: string;
  readonly error: string | undefined;
  readonly maxLength: number;
}): ReactElement {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p className="hint" id={hintId}>
        {props.hint}
      </p>
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={3}
        maxLength={props.maxLength}
        aria-required="true"
        aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={props.error ? true : undefined}
      />
    </div>
  );
}

/**
 * The red flag behind triage priority 1 and a form to record that a clinician has assessed it
 * and ruled out the emergency (clinical.md §4.1; POST …/red-flags/clearance). Afterwards it
 * shows who cleared it and when. PHQ-9 item 9 is not cleared here (clinical.md §3.3).
 */
export function RedFlagClearanceForm({
  patientId,
  summary,
  reload,
}: {
  readonly patientId: string;
  readonly summary: RecordSummary;
  readonly reload: () => void;
}): ReactElement | null {
  const { t } = useTranslation('clinician');
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [saving, setSaving] = useState(false);
  const confirmId = useId();
  const { active, assessmentId, clearance } = summary.redFlag;
  if (!active && !clearance && !notice) return null;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!assessmentId) return;
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason') ?? '').trim();
    const findings = String(form.get('findings') ?? '').trim();
    const clearedOn = String(form.get('clearedOn') ?? '');
    const found: Errors = {};
    if (reason.length < 10 || reason.length > 2000) found.reason = t('clearance.errors.reason');
    if (findings.length < 3) found.findings = t('clearance.errors.findings');
    if (form.get('confirm') !== 'yes') found.confirm = t('clearance.errors.confirm');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ kind: 'error', text: t('clearance.errors.form') });
      return;
    }
    setSaving(true);
    try {
      const result = await clinicianApi.clearRedFlag(patientId, {
        assessmentId,
        reason,
        findings,
        ...(clearedOn ? { clearedOn } : {}),
      });
      const started = result.carePlanStarted
        ? ` ${t('clearance.planStarted', { version: result.carePlanVersion })}`
        : '';
      setNotice({ kind: 'success', text: `${t('clearance.saved')}${started}` });
      reload();
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fromServer: Errors = {};
        for (const name of ['reason', 'findings', 'clearedOn'] as const) {
          const issue = caught.issueFor(name);
          if (issue) fromServer[name] = issue;
        }
        setErrors(fromServer);
        setNotice({ kind: 'error', text: caught.message || t('layout.loadError') });
      } else {
        setNotice({ kind: 'error', text: t('layout.loadError') });
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="card red-flag-clearance" aria-labelledby="red-flag-title">
      <h2 id="red-flag-title">{t('clearance.title')}</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {active ? (
        <p className="alert-critical">
          {t('clearance.active', { action: t(`clearance.actions.${active.action}`), source: active.source })}
        </p>
      ) : null}
      {clearance && (
        <div className="cleared-state">
          <p>
            <strong>
              {t('clearance.cleared', {
                who: clearance.clearedBy ?? t('clearance.someone'),
                date: clearance.clearedOn,
              })}
            </strong>
          </p>
          {clearance.reason && <p>{t('clearance.clearedReason', { reason: clearance.reason })}</p>}
          {clearance.findings && <p>{t('clearance.clearedFindings', { findings: clearance.findings })}</p>}
        </div>
      )}
      <p className="hint">{t('clearance.selfHarm')}</p>
      {active && assessmentId && (
        <form aria-labelledby="red-flag-form-title" onSubmit={save} noValidate>
          <h3 id="red-flag-form-title">{t('clearance.form')}</h3>
          <p>{t('clearance.intro')}</p>
          <TextArea
            name="reason"
            label={t('clearance.reason')}
            hint={t('clearance.reasonHint')}
            error={errors.reason}
            maxLength={2000}
          />
          <TextArea
            name="findings"
            label={t('clearance.findings')}
            hint={t('clearance.findingsHint')}
            error={errors.findings}
            maxLength={2000}
          />
          <Field
            label={t('clearance.clearedOn')}
            name="clearedOn"
            type="date"
            defaultValue={summary.today}
            max={summary.today}
            error={errors.clearedOn}
          />
          <div className="field">
            {errors.confirm && (
              <p className="field-error" id={`${confirmId}-error`}>
                {errors.confirm}
              </p>
            )}
            <input
              id={confirmId}
              type="checkbox"
              name="confirm"
              value="yes"
              aria-describedby={errors.confirm ? `${confirmId}-error` : undefined}
              aria-invalid={errors.confirm ? true : undefined}
            />{' '}
            <label htmlFor={confirmId}>{t('clearance.confirm')}</label>
          </div>
          <button className="button" type="submit" disabled={saving}>
            {t('clearance.save')}
          </button>
        </form>
      )}
    </section>
  );
}
