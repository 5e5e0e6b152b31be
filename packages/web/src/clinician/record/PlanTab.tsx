import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, Notice } from '../../layout/Field';
import { clinicianApi } from '../api';
import { useLoad } from '../use-load';
import { useRecord } from './RecordLayout';

const KINDS = [
  'swap-exercise',
  'add-exercise',
  'remove-exercise',
  'set-level',
  'directional-preference',
] as const;
type Kind = (typeof KINDS)[number];
const KIND_LABEL: Record<Kind, string> = {
  'swap-exercise': 'plan.swap',
  'add-exercise': 'plan.add',
  'remove-exercise': 'plan.remove',
  'set-level': 'plan.setLevel',
  'directional-preference': 'plan.setPreference',
};
const PREFERENCES = ['extension', 'flexion', 'lateral-shift', 'none'] as const;

function Choice({
  name,
  label,
  options,
}: {
  readonly name: string;
  readonly label: string;
  readonly options: readonly { value: string; label: string }[];
}): ReactElement {
  return (
    <div className="field">
      <label htmlFor={`plan-${name}`}>{label}</label>
      <select id={`plan-${name}`} name={name} required>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The care plan: the programme, changes to it (each a new version with a reason), and PT visits. */
export function PlanTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { patientId, reload: reloadSummary } = useRecord();
  const [plan, reloadPlan] = useLoad(() => clinicianApi.carePlan(patientId), patientId);
  const [catalogue] = useLoad(() => clinicianApi.exercises(), 'exercises');
  const [kind, setKind] = useState<Kind>('swap-exercise');
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();

  async function save(
    event: FormEvent<HTMLFormElement>,
    send: (form: FormData) => Promise<{ carePlan: { version: number } }>,
  ) {
    event.preventDefault();
    const formElement = event.currentTarget;
    setNotice(undefined);
    try {
      const result = await send(new FormData(formElement));
      setNotice({ kind: 'success', text: t('plan.saved', { version: result.carePlan.version }) });
      formElement.reset();
      reloadPlan();
      reloadSummary();
    } catch (caught) {
      setNotice({
        kind: 'error',
        text: caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'),
      });
    }
  }

  if (plan.state === 'loading') return <p role="status">{t('layout.loading')}</p>;
  if (plan.state === 'error') return <Notice kind="error">{t('layout.loadError')}</Notice>;
  const current = plan.data.carePlan;
  if (!current) return <p>{t('plan.noPlan')}</p>;
  const items = current.programme.items;
  const inPlan = items.map((i) => ({ value: i.exerciseId, label: i.name }));
  const others =
    catalogue.state === 'ready'
      ? catalogue.data.exercises
          .filter((e) => !items.some((i) => i.exerciseId === e.id))
          .map((e) => ({
            value: e.id,
            label: `${e.name} (${e.group}, ${t('plan.levelValue', { level: e.level })})`,
          }))
      : [];
  const change = (form: FormData): Record<string, unknown> => {
    const get = (name: string) => String(form.get(name) ?? '');
    switch (kind) {
      case 'swap-exercise':
        return { kind, from: get('from'), to: get('to') };
      case 'add-exercise':
      case 'remove-exercise':
        return { kind, exerciseId: get('exerciseId') };
      case 'set-level':
        return { kind, level: Number(get('level')) };
      case 'directional-preference':
        return { kind, preference: get('preference') };
    }
  };

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p>
        {t('plan.version', { version: current.version, step: current.step, since: current.stepStartedOn })}
      </p>
      <p>{t('plan.lastReason', { reason: current.reason })}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h3>{t('plan.programme')}</h3>
      <dl className="facts">
        <dt>{t('plan.level')}</dt>
        <dd>{current.programme.level ?? '—'}</dd>
        <dt>{t('plan.directionalPreference')}</dt>
        <dd>{current.programme.directionalPreference ?? t('summary.notRecorded')}</dd>
        <dt>{t('plan.sessionDays')}</dt>
        <dd>{current.programme.sessionDays.join(', ') || '—'}</dd>
      </dl>
      <div className="table-scroll">
        <table>
          <caption>{t('plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.exercise')}</th>
              <th scope="col">{t('plan.role')}</th>
              <th scope="col">{t('plan.dose')}</th>
              <th scope="col">{t('plan.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.exerciseId}>
                <td>{item.name}</td>
                <td>{item.role}</td>
                <td>{item.doseText}</td>
                <td>{item.estimatedMinutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="card"
        aria-labelledby="plan-change-title"
        onSubmit={(event) =>
          save(event, (form) =>
            clinicianApi.changePlan(patientId, {
              change: change(form),
              reason: String(form.get('reason') ?? ''),
            }),
          )
        }
      >
        <h3 id="plan-change-title">{t('plan.change')}</h3>
        <div className="field">
          <label htmlFor="plan-kind">{t('plan.kind')}</label>
          <select id="plan-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </div>
        {kind === 'swap-exercise' && (
          <>
            <Choice name="from" label={t('plan.from')} options={inPlan} />
            <Choice name="to" label={t('plan.to')} options={others} />
          </>
        )}
        {kind === 'add-exercise' && (
          <Choice name="exerciseId" label={t('plan.exerciseToAdd')} options={others} />
        )}
        {kind === 'remove-exercise' && (
          <Choice name="exerciseId" label={t('plan.exerciseToRemove')} options={inPlan} />
        )}
        {kind === 'set-level' && (
          <Choice
            name="level"
            label={t('plan.newLevel')}
            options={[1, 2, 3].map((l) => ({ value: String(l), label: String(l) }))}
          />
        )}
        {kind === 'directional-preference' && (
          <Choice
            name="preference"
            label={t('plan.preference')}
            options={PREFERENCES.map((p) => ({ value: p, label: t(`plan.preferences.${p}`) }))}
          />
        )}
        <Field label={t('plan.reason')} name="reason" required minLength={3} maxLength={2000} />
        <button className="button" type="submit">
          {t('plan.save')}
        </button>
      </form>
      <form
        className="card"
        aria-labelledby="plan-pt-title"
        onSubmit={(event) =>
          save(event, (form) =>
            clinicianApi.setPtVisits(patientId, {
              visitsAuthorised: Number(form.get('visitsAuthorised')),
              visitsUsed: Number(form.get('visitsUsed')),
              reason: String(form.get('reason') ?? ''),
            }),
          )
        }
      >
        <h3 id="plan-pt-title">{t('plan.pt')}</h3>
        <Field
          label={t('plan.ptAuthorised')}
          name="visitsAuthorised"
          type="number"
          min={0}
          max={200}
          required
          defaultValue={current.physiotherapy.visitsAuthorised ?? 0}
        />
        <Field
          label={t('plan.ptUsed')}
          name="visitsUsed"
          type="number"
          min={0}
          max={200}
          required
          defaultValue={current.physiotherapy.visitsUsed}
        />
        <Field label={t('plan.reason')} name="reason" required minLength={3} maxLength={2000} />
        <button className="button" type="submit">
          {t('plan.ptSave')}
        </button>
      </form>
    </section>
  );
}
