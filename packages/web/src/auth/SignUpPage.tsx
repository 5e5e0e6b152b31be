import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, api } from '../api/client';
import type { SessionResponse } from '../api/types';
import { Field, Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { useAuth } from './AuthContext';
import { errorMessage } from './errors';

/** Sign-up with a plain-language statement of what BackPlan is and is not, and how data is used. */
export function SignUpPage(): ReactElement {
  const { t, i18n } = useTranslation();
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const inviteToken = (useLocation().state as { inviteToken?: string } | null)?.inviteToken;
  const [error, setError] = useState<ApiError | Error>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get('inviteCode') ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      const { user } = await api<SessionResponse>('POST', '/auth/signup', {
        email: String(form.get('email')),
        password: String(form.get('password')),
        displayName: String(form.get('displayName')),
        language: i18n.language === 'es' ? 'es' : 'en',
        acceptTerms: form.get('acceptTerms') === 'on',
        ...(inviteToken ? { inviteToken } : code ? { inviteCode: code } : {}),
      });
      setUser(user);
      navigate('/account');
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) => (error instanceof ApiError ? error.issueFor(name) : undefined);
  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('signUp.title')}</PageTitle>
      <section className="explainer" aria-labelledby="what-title">
        <h2 id="what-title">{t('signUp.whatTitle')}</h2>
        <p>{t('signUp.whatIs')}</p>
        <p className="warning">{t('signUp.whatIsNot')}</p>
        <h2>{t('signUp.dataTitle')}</h2>
        <p>{t('signUp.dataUse')}</p>
      </section>
      {inviteToken && <Notice kind="success">{t('signUp.joiningClinic')}</Notice>}
      {error && <Notice kind="error">{errorMessage(error, t)}</Notice>}
      <form onSubmit={submit} noValidate={false}>
        <Field
          label={t('fields.displayName')}
          hint={t('fields.displayNameHint')}
          name="displayName"
          autoComplete="name"
          maxLength={100}
          required
          error={fieldError('displayName')}
        />
        <Field
          label={t('fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldError('email')}
        />
        <Field
          label={t('fields.password')}
          hint={t('fields.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          error={fieldError('password')}
        />
        {!inviteToken && (
          <Field
            label={t('fields.inviteCode')}
            hint={t('fields.inviteCodeHint')}
            name="inviteCode"
            autoComplete="off"
            error={fieldError('invite')}
          />
        )}
        <div className="checkbox">
          <input id="accept-terms" name="acceptTerms" type="checkbox" required />
          <label htmlFor="accept-terms">{t('signUp.consent')}</label>
        </div>
        <button className="button" type="submit" disabled={busy}>
          {t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('common.signIn')}</Link>
      </p>
    </section>
  );
}
