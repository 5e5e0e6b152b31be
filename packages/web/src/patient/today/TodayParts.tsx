import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SelfManagementItem, TodayResponse } from '../api/types';

/** Where each kind of self-management item is done. */
export function selfManagementLink(item: SelfManagementItem): string {
  if (item.kind === 'lesson' && item.itemId) return `/app/learn/lessons/${item.itemId}`;
  if (item.kind === 'relaxation' && item.itemId) return `/app/learn/relaxation/${item.itemId}`;
  return '/app/goals';
}

export function SelfManagementList({
  items,
}: {
  readonly items: readonly SelfManagementItem[];
}): ReactElement | null {
  const { t } = useTranslation('patient');
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="self-management-heading">
      <h2 id="self-management-heading">{t('today.selfManagementTitle')}</h2>
      <ul className="link-list">
        {items.map((item) => (
          <li key={`${item.kind}-${item.itemId ?? 'review'}`}>
            <Link to={selfManagementLink(item)}>{item.title}</Link>
            <span className="hint">
              {' '}
              — {t(`today.kind.${item.kind}`)}, {t('today.minutes', { count: Math.round(item.minutes) })}
              {item.done ? `, ${t('today.itemDone')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The patient-facing view of the current step and its cards (never drug instructions). */
export function StepCards({ step }: { readonly step: NonNullable<TodayResponse['step']> }): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <section className="card" aria-labelledby="step-heading">
      <h2 id="step-heading">{t('today.stepTitle', { step: step.step })}</h2>
      <p>
        <strong>{step.title}</strong>
      </p>
      <p>{step.description}</p>
      {step.cards.map((card) => (
        <div key={card.ruleId} className={`step-card step-card-${card.severity}`}>
          <p>
            <strong>{card.summary}</strong>
          </p>
          <p>{card.detail}</p>
        </div>
      ))}
    </section>
  );
}
