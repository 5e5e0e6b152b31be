import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCard } from '../types';

/**
 * A decision card as the AHRQ CDS pattern shows it: severity, summary, detail,
 * the facts it used, what is suggested, and its sources (guideline + section).
 */
export function CardView({
  card,
  headingLevel,
  children,
}: {
  readonly card: DecisionCard;
  readonly headingLevel: 2 | 3;
  readonly children?: ReactNode;
}): ReactElement {
  const { t } = useTranslation('clinician');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className={`decision-card severity-${card.severity}`} data-rule-id={card.ruleId}>
      <p className="severity">{t(`cards.severity.${card.severity}`)}</p>
      <Heading>{card.summary}</Heading>
      <p>{card.detail}</p>
      {card.reasons.length > 0 && (
        <>
          <Sub>{t('cards.reasons')}</Sub>
          <ul>
            {card.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {card.suggestions.length > 0 && (
        <>
          <Sub>{t('cards.suggestions')}</Sub>
          <ul>
            {card.suggestions.map((s) => (
              <li key={s.label}>
                {s.label}
                {s.isRecommended && ` (${t('cards.recommended')})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <Sub>{t('cards.sources')}</Sub>
      <ul className="sources">
        {card.source.map((c) => (
          <li key={`${c.source}-${c.section}`}>
            <cite>{c.source}</cite>, {c.section}
          </li>
        ))}
      </ul>
      {children}
    </article>
  );
}
