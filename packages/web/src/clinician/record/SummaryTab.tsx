import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientsLikeThisPanel } from '../../analytics/PatientsLikeThisPanel';
import { oneDecimal, percent } from '../format';
import type { Trend } from '../types';
import { CardView } from './CardView';
import { useRecord } from './RecordLayout';

function TrendRow({ label, trend }: { readonly label: string; readonly trend: Trend }): ReactElement {
  const { t } = useTranslation('clinician');
  const change = trend.change;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{oneDecimal(trend.baseline)}</td>
      <td>{oneDecimal(trend.current)}</td>
      <td>
        {change ? (
          <span className={`change change-${change.category}`}>
            {t(`change.${change.category}`)}:{' '}
            {t('change.points', { points: change.points, percent: change.percent })}
          </span>
        ) : (
          t('change.notEnough')
        )}
      </td>
    </tr>
  );
}

/**
 * The 60-second read: who the patient is clinically, where they are in stepped
 * care, whether it is working (meaningful change per clinical.md §3.1),
 * whether they are doing it, and what they take (AHRQ Pain Management Summary
 * sections, products.md §5).
 */
export function SummaryTab(): ReactElement {
  const { t } = useTranslation('clinician');
  const { summary } = useRecord();
  const { assessment: a, step, trends, adherence, medications, physiotherapy } = summary;
  const value = (v: string | null | undefined) =>
    v ? t(`values.${v}`, { defaultValue: v }) : t('summary.notRecorded');
  return (
    <div className="summary-grid">
      <section aria-labelledby="summary-assessment" className="card">
        <h2 id="summary-assessment">{t('summary.assessment')}</h2>
        {!a ? (
          <p>{t('summary.noAssessment')}</p>
        ) : (
          <>
            <p>{t('summary.assessedOn', { date: a.assessedOn })}</p>
            {a.selfHarmSafetyFlag && <p className="alert-critical">{t('summary.selfHarm')}</p>}
            <dl className="facts">
              <dt>{t('summary.phenotype')}</dt>
              <dd>{value(a.phenotype)}</dd>
              <dt>{t('summary.riskGroup')}</dt>
              <dd>{value(a.riskGroup)}</dd>
              <dt>{t('summary.chronicity')}</dt>
              <dd>{a.chronicity ?? t('summary.notRecorded')}</dd>
              <dt>{t('summary.directionalPreference')}</dt>
              <dd>{a.directionalPreference ?? t('summary.notRecorded')}</dd>
              <dt>{t('summary.redFlags')}</dt>
              <dd>
                {a.redFlags.length === 0
                  ? t('summary.noRedFlags')
                  : a.redFlags
                      .map(
                        (f) => `${f.condition} (${f.action}${f.cleared ? `, ${t('summary.cleared')}` : ''})`,
                      )
                      .join('; ')}
              </dd>
              {a.yellowFlags.length > 0 && (
                <>
                  <dt>{t('summary.yellowFlags')}</dt>
                  <dd>{a.yellowFlags.join('; ')}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </section>
      <section aria-labelledby="summary-step" className="card">
        <h2 id="summary-step">{t('summary.step')}</h2>
        {!step ? (
          <p>{t('summary.noPlan')}</p>
        ) : (
          <>
            <p>
              {t('summary.stepLine', {
                step: step.step,
                weeks: step.weeksInStep,
                since: step.startedOn,
                version: step.carePlanVersion,
              })}
            </p>
            <p>
              {t('summary.components')}: {step.components.join(', ')}
            </p>
          </>
        )}
        {summary.flare && (
          <p className="alert-warning">{t('summary.flare', { date: summary.flare.startedOn })}</p>
        )}
        <h3>{t('summary.adherence')}</h3>
        <p>
          {adherence.last28Days.prescribed === 0
            ? t('summary.noAdherence')
            : t('summary.adherenceLine', {
                percent: percent(adherence.last14Days.rate),
                done: adherence.last28Days.completed,
                planned: adherence.last28Days.prescribed,
              })}
        </p>
        <h3>{t('summary.physiotherapy')}</h3>
        <p>
          {physiotherapy.visitsAuthorised === null
            ? t('summary.ptNone')
            : t('summary.ptLine', {
                used: physiotherapy.visitsUsed,
                authorised: physiotherapy.visitsAuthorised,
              })}
        </p>
      </section>
      <section aria-labelledby="summary-trends" className="card wide">
        <h2 id="summary-trends">{t('summary.trends')}</h2>
        <div className="table-scroll">
          <table>
            <caption>{t('summary.trendCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('summary.measure')}</th>
                <th scope="col">{t('summary.baseline')}</th>
                <th scope="col">{t('summary.now')}</th>
                <th scope="col">{t('summary.change')}</th>
              </tr>
            </thead>
            <tbody>
              <TrendRow label={t('summary.painMean')} trend={trends.pain} />
              <TrendRow label={t('summary.peg')} trend={trends.peg} />
              <TrendRow label={t('summary.odi')} trend={trends.odi} />
              <TrendRow label={t('summary.rmdq')} trend={trends.rmdq} />
            </tbody>
          </table>
        </div>
        {trends.pain.lastCheckInDay && (
          <p>{t('summary.lastCheckIn', { date: trends.pain.lastCheckInDay })}</p>
        )}
      </section>
      <section aria-labelledby="summary-meds" className="card wide">
        <h2 id="summary-meds">{t('summary.medications')}</h2>
        <p>
          {t('summary.mmeTotal', { mme: medications.totalMmePerDay })}{' '}
          {!medications.mmeComplete && t('summary.mmeIncomplete')}
        </p>
        {medications.active.length === 0 ? (
          <p>{t('summary.noMedications')}</p>
        ) : (
          <ul>
            {medications.active.map((m) => (
              <li key={m.id}>
                {m.drug} {m.dose} {m.unit} {m.frequency} {m.route}
                {m.mmePerDay !== null && ` — ${m.mmePerDay} MME/day`}
              </li>
            ))}
          </ul>
        )}
        {medications.alerts.map((card) => (
          <CardView key={card.ruleId} card={card} headingLevel={3} />
        ))}
      </section>
      {/* "Patients like this one": responder rates from this clinic's own data (issue 10). */}
      {a && <PatientsLikeThisPanel phenotype={a.phenotype} riskGroup={a.riskGroup} step={step?.step} />}
    </div>
  );
}
