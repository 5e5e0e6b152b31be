import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../layout/Field';
import { ChoiceQuestion, ScaleQuestion, YesNoQuestion } from '../components/Questions';
import { DURATION_WEEKS, SEXES, WORK_STATUSES } from './intake-fields';
import { type IntakeScreen, WIZARD_INSTRUMENTS } from './intake-screens';

interface IntakeQuestionProps {
  readonly screen: IntakeScreen;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
}

/** One instrument item, in the owner's wording (English: validated translations are not bundled). */
function InstrumentItemQuestion({ screen, value, onChange }: IntakeQuestionProps): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  if (screen.kind !== 'instrument') return null;
  const definition = WIZARD_INSTRUMENTS[screen.instrumentId];
  const item = definition.items.find((candidate) => candidate.id === screen.itemId);
  if (!item) return null;
  const english = i18n.language !== 'en';
  const legend = <span lang="en">{item.text}</span>;
  const numeric = typeof value === 'number' ? value : null;
  return (
    <>
      {definition.instructions && (
        <p className="instrument-stem" lang="en">
          {definition.instructions}
        </p>
      )}
      {english && <p className="hint">{t('intake.englishWording')}</p>}
      {item.answerFormat === 'numeric-rating' ? (
        <ScaleQuestion
          legend={legend}
          value={numeric}
          onChange={onChange}
          lowLabel={`0 = ${item.options[0]?.label ?? ''}`}
          highLabel={`10 = ${item.options[item.options.length - 1]?.label ?? ''}`}
        />
      ) : (
        <ChoiceQuestion<number>
          legend={legend}
          value={numeric}
          onChange={onChange}
          options={item.options.map((option) => ({
            value: option.value,
            label: option.label ?? String(option.value),
          }))}
        />
      )}
      <p className="instrument-notice" lang="en">
        {definition.title}. {definition.licence.notice}
      </p>
    </>
  );
}

export function IntakeQuestion(props: IntakeQuestionProps): ReactElement | null {
  const { t } = useTranslation('patient');
  const { screen, value, onChange } = props;
  switch (screen.kind) {
    case 'intro':
      return (
        <div className="intake-intro">
          <p>{t('intake.intro1')}</p>
          <p>{t('intake.intro2')}</p>
          <p className="notice">{t('intake.intro3')}</p>
        </div>
      );
    case 'age':
      return (
        <Field
          label={t('intake.age')}
          hint={t('intake.ageHint')}
          type="number"
          inputMode="numeric"
          min={16}
          max={120}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        />
      );
    case 'sex':
      return (
        <ChoiceQuestion<string>
          legend={t('intake.sex')}
          hint={t('intake.sexHint')}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          options={SEXES.map((sex) => ({ value: sex, label: t(`intake.sexes.${sex}`) }))}
        />
      );
    case 'duration':
      return (
        <ChoiceQuestion<string>
          legend={t('intake.duration')}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          options={Object.keys(DURATION_WEEKS).map((choice) => ({
            value: choice,
            label: t(`intake.durations.${choice}`),
          }))}
        />
      );
    case 'work-status':
      return (
        <ChoiceQuestion<string>
          legend={t('intake.workStatus')}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          options={WORK_STATUSES.map((status) => ({
            value: status,
            label: t(`intake.workStatuses.${status}`),
          }))}
        />
      );
    case 'instrument':
      return <InstrumentItemQuestion {...props} />;
    case 'flag':
      return (
        <YesNoQuestion
          legend={t(`intake.flags.${screen.field}`)}
          hint={screen.section === 'redFlagSymptoms' ? t('intake.redFlagHint') : undefined}
          value={typeof value === 'boolean' ? value : null}
          onChange={onChange}
          yes={t('common.yes')}
          no={t('common.no')}
        />
      );
    case 'review':
      return (
        <div>
          <p>{t('intake.review1')}</p>
          <p>{t('intake.review2')}</p>
        </div>
      );
  }
}

/** Whether the screen has an answer the intake schema will accept. */
export function isAnswered(screen: IntakeScreen, value: unknown): boolean {
  switch (screen.kind) {
    case 'intro':
    case 'review':
      return true;
    case 'age':
      return typeof value === 'number' && Number.isInteger(value) && value >= 16 && value <= 120;
    case 'flag':
      return typeof value === 'boolean';
    case 'instrument':
      return typeof value === 'number';
    default:
      return typeof value === 'string' && value !== '';
  }
}
