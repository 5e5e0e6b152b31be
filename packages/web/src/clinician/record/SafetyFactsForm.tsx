import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Field, Notice } from '../../layout/Field';
import { useLoad } from '../use-load';

const CONDITIONS = [
  'chronicKidneyDisease',
  'cardiovascularDisease',
  'recentCabg',
  'seizureRisk',
  'chronicLiverDisease',
  'heavyAlcoholUse',
  'copd',
  'sleepApnoea',
  'substanceUseDisorderHistory',
  'opioidOverdoseHistory',
  'nsaidHypersensitivity',
  'uncontrolledHypertension',
] as const;
const NUMBERS = ['egfr', 'creatinineClearance', 'pregnancyWeeks'] as const;
const SAFEGUARDS = [
  'pdmpCheckedOn',
  'urineDrugTestOn',
  'naloxoneOfferedOn',
  'goalsAndRisksDiscussedOn',
  'lastOpioidReviewOn',
] as const;

type Facts = {
  age: number | null;
  profile: Record<string, boolean | number | string | null>;
  safeguards: Record<string, string | null>;
};

/**
 * The facts the medicine rules read (clinical.md §7.1–§7.8) and the CDC 2022
 * opioid safeguard dates. Saving them changes which alerts fire.
 */
export function SafetyFactsForm({
  patientId,
  today,
  onSaved,
}: {
  readonly patientId: string;
  readonly today: string;
  readonly onSaved: () => void;
}): ReactElement {
  const { t } = useTranslation('clinician');
  const url = `/patients/${encodeURIComponent(patientId)}/safety-facts`;
  const [loaded, reload] = useLoad(() => api<Facts>('GET', url), patientId);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string }>();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const profile: Record<string, unknown> = {
      heartFailure: text('heartFailure'),
      giBleedHistory: text('giBleedHistory'),
    };
    for (const name of CONDITIONS) profile[name] = form.get(name) === 'on';
    for (const name of NUMBERS) profile[name] = text(name) === '' ? null : Number(text(name));
    const safeguards: Record<string, string | null> = {};
    for (const name of SAFEGUARDS) safeguards[name] = text(name) || null;
    try {
      await api('POST', url, { profile, safeguards });
      setNotice({ kind: 'success', text: t('facts.saved') });
      reload();
      onSaved();
    } catch (caught) {
      setNotice({
        kind: 'error',
        text: caught instanceof ApiError && caught.message ? caught.message : t('layout.loadError'),
      });
    }
  }

  if (loaded.state !== 'ready') return <p role="status">{t('layout.loading')}</p>;
  const { profile, safeguards, age } = loaded.data;
  const numberValue = (name: string) => (typeof profile[name] === 'number' ? String(profile[name]) : '');
  return (
    <form className="card" aria-labelledby="facts-title" onSubmit={save}>
      <h3 id="facts-title">{t('facts.title')}</h3>
      <p>{t('facts.intro', { age: age ?? '—' })}</p>
      <fieldset>
        <legend>{t('facts.conditions')}</legend>
        {CONDITIONS.map((name) => (
          <div className="checkbox" key={name}>
            <input id={`facts-${name}`} name={name} type="checkbox" defaultChecked={profile[name] === true} />
            <label htmlFor={`facts-${name}`}>{t(`facts.${name}`)}</label>
          </div>
        ))}
      </fieldset>
      {(
        [
          ['heartFailure', ['none', 'compensated', 'severe']],
          ['giBleedHistory', ['none', 'past', 'active']],
        ] as const
      ).map(([name, levels]) => (
        <div className="field" key={name}>
          <label htmlFor={`facts-${name}`}>{t(`facts.${name}`)}</label>
          <select id={`facts-${name}`} name={name} defaultValue={String(profile[name] ?? 'none')}>
            {levels.map((level) => (
              <option key={level} value={level}>
                {t(`facts.levels.${level}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {NUMBERS.map((name) => (
        <Field
          key={name}
          label={t(`facts.${name}`)}
          name={name}
          type="number"
          min={0}
          max={250}
          defaultValue={numberValue(name)}
        />
      ))}
      <fieldset>
        <legend>{t('facts.safeguards')}</legend>
        {SAFEGUARDS.map((name) => (
          <Field
            key={name}
            label={t(`facts.${name}`)}
            name={name}
            type="date"
            max={today}
            defaultValue={safeguards[name] ?? ''}
          />
        ))}
      </fieldset>
      <button className="button" type="submit">
        {t('facts.save')}
      </button>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
    </form>
  );
}
