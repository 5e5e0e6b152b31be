import { type FormEvent, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, api } from '../api/client';
import { Field, Notice } from '../layout/Field';
import { PageTitle } from '../layout/PageTitle';
import { errorMessage } from './errors';
import { tokenFromHash } from './linkToken';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage(): ReactElement {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', '/auth/password-reset/request', {
        email: String(new FormData(event.currentTarget).get('email')),
      });
      setSent(true);
    } catch (caught) {
      setError(errorMessage(caught, t));
    }
  }
  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('forgot.title')}</PageTitle>
      <p>{t('forgot.intro')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {sent ? (
        <Notice kind="success">{t('forgot.sent')}</Notice>
      ) : (
        <form onSubmit={submit}>
          <Field label={t('fields.email')} name="email" type="email" autoComplete="email" required />
          <button className="button" type="submit">
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Sets a new password from the one-time emailed link (#token=…). */
export function ResetPasswordPage(): ReactElement {
  const { t } = useTranslation();
  const token = tokenFromHash(useLocation().hash);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    try {
      await api('POST', '/auth/password-reset/confirm', {
        token,
        password: String(new FormData(event.currentTarget).get('password')),
      });
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>{t('reset.title')}</PageTitle>
      {!token && <Notice kind="error">{t('reset.missingToken')}</Notice>}
      {error !== undefined && <Notice kind="error">{errorMessage(error, t)}</Notice>}
      {done ? (
        <>
          <Notice kind="success">{t('reset.done')}</Notice>
          <p>
            <Link className="button" to="/sign-in">
              {t('common.signIn')}
            </Link>
          </p>
        </>
      ) : (
        token && (
          <form onSubmit={submit}>
            <Field
              label={t('fields.newPassword')}
              hint={t('fields.passwordHint')}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              required
              error={error instanceof ApiError ? error.issueFor('password') : undefined}
            />
            <button className="button" type="submit">
              {t('reset.submit')}
            </button>
          </form>
        )
      )}
    </section>
  );
}
