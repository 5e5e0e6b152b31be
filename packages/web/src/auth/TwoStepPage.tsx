import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api } from '../api/client';
import { Field, Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { isSignedIn, useAuth } from './AuthContext';
import { errorMessage } from './errors';

/** TOTP enrolment: show the key, confirm a first code, then show the recovery codes once. */
export function TwoStepPage(): ReactElement {
  const { t } = useTranslation();
  const { user, refresh } = useAuth();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string }>();
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>();
  const [error, setError] = useState<string>();
  if (user === undefined) return <p>{t('common.loading')}</p>;
  if (!isSignedIn(user)) return <Navigate to="/sign-in" replace state={{ next: '/account/two-step' }} />;

  async function start() {
    setError(undefined);
    try {
      setEnrolment(await api<{ secret: string; uri: string }>('POST', '/auth/totp/enrol'));
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    try {
      const code = String(new FormData(event.currentTarget).get('code')).replace(/\s/g, '');
      const result = await api<{ recoveryCodes: string[] }>('POST', '/auth/totp/confirm', { code });
      setRecoveryCodes(result.recoveryCodes);
      await refresh();
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }

  if (recoveryCodes) {
    return (
      <section className="panel" aria-labelledby="page-title">
        <PageTitle>{t('twoStep.recoveryTitle')}</PageTitle>
        <Notice kind="success">{t('twoStep.done')}</Notice>
        <p>{t('twoStep.recoveryIntro')}</p>
        <ul className="codes">
          {recoveryCodes.map((code) => (
            <li key={code} className="code">
              {code}
            </li>
          ))}
        </ul>
        <Link className="button" to="/account">
          {t('common.continue')}
        </Link>
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('twoStep.title')}</PageTitle>
      {error && <Notice kind="error">{error}</Notice>}
      <ol className="steps">
        <li>{t('twoStep.step1')}</li>
        <li>
          {t('twoStep.step2')}
          {enrolment ? (
            <>
              <p>
                {t('twoStep.key')}: <span className="code">{enrolment.secret}</span>
              </p>
              <p>
                <a href={enrolment.uri}>{t('twoStep.openInApp')}</a>
              </p>
            </>
          ) : (
            <p>
              <button type="button" className="button secondary" onClick={() => void start()}>
                {t('twoStep.start')}
              </button>
            </p>
          )}
        </li>
        <li>{t('twoStep.step3')}</li>
      </ol>
      {enrolment && (
        <form onSubmit={confirm}>
          <Field
            label={t('fields.code')}
            hint={t('fields.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
          />
          <button className="button" type="submit">
            {t('twoStep.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
